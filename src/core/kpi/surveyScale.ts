/** The scale a column of survey answers was asked on. */
export interface SurveyScale {
  /** Top of the scale: 10 (0–10), 5 (1–5) or 7 (1–7). */
  max: 10 | 5 | 7;
  /** The highest answer seen, for the sentence that explains the choice. */
  highest: number;
}

/**
 * The answer scale of a survey column, read from the answers themselves: the 0–10 "would you
 * recommend us?" question of the NPS (Reichheld 2003), or a 1–5 / 1–7 satisfaction rating
 * (Farris et al., *Marketing Metrics*, 2nd ed. 2010, "customer satisfaction"). `null` when the
 * answers fit none of them (decimals, negatives, or above 10, e.g. a 0–100 score).
 *
 * The rule: a 0 or any answer of 8 or more can only come from 0–10; otherwise the highest answer
 * tells 1–5 from 1–7. So a 0–10 survey whose answers all happen to be 1–7 reads as a rating
 * scale; =NPS lets the owner say `scale` 10 for that case.
 *
 * @example surveyScale([5, 4, 4, 2]) // { max: 5, highest: 5 }
 * @example surveyScale([10, 9, 3, 0]) // { max: 10, highest: 10 }
 */
export function surveyScale(scores: readonly number[]): SurveyScale | null {
  if (scores.length === 0) return null;
  let lowest = Infinity;
  let highest = -Infinity;
  for (const s of scores) {
    if (!Number.isInteger(s) || s < 0 || s > 10) return null;
    if (s < lowest) lowest = s;
    if (s > highest) highest = s;
  }
  if (lowest === 0 || highest >= 8) return { max: 10, highest };
  return { max: highest <= 5 ? 5 : 7, highest };
}
