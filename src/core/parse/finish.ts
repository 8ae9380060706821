import { dayFromYmd, isoFromDay } from '../days';
import type { AttributeValue, CustomerSummary, Order, OrderLine } from '../types';
import { customersFromOrders } from './customers';
import {
  borrowDateOrder,
  decideCurrency,
  decideDateOrder,
  decideDecimal,
  type DateOrderDecision,
  type DecimalDecision,
  type CurrencyDecision,
  type Decision,
} from './decisions';
import type { Detection } from './detectColumns';
import { message, type Message } from './message';
import { PENDING, resolvePending } from './parseDate';
import { addIssue, addIssueRows, issueList, mergeIssues, type IssueAcc, type QualityReport } from './quality';
import { ATTRIBUTE_ROLES, DATE_ROLES, MONEY_ROLES, type Role } from './roles';
import { pushRow } from './rows';
import { duplicateRows } from './rowHashes';
import type { ReadError, ReadState } from './state';
import { MONEY_UNITS } from './cellReader';
import type { LineAcc } from './lines';
import { isRowKey, ordersByRow } from './state';

/** Everything a read produces. */
export interface ReadResult {
  detection: Detection;
  /** Kept orders (valid, not refunded), one per order id; lines of the same order summed. */
  orders: Order[];
  customers: CustomerSummary[];
  quality: QualityReport;
  /** What was decided about shape, date order, separators and currency, and what could not be. */
  decisions: Decision[];
  /** Blocking problems; when present, `orders` and `customers` are empty. */
  errors: ReadError[];
}

function readError(key: 'allDatesUnparseable' | 'allAmountsUnparseable' | 'noValidOrders', detection: Detection, column: number | null, rows: number[], params: Record<string, string | number>): ReadError {
  const header = column === null ? null : (detection.columns[column]?.header ?? null);
  return { ...message(key, { header: header ?? '', ...params }), column, header, rows };
}

/** Exact duplicate rows (`rowHashes.ts`), settled by the sidebar or counted here. */
function exactDuplicates(state: ReadState, issues: Record<string, IssueAcc>): void {
  const { count, rows } = state.duplicates ?? duplicateRows(state.hashes);
  if (count > 0) addIssueRows(issues, 'exactDuplicate', -1, rows, count);
}

/**
 * The first day an order can have: 1900-01-01. Earlier dates are Sheets' day 0 (1899-12-30, what a
 * date-formatted 0 or a blanked formula shows) or typing slips; they are reported, not orders.
 */
const EARLIEST_ORDER_DAY = dayFromYmd(1900, 1, 1);

/** The column's money in currency units, with undecided separators resolved. */
function money(fixed: number, ambDot: number, ambComma: number, decimal: '.' | ','): number {
  const units = decimal === ',' ? fixed + ambDot * 1000 + ambComma / 1000 : fixed + ambDot + ambComma;
  return units / MONEY_UNITS;
}

/**
 * Each customer's attributes as a run shows them: the first non-blank cell of each attribute
 * column, date attributes as ISO days under their column's day/month order (`orderOf`; null when a
 * day/month order was needed and is undecided).
 */
export function resolvedAttributes(state: Pick<ReadState, 'attributes' | 'detection'>, orderOf: (column: number | undefined) => 'dmy' | 'mdy' | null): Map<string, Record<string, AttributeValue>> {
  const roles = state.detection.roles;
  const attributes = new Map<string, Record<string, AttributeValue>>();
  for (const [cid, attrs] of state.attributes) {
    const out: Record<string, AttributeValue> = {};
    for (const role of ATTRIBUTE_ROLES) {
      const pair = attrs[role];
      if (!pair) continue;
      let v = pair[0];
      if ((DATE_ROLES as readonly Role[]).includes(role) && typeof v === 'number') {
        const order = orderOf(roles[role]);
        const day = v < PENDING ? v : order ? resolvePending(v, order) : NaN;
        v = Number.isNaN(day) ? null : isoFromDay(day);
      }
      out[role] = v;
    }
    attributes.set(cid, out);
  }
  return attributes;
}

/**
 * Takes the column-wide decisions and builds orders, customers and the quality report from a
 * (possibly merged) read state. Pure: the state is not changed, so it can be finished twice.
 */
export function buildResult(state: ReadState): ReadResult {
  const det = state.detection;
  const headers = det.columns.map((c) => c.header);
  const roles = det.roles;
  const issues = mergeIssues(state.issues, {});
  const errors: ReadError[] = [...state.errors];
  const notes: Message[] = [...det.notes];

  // ---- day/month order per date column ----
  const dateOrder: DateOrderDecision[] = [];
  for (const role of DATE_ROLES) {
    const c = roles[role];
    if (c === undefined || !state.dates[c]) continue;
    dateOrder.push(decideDateOrder(c, headers[c], state.dates[c], state.options.dateOrder));
  }
  borrowDateOrder(dateOrder);
  const orderOf = (c: number | undefined) => dateOrder.find((d) => d.column === c)?.order ?? null;
  for (const d of dateOrder) {
    if (d.source === 'undecided') {
      const ev = state.dates[d.column];
      errors.push({ ...d.message, column: d.column, header: d.header, rows: ev.ambiguousRows });
    }
    const ev = state.dates[d.column];
    if (ev.twoDigitYears > 0) notes.push(message('twoDigitYears', { header: d.header, count: ev.twoDigitYears }));
  }
  const resolve = (code: number | null, column: number | undefined): number | null => {
    if (code === null) return null;
    if (code < PENDING) return code;
    const order = orderOf(column);
    return order ? resolvePending(code, order) : NaN;
  };

  // ---- separators and currency per money column ----
  const decimal: DecimalDecision[] = [];
  const currency: CurrencyDecision[] = [];
  for (const role of MONEY_ROLES) {
    const c = roles[role];
    if (c === undefined) continue;
    if (role === 'unitPrice' && det.amountFrom !== 'quantityTimesPrice') continue;
    const d = decideDecimal(c, headers[c], state.money[c], state.options.decimal);
    decimal.push(d);
    const cur = decideCurrency(c, headers[c], state.money[c]);
    currency.push(cur);
    if (cur.currency === null && cur.message) {
      const ev = state.money[c];
      const codes = Object.keys(cur.currencies).sort((a, b) => cur.currencies[b] - cur.currencies[a] || (a < b ? -1 : 1));
      let rows: number[] = [];
      for (const code of codes.slice(1)) rows = [...rows, ...ev.currencyRows[code]].sort((a, b) => a - b).slice(0, 5);
      const minority = codes.slice(1).reduce((s, code) => s + cur.currencies[code], 0);
      addIssueRows(issues, 'mixedCurrency', c, rows, minority);
      const acc = issues[`mixedCurrency:${c}`];
      acc.examples = codes.map((code, i) => [i, `${code} ×${cur.currencies[code]}`] as [number, string]).slice(0, 3);
    }
  }
  const decimalOf = (c: number | undefined): '.' | ',' => decimal.find((d) => d.column === c)?.decimal ?? '.';
  if (det.amountFrom === 'none' && det.shape === 'transactions') notes.push(message('noteNoAmount'));
  if (roles.marketingOptOut !== undefined && det.marketingIsConsent) notes.push(message('noteMarketingConsent', { header: headers[roles.marketingOptOut] }));
  if (roles.orderId !== undefined && det.shape === 'transactions') notes.push(message('noteLinesSummed', { header: headers[roles.orderId] }));

  // ---- mixed cell types in date and money columns ----
  for (const [col, tally] of Object.entries(state.types)) {
    const c = Number(col);
    const role = det.columns[c]?.role;
    if (!role || !((DATE_ROLES as readonly Role[]).includes(role) || role === 'amount' || role === 'unitPrice' || role === 'totalSpent')) continue;
    const kinds = Object.entries(tally).sort((a, b) => b[1][0] - a[1][0] || (a[0] < b[0] ? -1 : 1));
    if (kinds.length < 2) continue;
    let rows: number[] = [];
    for (const [, [, r]] of kinds.slice(1)) rows = [...rows, ...r].sort((a, b) => a - b).slice(0, 5);
    const count = kinds.slice(1).reduce((s, k) => s + k[1][0], 0);
    addIssueRows(issues, 'mixedTypes', c, rows, count);
    issues[`mixedTypes:${c}`].examples = kinds.map(([k, [n]], i) => [i, `${k} ×${n}`] as [number, string]);
  }

  exactDuplicates(state, issues);

  // ---- orders or customer rows ----
  const attributes = resolvedAttributes(state, orderOf);

  const analysisDay = state.options.analysisDay;
  let orders: Order[] = [];
  let customers: CustomerSummary[] = [];
  if (det.shape === 'transactions') {
    const amountCol = det.amountFrom === 'amount' ? roles.amount : roles.unitPrice;
    const dec = decimalOf(amountCol);
    const cidCol = roles.customerId ?? -1;
    const dateCol = roles.orderDate ?? -1;
    let repeated = 0;
    const repeatedRows: number[] = [];
    for (const acc of ordersByRow(state)) {
      const rowsInOrder = acc.blankCid + acc.cids.reduce((s, c) => s + c[1], 0);
      if (roles.orderId !== undefined && rowsInOrder > 1 && !isRowKey(acc.key)) {
        repeated++;
        pushRow(repeatedRows, acc.row);
      }
      // the customer: the id on the order's first row that has one
      let cid = '';
      if (acc.cids.length) {
        const cids = [...acc.cids].sort((a, b) => a[2] - b[2]);
        cid = cids[0][0];
        for (const [, n, row] of cids.slice(1)) addIssue(issues, 'orderCustomerConflict', cidCol, row, undefined, n);
        if (acc.blankCid > 0) addIssueRows(issues, 'customerIdFromOrder', cidCol, acc.blankCidRows, acc.blankCid);
      } else {
        addIssueRows(issues, 'missingCustomerId', cidCol, acc.blankCidRows, acc.blankCid);
        continue;
      }
      if (acc.lines === 0) continue; // every row of it was refunded or invalid, already reported
      if (acc.date === null) {
        addIssue(issues, 'missingDate', dateCol, acc.row, undefined, acc.lines);
        continue;
      }
      const day = resolve(acc.date, dateCol);
      if (day === null || Number.isNaN(day)) {
        // only valid under the other day/month order: reported, not guessed
        if (!errors.some((e) => e.key === 'dateOrderUndecided')) addIssue(issues, 'unparseableDate', dateCol, acc.dateRow, undefined, acc.lines);
        continue;
      }
      if (day < EARLIEST_ORDER_DAY) {
        addIssue(issues, 'earlyDate', dateCol, acc.dateRow, isoFromDay(day), acc.lines);
        continue;
      }
      if (analysisDay !== null && day > analysisDay) {
        addIssue(issues, 'futureDate', dateCol, acc.dateRow, isoFromDay(day), acc.lines);
        continue;
      }
      if (det.amountFrom !== 'none' && !acc.hasAmount) {
        addIssue(issues, 'missingAmount', amountCol ?? -1, acc.row, undefined, acc.lines);
        continue;
      }
      const order: Order = { row: acc.row, customerId: cid, day, amount: det.amountFrom === 'none' ? 0 : money(acc.fixed, acc.ambDot, acc.ambComma, dec) };
      if (roles.orderId !== undefined && !isRowKey(acc.key)) order.orderId = acc.key;
      if (roles.quantity !== undefined) order.quantity = acc.quantity;
      if (acc.channel !== null) order.channel = acc.channel;
      if (acc.minute >= 0) order.minute = acc.minute;
      if (acc.ln) order.lines = orderLines(acc.ln, state, roles.quantity !== undefined, roles.productName !== undefined, dec);
      orders.push(order);
    }
    addIssueRows(issues, 'repeatedOrderId', roles.orderId ?? -1, repeatedRows, repeated);
    customers = customersFromOrders(orders, attributes);
  } else {
    customers = customersFromTotals(state, attributes, resolve, decimalOf(roles.totalSpent), issues, notes, headers);
  }

  // ---- blocking problems found only now ----
  const dateRole = det.shape === 'transactions' ? roles.orderDate : roles.lastOrderDate;
  if (dateRole !== undefined) {
    const parsed = Object.values(state.dates[dateRole]?.kinds ?? {}).reduce((s, n) => s + n, 0);
    const bad = issues[`unparseableDate:${dateRole}`];
    if (parsed === 0 && bad && bad.count > 0) {
      errors.push(readError('allDatesUnparseable', det, dateRole, bad.rows, { rows: bad.rows.join(', '), examples: bad.examples.map((e) => `“${e[1]}”`).join(', ') }));
    }
  }
  const moneyCol = det.shape === 'transactions' ? (det.amountFrom === 'amount' ? roles.amount : det.amountFrom === 'quantityTimesPrice' ? roles.unitPrice : undefined) : roles.totalSpent;
  if (moneyCol !== undefined) {
    const parsed = Object.values(state.types[moneyCol] ?? {}).reduce((s, t) => s + t[0], 0);
    const bad = issues[`unparseableAmount:${moneyCol}`];
    if (parsed === 0 && bad && bad.count > 0) {
      errors.push(readError('allAmountsUnparseable', det, moneyCol, bad.rows, { rows: bad.rows.join(', '), examples: bad.examples.map((e) => `“${e[1]}”`).join(', ') }));
    }
  }
  if (errors.length === 0 && state.rowsRead > 0 && customers.length === 0) errors.push(readError('noValidOrders', det, null, [], {}));
  if (errors.length) {
    orders = [];
    customers = [];
  }

  return {
    detection: det,
    orders,
    customers,
    quality: {
      rowsRead: state.rowsRead,
      ...idsSeen(state),
      ordersKept: det.shape === 'transactions' ? orders.length : customers.length,
      customers: customers.length,
      issues: issueList(issues, headers),
    },
    decisions: decisionList(det, dateOrder, decimal, currency, notes),
    errors,
  };
}

/** An order's kept product lines, in sheet-row order, with money resolved like the order's. */
function orderLines(ln: LineAcc, state: ReadState, hasQuantity: boolean, hasName: boolean, dec: '.' | ','): OrderLine[] {
  const ids = state.productIds ?? [];
  const names = state.productNames ?? [];
  const out: OrderLine[] = new Array(ln.p.length);
  for (let i = 0; i < ln.p.length; i++) {
    const units = ln.m[i];
    const x = ln.x ? ln.x[i] : 0;
    const product = ids[ln.p[i]];
    const quantity = hasQuantity ? ln.q[i] : 1;
    const amount = x === 1 ? money(0, units, 0, dec) : x === 2 ? money(0, 0, units, dec) : units / MONEY_UNITS;
    const name = hasName ? names[ln.p[i]] : '';
    // Made whole, not given a name afterwards: an added property costs each line a second allocation.
    out[i] = name ? { product, quantity, amount, name } : { product, quantity, amount };
  }
  return out;
}

/** Customers of a one-row-per-customer sheet, from its total, count and date columns. */
function customersFromTotals(
  state: ReadState,
  attributes: ReadonlyMap<string, Record<string, AttributeValue>>,
  resolve: (code: number | null, column: number | undefined) => number | null,
  dec: '.' | ',',
  issues: Record<string, IssueAcc>,
  notes: Message[],
  headers: string[],
): CustomerSummary[] {
  const { roles } = state.detection;
  const used = (['totalSpent', 'orderCount', 'lastOrderDate'] as Role[]).filter((r) => roles[r] !== undefined).map((r) => `“${headers[roles[r]!]}”`);
  notes.push(message('noteCustomersFromTotals', { columns: used.join(', ') }));
  if (roles.orderCount === undefined) notes.push(message('noteCustomersNoCount'));
  if (roles.firstOrderDate === undefined && roles.lastOrderDate !== undefined) notes.push(message('noteCustomersNoFirst', { source: `“${headers[roles.lastOrderDate]}”` }));
  const seen = new Set<string>();
  const out: CustomerSummary[] = [];
  const analysisDay = state.options.analysisDay;
  for (const acc of [...state.customers].sort((a, b) => a.row - b.row)) {
    if (seen.has(acc.cid)) {
      addIssue(issues, 'duplicateCustomerId', roles.customerId ?? -1, acc.row, acc.cid);
      continue;
    }
    seen.add(acc.cid);
    const revenue = acc.total === null ? 0 : money(acc.total, acc.ambDot, acc.ambComma, dec);
    const count = acc.count ?? (revenue > 0 || acc.last !== null ? 1 : 0);
    if (count === 0 && revenue === 0) {
      addIssue(issues, 'noOrders', roles.orderCount ?? roles.totalSpent ?? -1, acc.row);
      continue;
    }
    const last = resolve(acc.last, roles.lastOrderDate);
    if (last === null || Number.isNaN(last)) {
      addIssue(issues, last === null ? 'missingDate' : 'unparseableDate', roles.lastOrderDate ?? -1, acc.row);
      continue;
    }
    if (last < EARLIEST_ORDER_DAY) {
      addIssue(issues, 'earlyDate', roles.lastOrderDate ?? -1, acc.row, isoFromDay(last));
      continue;
    }
    if (analysisDay !== null && last > analysisDay) {
      addIssue(issues, 'futureDate', roles.lastOrderDate ?? -1, acc.row, isoFromDay(last));
      continue;
    }
    const firstResolved = resolve(acc.first, roles.firstOrderDate);
    if (firstResolved !== null && firstResolved < EARLIEST_ORDER_DAY) {
      addIssue(issues, 'earlyDate', roles.firstOrderDate ?? -1, acc.row, isoFromDay(firstResolved));
      continue;
    }
    const first = firstResolved === null || Number.isNaN(firstResolved) ? last : Math.min(firstResolved, last);
    const orders = Math.max(1, Math.round(count));
    out.push({
      customerId: acc.cid,
      firstOrderDay: first,
      lastOrderDay: last,
      orders,
      purchaseDays: orders,
      revenue,
      averageOrderValue: revenue / orders,
      attributes: { ...(attributes.get(acc.cid) ?? {}) },
    });
  }
  return out;
}

/** The decisions as one list of localizable sentences with their topic, column and value. */
function decisionList(det: Detection, dateOrder: DateOrderDecision[], decimal: DecimalDecision[], currency: CurrencyDecision[], notes: Message[]): Decision[] {
  const out: Decision[] = [];
  out.push({ ...det.shapeReason, topic: 'shape', column: null, value: det.shape, source: null });
  for (const d of dateOrder) out.push({ ...d.message, topic: d.source === 'undecided' ? 'undecided' : 'dateOrder', column: d.column, value: d.order, source: d.source });
  for (const d of decimal) if (d.source !== 'notNeeded') out.push({ ...d.message, topic: 'decimal', column: d.column, value: d.decimal, source: d.source });
  for (const c of currency) if (c.message) out.push({ ...c.message, topic: 'currency', column: c.column, value: c.currency, source: 'data' });
  for (const n of notes) out.push({ ...n, topic: 'note', column: null, value: null, source: null });
  return out;
}

/** Distinct customer and order ids anywhere in the sheet, for "4,372 customers in the sheet, 4,339 with orders". */
function idsSeen(state: ReadState): { customerIdsSeen: number; orderIdsSeen: number } {
  const cids = new Set<string>();
  let orderIds = 0;
  for (const o of state.orders) {
    for (const c of o.cids) cids.add(c[0]);
    if (!isRowKey(o.key)) orderIds++;
  }
  for (const block of state.rowOrders) for (const cid of block.cids) if (cid !== '') cids.add(cid);
  for (const c of state.customers) cids.add(c.cid);
  return { customerIdsSeen: cids.size, orderIdsSeen: orderIds };
}
