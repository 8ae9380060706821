import { isoFromDay } from '../days';
import type { CustomerSummary } from '../types';
import { csat } from './csat';
import { nps } from './nps';
import { type SurveyScale, surveyScale } from './surveyScale';

/** The satisfaction score of the customers who first ordered in one month. */
export interface SatisfactionMonth {
  /** `YYYY-MM` of the customers' first order. */
  month: string;
  responses: number;
  /** NPS (−100 to 100) or the CSAT share (a fraction), as the whole column. */
  score: number;
}

/** The satisfaction column summarised: NPS on 0–10 answers, CSAT on 1–5 or 1–7 ratings. */
export type SatisfactionKpis =
  | { measure: 'nps' | 'csat'; scale: SurveyScale; responses: number; score: number; byMonth: SatisfactionMonth[] }
  /** Answers on no known scale (decimals, or above 10): counted, not scored, so nothing is guessed. */
  | { measure: 'unreadable'; responses: number; example: number };

/** Top two boxes: the two highest answers count as satisfied (4–5 on 1–5, 6–7 on 1–7). */
function score(values: readonly number[], scale: SurveyScale): number {
  return scale.max === 10 ? nps(values) : csat(values, scale.max - 1);
}

/**
 * The satisfaction answers of the customers (the `satisfaction` attribute the reader keeps, one
 * answer per customer) as the KPIs tab shows them: Net Promoter Score when the answers are on the
 * 0–10 recommend scale (Reichheld 2003, "The One Number You Need to Grow", HBR 81(12)), else
 * the CSAT share of satisfied customers, top two boxes (Farris et al., *Marketing Metrics*, 2nd
 * ed. 2010), with the scale read from the answers (see surveyScale). The trend groups customers
 * by the month of their first order: the data has no answer date, only the customer's orders.
 * Null when no customer has an answer.
 *
 * @example satisfactionKpis(customers) // { measure: 'nps', scale: { max: 10, highest: 10 }, responses: 120, score: 23.3, byMonth: [...] }
 */
export function satisfactionKpis(customers: readonly CustomerSummary[]): SatisfactionKpis | null {
  const values: number[] = [];
  const months = new Map<string, number[]>();
  for (const c of customers) {
    const v = c.attributes.satisfaction;
    if (typeof v !== 'number' || !Number.isFinite(v)) continue;
    values.push(v);
    const month = isoFromDay(c.firstOrderDay).slice(0, 7);
    const list = months.get(month);
    if (list) list.push(v);
    else months.set(month, [v]);
  }
  if (values.length === 0) return null;
  const scale = surveyScale(values);
  if (!scale) return { measure: 'unreadable', responses: values.length, example: values.find((v) => !Number.isInteger(v) || v < 0 || v > 10)! };
  const byMonth = [...months]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([month, list]) => ({ month, responses: list.length, score: score(list, scale) }));
  return { measure: scale.max === 10 ? 'nps' : 'csat', scale, responses: values.length, score: score(values, scale), byMonth };
}
