import { KpiInputError, KPI_PROBLEMS, nonNegative } from './inputError';

/** The satisfied answers on the usual 1–5 CSAT scale: 4 "satisfied" and 5 "very satisfied". */
export const CSAT_DEFAULT_THRESHOLD = 4;
const DEFAULT_SCALE_MAX = 5;

/**
 * Customer satisfaction score: the share of answers at or above `threshold`, as a fraction.
 *
 * Source: the "top two boxes" measure in Farris et al., *Marketing Metrics*, 2nd ed. 2010,
 * "customer satisfaction" (share of customers rating 4 or 5 on a five-point scale). Without a threshold the scores must be on the
 * 1–5 scale: a 7 with the default threshold means another scale, and guessing it would be wrong.
 *
 * @example csat([5, 4, 3, 5]) // 0.75
 */
export function csat(scores: readonly number[], threshold?: number): number {
  if (scores.length === 0) throw new KpiInputError('scores_range', KPI_PROBLEMS.noScores);
  if (threshold !== undefined) nonNegative('threshold', threshold);
  const cut = threshold ?? CSAT_DEFAULT_THRESHOLD;
  let satisfied = 0;
  scores.forEach((s, i) => {
    nonNegativeScore(s, i);
    if (threshold === undefined && s > DEFAULT_SCALE_MAX)
      throw new KpiInputError('scores_range', KPI_PROBLEMS.aboveFive, { value: s }, i);
    if (s >= cut) satisfied++;
  });
  return satisfied / scores.length;
}

function nonNegativeScore(s: number, i: number): void {
  if (!Number.isFinite(s) || s < 0) throw new KpiInputError('scores_range', KPI_PROBLEMS.negativeScore, { value: s }, i);
}
