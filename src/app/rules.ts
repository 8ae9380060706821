import type { Lang } from '../core/types';
import { shopifySegments, rfmPackageSegments, rulesAtScores, validateRules, ruleProblemText, type SegmentRule } from '../core/rfm';
import { rulesOf } from './rulesOf';

/** The rule presets offered in the sidebar, written for 5 scores; {@link presetsAt} gives them at other score counts. */
export const PRESETS: { id: string; name: Record<Lang, string>; rules: SegmentRule[] }[] = [
  { id: 'shopify', name: { en: 'Shopify-style segments (R × FM grid)', 'zh-TW': 'Shopify 式分群（R × FM 格）', 'zh-CN': 'Shopify 式细分（R × FM 网格）', ms: 'Segmen gaya Shopify (grid R × FM)' }, rules: shopifySegments },
  { id: 'rfm-package', name: { en: 'R rfm package segments', 'zh-TW': 'R rfm 套件分群', 'zh-CN': 'R rfm 包细分', ms: 'Segmen pakej R rfm' }, rules: rfmPackageSegments },
];

/** The presets rescaled to `bins` scores per dimension ({@link rulesAtScores}): what the sidebar's rules editor shows. */
export function presetsAt(bins: number): typeof PRESETS {
  return PRESETS.map((p) => ({ ...p, rules: rulesAtScores(p.rules, bins) }));
}

/**
 * The rules a run uses: the user's own as they are, else the chosen preset (the first preset for an
 * unknown id) rescaled to the run's bins.
 */
export function runRules(settings: { rules: SegmentRule[] | null; preset: string; bins: number }): SegmentRule[] {
  return rulesOf(settings, presetsAt(settings.bins));
}

/** Sentences for every problem of a rule set (unreached score combinations, shadowed rules). */
export function ruleWarnings(rules: SegmentRule[], bins: number, lang: Lang): string[] {
  return validateRules(rules, bins).problems.map((p) => ruleProblemText(p, rules, lang));
}

const isRange = (v: unknown): v is [number, number] => Array.isArray(v) && v.length === 2 && v.every((x) => Number.isInteger(x));
/** FM = (F + M) / 2 moves in halves, so its bounds may be 2.5. */
const isFmRange = (v: unknown): v is [number, number] => Array.isArray(v) && v.length === 2 && v.every((x) => typeof x === 'number' && Number.isFinite(x));
const isText = (v: unknown) => typeof v === 'string' || (typeof v === 'object' && v !== null && typeof (v as Record<string, unknown>).en === 'string');

/** True when `r` has the shape of a {@link SegmentRule}: an id, a name, r, f, m ranges of whole scores and an optional fm range (halves allowed). */
export function isSegmentRule(r: unknown): r is SegmentRule {
  if (!r || typeof r !== 'object' || Array.isArray(r)) return false;
  const x = r as Record<string, unknown>;
  return (
    typeof x.id === 'string' &&
    x.id !== '' &&
    isText(x.name) &&
    isRange(x.r) &&
    isRange(x.f) &&
    isRange(x.m) &&
    (x.fm === undefined || isFmRange(x.fm)) &&
    (x.description === undefined || isText(x.description)) &&
    (x.action === undefined || isText(x.action))
  );
}

/** Index of the first rule that is not a {@link SegmentRule} (from the sidebar, a JSON file or a settings sheet), or -1. */
export function firstBadRule(rules: readonly unknown[]): number {
  return rules.findIndex((r) => !isSegmentRule(r));
}
