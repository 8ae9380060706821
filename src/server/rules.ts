import type { Lang } from '../core/types';
import { shopifySegments, rfmPackageSegments, validateRules, ruleProblemText, type SegmentRule } from '../core/rfm';
import type { Settings } from './contract';

/** The rule presets offered in the sidebar. */
export const PRESETS: { id: string; name: Record<Lang, string>; rules: SegmentRule[] }[] = [
  { id: 'shopify', name: { en: 'Shopify-style segments (R × FM grid)', 'zh-TW': 'Shopify 式分群（R × FM 格）', 'zh-CN': 'Shopify 式细分（R × FM 网格）', ms: 'Segmen gaya Shopify (grid R × FM)' }, rules: shopifySegments },
  { id: 'rfm-package', name: { en: 'R rfm package segments', 'zh-TW': 'R rfm 套件分群', 'zh-CN': 'R rfm 包细分', ms: 'Segmen pakej R rfm' }, rules: rfmPackageSegments },
];

/** The rules a run uses: the user's own, else the chosen preset. */
export function rulesOf(settings: Settings): SegmentRule[] {
  if (settings.rules && settings.rules.length) return settings.rules as SegmentRule[];
  return (PRESETS.find((p) => p.id === settings.preset) ?? PRESETS[0]).rules;
}

/** Sentences for every problem of a rule set (unreached score combinations, shadowed rules). */
export function ruleWarnings(rules: SegmentRule[], bins: number, lang: Lang): string[] {
  return validateRules(rules, bins).problems.map((p) => ruleProblemText(p, rules, lang));
}

const isRange = (v: unknown): v is [number, number] => Array.isArray(v) && v.length === 2 && v.every((x) => Number.isInteger(x));

/** Checks the shape of rules that came from the sidebar or a JSON file; returns the index of the first bad one or -1. */
export function firstBadRule(rules: unknown[]): number {
  return rules.findIndex((r) => {
    if (!r || typeof r !== 'object') return true;
    const x = r as Partial<SegmentRule>;
    const nameOk = typeof x.name === 'string' || (typeof x.name === 'object' && x.name !== null && typeof (x.name as Record<string, unknown>).en === 'string');
    return typeof x.id !== 'string' || !x.id || !nameOk || !isRange(x.r) || !isRange(x.f) || !isRange(x.m) || (x.fm !== undefined && !Array.isArray(x.fm));
  });
}
