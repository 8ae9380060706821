import { format } from '../core/i18n';
import { startRead, withoutRows, type Detection } from '../core/parse';
import { rfmSqlParts, type RfmSqlOptions, type SqlDialect } from '../core/sql';
import { dialectText } from '../core/sql/dialect';
import type { Lang } from '../core/types';
import { BIGQUERY_MESSAGES } from './bigqueryMessages';
import type { Settings } from './contract';
import { readOptionsFor } from './readOptions';
import { runRules } from './rules';

/** The source sheet's column names for the SQL, as its header row spells them. */
export type SqlColumns = RfmSqlOptions['columns'];

/**
 * The columns the run would read in this sheet (the detection with the owner's column choices, as
 * `readOptionsFor` applies them) as the header texts the SQL names; or, when the sheet is not one
 * order line per row with a customer, a date and an amount, why not, in the user's language.
 */
export function sqlColumnsOf(sample: readonly unknown[][], detection: Detection, settings: Settings, lang: Lang): { ok: true; columns: SqlColumns; detection: Detection } | { ok: false; problem: string } {
  const det = withoutRows(startRead(sample as unknown[][], readOptionsFor(settings, detection, {}))).detection;
  const { roles } = det;
  const header = (col: number | undefined) => (col === undefined ? undefined : det.columns[col]?.header || undefined);
  const customer = header(roles.customerId);
  const date = header(roles.orderDate);
  const amount = header(roles.amount);
  if (det.shape !== 'transactions' || det.amountFrom !== 'amount' || !customer || !date || !amount) {
    const found = det.columns.filter((c) => c.role).map((c) => `${c.header} = ${c.role}`).join(', ') || BIGQUERY_MESSAGES.noColumns[lang];
    return { ok: false, problem: format(BIGQUERY_MESSAGES.needsOrderLines, lang, { found }) };
  }
  const order = header(roles.orderId);
  return { ok: true, columns: { customer, date, amount, ...(order ? { order } : {}) }, detection: det };
}

/** {@link rfmSql}'s options from the workbook's settings: its bins, rules (as the run builds them) and language. */
export function sqlOptionsFor(settings: Settings, columns: SqlColumns, from: string, analysisDate: string, lang: Lang, dialect: SqlDialect = 'bigquery'): RfmSqlOptions {
  return { dialect, from, columns, analysisDate, bins: settings.bins, rules: runRules(settings), lang };
}

/** The longest text one packed cell gets before the next part starts (Sheets holds 50,000 characters a cell). */
export const PART_CHARS = 40_000;
/** A Connected Sheets data source sheet previews at most 500 rows (Sheets API guide "Connected Sheets"): one per part. */
export const MAX_PARTS = 500;

/** JSON text of a string column (BigQuery TO_JSON_STRING, DuckDB to_json, PostgreSQL to_json). */
const JSON_TEXT: Record<SqlDialect, (x: string) => string> = {
  bigquery: (x) => `TO_JSON_STRING(${x})`,
  duckdb: (x) => `CAST(to_json(${x}) AS VARCHAR)`,
  postgres: (x) => `CAST(to_json(${x}) AS TEXT)`,
};

/**
 * The query "Run in BigQuery" sends: {@link rfmSql}'s own CTEs and rows (nothing of its logic is
 * written again), plus each customer's summary and orders from its `kept` CTE (the orders it
 * scored), packed into few rows so Connected Sheets' 500-row preview carries every customer.
 *
 * Rows: `part` (0, 1, …), `parts` (how many there are) and `customers`, a JSON array of entries
 * `[id, firstDay, lastDay, orders, purchaseDays, revenueCents, r, f, m, [day, cents, day, cents, …]]`
 * with days counted from 1970-01-01 (the core's DayNumber) and money in whole cents as rfmSql sums
 * it. A part holds entries until its text passes {@link PART_CHARS}.
 */
export function packedRunSql(options: RfmSqlOptions): string {
  const d = dialectText(options.dialect);
  const { ctes, select } = rfmSqlParts(options);
  const txt = (x: string) => `CAST(${x} AS ${d.text})`;
  const day = (x: string) => d.daysBetween(x, `DATE ${d.str('1970-01-01')}`);
  const entry = [`${d.str('[')}`, JSON_TEXT[options.dialect]('h.customer_id'), ...['h.first_day', 'h.last_day', 'h.orders', 'h.purchase_days', 'h.cents', 's.r', 's.f', 's.m'].flatMap((c) => [d.str(','), txt(c)]), d.str(',['), 'h.history', d.str(']]')];
  return [
    `WITH\n${ctes.join(',\n')},`,
    `rfm_rows AS (\n${select}\n),`,
    'history AS (',
    `  SELECT customer_id, ${day('MIN(order_date)')} AS first_day, ${day('MAX(order_date)')} AS last_day, COUNT(*) AS orders, COUNT(DISTINCT order_date) AS purchase_days, SUM(cents) AS cents,`,
    `    STRING_AGG(CONCAT(${txt(day('order_date'))}, ${d.str(',')}, ${txt('cents')}), ${d.str(',')} ORDER BY order_date, cents) AS history`,
    '  FROM kept GROUP BY customer_id',
    '),',
    `entries AS (SELECT h.customer_id, CONCAT(${entry.join(', ')}) AS entry FROM history AS h JOIN rfm_rows AS s ON s.customer_id = h.customer_id),`,
    `sized AS (SELECT customer_id, entry, SUM(LENGTH(entry) + 1) OVER (ORDER BY customer_id ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) - LENGTH(entry) - 1 AS start_at FROM entries),`,
    `parted AS (SELECT CAST(FLOOR(CAST(start_at AS ${d.double}) / ${PART_CHARS}) AS ${d.bigint}) AS part, customer_id, entry FROM sized)`,
    `SELECT part, COUNT(*) OVER () AS parts, CONCAT(${d.str('[')}, STRING_AGG(entry, ${d.str(',')} ORDER BY customer_id), ${d.str(']')}) AS customers`,
    'FROM parted GROUP BY part',
    'ORDER BY part',
    '',
  ].join('\n');
}
