import { dayFromYmd, ymdFromDay } from '../days';
import type { DayNumber } from '../types';

/**
 * How many of each calendar month the data covers, from the first order's day to the last's:
 * the divisor that turns orders per calendar month into orders in an average such month.
 *
 * A month wholly inside the span counts 1; the first and the last month count the share of their
 * days the span covers (UCI Online Retail runs 2010-12-01 to 2011-12-09, so December counts
 * 1 + 9/31 ≈ 1.29: December 2010 whole, December 2011 nine days of 31), so a partial year or a
 * partial month neither inflates nor dilutes its month. A month the span never reaches counts 0
 * (and has no average).
 *
 * @example monthsCovered(dayFromYmd(2010, 12, 1), dayFromYmd(2011, 12, 9))[11] // 1.2903…
 */
export function monthsCovered(firstDay: DayNumber, lastDay: DayNumber): number[] {
  const covered = new Array<number>(12).fill(0);
  if (!(lastDay >= firstDay)) return covered;
  const first = ymdFromDay(firstDay);
  let { year, month } = first;
  for (;;) {
    const start = dayFromYmd(year, month, 1);
    const next = month === 12 ? dayFromYmd(year + 1, 1, 1) : dayFromYmd(year, month + 1, 1);
    const from = Math.max(start, firstDay);
    const to = Math.min(next - 1, lastDay);
    if (to >= from) covered[month - 1] += (to - from + 1) / (next - start);
    if (next > lastDay) break;
    year = month === 12 ? year + 1 : year;
    month = month === 12 ? 1 : month + 1;
  }
  return covered;
}
