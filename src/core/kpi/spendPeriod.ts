import { dayFromYmd, ymdFromDay } from '../days';
import type { CustomerSummary, DayNumber } from '../types';
import { KpiInputError, KPI_PROBLEMS } from './inputError';

/** The period a marketing spend paid for, both ends inclusive, and how it was chosen. */
export interface SpendPeriod {
  start: DayNumber;
  end: DayNumber;
  /** `last-12-months`: the data's last 12 months; `whole-data`: the data spans less; `given`: the caller's. */
  basis: 'last-12-months' | 'whole-data' | 'given';
}

/**
 * The period a store-wide marketing spend is taken to cover when the owner gives one total: the
 * last 12 months of the data, ending on its last order day, or the whole data when it spans less.
 * Why 12 months: the sidebar asks for "marketing spend for the period" as one figure, and a
 * yearly budget is the figure owners know; a fixed, stated period keeps CAC comparable from run
 * to run, where "the whole data" would grow with every export.
 *
 * @example defaultSpendPeriod(dayFromYmd(2022, 3, 1), dayFromYmd(2024, 6, 30)) // 2023-07-01 to 2024-06-30, 'last-12-months'
 */
export function defaultSpendPeriod(firstOrderDay: DayNumber, lastOrderDay: DayNumber): SpendPeriod {
  const end = ymdFromDay(lastOrderDay);
  // The same date a year earlier (28 February for 29 February), plus one day: 12 whole months.
  const lastDayOfMonth = ymdFromDay(dayFromYmd(end.year - 1, end.month + 1, 1) - 1).day;
  const start = dayFromYmd(end.year - 1, end.month, Math.min(end.day, lastDayOfMonth)) + 1;
  return start <= firstOrderDay ? { start: firstOrderDay, end: lastOrderDay, basis: 'whole-data' } : { start, end: lastOrderDay, basis: 'last-12-months' };
}

/**
 * New customers of a period, the divisor of CAC: customers whose first order in the data falls
 * in it (Farris et al., *Marketing Metrics*, 2nd ed. 2010: acquisition spending / customers
 * acquired, over the same period). A customer who bought before the data starts looks new in its
 * first months; the data cannot tell.
 *
 * @example customersAcquiredIn(customers, { start: 100, end: 465, basis: 'given' }) // 42
 */
export function customersAcquiredIn(customers: readonly CustomerSummary[], period: SpendPeriod): number {
  if (period.end < period.start) throw new KpiInputError('period_end', KPI_PROBLEMS.beforeStart);
  let n = 0;
  for (const c of customers) if (c.firstOrderDay >= period.start && c.firstOrderDay <= period.end) n++;
  return n;
}
