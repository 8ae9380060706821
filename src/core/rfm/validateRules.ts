import { format } from '../i18n';
import type { Lang } from '../types';
import { DIMENSION_NAMES, RULE_CHECK_MESSAGES } from './messages';
import { firstMatch, ruleMatches, segmentName } from './segmentRules';
import type { SegmentRule } from './types';

export interface RuleProblem {
  code: 'unreached' | 'shadowed' | 'outOfRange' | 'badRange' | 'duplicateId';
  /** The rule concerned (not for `unreached`). */
  id?: string;
  params: Record<string, string | number>;
}

export interface RuleCheck {
  /** True when every combination reaches a rule and every rule can be reached. */
  ok: boolean;
  /** Score codes ("215") no rule matches: those customers become "Others". */
  unreachedCombinations: string[];
  /** Rules that match some combinations, all taken first by earlier rules; `by` lists those rules' ids. */
  shadowedRules: { id: string; by: string[] }[];
  /** How many score combinations each rule wins. */
  combinationsWon: Record<string, number>;
  problems: RuleProblem[];
}

/**
 * Checks an ordered rule set before anyone runs it (the R `rfm` issue #56 complaint: overlapping rules
 * leave a segment silently empty). Walks every combination of R, F, M in 1..bins, plus the prospects'
 * 0-0-0, applies first-match-wins and reports combinations no rule reaches, rules that match
 * combinations but never win one (shadowed by earlier rules), rules matching nothing at all, bad ranges
 * and duplicate ids.
 * @example validateRules(rfmPackageSegments, 5).unreachedCombinations.includes('215') // true
 */
export function validateRules(rules: readonly SegmentRule[], bins = 5): RuleCheck {
  const problems: RuleProblem[] = [];
  const seen = new Set<string>();
  for (const rule of rules) {
    if (seen.has(rule.id)) problems.push({ code: 'duplicateId', id: rule.id, params: { id: rule.id } });
    seen.add(rule.id);
    for (const key of ['r', 'f', 'm', 'fm'] as const) {
      const range = rule[key];
      if (range && !(range[0] <= range[1])) problems.push({ code: 'badRange', id: rule.id, params: { dimension: key.toUpperCase(), min: range[0], max: range[1] } });
    }
  }

  const won: Record<string, number> = Object.fromEntries(rules.map((r) => [r.id, 0]));
  const matched = new Set<number>();
  const takenBy = new Map<number, Set<string>>();
  const unreached: string[] = [];
  const combos: [number, number, number][] = [[0, 0, 0]];
  for (let r = 1; r <= bins; r++) for (let f = 1; f <= bins; f++) for (let m = 1; m <= bins; m++) combos.push([r, f, m]);
  const sep = bins >= 10 ? '-' : '';
  for (const [r, f, m] of combos) {
    const s = { r, f, m };
    const winner = firstMatch(s, rules);
    if (winner < 0) {
      if (r > 0) unreached.push(`${r}${sep}${f}${sep}${m}`);
      continue;
    }
    won[rules[winner].id]++;
    rules.forEach((rule, i) => {
      if (i === winner || !ruleMatches(s, rule)) return;
      matched.add(i);
      if (i > winner) {
        const set = takenBy.get(i) ?? new Set<string>();
        set.add(rules[winner].id);
        takenBy.set(i, set);
      }
    });
    matched.add(winner);
  }
  if (unreached.length) problems.push({ code: 'unreached', params: { count: unreached.length, combinations: unreached.join(', ') } });

  const shadowedRules: RuleCheck['shadowedRules'] = [];
  rules.forEach((rule, i) => {
    if (won[rule.id] > 0) return;
    if (!matched.has(i)) {
      problems.push({ code: 'outOfRange', id: rule.id, params: { bins } });
      return;
    }
    const by = [...(takenBy.get(i) ?? [])];
    shadowedRules.push({ id: rule.id, by });
    problems.push({ code: 'shadowed', id: rule.id, params: { by: by.join(', ') } });
  });
  return { ok: problems.length === 0, unreachedCombinations: unreached, shadowedRules, combinationsWon: won, problems };
}

/**
 * One problem of a rule check as a sentence in the user's language.
 * @example ruleProblemText(validateRules(rules).problems[0], rules, 'zh-TW')
 */
export function ruleProblemText(p: RuleProblem, rules: readonly SegmentRule[], lang: Lang): string {
  const name = p.id ? segmentName(p.id, rules, lang) : '';
  const params: Record<string, string | number> = { ...p.params, name };
  if (p.code === 'shadowed') params.by = String(p.params.by).split(', ').map((id) => `"${segmentName(id, rules, lang)}"`).join(', ');
  if (p.code === 'badRange') {
    const d = String(p.params.dimension);
    params.dimension = d === 'R' ? DIMENSION_NAMES.recency[lang] : d === 'F' ? DIMENSION_NAMES.frequency[lang] : d === 'M' ? DIMENSION_NAMES.monetary[lang] : 'FM';
  }
  return format(RULE_CHECK_MESSAGES[p.code], lang, params);
}
