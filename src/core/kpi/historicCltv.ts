import type { DayNumber } from '../types';
import { fraction, KpiInputError, KPI_PROBLEMS, nonNegative } from './inputError';

/** One purchase as the historic CLTV needs it. */
export interface Purchase {
  customerId: string;
  day: DayNumber;
  amount: number;
}

/** A customer's historic value. */
export interface CustomerValue {
  customerId: string;
  value: number;
}

const DAYS_PER_YEAR = 365.25;

/**
 * Historic customer lifetime value ("past customer value"): the gross margin a customer has
 * already brought, each purchase compounded to today at an annual rate:
 * PCV_i = Σ_t margin × amount_it × (1 + δ)^(years since purchase t).
 *
 * Source: Kumar, V. (2008) *Managing Customers for Profit*, ch. 1, and Kumar & Reinartz (2016)
 * *Customer Relationship Management*, "past customer value". With δ = 0 (the default) it is
 * the plain sum of margin × amount, the form the articles use. "Today" is `asOfDay`, by default
 * the latest purchase day, so a re-run on the same rows gives the same figures.
 *
 * Returns customers from the most to the least valuable (ties keep first-seen order),
 * because the articles rank customers by value first.
 *
 * @example historicCltv([{customerId:'a',day:0,amount:10},{customerId:'a',day:5,amount:5},{customerId:'b',day:1,amount:20}], 0.5)
 *   // [{customerId:'b',value:10},{customerId:'a',value:7.5}]
 */
export function historicCltv(purchases: readonly Purchase[], margin = 1, annualRate = 0, asOfDay?: DayNumber): CustomerValue[] {
  fraction('margin', margin);
  nonNegative('annual_rate', annualRate);
  if (purchases.length === 0) throw new KpiInputError('customer_ids', KPI_PROBLEMS.noPurchases);
  let today = asOfDay ?? -Infinity;
  if (asOfDay === undefined) for (const p of purchases) if (p.day > today) today = p.day;
  const totals = new Map<string, number>();
  const growth = Math.log1p(annualRate) / DAYS_PER_YEAR;
  for (const p of purchases) {
    const factor = annualRate === 0 ? 1 : Math.exp(growth * (today - p.day));
    totals.set(p.customerId, (totals.get(p.customerId) ?? 0) + margin * p.amount * factor);
  }
  const out: CustomerValue[] = [];
  for (const [customerId, value] of totals) out.push({ customerId, value });
  // Array.prototype.sort is stable (ES2019), so ties keep first-seen order.
  return out.sort((a, b) => b.value - a.value);
}
