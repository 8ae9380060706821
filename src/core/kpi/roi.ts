import { fraction, nonNegative, positive } from './inputError';

/**
 * Return on investment of a campaign: what it brought back beyond its cost, per unit of cost, as a
 * fraction (0.25 is 25 %; 0 broke even; −1 lost the whole cost).
 *
 * - Revenue form, the "ROI of a campaign" of the source articles (docs/DOMAIN.md):
 *   (revenue − cost) / cost. Investopedia, "How to Calculate the ROI of a Marketing Campaign":
 *   simple ROI = (sales growth − marketing cost) / marketing cost; $1,000 of sales for $100 of
 *   cost is 900 %.
 * - Profit form, with `grossMargin`: (revenue × gross margin − cost) / cost, the return on
 *   marketing investment of Farris, Bendle, Pfeifer & Reibstein, *Marketing Metrics*, 2nd ed.
 *   2010: ROMI = (incremental revenue attributable to marketing × contribution margin − marketing
 *   spending) / marketing spending. Revenue overstates the return of a campaign that sells goods
 *   at a cost; the margin form counts only what the sales earn.
 *
 * `revenue` is the revenue the campaign brought (attributed to it), `cost` what it cost.
 * @example roi(1000, 100) // 9
 * @example roi(50000, 10000, 0.6) // 2
 */
export function roi(revenue: number, cost: number, grossMargin = 1): number {
  nonNegative('revenue', revenue);
  positive('cost', cost);
  fraction('gross_margin', grossMargin);
  return (revenue * grossMargin - cost) / cost;
}
