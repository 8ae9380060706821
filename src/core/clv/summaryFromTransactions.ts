import type { DayNumber } from '../types';
import { type CustomerHistory, DAYS_PER_UNIT, type TimeUnit } from './types';

/** The part of an order the CLV models need (an `Order` fits). */
export interface Purchase {
  customerId: string;
  day: DayNumber;
  amount?: number;
}

export interface SummaryOptions {
  unit: TimeUnit;
  /** Last day of the calibration period (inclusive). Default: the last purchase day in the data. */
  calibrationEnd?: DayNumber;
}

/**
 * Spend per customer and purchase day for the purchases with `after < day ≤ upTo`: same-day
 * purchases merged, amounts summed; customers and their days in order of first appearance.
 * Shared by the calibration summary and the holdout counts.
 */
export function spendByCustomerDay(purchases: readonly Purchase[], after: DayNumber, upTo: DayNumber): Map<string, Map<DayNumber, number>> {
  const days = new Map<string, Map<DayNumber, number>>();
  for (const p of purchases) {
    if (p.day <= after || p.day > upTo) continue;
    let m = days.get(p.customerId);
    if (!m) {
      m = new Map();
      days.set(p.customerId, m);
    }
    m.set(p.day, (m.get(p.day) ?? 0) + (p.amount ?? 0));
  }
  return days;
}

/**
 * Per-customer frequency, recency, T and monetary value in the conventions of lifetimes'
 * `summary_data_from_transaction_data`, which the published CDNOW figures use:
 * - purchases on the same day are merged into one purchase day (amounts summed);
 * - frequency = purchase days after the first (repeat purchases);
 * - recency = time from the first to the last purchase day; T = time from the first purchase
 *   day to the end of calibration; both in `unit`;
 * - monetary = mean spend over the repeat purchase days (the first day excluded), 0 without repeats;
 * - purchases after `calibrationEnd` are ignored, and customers whose first purchase is later are left out.
 * Customers come out in order of first appearance.
 *
 * @example summaryFromTransactions([{customerId:'a',day:0,amount:5},{customerId:'a',day:14,amount:7}], {unit:'week', calibrationEnd: 28})
 * // [{customerId:'a', frequency:1, recency:2, T:4, monetary:7, ...}]
 */
export function summaryFromTransactions(purchases: readonly Purchase[], opts: SummaryOptions): CustomerHistory[] {
  const perUnit = DAYS_PER_UNIT[opts.unit];
  let end = opts.calibrationEnd;
  if (end === undefined) {
    end = -Infinity;
    for (const p of purchases) if (p.day > end) end = p.day;
  }
  // customer -> day -> spend that day
  const days = spendByCustomerDay(purchases, -Infinity, end);
  const out: CustomerHistory[] = [];
  for (const [customerId, m] of days) {
    let first = Infinity;
    let last = -Infinity;
    let total = 0;
    for (const [d, v] of m) {
      if (d < first) first = d;
      if (d > last) last = d;
      total += v;
    }
    const frequency = m.size - 1;
    out.push({
      customerId,
      frequency,
      recency: (last - first) / perUnit,
      T: (end - first) / perUnit,
      monetary: frequency > 0 ? (total - (m.get(first) ?? 0)) / frequency : 0,
      purchaseDays: m.size,
      totalSpend: total,
      firstDay: first,
      lastDay: last,
    });
  }
  return out;
}
