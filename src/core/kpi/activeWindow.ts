import { median } from 'simple-statistics';
import type { CustomerSummary } from '../types';

/** The direct-marketing "12-month buyer" convention: a customer silent for a year is lapsed. */
export const DEFAULT_ACTIVE_DAYS = 365;
/** Shortest window: below a month, a normal pause already reads as "lapsed". */
export const MIN_ACTIVE_DAYS = 30;
/** Fewer repeat customers than this give too noisy a median interval to build on. */
export const MIN_REPEAT_CUSTOMERS = 10;

/**
 * The active window and where it came from, with the figures behind it so the KPIs tab can say
 * in words how it was chosen.
 */
export interface ActiveWindow {
  days: number;
  /** `purchase-interval`: from twice the median interval; `default`: too few repeat customers, 365 days. */
  source: 'purchase-interval' | 'default';
  /** Set when twice the median fell below 30 days (`floor`) or above 365 (`cap`) and the limit was used instead. */
  limitedBy: 'floor' | 'cap' | null;
  /** Customers who bought on two or more different days. */
  repeatCustomers: number;
  /** Median days between purchase days of those customers; null with fewer than 10 of them. */
  medianIntervalDays: number | null;
}

/**
 * How many days without an order still count as "active", derived from the shop's own rhythm:
 * twice the median interval between purchases of repeat customers (interval of one customer =
 * (last − first purchase day) / (purchase days − 1)), rounded up and kept between 30 and 365 days.
 *
 * Why twice the median: a customer who has missed two of their usual purchase cycles has most
 * likely drifted away, while one late purchase is ordinary variation. A coffee shop with weekly
 * regulars gets the 30-day floor, a CD shop buying every few months a window of about half a
 * year. The 365-day cap and the default when fewer than 10 customers ever came back are the
 * direct-marketing "12-month active buyer" convention. This is a practical heuristic, not an
 * estimate of the probability of being alive (the CLV module's BG/NBD gives that).
 *
 * @example activeWindowDays(customers) // { days: 180, source: 'purchase-interval', limitedBy: null, repeatCustomers: 40, medianIntervalDays: 90 }
 */
export function activeWindowDays(customers: readonly CustomerSummary[]): ActiveWindow {
  const intervals: number[] = [];
  for (const c of customers) {
    if (c.purchaseDays >= 2 && c.lastOrderDay > c.firstOrderDay) intervals.push((c.lastOrderDay - c.firstOrderDay) / (c.purchaseDays - 1));
  }
  const repeatCustomers = intervals.length;
  if (repeatCustomers < MIN_REPEAT_CUSTOMERS) return { days: DEFAULT_ACTIVE_DAYS, source: 'default', limitedBy: null, repeatCustomers, medianIntervalDays: null };
  const medianIntervalDays = median(intervals);
  const doubled = Math.ceil(2 * medianIntervalDays);
  const limitedBy = doubled < MIN_ACTIVE_DAYS ? 'floor' : doubled > DEFAULT_ACTIVE_DAYS ? 'cap' : null;
  const days = Math.min(DEFAULT_ACTIVE_DAYS, Math.max(MIN_ACTIVE_DAYS, doubled));
  return { days, source: 'purchase-interval', limitedBy, repeatCustomers, medianIntervalDays };
}
