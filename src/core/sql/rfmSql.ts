import { dayFromIso } from '../days';
import type { SegmentRule } from '../rfm/types';
import type { Lang } from '../types';
import { cutPointCtes, scoreSql, SQL_DIMENSIONS } from './cutPointsSql';
import { dialectText, type SqlDialect } from './dialect';
import { segmentCaseSql } from './segmentCaseSql';
import { smallStoreCtes } from './smallStoreSql';

/** What {@link rfmSql} needs: where the order lines are, which columns, the day and the rules. */
export interface RfmSqlOptions {
  dialect: SqlDialect;
  /**
   * The table expression the lines come from, put in as is after FROM (a table name, a table function
   * such as DuckDB's `read_csv('orders.csv')` or a parenthesised SELECT; no alias, the query adds `AS t`).
   * It is SQL the caller writes, not a value: never pass text from someone else here.
   */
  from: string;
  /** Column names of the table (quoted by the query, so any name is safe). */
  columns: { customer: string; date: string; amount: string; order?: string };
  /** The day recency is counted to, YYYY-MM-DD. */
  analysisDate: string;
  /** Scores per dimension, 2..10 (default 5). */
  bins?: number;
  /** The run's rules, first match wins, e.g. `rulesAtScores(shopifySegments, bins)`. */
  rules: readonly SegmentRule[];
  /** Language of the segment names (default English). */
  lang?: Lang;
}

/** Orders before this day are left out, as the core reader does (src/core/parse/finish.ts, `EARLIEST_ORDER_DAY`). */
const EARLIEST_ORDER_DATE = '1900-01-01';

/**
 * One SELECT that segments customers in the database exactly as `node dist/cli.js rfm` does with
 * R `rfm` 0.3.0 scoring (rsquaredacademy/rfm commit 297ed8b): columns customer_id, recency_days,
 * frequency, monetary, r, f, m, rfm_score, segment, ordered by customer_id.
 *
 * What it pushes down, mirroring the core reader (src/core/parse/readRows.ts, finish.ts,
 * customers.ts): lines with a negative amount are out (refunds, stock adjustments, and so Online
 * Retail's "C…" cancellation invoices, whose amounts are negative; a "C…" invoice with a positive
 * amount is kept, as in the core); with an order id the lines of one order are one order (its
 * customer and date the smallest on its lines, its spend their sum) and a line without an order id
 * is an order of its own; without one each line is an order; orders without a customer, date or
 * amount, after the analysis date or before 1900 are out. Money is summed in whole cents
 * (`ROUND(amount × 100)` as an integer) and divided by 100 at the end. Cut points are R's type-7
 * quantiles (Hyndman & Fan 1996), see {@link cutPointCtes}; under 100 customers the recency cut
 * points are the core's small-store scale (`gap × 1, 2, 4…` days, see {@link smallStoreCtes}) when
 * some customer bought twice on different days; scores and segments as the core's.
 *
 * Not covered (the SQL takes the database's values as they are): text the core parses but a CAST
 * does not (currency signs, day/month dates), ids written as "17850.0" or padded with tabs or no-break
 * spaces, lines of one order on different days or customers (the core takes the first line's), refund
 * status columns, and more than two decimals (the core keeps 4; PostgreSQL also rounds half cents to
 * even).
 * @example rfmSql({ dialect: 'duckdb', from: "read_csv('orders.csv')", columns: { customer: 'customer_id', date: 'order_date', amount: 'revenue' }, analysisDate: '2006-12-31', rules })
 */
export function rfmSql(options: RfmSqlOptions): string {
  const { ctes, select } = rfmSqlParts(options);
  return [`WITH\n${ctes.join(',\n')}`, select, 'ORDER BY customer_id', ''].join('\n');
}

/**
 * {@link rfmSql} in its two parts, for queries built on it (the add-on's packed BigQuery run):
 * `ctes`, the named subqueries ending in `scored`, and `select`, the per-customer SELECT over them
 * (without its ORDER BY).
 */
export function rfmSqlParts(options: RfmSqlOptions): { ctes: string[]; select: string } {
  const d = dialectText(options.dialect);
  const bins = options.bins ?? 5;
  if (!Number.isInteger(bins) || bins < 2 || bins > 10) throw new RangeError(`SQL: bins must be a whole number from 2 to 10, got ${bins}`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(options.analysisDate) || dayFromIso(options.analysisDate) === null) throw new RangeError(`SQL: the analysis date must be a real date as YYYY-MM-DD, got ${JSON.stringify(options.analysisDate)}`);
  if (options.from.trim() === '') throw new RangeError('SQL: the table expression (from) is empty');
  const { customer, date, amount, order } = options.columns;
  const day = `DATE ${d.str(options.analysisDate)}`;
  const id = (col: string) => `NULLIF(TRIM(CAST(t.${d.ident(col)} AS ${d.text})), '')`;

  const src = [
    `${id(customer)} AS customer_id`,
    `CAST(t.${d.ident(date)} AS DATE) AS order_date`,
    `CAST(t.${d.ident(amount)} AS ${d.double}) AS amount`,
    ...(order === undefined ? [] : [`${id(order)} AS order_id`]),
  ];
  const lineCols = `customer_id, order_date, CAST(ROUND(amount * 100) AS ${d.bigint}) AS cents${order === undefined ? '' : ', order_id'}`;
  const orders =
    order === undefined
      ? 'orders AS (SELECT customer_id, order_date, cents FROM lines)'
      : [
          'orders AS (',
          '  SELECT MIN(customer_id) AS customer_id, MIN(order_date) AS order_date, SUM(cents) AS cents FROM lines WHERE order_id IS NOT NULL GROUP BY order_id',
          '  UNION ALL',
          '  SELECT customer_id, order_date, cents FROM lines WHERE order_id IS NULL',
          ')',
        ].join('\n');
  const ctes = [
    `src AS (\n  SELECT\n    ${src.join(',\n    ')}\n  FROM ${options.from} AS t\n)`,
    // Negative amounts are refunds, cancellations or stock adjustments, never sales.
    `lines AS (SELECT ${lineCols} FROM src WHERE amount IS NULL OR amount >= 0)`,
    orders,
    `kept AS (SELECT customer_id, order_date, cents FROM orders WHERE customer_id IS NOT NULL AND order_date IS NOT NULL AND cents IS NOT NULL AND order_date <= ${day} AND order_date >= DATE ${d.str(EARLIEST_ORDER_DATE)})`,
    [
      'summary AS (',
      `  SELECT customer_id, ${d.daysBetween(day, 'MAX(order_date)')} AS recency_days, COUNT(*) AS frequency, CAST(SUM(cents) AS ${d.double}) / 100 AS monetary, ${d.daysBetween('MAX(order_date)', 'MIN(order_date)')} AS tenure_days`,
      '  FROM kept GROUP BY customer_id',
      ')',
    ].join('\n'),
    `customers AS (SELECT customer_id, recency_days, frequency, monetary, CAST(recency_days AS ${d.double}) AS rv, CAST(frequency AS ${d.double}) AS fv, monetary AS mv, tenure_days AS tv FROM summary)`,
    ...cutPointCtes(d, bins),
    ...smallStoreCtes(d, bins),
    [
      'scored AS (',
      '  SELECT c.customer_id, c.recency_days, c.frequency, c.monetary,',
      ...SQL_DIMENSIONS.map((x, i) => `    ${scoreSql(x, bins)} AS ${x.key}${i < 2 ? ',' : ''}`),
      '  FROM customers AS c CROSS JOIN cut_row AS x',
      ')',
    ].join('\n'),
  ];
  // The core writes 10 scores as "10-3-7", so a code never reads two ways.
  const sep = bins >= 10 ? `, ${d.str('-')}, ` : ', ';
  const code = `CONCAT(CAST(r AS ${d.text})${sep}CAST(f AS ${d.text})${sep}CAST(m AS ${d.text}))`;
  const select = [
    'SELECT customer_id, recency_days, frequency, monetary, r, f, m,',
    `  ${code} AS rfm_score,`,
    `  ${segmentCaseSql(d, options.rules, options.lang ?? 'en')} AS segment`,
    'FROM scored',
  ].join('\n');
  return { ctes, select };
}

/**
 * One row of what {@link rfmSql}'s query returns (and what `node dist/cli.js rfm` prints per customer).
 * A type, not an interface, so rows pass where plain records are expected (csvTable).
 */
export type RfmSqlRow = {
  customer_id: string;
  recency_days: number;
  frequency: number;
  monetary: number;
  r: number;
  f: number;
  m: number;
  rfm_score: string;
  segment: string;
};
