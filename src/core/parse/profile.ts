import { isDate } from '../days';
import { isBlank, isErrorCell } from './cells';
import { parseAmount } from './parseAmount';
import { parseDate } from './parseDate';

/** What the sample values of one column look like; used to confirm or reject header guesses. */
export interface ColumnProfile {
  nonBlank: number;
  /** Share of non-blank cells readable as a number or money. */
  numeric: number;
  /** Share of non-blank cells that are dates: `Date` objects or date text (plain numbers do not count). */
  dateLike: number;
  /** Share readable as a date when numbers are allowed (serials, YYYYMMDD). */
  dateAny: number;
  /** Share containing "@" like an email address. */
  email: number;
  /** Share of whole numbers among numeric cells. */
  integer: number;
  /** Distinct non-blank values / non-blank cells. */
  distinct: number;
  errors: number;
}

/**
 * Profiles column `col` of `rows` (the sample under the header).
 * @example profileColumn([['2024-01-02'], ['2024-01-03']], 0).dateLike // 1
 */
export function profileColumn(rows: readonly unknown[][], col: number): ColumnProfile {
  let nonBlank = 0;
  let numeric = 0;
  let dateLike = 0;
  let dateAny = 0;
  let email = 0;
  let integer = 0;
  let errors = 0;
  const seen = new Set<string>();
  for (const row of rows) {
    const v = row[col];
    if (isBlank(v)) continue;
    if (isErrorCell(v)) {
      errors++;
      continue;
    }
    nonBlank++;
    seen.add(isDate(v) ? String((v as Date).getTime()) : String(v));
    const n = parseAmount(v);
    if (!Number.isNaN(n)) {
      numeric++;
      if (Number.isInteger(n)) integer++;
    }
    const d = parseDate(v);
    if (!Number.isNaN(d)) {
      dateAny++;
      if (typeof v !== 'number') dateLike++;
    }
    if (typeof v === 'string' && v.indexOf('@') > 0) email++;
  }
  const share = (k: number) => (nonBlank ? k / nonBlank : 0);
  return {
    nonBlank,
    numeric: share(numeric),
    dateLike: share(dateLike),
    dateAny: share(dateAny),
    email: share(email),
    integer: numeric ? integer / numeric : 0,
    distinct: share(seen.size),
    errors,
  };
}
