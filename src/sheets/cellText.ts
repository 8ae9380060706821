import { isDate } from '../core/days';

/**
 * Values we write must never become formulas: Sheets treats a written string that starts with
 * `=` (and `+`, `-`, `@` in some locales and imports) as a formula. A leading apostrophe makes
 * Sheets store the rest as plain text and hide the apostrophe.
 */
const FORMULA_START = /^[=+\-@]/;

/** One cell as it must be written. Numbers, booleans and Dates pass unchanged; null becomes blank. */
export function safeCell(v: unknown): string | number | boolean | Date {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return FORMULA_START.test(v) ? `'${v}` : v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : '';
  if (typeof v === 'boolean') return v;
  if (isDate(v)) return v;
  return String(v);
}

/** A block of rows made rectangular (padded with blanks) and safe. */
export function safeBlock(rows: unknown[][], width?: number): (string | number | boolean | Date)[][] {
  const w = width ?? rows.reduce((m, r) => Math.max(m, r.length), 0);
  return rows.map((r) => {
    const out: (string | number | boolean | Date)[] = new Array(w);
    for (let c = 0; c < w; c++) out[c] = safeCell(r[c]);
    return out;
  });
}
