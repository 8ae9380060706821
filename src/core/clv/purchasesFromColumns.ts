import { LocalizedError } from '../i18n';
import { parseAmount } from '../parse/parseAmount';
import { PENDING, parseDate, pendingParts, resolvePending } from '../parse/parseDate';
import { CLV_ERRORS } from './messages';
import type { Purchase } from './summaryFromTransactions';

/**
 * Purchases from three parallel columns (customer id, date, amount) as a sheet or file holds
 * them, with the project's date and money readers (`src/core/parse`). Day/month-first text dates
 * are resolved for the whole column when some value proves the order (a first number > 12 means
 * day-first); if nothing proves it, the dates are refused rather than guessed.
 * Rows with a blank id and date are skipped; any other unreadable cell throws with its row
 * (`rowOffset` + index, 1-based as the sheet shows it).
 *
 * @example purchasesFromColumns(['a', 'a'], ['2024-03-05', '2024-04-01'], ['NT$100', 50])
 */
export function purchasesFromColumns(ids: readonly unknown[], dates: readonly unknown[], amounts: readonly unknown[] | null, rowOffset = 1, label = 'orders'): Purchase[] {
  const blank = (v: unknown) => v === '' || v === null || v === undefined;
  const days: number[] = [];
  let dayFirst = false;
  let monthFirst = false;
  for (let i = 0; i < ids.length; i++) {
    if (blank(ids[i]) && blank(dates[i])) {
      days.push(NaN);
      continue;
    }
    const d = parseDate(dates[i]);
    if (Number.isNaN(d)) throw new LocalizedError(CLV_ERRORS.notADate, { label, row: i + rowOffset, value: String(dates[i]) });
    if (d >= PENDING) {
      const { first, second } = pendingParts(d);
      if (first > 12) dayFirst = true;
      if (second > 12) monthFirst = true;
    }
    days.push(d);
  }
  const order = dayFirst && !monthFirst ? 'dmy' : monthFirst && !dayFirst ? 'mdy' : null;
  const out: Purchase[] = [];
  for (let i = 0; i < ids.length; i++) {
    let day = days[i];
    if (Number.isNaN(day)) continue;
    if (day >= PENDING) {
      if (!order) throw new LocalizedError(CLV_ERRORS.ambiguousDate, { label, row: i + rowOffset, value: String(dates[i]) });
      day = resolvePending(day, order);
      if (Number.isNaN(day)) throw new LocalizedError(CLV_ERRORS.notADate, { label, row: i + rowOffset, value: String(dates[i]) });
    }
    const id = String(ids[i] instanceof Date ? (ids[i] as Date).toISOString() : ids[i]).trim();
    if (id === '') throw new LocalizedError(CLV_ERRORS.emptyId, { label, row: i + rowOffset });
    let amount = 0;
    if (amounts) {
      amount = parseAmount(amounts[i]);
      if (Number.isNaN(amount)) throw new LocalizedError(CLV_ERRORS.notAnAmount, { label, row: i + rowOffset, value: String(amounts[i]) });
    }
    out.push({ customerId: id, day, amount });
  }
  return out;
}
