import { nonNegative, positive } from './inputError';

/**
 * Customer acquisition cost: total marketing and sales cost of a period / new customers won in it.
 *
 * Source: the standard definition (e.g. Farris et al., *Marketing Metrics*, 2nd ed., 2010,
 * "average acquisition cost = acquisition spending / number of customers acquired").
 *
 * @example cac(5000, 100) // 50
 */
export function cac(marketingAndSalesCost: number, newCustomers: number): number {
  nonNegative('marketing_and_sales_cost', marketingAndSalesCost);
  positive('new_customers', newCustomers);
  return marketingAndSalesCost / newCustomers;
}
