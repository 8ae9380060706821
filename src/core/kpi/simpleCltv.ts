import { fraction, nonNegative } from './inputError';

/**
 * Customer lifetime value, simple form: average purchase value × purchase frequency × customer
 * lifespan, optionally × gross margin, minus the cost of acquiring the customer.
 *
 * Source: the "simple LTV" of the Kissmetrics Starbucks case (a × 52 × t with a the average weekly
 * customer value), taught as APP × APFR × ACL; the margin and CAC terms are how the domain's
 * articles extend it. Frequency and lifespan must use the same period (visits per year × years).
 *
 * @example simpleCltv(24.30, 52, 20, 0.213) // 5382.936 (Kissmetrics Starbucks: $5,382.94)
 */
export function simpleCltv(averagePurchaseValue: number, purchaseFrequency: number, lifespan: number, grossMargin = 1, cac = 0): number {
  nonNegative('avg_purchase_value', averagePurchaseValue);
  nonNegative('purchase_frequency', purchaseFrequency);
  nonNegative('lifespan', lifespan);
  fraction('gross_margin', grossMargin);
  nonNegative('cac', cac);
  return averagePurchaseValue * purchaseFrequency * lifespan * grossMargin - cac;
}
