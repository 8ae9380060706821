import type { DayNumber } from '../types';
import { KpiInputError, KPI_PROBLEMS } from './inputError';

/** A customer's purchase day. */
export interface PurchaseDay {
  customerId: string;
  day: DayNumber;
}

/** Counts behind a repurchase rate. */
export interface RepurchaseResult {
  /** Customers with at least one purchase in the period. */
  customers: number;
  /** Of those, customers who bought on at least two different days in the period. */
  repeatCustomers: number;
  rate: number;
}

/**
 * Repurchase rate: customers who bought again within the period / all customers who bought in it.
 *
 * "Bought again" means purchases on at least two different days: a sheet of order lines repeats
 * the customer and date on every line of one basket, and merging same-day purchases is the
 * convention of the BTYD literature (Fader, Hardie & Lee 2005, CDNOW data). The period is
 * inclusive at both ends; without bounds it is the whole history.
 *
 * @example repurchaseRate([{customerId:'a',day:1},{customerId:'a',day:9},{customerId:'b',day:3}]).rate // 0.5
 */
export function repurchaseRate(purchases: readonly PurchaseDay[], periodStart?: DayNumber, periodEnd?: DayNumber): RepurchaseResult {
  if (periodStart !== undefined && periodEnd !== undefined && periodEnd < periodStart) throw new KpiInputError('period_end', KPI_PROBLEMS.beforeStart);
  const firstDay = new Map<string, DayNumber>();
  const repeat = new Set<string>();
  for (const p of purchases) {
    if (periodStart !== undefined && p.day < periodStart) continue;
    if (periodEnd !== undefined && p.day > periodEnd) continue;
    const seen = firstDay.get(p.customerId);
    if (seen === undefined) firstDay.set(p.customerId, p.day);
    else if (seen !== p.day) repeat.add(p.customerId);
  }
  if (firstDay.size === 0) throw new KpiInputError('dates', KPI_PROBLEMS.noPurchaseInPeriod);
  return { customers: firstDay.size, repeatCustomers: repeat.size, rate: repeat.size / firstDay.size };
}
