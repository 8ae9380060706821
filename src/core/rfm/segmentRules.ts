import type { Lang } from '../types';
import { OTHERS_NAME } from './messages';
import type { ScoreRange, SegmentRule } from './types';

/** Segment id of customers no rule matched (R `rfm`'s "Others"). */
export const OTHERS_ID = 'others';

/** The scores a rule tests. */
export interface RuleScores {
  r: number;
  f: number;
  m: number;
  fm?: number;
}

const within = (v: number, [lo, hi]: ScoreRange) => v >= lo && v <= hi;

/**
 * True when every score lies in the rule's inclusive ranges (R `rfm`'s `dplyr::between`); FM, when
 * the rule has a range for it, is `(F + M) / 2` unless given.
 * @example ruleMatches({ r: 5, f: 4, m: 5 }, { id: 'x', name: 'X', r: [4, 5], f: [4, 5], m: [4, 5] }) // true
 */
export function ruleMatches(s: RuleScores, rule: SegmentRule): boolean {
  if (!within(s.r, rule.r) || !within(s.f, rule.f) || !within(s.m, rule.m)) return false;
  return !rule.fm || within(s.fm ?? (s.f + s.m) / 2, rule.fm);
}

/** Index of the first rule the scores match, or -1. */
export function firstMatch(s: RuleScores, rules: readonly SegmentRule[]): number {
  for (let i = 0; i < rules.length; i++) if (ruleMatches(s, rules[i])) return i;
  return -1;
}

/**
 * Gives each scored customer the id of the first rule it matches, else {@link OTHERS_ID}.
 * First match wins, as in R `rfm`'s `rfm_segment()` (rsquaredacademy/rfm commit 297ed8b,
 * `R/rfm-segment.R`: a customer already given a segment name is never reassigned), so order the rules
 * from most to least specific. Run {@link validateRules} to see rules that can never win.
 * Scores are looked up once per distinct score combination, so 25k customers cost 125 rule scans.
 * @example assignSegments([{ r: 5, f: 5, m: 5 }], rfmPackageSegments)[0].segment // 'champions'
 */
export function assignSegments<T extends RuleScores>(scored: readonly T[], rules: readonly SegmentRule[]): (T & { segment: string })[] {
  const cache = new Map<number, string>();
  return scored.map((c) => {
    const key = c.r * 10_000 + c.f * 100 + c.m;
    let segment = cache.get(key);
    if (segment === undefined) {
      const i = firstMatch(c, rules);
      segment = i < 0 ? OTHERS_ID : rules[i].id;
      cache.set(key, segment);
    }
    // Object.assign + write, not a spread with an added key: much faster in V8 for large lists.
    const o = Object.assign({}, c) as T & { segment: string };
    o.segment = segment;
    return o;
  });
}

/** A rule's (or "Others") display name in a language. */
export function segmentName(id: string, rules: readonly SegmentRule[], lang: Lang = 'en'): string {
  if (id === OTHERS_ID) return OTHERS_NAME[lang];
  const rule = rules.find((r) => r.id === id);
  if (!rule) return id;
  return typeof rule.name === 'string' ? rule.name : (rule.name[lang] ?? rule.name.en);
}
