import { KpiInputError, KPI_PROBLEMS } from './inputError';

/** Counts behind a Net Promoter Score. */
export interface NpsBreakdown {
  promoters: number;
  passives: number;
  detractors: number;
  responses: number;
  /** % promoters − % detractors, from −100 to 100. */
  nps: number;
}

/**
 * Net Promoter Score: the percentage of promoters (9–10) minus the percentage of detractors
 * (0–6) among answers to "How likely is it that you would recommend us to a friend?" on a 0–10
 * scale; passives (7–8) count in the total only.
 *
 * Source: Reichheld, F. (2003) "The One Number You Need to Grow", Harvard Business Review
 * 81(12); Bain & Company's Net Promoter System definition. Anything that is not a whole number
 * from 0 to 10 is refused, since it cannot come from that question.
 *
 * @example npsBreakdown([10, 9, 8, 7, 6]).nps // 20
 */
export function npsBreakdown(scores: readonly number[]): NpsBreakdown {
  if (scores.length === 0) throw new KpiInputError('scores_range', KPI_PROBLEMS.noScores);
  let promoters = 0;
  let detractors = 0;
  scores.forEach((s, i) => {
    if (!Number.isInteger(s) || s < 0 || s > 10) throw new KpiInputError('scores_range', KPI_PROBLEMS.npsScore, { value: s }, i);
    if (s >= 9) promoters++;
    else if (s <= 6) detractors++;
  });
  const n = scores.length;
  return { promoters, passives: n - promoters - detractors, detractors, responses: n, nps: ((promoters - detractors) / n) * 100 };
}

/** The Net Promoter Score alone. @example nps([10, 9, 8, 7, 6]) // 20 */
export function nps(scores: readonly number[]): number {
  return npsBreakdown(scores).nps;
}
