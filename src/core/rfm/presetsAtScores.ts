import { firstMatch } from './segmentRules';
import type { ScoreRange, SegmentRule } from './types';

/**
 * Nearest multiple of `step` to `x`; a tie goes away from `middle`, so the map treats the best and
 * the worst scores alike (score s and score n + 1 − s land symmetrically).
 */
function nearest(x: number, step: number, middle: number): number {
  const k = x / step;
  return step * (x < middle ? Math.ceil(k - 0.5) : Math.floor(k + 0.5));
}

/**
 * A score on an n-score scale placed on the 5-score scale by linear rescaling with the ends fixed
 * (IBM Support, "Transforming different Likert scales to a common scale": Y = (B − A)(x − a)/(b − a) + A,
 * here a = 1, b = n, A = 1, B = 5), rounded to the nearest score. `step` 0.5 places FM = (F + M) / 2.
 * 0 (a prospect) stays 0.
 */
function onFiveScores(score: number, scores: number, step: number): number {
  if (score === 0) return 0;
  // 4(s − 1) is a whole number, so one division gives exact ties (s5 = 1.5 at 9 scores).
  const above1 = (4 * (score - 1)) / (scores - 1);
  return 1 + nearest(above1, step, 2);
}

/** The values a rule's range can test at `scores` scores: 0 (prospects), then 1..scores in `step`s. */
function valuesAt(scores: number, step: number): number[] {
  const out = [0];
  for (let v = 1; v <= scores; v += step) out.push(v);
  return out;
}

/** The n-score values whose 5-score place lies in `range`: an interval, as the map only goes up; null when none. */
function rangeAt(range: ScoreRange, scores: number, step: number): ScoreRange | null {
  const inside = valuesAt(scores, step).filter((v) => {
    const five = onFiveScores(v, scores, step);
    return five >= range[0] && five <= range[1];
  });
  return inside.length ? [inside[0], inside[inside.length - 1]] : null;
}

/**
 * A rule set written for 5 scores per dimension (the presets), rescaled to `scores` scores (2 or more).
 *
 * Method: each n-score s stands for the 5-score s5 = 1 + (s − 1)·4/(n − 1) rounded to the nearest
 * score (FM to the nearest half), ties away from the middle score 3; the ends stay fixed, so the top
 * score is always 5 and the bottom always 1 (at 3 scores: 1, 3, 5; at 4: 1, 2, 4, 5; at 10: 1, 1, 2, 2,
 * 3, 3, 4, 4, 5, 5). Mapping quantile midpoints instead would send the top of 2 scores to 4 and lose
 * Champions. Each rule's R, F, M and FM ranges become the n-score values whose s5 lies in the 5-score
 * range. Because s5 never goes down as s goes up, each new range is an interval, and a customer matches
 * a rescaled rule exactly when their s5 scores (FM by its own place, not the mean of the F and M places)
 * match the original. So first-match segments at n scores are the 5-score segments of the s5 scores,
 * and three things carry over from the 5-score rules:
 * - coverage: a combination reaches a rule exactly when its s5 combination does (the Shopify grid
 *   covers all; the R `rfm` vignette rules leave their "Others" cells, e.g. 215, at every score count);
 * - order: where the 5-score rules never put a customer who scores at least as high on R, F and M in
 *   a worse group (true of both presets, see their JSDoc), neither do the rescaled ones;
 * - at 5 scores s5 = s, so the rules come back unchanged.
 * Rules that win no combination at n scores (e.g. R = 3 only, at 4 scores) are left out, so no rule is
 * shadowed or out of range.
 * @example rulesAtScores(shopifySegments, 3).find((r) => r.id === 'champions') // r: [3, 3], fm: [2.5, 3]
 */
export function rulesAtScores(rules: readonly SegmentRule[], scores: number): SegmentRule[] {
  if (!Number.isInteger(scores) || scores < 2) throw new RangeError(`rules need 2 or more scores, got ${scores}`);
  const rescaled: SegmentRule[] = [];
  for (const rule of rules) {
    const r = rangeAt(rule.r, scores, 1);
    const f = rangeAt(rule.f, scores, 1);
    const m = rangeAt(rule.m, scores, 1);
    const fm = rule.fm ? rangeAt(rule.fm, scores, 0.5) : undefined;
    if (!r || !f || !m || fm === null) continue;
    rescaled.push(fm ? { ...rule, r, f, m, fm } : { ...rule, r, f, m });
  }
  const winners = new Set([firstMatch({ r: 0, f: 0, m: 0 }, rescaled)]);
  for (let r = 1; r <= scores; r++) for (let f = 1; f <= scores; f++) for (let m = 1; m <= scores; m++) winners.add(firstMatch({ r, f, m }, rescaled));
  return rescaled.filter((_, i) => winners.has(i));
}
