/**
 * CSV the CLI writes, safe to open in a spreadsheet (OWASP "CSV injection"): a text cell starting
 * with =, +, -, @, tab or carriage return gets a leading single quote so it is never run as a
 * formula, and a field holding the delimiter, a quote or a line break is quoted. Number values are
 * written as numbers (-5 stays -5).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV field. */
export function csvCell(v: unknown, delimiter = ','): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  let s = v instanceof Date ? (Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10)) : String(v);
  if (FORMULA_START.test(s)) s = `'${s}`;
  return s.includes(delimiter) || /["\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Rows of objects as CSV with a header row (the keys of the first row unless `columns` is given). */
export function csvTable(rows: readonly Record<string, unknown>[], columns?: readonly string[]): string {
  const cols = columns ?? (rows[0] ? Object.keys(rows[0]) : []);
  return `${[cols.map((c) => csvCell(c)).join(','), ...rows.map((r) => cols.map((c) => csvCell(r[c])).join(','))].join('\n')}\n`;
}
