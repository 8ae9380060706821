import { MONEY_UNITS } from '../parse/cellReader';
import { dialectText } from './dialect';

/** The columns of the order lines, by the names the table has (quoted by the queries). */
export interface LinesSqlColumns {
  customer: string;
  date: string;
  order?: string;
  /** The amount column (`amountFrom: 'amount'`), or quantity × unit price. */
  amount?: string;
  quantity?: string;
  unitPrice?: string;
  channel?: string;
  status?: string;
  cancelledAt?: string;
  /** Attribute columns by role (city, country, marketingOptOut...): first non-blank text per customer. */
  attributes?: Readonly<Record<string, string>>;
}

/** What {@link linesTableSql} needs: the table of raw text cells, its columns and the reader's choices. */
export interface LinesSqlOptions {
  /** A DuckDB table expression of text cells, e.g. `read_csv('orders.csv', all_varchar = true)`; SQL the caller writes, never someone else's text. */
  from: string;
  columns: LinesSqlColumns;
  amountFrom: 'amount' | 'quantityTimesPrice' | 'none';
  /** Status cells, exactly as written, that mean the order did not happen (the core's `isRefundStatus` on the column's distinct values). */
  refundStatuses?: readonly string[];
  /** Orders dated after this day (YYYY-MM-DD) are left out as future dates; null: none are. */
  lastDay: string | null;
  /** Every column of the table, to tell blank rows. */
  allColumns: readonly string[];
}

const d = dialectText('duckdb');

/** The temporary tables the statements create, so a caller can drop them. */
export const RAW_TABLE = 'engine_raw';
export const LINES_TABLE = 'engine_lines';
export const ORDERS_TABLE = 'engine_orders';

// What String.prototype.trim removes at the ends of an id that pasted exports carry (cells.ts isSpace),
// written as the characters themselves: a literal costs DuckDB far less per row than chr() calls.
const SPACES = `'${' \t\n\r\v\f\u00a0\u3000\ufeff\u202f\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a'}'`;

const raw = (col: string) => `t.${d.ident(col)}`;
/** A cell as text without the spaces around it, NULL when blank (plain `trim`: what amounts, dates and blank cells need). */
const text = (col: string) => `NULLIF(trim(${raw(col)}), '')`;
/**
 * An id cell trimmed as String.prototype.trim does (tabs, no-break and ideographic spaces too). The
 * full trim is slow per value in DuckDB (a 20-character set: seconds on 5 M lines), so it runs only
 * on values that do not start and end with printable ASCII.
 */
const idTextOf = (col: string) => {
  const x = raw(col);
  return `NULLIF(CASE WHEN ascii(${x}) BETWEEN 33 AND 126 AND ascii(right(${x}, 1)) BETWEEN 33 AND 126 THEN ${x} ELSE trim(${x}, ${SPACES}) END, '')`;
};
/** `idText` (src/core/parse/cells.ts): trimmed, and "17850.0" read as "17850" (an integer a float export wrote with ".0"). */
const idSql = (x: string) => `CASE WHEN suffix(${x}, '.0') AND length(${x}) > 2 AND regexp_full_match(${x}, '[0-9]+\\.0') THEN left(${x}, length(${x}) - 2) ELSE ${x} END`;
/**
 * A plain number as the core's fast path reads it (`parseAmount`: digits, one dot, a sign; `Number`
 * gives the same double as DuckDB's cast); NULL for anything else, which the caller reports or,
 * when the core would read it (currency marks, separators), refuses.
 */
const numberSql = (x: string) =>
  `CASE WHEN isfinite(TRY_CAST(${x} AS DOUBLE)) AND NOT contains(${x}, 'e') AND NOT contains(${x}, 'E') AND NOT contains(${x}, '_') THEN TRY_CAST(${x} AS DOUBLE) END`;
/** JavaScript's `Math.round` (ties toward +∞) on a double, as a BIGINT. */
const jsRound = (x: string) => `CAST(CASE WHEN (${x}) - floor(${x}) >= 0.5 THEN ceil(${x}) ELSE floor(${x}) END AS BIGINT)`;
/**
 * A year-first date as `parseDate` reads text (src/core/parse/parseDate.ts): `2010-12-01`,
 * `2010-12-01 08:26:00`, `2024-3-5`, `2024/03/05`, `2024.3.5`, the written calendar date kept (a
 * time and offset after a space or T are not read); a year from 1000. NULL for anything else.
 * The common `YYYY-MM-DD…` form is cast without a regular expression (5 M lines: seconds otherwise).
 */
const dateSql = (x: string) =>
  [
    'CASE',
    `  WHEN ${x} IS NULL OR left(${x}, 1) = '0' THEN NULL`,
    `  WHEN substr(${x}, 5, 1) = '-' AND substr(${x}, 8, 1) = '-' AND (length(${x}) = 10 OR substr(${x}, 11, 1) IN (' ', 'T', 't')) THEN TRY_CAST(left(${x}, 10) AS DATE)`,
    `  WHEN regexp_full_match(${x}, '[0-9]{4}(-[0-9]{1,2}-|/[0-9]{1,2}/|\\.[0-9]{1,2}\\.)[0-9]{1,2}([ Tt].*)?') THEN TRY_CAST(concat_ws('-', left(${x}, 4), regexp_extract(${x}, '^[0-9]{4}.([0-9]{1,2})', 1), regexp_extract(${x}, '^[0-9]{4}.[0-9]{1,2}.([0-9]{1,2})', 1)) AS DATE)`,
    'END',
  ].join(' ');
/** Minutes after midnight of "YYYY-MM-DD HH:MM" or "YYYY-MM-DD HH:MM:SS" (src/core/parse/parseTime.ts `timeAt` on these forms, tested by character, no regular expression); NULL for any other text. */
const minuteSql = (x: string) => {
  const digit = (i: number) => `substr(${x}, ${i}, 1) BETWEEN '0' AND '9'`;
  const two = (i: number) => `CAST(substr(${x}, ${i}, 2) AS INTEGER)`;
  const form = `(length(${x}) = 16 OR (length(${x}) = 19 AND substr(${x}, 17, 1) = ':' AND ${digit(18)} AND ${digit(19)})) AND substr(${x}, 11, 1) IN (' ', 'T', 't') AND substr(${x}, 14, 1) = ':' AND ${[12, 13, 15, 16].map(digit).join(' AND ')}`;
  return `CASE WHEN ${form} AND ${two(12)} <= 23 AND ${two(15)} <= 59 THEN ${two(12)} * 60 + ${two(15)} END`;
};
/** `isAmbiguousGroup` (parseAmount.ts): "1.234" could be thousands, "0.165" cannot. */
const ambiguousSql = (x: string) => `(regexp_full_match(${x}, '-?([0-9]{2,3}|[1-9])\\.[0-9]{3}'))`;

/**
 * `CREATE TEMP TABLE engine_raw`: the cells of the columns the read uses, as text, and whether the
 * rest of the row is blank (`engine_blank`, tested only when the customer and date cells are).
 * A table, so its `rowid` numbers the lines in file order (DuckDB keeps insertion order by default,
 * `preserve_insertion_order`) and the parsing after it runs on all threads, where `WITH ORDINALITY`
 * on the file would run it on one.
 */
export function rawTableSql(o: LinesSqlOptions): string {
  const c = o.columns;
  const used = [...new Set([c.customer, c.date, c.order, c.amount, c.quantity, c.unitPrice, c.channel, c.status, c.cancelledAt, ...Object.values(c.attributes ?? {})].filter((x): x is string => x !== undefined))];
  const others = o.allColumns.filter((x) => x !== c.customer && x !== c.date);
  const blank = `CASE WHEN ${text(c.customer)} IS NULL AND ${text(c.date)} IS NULL THEN ${others.length ? others.map((m) => `${text(m)} IS NULL`).join(' AND ') : 'true'} ELSE false END AS engine_blank`;
  return `CREATE OR REPLACE TEMP TABLE ${RAW_TABLE} AS SELECT ${[...used.map(raw), blank].join(', ')} FROM ${o.from} AS t`;
}

/**
 * `CREATE TEMP TABLE engine_lines`: every line of the table read as the add-on's reader reads an
 * order line (src/core/parse/readRows.ts): its sheet row (the header is row 1), customer and order
 * ids (`idText`), the parsed day and time of day, the amount in the core's integer units (1/10,000:
 * `Math.round(amount × 10,000)`, quantity × price first when there is no amount column), quantity,
 * channel, and `issue`: NULL for a kept line, else `check:role` of the core's check that leaves it
 * out, in the core's order (refunded by status, cancellation date or a "C…" invoice with a negative
 * amount or quantity; not an amount; negative; not a date); `example` holds the cell(s) the report
 * quotes; blank rows are `blank`. Lines alike in all of these are stored as one row with `n` (their
 * count), `rn` (the first row), `rows` (the first 5) and summed units and quantities: an order's lines
 * mostly are, so the table holds about a row per order, not per line. Reads {@link rawTableSql}'s table.
 */
export function linesTableSql(o: LinesSqlOptions): string {
  const c = o.columns;
  const qtp = o.amountFrom === 'quantityTimesPrice';
  const cols: string[] = ['rowid + 2 AS rn', `${idTextOf(c.customer)} AS cid_text`, `${text(c.date)} AS dtext`, `${raw(c.date)} AS draw`];
  if (c.order) cols.push(`${idTextOf(c.order)} AS oid_text`, `${raw(c.order)} AS oraw`);
  if (c.amount) cols.push(`${text(c.amount)} AS atext`, `${raw(c.amount)} AS araw`);
  if (c.quantity) cols.push(`${text(c.quantity)} AS qtext`, `${raw(c.quantity)} AS qraw`);
  if (c.unitPrice && qtp) cols.push(`${text(c.unitPrice)} AS ptext`, `${raw(c.unitPrice)} AS praw`);
  if (c.channel) cols.push(`${text(c.channel)} AS channel`);
  const statuses = o.refundStatuses ?? [];
  cols.push(c.status && statuses.length ? `coalesce(${raw(c.status)} IN (${statuses.map((s) => d.str(s)).join(', ')}), false) AS by_status` : 'false AS by_status');
  if (c.status) cols.push(`${raw(c.status)} AS sraw`);
  cols.push(c.cancelledAt ? `${text(c.cancelledAt)} IS NOT NULL AS by_cancel` : 'false AS by_cancel');
  if (c.cancelledAt) cols.push(`${raw(c.cancelledAt)} AS craw`);
  const attrs = Object.entries(c.attributes ?? {});
  for (const [i, [, col]] of attrs.entries()) cols.push(`${text(col)} AS attr${i}`);
  // A row is blank when every cell of it is (the core's `blankRows`); the other cells are looked at only when the mapped ones are blank.
  cols.push('engine_blank AS blank');

  const q = c.quantity ? numberSql('qtext') : 'NULL';
  const p = qtp ? numberSql('ptext') : 'NULL';
  const a = c.amount && o.amountFrom === 'amount' ? numberSql('atext') : 'NULL';
  const parsed = [
    'rn, blank, by_status, by_cancel, draw',
    c.order ? `${idSql('oid_text')} AS oid, oraw` : 'CAST(NULL AS VARCHAR) AS oid',
    `${idSql('cid_text')} AS cid`,
    `${dateSql('dtext')} AS day`,
    'dtext IS NOT NULL AS has_dtext',
    'dtext',
    `${q} AS q`,
    c.quantity ? 'qtext IS NOT NULL AS has_qtext, qraw' : 'false AS has_qtext',
    `${p} AS p`,
    qtp ? 'ptext IS NOT NULL AS has_ptext, praw, ptext' : 'false AS has_ptext',
    `${a} AS a`,
    c.amount ? 'atext IS NOT NULL AS has_atext, araw, atext' : 'false AS has_atext',
    c.channel ? 'channel' : 'CAST(NULL AS VARCHAR) AS channel',
    c.status ? 'sraw' : 'CAST(NULL AS VARCHAR) AS sraw',
    c.cancelledAt ? 'craw' : 'CAST(NULL AS VARCHAR) AS craw',
    ...attrs.map((_, i) => `attr${i}`),
  ];
  // The amount of the line, as readRows.ts computes it.
  const qBad = qtp && c.quantity ? 'has_qtext AND q IS NULL' : 'false';
  const pBad = qtp ? `NOT (${qBad}) AND has_ptext AND p IS NULL` : 'false';
  const aBad = o.amountFrom === 'amount' ? 'has_atext AND a IS NULL' : 'false';
  const hasAmount = o.amountFrom === 'none' ? 'true' : qtp ? `NOT (${qBad}) AND p IS NOT NULL AND has_qtext` : 'a IS NOT NULL';
  const units = o.amountFrom === 'none' ? 'CAST(0 AS BIGINT)' : qtp ? `CASE WHEN ${hasAmount} THEN ${jsRound(`coalesce(q, 0) * p * ${MONEY_UNITS}`)} ELSE 0 END` : `CASE WHEN a IS NOT NULL THEN ${jsRound(`a * ${MONEY_UNITS}`)} ELSE 0 END`;
  const amounts = [`(${hasAmount}) AS has_amount`, `${units} AS units`, 'coalesce(q, 0) AS quantity', `(${qBad}) AS q_bad`, `(${pBad}) AS p_bad`, `(${aBad}) AS a_bad`];
  // Online Retail: invoice "C536379" with negative quantities is a cancellation.
  const cInvoice = c.order ? "(oid IS NOT NULL AND length(oid) > 1 AND left(oid, 1) IN ('C', 'c') AND substr(oid, 2, 1) BETWEEN '0' AND '9' AND (units < 0 OR quantity < 0))" : 'false';
  const issue = [
    'CASE',
    "  WHEN blank THEN 'blank'",
    "  WHEN by_status THEN 'refunded:status'",
    "  WHEN by_cancel THEN 'refunded:cancelledAt'",
    `  WHEN ${cInvoice} THEN 'refunded:orderId'`,
    "  WHEN q_bad THEN 'unparseableAmount:quantity'",
    "  WHEN p_bad THEN 'unparseableAmount:unitPrice'",
    "  WHEN a_bad THEN 'unparseableAmount:amount'",
    // A negative amount is reported on the amount column; with quantity × price, on the quantity when it is negative, else the price.
    ...(o.amountFrom === 'amount' ? ["  WHEN units < 0 THEN 'negativeAmount:amount'"] : []),
    "  WHEN quantity < 0 THEN 'negativeAmount:quantity'",
    "  WHEN units < 0 THEN 'negativeAmount:unitPrice'",
    "  WHEN has_dtext AND day IS NULL THEN 'unparseableDate:orderDate'",
    'END',
  ].join(' ');
  const priceText = qtp ? "coalesce(qraw, '') || ' × ' || coalesce(praw, '')" : 'NULL';
  const example = [
    'CASE',
    "  WHEN issue = 'refunded:status' THEN sraw",
    "  WHEN issue = 'refunded:cancelledAt' THEN craw",
    `  WHEN issue = 'refunded:orderId' THEN ${c.order ? 'oraw' : 'NULL'}`,
    `  WHEN issue IN ('unparseableAmount:quantity', 'negativeAmount:quantity') THEN ${c.quantity ? 'qraw' : 'NULL'}`,
    `  WHEN issue = 'unparseableAmount:unitPrice' THEN ${qtp ? 'praw' : 'NULL'}`,
    `  WHEN issue IN ('unparseableAmount:amount', 'negativeAmount:amount') THEN ${c.amount ? 'araw' : 'NULL'}`,
    `  WHEN issue = 'negativeAmount:unitPrice' THEN ${priceText}`,
    "  WHEN issue = 'unparseableDate:orderDate' THEN draw",
    'END',
  ].join(' ');
  // Evidence for the decimal-separator decision (decideDecimal): kept money texts with a dot, and the ambiguous "1.234" ones.
  const money = o.amountFrom === 'amount' ? 'atext' : qtp ? 'ptext' : null;
  const parsedMoney = o.amountFrom === 'amount' ? 'a' : 'p';
  const evidence = money
    ? [
        `CASE WHEN ${parsedMoney} IS NOT NULL AND NOT (${qBad}) AND contains(${money}, '.') THEN (CASE WHEN ${ambiguousSql(money)} THEN 2 ELSE 1 END) ELSE 0 END AS dot_kind`,
      ]
    : ['0 AS dot_kind'];
  return [
    `CREATE OR REPLACE TEMP TABLE ${LINES_TABLE} AS`,
    'WITH',
    `src AS (SELECT ${cols.join(', ')} FROM ${RAW_TABLE} AS t),`,
    `parsed AS (SELECT ${parsed.join(', ')} FROM src),`,
    `amounts AS (SELECT *, ${[...amounts, ...evidence].join(', ')} FROM parsed),`,
    `flagged AS (SELECT *, ${issue} AS issue FROM amounts)`,
    // Lines alike in everything the read looks at are one row with their count, first row and first 5 rows (an order's lines mostly are), and the first line's date text (its time of day).
    `, kept AS (SELECT rn, cid, oid, issue, ${example} AS example, CASE WHEN issue IS NULL THEN day END AS day, CASE WHEN issue IS NULL THEN dtext END AS dtext, has_amount, units, quantity, channel, CAST(dot_kind AS TINYINT) AS dot_kind,`,
    `  issue IS NULL AND has_amount AND units = 0 AND ${o.amountFrom === 'none' ? 'false' : 'true'} AS zero${attrs.map((_, i) => `, attr${i}`).join('')} FROM flagged)`,
    `SELECT min(rn) AS rn, count(*) AS n, min(rn, 5) AS rows, cid, oid, issue, example, day, arg_min(dtext, rn) AS dtext, has_amount, sum(units) AS units, sum(quantity) AS quantity, channel, dot_kind, zero${attrs.map((_, i) => `, attr${i}`).join('')}`,
    `FROM kept GROUP BY oid, CASE WHEN oid IS NULL THEN rn END, cid, issue, example, day, has_amount, channel, dot_kind, zero${attrs.map((_, i) => `, attr${i}`).join('')}`,
  ].join('\n');
}

/**
 * `CREATE TEMP TABLE engine_orders` from {@link linesTableSql}'s line rows: one row per order (lines of
 * one order id together, a line without one an order of its own) as finish.ts builds it: the
 * customer of its first line that has one, the day of its first kept line with a date, the kept
 * lines' units and quantities summed, the first channel, and `outcome`: 'kept' or the check that
 * leaves the whole order out (no customer, no kept line, no date, before 1900, after the last day,
 * no amount).
 */
export function ordersTableSql(o: Pick<LinesSqlOptions, 'lastDay' | 'amountFrom'>): string {
  const future = o.lastDay === null ? 'false' : `day > DATE ${d.str(o.lastDay)}`;
  const kept = 'issue IS NULL';
  return [
    `CREATE OR REPLACE TEMP TABLE ${ORDERS_TABLE} AS`,
    'WITH grouped AS (',
    '  SELECT oid, min(rn) AS row, sum(n) AS all_lines,',
    '    arg_min(cid, rn) FILTER (WHERE cid IS NOT NULL) AS cid,',
    '    coalesce(sum(n) FILTER (WHERE cid IS NULL), 0) AS blank_cid, list_sort(flatten(list(rows) FILTER (WHERE cid IS NULL)))[1:5] AS blank_rows,',
    `    coalesce(sum(n) FILTER (WHERE ${kept}), 0) AS lines,`,
    `    arg_min(day, rn) FILTER (WHERE ${kept} AND day IS NOT NULL) AS day, min(rn) FILTER (WHERE ${kept} AND day IS NOT NULL) AS date_row,`,
    `    arg_min(dtext, rn) FILTER (WHERE ${kept} AND day IS NOT NULL) AS dtext,`,
    `    coalesce(bool_or(has_amount) FILTER (WHERE ${kept}), false) AS has_amount,`,
    `    CAST(coalesce(sum(units) FILTER (WHERE ${kept} AND has_amount), 0) AS BIGINT) AS units,`,
    `    coalesce(sum(quantity) FILTER (WHERE ${kept}), 0) AS quantity,`,
    `    arg_min(channel, rn) FILTER (WHERE ${kept} AND channel IS NOT NULL) AS channel`,
    `  FROM ${LINES_TABLE} WHERE issue IS DISTINCT FROM 'blank'`,
    '  GROUP BY oid, CASE WHEN oid IS NULL THEN rn END',
    ')',
    'SELECT *, CASE',
    "  WHEN cid IS NULL THEN 'missingCustomerId'",
    "  WHEN lines = 0 THEN 'none'",
    "  WHEN day IS NULL THEN 'missingDate'",
    "  WHEN day < DATE '1900-01-01' THEN 'earlyDate'",
    `  WHEN ${future} THEN 'futureDate'`,
    `  WHEN ${o.amountFrom === 'none' ? 'false' : 'NOT has_amount'} THEN 'missingAmount'`,
    "  ELSE 'kept' END AS outcome",
    'FROM grouped',
  ].join('\n');
}

/** The kept orders, in the order of their first line: row, customer_id, order_id, day (days since 1970-01-01), units, quantity, channel, and the time of day of the order's first dated line: `tmin` (minutes) or, for other forms than YYYY-MM-DD HH:MM[:SS], `dtime` (its date text). */
export function orderRowsSql(): string {
  // The time of day is read here, once per order: "YYYY-MM-DD HH:MM[:SS]" in SQL, any other text with more than the date sent on as `dtime`.
  const dtime = `CASE WHEN length(dtext) > 10 AND ${minuteSql('dtext')} IS NULL THEN dtext END`;
  return `SELECT row, cid AS customer_id, oid AS order_id, CAST(day - DATE '1970-01-01' AS BIGINT) AS day, units, quantity, channel, ${minuteSql('dtext')} AS tmin, ${dtime} AS dtime FROM ${ORDERS_TABLE} WHERE outcome = 'kept' ORDER BY row`;
}

/**
 * The data-quality counts, one row per check and role (`check`, `role`: the column's role or '' for
 * none, `n`, `rows`: the first 5 sheet rows, `examples`: up to 3 distinct texts, earliest first),
 * for the checks readRows.ts and finish.ts count: refunded, unparseableAmount, negativeAmount,
 * unparseableDate, blankRows, missingOrderId, zeroAmount per line; missingCustomerId,
 * customerIdFromOrder, orderCustomerConflict, missingDate, earlyDate, futureDate, missingAmount and
 * repeatedOrderId per order. `amountRole` is the column missing amounts are reported on.
 */
export function checksSql(o: { hasOrderColumn: boolean; amountRole: 'amount' | 'unitPrice' }): string {
  const L = LINES_TABLE;
  const O = ORDERS_TABLE;
  const parts = [
    // Examples: the earliest rows' distinct texts.
    `SELECT split_part(issue, ':', 1) AS check, split_part(issue, ':', 2) AS role, sum(n) AS n, list_sort(flatten(list(rows)))[1:5] AS rows, min_by(example, first_row, 3) FILTER (WHERE example IS NOT NULL) AS examples FROM (SELECT issue, example, sum(n) AS n, list_sort(flatten(list(rows)))[1:5] AS rows, min(rn) AS first_row FROM ${L} WHERE issue IS NOT NULL AND issue <> 'blank' GROUP BY issue, example) GROUP BY issue`,
    `SELECT 'blankRows', '', sum(n), list_sort(flatten(list(rows)))[1:5], NULL FROM ${L} WHERE issue = 'blank' HAVING count(*) > 0`,
    `SELECT 'zeroAmount', '${o.amountRole}', sum(n), list_sort(flatten(list(rows)))[1:5], NULL FROM ${L} WHERE zero HAVING count(*) > 0`,
    `SELECT 'missingCustomerId', 'customerId', sum(blank_cid), list_sort(flatten(list(blank_rows)))[1:5], NULL FROM ${O} WHERE cid IS NULL HAVING sum(blank_cid) > 0`,
    `SELECT 'customerIdFromOrder', 'customerId', sum(blank_cid), list_sort(flatten(list(blank_rows)))[1:5], NULL FROM ${O} WHERE cid IS NOT NULL AND blank_cid > 0 HAVING sum(blank_cid) > 0`,
    ...(['missingDate', 'missingAmount'] as const).map((k) => `SELECT '${k}', '${k === 'missingDate' ? 'orderDate' : o.amountRole}', sum(lines), min(row, 5), NULL FROM ${O} WHERE outcome = '${k}' HAVING count(*) > 0`),
    ...(['earlyDate', 'futureDate'] as const).map(
      (k) => `SELECT '${k}', 'orderDate', sum(lines), min(date_row, 5), min_by(CAST(day AS VARCHAR), date_row, 3) FROM ${O} WHERE outcome = '${k}' HAVING count(*) > 0`,
    ),
  ];
  if (o.hasOrderColumn) {
    parts.push(
      `SELECT 'missingOrderId', 'orderId', sum(n), list_sort(flatten(list(rows)))[1:5], NULL FROM ${L} WHERE oid IS NULL AND issue IS DISTINCT FROM 'blank' HAVING count(*) > 0`,
      `SELECT 'repeatedOrderId', 'orderId', count(*), min(row, 5), NULL FROM ${O} WHERE oid IS NOT NULL AND all_lines > 1 HAVING count(*) > 0`,
      // Lines naming another customer than the order's first: counted, their order kept (per other customer, its first row).
      `SELECT 'orderCustomerConflict', 'customerId', sum(n), min(first_row, 5), NULL FROM (SELECT sum(l.n) AS n, min(l.rn) AS first_row FROM ${L} AS l JOIN ${O} AS o ON l.oid = o.oid WHERE l.cid IS NOT NULL AND l.cid <> o.cid GROUP BY l.oid, l.cid) HAVING count(*) > 0`,
    );
  }
  return parts.map((p) => `(${p})`).join('\nUNION ALL\n');
}

/** Totals of the read: rows read, distinct customer and order ids on any line, and the decimal-separator evidence. */
export function totalsSql(): string {
  return [
    "SELECT coalesce(sum(n) FILTER (WHERE issue IS DISTINCT FROM 'blank'), 0) AS rows_read, count(DISTINCT cid) AS customer_ids, count(DISTINCT oid) AS order_ids,",
    '  coalesce(sum(n) FILTER (WHERE dot_kind = 1), 0) AS dots, min(rn) FILTER (WHERE dot_kind = 1) AS dot_row, coalesce(sum(n) FILTER (WHERE dot_kind = 2), 0) AS ambiguous, min(rn) FILTER (WHERE dot_kind = 2) AS ambiguous_row',
    `FROM ${LINES_TABLE}`,
  ].join('\n');
}

/** Each customer's first non-blank text of attribute column `i` (as {@link LinesSqlColumns.attributes} lists them) on a kept line, as readRows.ts reads attributes, with its row. */
export function attributesSql(count: number): string {
  const cols = Array.from({ length: count }, (_, i) => `arg_min(attr${i}, rn) FILTER (WHERE attr${i} IS NOT NULL) AS attr${i}, min(rn) FILTER (WHERE attr${i} IS NOT NULL) AS row${i}`);
  return `SELECT cid, ${cols.join(', ')} FROM ${LINES_TABLE} WHERE cid IS NOT NULL AND issue IS NULL GROUP BY cid`;
}
