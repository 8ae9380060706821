/**
 * The add-on's read of a CSV file (a `ReadResult`: orders, customers, data-quality report,
 * decisions) made by embedded DuckDB: the line-level work in the SQL of src/core/sql/linesSql.ts
 * (cleaning, order lines grouped into orders, integer money units, year-first dates), only the
 * per-order rows and the counts brought back. The rest of the run is the add-on's (`segmentRead`).
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { isoFromDay } from '../core/days';
import { format } from '../core/i18n';
import { customersFromOrders, dateInfo, parseAmount, parseDate, PENDING, type Detection, type ReadResult } from '../core/parse';
import { MONEY_UNITS, Reader } from '../core/parse/cellReader';
import { cellText } from '../core/parse/cells';
import { decideDateOrder, decideDecimal, type Decision } from '../core/parse/decisions';
import { message } from '../core/parse/message';
import { addIssueRows, issueList, type CheckId, type IssueAcc } from '../core/parse/quality';
import { ATTRIBUTE_ROLES, DATE_ROLES, type Role } from '../core/parse/roles';
import { attributeValue } from '../core/parse/attributeCells';
import { emptyDateEvidence, emptyMoneyEvidence, newState } from '../core/parse/state';
import { isRefundStatus } from '../core/parse/status';
import { attributesSql, checksSql, LINES_TABLE, linesTableSql, ORDERS_TABLE, orderRowsSql, ordersTableSql, RAW_TABLE, rawTableSql, totalsSql, type LinesSqlColumns } from '../core/sql/linesSql';
import type { AttributeValue, Lang, Order } from '../core/types';
import { CliError } from './flags';
import { ENGINE_LINES } from './engineDuckdbMessages';
import { readFailure } from './input';

/** A SQL string literal (DuckDB: quotes doubled). */
export const literal = (text: string) => `'${text.split("'").join("''")}'`;

/** Rows of a query as plain objects, BIGINT as number; a DuckDB error becomes a CliError naming the file. */
export async function queryRows(db: DuckDBConnection, sql: string, file: string, lang: Lang): Promise<Record<string, unknown>[]> {
  try {
    const rows = (await db.runAndReadAll(sql)).getRowObjectsJS();
    return rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v])));
  } catch (e) {
    throw new CliError(format(ENGINE_LINES.cannotRead, lang, { file, reason: (e as Error).message.split('\n')[0], useDefault: format(ENGINE_LINES.useDefault, lang) }));
  }
}

/** The detected columns by DuckDB's names (position for position), or why this file needs the add-on reader. */
export function sqlColumnsOf(detection: Detection, duckNames: readonly string[], file: string, lang: Lang): LinesSqlColumns {
  const roles = detection.roles;
  const useDefault = format(ENGINE_LINES.useDefault, lang);
  if (detection.headerRow !== 0) throw new CliError(format(ENGINE_LINES.headerNotFirst, lang, { file, useDefault }));
  if (detection.shape !== 'transactions' || roles.customerId === undefined || roles.orderDate === undefined) {
    const found = detection.columns.filter((c) => c.role).map((c) => `${c.header} = ${c.role}`).join(', ') || '-';
    throw new CliError(format(ENGINE_LINES.notOrderLines, lang, { file, found, useDefault }));
  }
  if (duckNames.length !== detection.width) throw new CliError(format(ENGINE_LINES.widthDiffers, lang, { file, duck: duckNames.length, ours: detection.width, useDefault }));
  const name = (role: Role) => (roles[role] === undefined ? undefined : duckNames[roles[role] as number]);
  const attributes: Record<string, string> = {};
  for (const role of ATTRIBUTE_ROLES) if (roles[role] !== undefined) attributes[role] = duckNames[roles[role] as number];
  const columns: LinesSqlColumns = { customer: name('customerId') as string, date: name('orderDate') as string, attributes };
  for (const [key, role] of [['order', 'orderId'], ['amount', 'amount'], ['quantity', 'quantity'], ['unitPrice', 'unitPrice'], ['channel', 'channel'], ['status', 'status'], ['cancelledAt', 'cancelledAt']] as const) {
    const n = name(role);
    if (n !== undefined) columns[key] = n;
  }
  return columns;
}

interface CheckRow {
  check: CheckId;
  role: string;
  n: number;
  rows: number[] | null;
  examples: string[] | null;
}

/** Refuses a file whose left-out dates or amounts the add-on reader would have read (day/month dates, "NT$1,234"). */
function refuseReadable(checks: readonly CheckRow[], detection: Detection, file: string, lang: Lang): void {
  const useDefault = format(ENGINE_LINES.useDefault, lang);
  for (const c of checks) {
    const examples = c.examples ?? [];
    const column = detection.columns[detection.roles[c.role as Role] ?? -1]?.header ?? c.role;
    const quoted = examples.map((e) => `“${cellText(e)}”`).join(', ');
    if (c.check === 'unparseableDate' && examples.some((e) => !Number.isNaN(parseDate(e)))) throw new CliError(format(ENGINE_LINES.datesNotIso, lang, { file, column, examples: quoted, useDefault }));
    if (c.check === 'unparseableAmount' && examples.some((e) => !Number.isNaN(parseAmount(e)))) throw new CliError(format(ENGINE_LINES.amountsFormatted, lang, { file, column, examples: quoted, useDefault }));
  }
}

/** Each customer's attributes, read from its first non-blank cell per column as the core reads one (readRows.ts `attributeValue`). */
function attributesOf(rows: readonly Record<string, unknown>[], roles: readonly Role[], detection: Detection): Map<string, Record<string, AttributeValue>> {
  const state = newState(detection, { mapping: {}, analysisDay: null } as never);
  const reader = new Reader(state, undefined);
  const out = new Map<string, Record<string, AttributeValue>>();
  for (const r of rows) {
    const attrs: Record<string, AttributeValue> = {};
    roles.forEach((role, i) => {
      const v = r[`attr${i}`];
      if (v === null || v === undefined) return;
      let value = attributeValue(role, String(v), detection, reader, detection.roles[role] as number, Number(r[`row${i}`]), state.issues);
      // Dates are stored as their ISO day (finish.ts); a day/month date the SQL cannot decide is left out.
      if ((DATE_ROLES as readonly Role[]).includes(role) && typeof value === 'number') value = value < PENDING ? isoFromDay(value) : null;
      if (value !== null) attrs[role] = value;
    });
    if (Object.keys(attrs).length) out.set(String(r.cid), attrs);
  }
  return out;
}

/** Where a read happens and what it may keep: the file, its detection, and the last order day (YYYY-MM-DD; later orders are future dates). */
export interface DuckReadInput {
  file: string;
  detection: Detection;
  lastDay: string | null;
  dateOrder: 'dmy' | 'mdy' | 'ymd' | null;
  lang: Lang;
}

/** Reads `file` with DuckDB into the add-on's `ReadResult`; exits 1 with the data-quality report when no customer is left. */
export async function duckdbRead(db: DuckDBConnection, input: DuckReadInput): Promise<ReadResult> {
  const { file, detection, lang } = input;
  const rows = (sql: string) => queryRows(db, sql, file, lang);
  const from = `read_csv(${literal(file)}, header = true, all_varchar = true)`;
  const duckNames = (await rows(`DESCRIBE SELECT * FROM ${from}`)).map((r) => String(r.column_name));
  const columns = sqlColumnsOf(detection, duckNames, file, lang);
  const amountFrom = detection.amountFrom === 'quantityTimesPrice' ? 'quantityTimesPrice' : detection.amountFrom === 'amount' ? 'amount' : 'none';
  // Refund statuses: the distinct texts of the column, judged by the core's own test.
  const refundStatuses = columns.status ? (await rows(`SELECT DISTINCT ${`"${columns.status.split('"').join('""')}"`} AS s FROM ${from} LIMIT 100000`)).map((r) => r.s).filter((s): s is string => typeof s === 'string' && isRefundStatus(s)) : [];
  const options = { from, columns, amountFrom, refundStatuses, lastDay: input.lastDay, allColumns: duckNames } as const;
  try {
    await rows(rawTableSql(options));
    await rows(linesTableSql(options));
    await db.run(`DROP TABLE ${RAW_TABLE}`);
    await rows(ordersTableSql(options));
    const amountRole = amountFrom === 'amount' ? 'amount' : 'unitPrice';
    const checks = (await rows(checksSql({ hasOrderColumn: columns.order !== undefined, amountRole }))) as unknown as CheckRow[];
    refuseReadable(checks, detection, file, lang);
    const [totals] = await rows(totalsSql());
    // The time of day of an order's first dated line, read by the core's own parser (the CLI has no sheet zone: the written time).
    const info = dateInfo();
    const minutes = new Map<string, number>();
    const minuteOf = (text: string) => {
      let m = minutes.get(text);
      if (m === undefined) {
        parseDate(text, undefined, info);
        m = info.minute;
        minutes.set(text, m);
      }
      return m;
    };
    const orders: Order[] = (await rows(orderRowsSql())).map((r) => {
      const o: Order = { row: Number(r.row), customerId: String(r.customer_id), day: Number(r.day), amount: Number(r.units) / MONEY_UNITS };
      if (r.order_id !== null && r.order_id !== undefined) o.orderId = String(r.order_id);
      if (columns.quantity !== undefined) o.quantity = Number(r.quantity);
      if (r.channel !== null && r.channel !== undefined) o.channel = String(r.channel);
      const minute = r.tmin !== null && r.tmin !== undefined ? Number(r.tmin) : typeof r.dtime === 'string' ? minuteOf(r.dtime) : -1;
      if (minute >= 0) o.minute = minute;
      return o;
    });
    const attrRoles = Object.keys(columns.attributes ?? {}) as Role[];
    const attributes = attrRoles.length ? attributesOf(await rows(attributesSql(attrRoles.length)), attrRoles, detection) : new Map();
    const customers = customersFromOrders(orders, attributes);

    const headers = detection.columns.map((c) => c.header);
    const issues: Record<string, IssueAcc> = {};
    for (const c of checks) {
      const column = c.role === '' ? -1 : (detection.roles[c.role as Role] ?? -1);
      addIssueRows(issues, c.check, column, (c.rows ?? []).map(Number), Number(c.n));
      const examples = [...new Set((c.examples ?? []).map((e) => cellText(e)))].slice(0, 3);
      issues[`${c.check}:${column}`].examples = examples.map((e, i) => [i, e]);
    }
    const quality = { rowsRead: Number(totals.rows_read), customerIdsSeen: Number(totals.customer_ids), orderIdsSeen: Number(totals.order_ids), ordersKept: orders.length, customers: customers.length, issues: issueList(issues, headers) };
    const [version] = await rows('SELECT version() AS v');
    const read: ReadResult = { detection, orders, customers, quality, decisions: decisions(detection, input, totals, String(version.v)), errors: [] };
    if (!customers.length) {
      const error = { ...message('noValidOrders', { header: '' }), column: null, header: null, rows: [] };
      throw readFailure(file, [error], quality.issues, lang);
    }
    return read;
  } finally {
    await db.run(`DROP TABLE IF EXISTS ${ORDERS_TABLE}; DROP TABLE IF EXISTS ${LINES_TABLE}; DROP TABLE IF EXISTS ${RAW_TABLE}`);
  }
}

/** The read's decision lines as finish.ts lists them (shape, date order, decimal separator, notes), and that DuckDB read the file. */
function decisions(detection: Detection, input: DuckReadInput, totals: Record<string, unknown>, version: string): Decision[] {
  const roles = detection.roles;
  const header = (c: number) => detection.columns[c]?.header ?? '';
  const out: Decision[] = [{ ...detection.shapeReason, topic: 'shape', column: null, value: detection.shape, source: null }];
  const dateCol = roles.orderDate as number;
  const order = decideDateOrder(dateCol, header(dateCol), emptyDateEvidence(), input.dateOrder === 'ymd' ? null : input.dateOrder);
  out.push({ ...order.message, topic: 'dateOrder', column: dateCol, value: order.order, source: order.source });
  const moneyCol = detection.amountFrom === 'amount' ? roles.amount : detection.amountFrom === 'quantityTimesPrice' ? roles.unitPrice : undefined;
  if (moneyCol !== undefined) {
    const ev = emptyMoneyEvidence();
    ev.dot = Number(totals.dots);
    if (ev.dot) ev.dotRows = [Number(totals.dot_row)];
    ev.ambDot = Number(totals.ambiguous);
    if (ev.ambDot) ev.ambRows = [Number(totals.ambiguous_row)];
    const dec = decideDecimal(moneyCol, header(moneyCol), ev, null);
    if (dec.source !== 'notNeeded') out.push({ ...dec.message, topic: 'decimal', column: moneyCol, value: dec.decimal, source: dec.source });
  }
  const notes = [...detection.notes];
  if (roles.orderId !== undefined) notes.push(message('noteLinesSummed', { header: header(roles.orderId) }));
  notes.push(message('noteReadByDuckdb', { engine: `DuckDB ${version}` }));
  for (const n of notes) out.push({ ...n, topic: 'note', column: null, value: null, source: null });
  return out;
}
