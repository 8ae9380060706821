import type { AttributeValue, DayNumber } from '../types';
import type { Detection } from './detectColumns';
import { mergeLines, ProductDictionary, remapLines, type LineAcc } from './lines';
import type { Message } from './message';
import { mergeIssues, type IssueAcc } from './quality';
import { mergeExamples, mergeRows } from './rows';
import type { Role } from './roles';
import type { DuplicateRows, HashBlock } from './rowHashes';
import type { OrderColumns } from './orderColumns';
import { unpackTransfer } from './transfer';

/**
 * The incremental reading state: plain JSON data (no Map, no Date, no NaN), so a large sheet can be
 * read in row chunks, one Apps Script call each, and the partial states merged anywhere
 * (server or sidebar). Decisions that need the whole column (day/month order, decimal separator,
 * currency) are only taken in `finishRead`; until then dates and amounts are kept in a form that
 * defers them (pending date codes, ambiguous amounts kept apart).
 * Money is summed in integer units of 1/10,000 so that adding chunk totals in any order gives
 * exactly the one-shot result (floating-point sums would depend on the order).
 */

/**
 * Key of an order in a sheet without order ids (every row its own order). Starts with a control
 * character so it never equals a real order id such as Shopify's "#1001".
 */
export function rowKey(row: number): string {
  return `\u0000${row}`;
}

/** True for keys made by {@link rowKey}. */
export function isRowKey(key: string): boolean {
  return key.charCodeAt(0) === 0;
}

/** Options that travel inside the state (everything but functions). */
export interface StoredOptions {
  analysisDay: DayNumber | null;
  dateOrder: 'dmy' | 'mdy' | 'ymd' | null;
  decimal: '.' | ',' | null;
}

/** One order (or one sheet row when there is no order id column) being assembled. */
export interface OrderAcc {
  /** Order id, or `rowKey(row)` when the row has no order id (then the row is its own order). */
  key: string;
  /** First sheet row of the order (valid or not). */
  row: number;
  /** Customer ids seen on the order's rows: [id, rows, first row]. */
  cids: [string, number, number][];
  /** Rows of this order without a customer id, and the first few of them. */
  blankCid: number;
  blankCidRows: number[];
  /** Rows kept (not refunded, not invalid). */
  lines: number;
  /** Day or pending day/month code of the first kept row with a date; null when none. */
  date: number | null;
  dateRow: number;
  /** Minutes after midnight of the time on the row that gave `date`; -1 when it had none. */
  minute: number;
  /** Kept lines that name a product (only when a product column is mapped). */
  ln?: LineAcc;
  /** Money in 1/10,000 units; `ambDot`/`ambComma` hold amounts whose separator the column decides. */
  fixed: number;
  ambDot: number;
  ambComma: number;
  /** Some kept row had an amount. */
  hasAmount: boolean;
  quantity: number;
  channel: string | null;
  channelRow: number;
}

/**
 * Orders of one row each (rows of a sheet without order ids), column by column: about 80 bytes an
 * order instead of an {@link OrderAcc}'s 400, so ten million such rows fit in memory. Each row is
 * its own order, so nothing is ever merged into them; the date and channel come from the row itself.
 */
export interface RowOrders {
  rows: number[];
  /** The row's customer id, '' when blank. */
  cids: string[];
  /** 1 when the row was kept (not refunded, not invalid), else 0. */
  lines: number[];
  date: (number | null)[];
  fixed: number[];
  ambDot: number[];
  ambComma: number[];
  /** 1 when the row had an amount. */
  hasAmount: number[];
  quantity: number[];
  channel: (string | null)[];
  /** The row's time of day (-1 none); made on the first row that has one. */
  minute?: number[];
  /** The row's product (dictionary index, -1 none); made on the first row that names one. */
  product?: number[];
}

export function emptyRowOrders(): RowOrders {
  return { rows: [], cids: [], lines: [], date: [], fixed: [], ambDot: [], ambComma: [], hasAmount: [], quantity: [], channel: [] };
}

/** A fresh order accumulator for `key`, first seen on `row`. */
export function newOrder(key: string, row: number): OrderAcc {
  return { key, row, cids: [], blankCid: 0, blankCidRows: [], lines: 0, date: null, dateRow: 0, minute: -1, fixed: 0, ambDot: 0, ambComma: 0, hasAmount: false, quantity: 0, channel: null, channelRow: 0 };
}

/** Appends a one-row order (read into an accumulator) to the columns. */
export function pushRowOrder(to: RowOrders, o: OrderAcc): void {
  to.rows.push(o.row);
  to.cids.push(o.cids.length ? o.cids[0][0] : '');
  to.lines.push(o.lines);
  to.date.push(o.date);
  to.fixed.push(o.fixed);
  to.ambDot.push(o.ambDot);
  to.ambComma.push(o.ambComma);
  to.hasAmount.push(o.hasAmount ? 1 : 0);
  to.quantity.push(o.quantity);
  to.channel.push(o.channel);
  // Made on first use, so a sheet without times or products pays nothing per row.
  if (o.minute >= 0 && !to.minute) to.minute = new Array(to.rows.length - 1).fill(-1);
  if (to.minute) to.minute.push(o.minute);
  if (o.ln && !to.product) to.product = new Array(to.rows.length - 1).fill(-1);
  if (to.product) to.product.push(o.ln ? o.ln.p[0] : -1);
}

/** The `i`-th one-row order as an order accumulator. */
export function rowOrderAt(from: RowOrders, i: number): OrderAcc {
  const row = from.rows[i];
  const cid = from.cids[i];
  const product = from.product ? from.product[i] : -1;
  // A one-row order's line is the row: its quantity and money are the order's.
  const units = from.fixed[i] + from.ambDot[i] + from.ambComma[i];
  const ln: LineAcc | undefined = product >= 0 ? { p: [product], q: [from.quantity[i]], m: [units], ...(from.ambDot[i] || from.ambComma[i] ? { x: [from.ambDot[i] ? 1 : 2] } : {}) } : undefined;
  return {
    key: rowKey(row),
    row,
    cids: cid === '' ? [] : [[cid, 1, row]],
    blankCid: cid === '' ? 1 : 0,
    blankCidRows: cid === '' ? [row] : [],
    lines: from.lines[i],
    date: from.date[i],
    dateRow: row,
    minute: from.minute ? from.minute[i] : -1,
    ...(ln ? { ln } : {}),
    fixed: from.fixed[i],
    ambDot: from.ambDot[i],
    ambComma: from.ambComma[i],
    hasAmount: from.hasAmount[i] === 1,
    quantity: from.quantity[i],
    channel: from.channel[i],
    channelRow: from.channel[i] === null ? 0 : row,
  };
}

/** Every order of a state, one-row orders included, in sheet-row order. */
export function* ordersByRow(state: Pick<ReadState, 'orders' | 'rowOrders'>): Generator<OrderAcc> {
  const keyed = [...state.orders].sort((a, b) => a.row - b.row);
  const blocks = state.rowOrders.filter((b) => b.rows.length).sort((a, b) => a.rows[0] - b.rows[0]);
  let k = 0;
  for (const block of blocks) {
    for (let i = 0; i < block.rows.length; i++) {
      const row = block.rows[i];
      while (k < keyed.length && keyed[k].row < row) yield keyed[k++];
      yield rowOrderAt(block, i);
    }
  }
  while (k < keyed.length) yield keyed[k++];
}

/** A customer's attributes with the sheet row each came from. */
export type CustomerAttributes = Partial<Record<Role, [AttributeValue, number]>>;

/** One row of a one-row-per-customer sheet. */
export interface CustomerAcc {
  cid: string;
  row: number;
  total: number | null;
  ambDot: number;
  ambComma: number;
  count: number | null;
  first: number | null;
  last: number | null;
}

/** Evidence about the day/month order of one date column. */
export interface DateEvidence {
  /** Cells whose first number is > 12 (so day-first) and whose second is > 12 (month-first). */
  dmy: number;
  mdy: number;
  dmyRows: number[];
  mdyRows: number[];
  /** Day/month-first cells that either order could read (both numbers ≤ 12, and different). */
  ambiguous: number;
  ambiguousRows: number[];
  /** The first few ambiguous cells as [sheet row, text]. */
  ambiguousExamples: [number, string][];
  twoDigitYears: number;
  /** Cells per way of writing (DateKind). */
  kinds: Record<string, number>;
}

/** Evidence about separators and currency of one money column. */
export interface MoneyEvidence {
  /** Cells proving '.' or ',' is the decimal separator. */
  dot: number;
  comma: number;
  dotRows: number[];
  commaRows: number[];
  /** Cells such as "1,234" / "1.234" that either style could read. */
  ambDot: number;
  ambComma: number;
  ambRows: number[];
  currencies: Record<string, number>;
  currencyRows: Record<string, number[]>;
}

/** Cell types seen in a date or money column, with first rows, for mixed-type reports. */
export type TypeTally = Record<string, [number, number[]]>;

/**
 * A problem that stops the analysis (no customer column, undecidable dates...): a localizable
 * message (`key` is the error code) plus the column and first rows it is about.
 */
export interface ReadError extends Message {
  column: number | null;
  header: string | null;
  rows: number[];
}

export interface ReadState {
  version: 1;
  detection: Detection;
  /** Blocking problems found before any row was read (empty sheet, no customer column...). */
  errors: ReadError[];
  options: StoredOptions;
  /** Sheet row numbers covered so far (min and max), for messages. */
  firstRow: number;
  lastRow: number;
  rowsRead: number;
  /** Orders with an order id (merged across chunks by id); empty while they travel as `packedOrders`. */
  orders: OrderAcc[];
  /** The orders column by column, on a trip to or from the sidebar (`transfer.ts`). */
  packedOrders?: OrderColumns;
  /** Orders of one row without an order id, one block per chunk. */
  rowOrders: RowOrders[];
  /** The product dictionary of the lines (`lines.ts`): entry i is (productIds[i], productNames[i]; '' when none). */
  productIds: string[];
  productNames: string[];
  customers: CustomerAcc[];
  /**
   * Customer attributes: [customer id, role → [value, sheet row it came from]].
   * A list, not an object keyed by id, so that an id such as "__proto__" is just data.
   */
  attributes: [string, CustomerAttributes][];
  dates: Record<string, DateEvidence>;
  money: Record<string, MoneyEvidence>;
  types: Record<string, TypeTally>;
  issues: Record<string, IssueAcc>;
  /**
   * Row fingerprints for exact duplicates, one block per chunk: `hashes[i]` is the fingerprint of
   * sheet row `firstRow + i`, or -1 for a blank row (packed as text on the way to the sidebar, `rowHashes.ts`).
   */
  hashes: HashBlock[];
  /** The exact duplicates, once settled from `hashes` (then empty) before the last call; a settled state is final. */
  duplicates?: DuplicateRows;
}

export function emptyDateEvidence(): DateEvidence {
  return { dmy: 0, mdy: 0, dmyRows: [], mdyRows: [], ambiguous: 0, ambiguousRows: [], ambiguousExamples: [], twoDigitYears: 0, kinds: {} };
}

export function emptyMoneyEvidence(): MoneyEvidence {
  return { dot: 0, comma: 0, dotRows: [], commaRows: [], ambDot: 0, ambComma: 0, ambRows: [], currencies: {}, currencyRows: {} };
}

function addCounts(a: Record<string, number>, b: Record<string, number>): Record<string, number> {
  const out = { ...a };
  for (const [k, v] of Object.entries(b)) out[k] = (out[k] ?? 0) + v;
  return out;
}

function mergeDate(a: DateEvidence | undefined, b: DateEvidence | undefined): DateEvidence {
  if (!a) return b!;
  if (!b) return a;
  return {
    dmy: a.dmy + b.dmy,
    mdy: a.mdy + b.mdy,
    dmyRows: mergeRows(a.dmyRows, b.dmyRows),
    mdyRows: mergeRows(a.mdyRows, b.mdyRows),
    ambiguous: a.ambiguous + b.ambiguous,
    ambiguousRows: mergeRows(a.ambiguousRows, b.ambiguousRows),
    ambiguousExamples: mergeExamples(a.ambiguousExamples, b.ambiguousExamples),
    twoDigitYears: a.twoDigitYears + b.twoDigitYears,
    kinds: addCounts(a.kinds, b.kinds),
  };
}

function mergeMoney(a: MoneyEvidence | undefined, b: MoneyEvidence | undefined): MoneyEvidence {
  if (!a) return b!;
  if (!b) return a;
  const currencyRows: Record<string, number[]> = { ...a.currencyRows };
  for (const [k, v] of Object.entries(b.currencyRows)) currencyRows[k] = mergeRows(currencyRows[k] ?? [], v);
  return {
    dot: a.dot + b.dot,
    comma: a.comma + b.comma,
    dotRows: mergeRows(a.dotRows, b.dotRows),
    commaRows: mergeRows(a.commaRows, b.commaRows),
    ambDot: a.ambDot + b.ambDot,
    ambComma: a.ambComma + b.ambComma,
    ambRows: mergeRows(a.ambRows, b.ambRows),
    currencies: addCounts(a.currencies, b.currencies),
    currencyRows,
  };
}

function mergeTally(a: TypeTally | undefined, b: TypeTally | undefined): TypeTally {
  if (!a) return b!;
  if (!b) return a;
  const out: TypeTally = { ...a };
  for (const [k, [n, rows]] of Object.entries(b)) out[k] = out[k] ? [out[k][0] + n, mergeRows(out[k][1], rows)] : [n, rows];
  return out;
}

function mergeKeyed<T>(a: Record<string, T>, b: Record<string, T>, f: (x: T | undefined, y: T | undefined) => T): Record<string, T> {
  const out: Record<string, T> = {};
  for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) out[k] = f(a[k], b[k]);
  return out;
}

/** Merges the same order read in another chunk, `b`, into `t`, which no one else holds. */
function mergeOrderInto(t: OrderAcc, b: OrderAcc): void {
  for (const [id, n, row] of b.cids) {
    const same = t.cids.find((c) => c[0] === id);
    if (same) {
      same[1] += n;
      same[2] = Math.min(same[2], row);
    } else t.cids.push([id, n, row]);
  }
  // The date and channel of the order's earliest row that has one.
  const bFirst = b.row < t.row;
  if (b.date !== null && (t.date === null || b.dateRow < t.dateRow || (b.dateRow === t.dateRow && bFirst))) {
    t.date = b.date;
    t.dateRow = b.dateRow;
    t.minute = b.minute;
  }
  if (t.ln || b.ln) {
    const ln = mergeLines(t.ln, t.row, b.ln, b.row, Math.min(t.row, b.row));
    if (ln) t.ln = ln;
  }
  if (b.channel !== null && (t.channel === null || b.channelRow < t.channelRow || (b.channelRow === t.channelRow && bFirst))) {
    t.channel = b.channel;
    t.channelRow = b.channelRow;
  }
  // finishRead picks the customer by the cids' first rows, so their order in the list does not matter.
  if (bFirst) t.row = b.row;
  t.blankCid += b.blankCid;
  if (b.blankCidRows.length) t.blankCidRows = mergeRows(t.blankCidRows, b.blankCidRows);
  t.lines += b.lines;
  t.fixed += b.fixed;
  t.ambDot += b.ambDot;
  t.ambComma += b.ambComma;
  t.hasAmount = t.hasAmount || b.hasAmount;
  t.quantity += b.quantity;
}

/** Two accumulations of the same order (from different chunks) as one, neither changed. */
function mergeOrder(x: OrderAcc, y: OrderAcc): OrderAcc {
  const merged = { ...x, cids: x.cids.map((c) => [...c] as [string, number, number]), blankCidRows: [...x.blankCidRows] };
  mergeOrderInto(merged, y);
  return merged;
}

/**
 * Merges the states of two chunks of the same sheet (same detection). Order-independent:
 * merging chunk 2 then chunk 1 gives the same state as 1 then 2, up to array order, which
 * `finishRead` sorts by sheet row. Neither state is changed.
 */
export function mergeReadStates(a: ReadState, b: ReadState): ReadState {
  return new ReadAccumulator(a).add(b).state();
}

/**
 * Merges many chunk states of one sheet into one, in place: what a file read in blocks needs,
 * where merging each block into a fresh copy of everything read so far would cost the orders
 * read so far once per block. The states given are never changed (their orders and attributes
 * are copied before they are merged into).
 */
export class ReadAccumulator {
  private readonly into: ReadState;
  private readonly orders = new Map<string, OrderAcc>();
  private readonly attributes = new Map<string, CustomerAttributes>();
  /** Orders this accumulator made by merging (no caller holds them), merged into in place: an order on many chunks costs no copy per chunk. */
  private readonly owned = new Set<OrderAcc>();
  private readonly products: ProductDictionary;

  constructor(packed: ReadState) {
    const first = unpackTransfer(packed);
    // States from before products were read have no dictionary.
    this.products = new ProductDictionary(first.productIds ?? [], first.productNames ?? []);
    this.into = { ...first, errors: [...first.errors], orders: [], customers: [...first.customers], rowOrders: [...first.rowOrders], attributes: [], issues: mergeIssues(first.issues, {}), hashes: [...first.hashes] };
    for (const o of first.orders) this.addOrder(o);
    for (const [cid, attrs] of first.attributes) this.attributes.set(cid, { ...attrs });
  }

  /** The detection and options the chunks are read with (for `readPart`). */
  get reading(): Pick<ReadState, 'detection' | 'options'> {
    return this.into;
  }

  /** Adds the state of another chunk of the same sheet. */
  add(packed: ReadState): this {
    const a = this.into;
    const b = unpackTransfer(packed);
    if (a.duplicates || b.duplicates) throw new Error('A state whose duplicates are settled cannot be merged with another chunk.');
    // b's product indices, rewritten to this dictionary's when they differ (b itself is not changed).
    const map = this.products.remap(b.productIds ?? [], b.productNames ?? []);
    for (const o of b.orders) this.addOrder(map && o.ln ? { ...o, ln: remapLines(o.ln, map) } : o);
    for (const [cid, attrs] of b.attributes) {
      const into = this.attributes.get(cid);
      if (!into) {
        this.attributes.set(cid, { ...attrs });
        continue;
      }
      for (const [role, pair] of Object.entries(attrs) as [Role, [AttributeValue, number]][]) {
        const prev = into[role];
        if (!prev || pair[1] < prev[1]) into[role] = pair;
      }
    }
    for (const e of b.errors) if (!a.errors.some((x) => x.key === e.key && x.text === e.text)) a.errors.push(e);
    a.firstRow = Math.min(a.firstRow, b.firstRow);
    a.lastRow = Math.max(a.lastRow, b.lastRow);
    a.rowsRead += b.rowsRead;
    // Repeated customers in a one-row-per-customer sheet are resolved (and reported) in finishRead.
    for (const c of b.customers) a.customers.push(c);
    a.dates = mergeKeyed(a.dates, b.dates, mergeDate);
    a.money = mergeKeyed(a.money, b.money, mergeMoney);
    a.types = mergeKeyed(a.types, b.types, mergeTally);
    a.issues = mergeIssues(a.issues, b.issues);
    for (const h of b.hashes) a.hashes.push(h);
    for (const r of b.rowOrders) a.rowOrders.push(map && r.product ? { ...r, product: r.product.map((p) => (p < 0 ? p : map[p])) } : r);
    return this;
  }

  private addOrder(o: OrderAcc): void {
    const prev = this.orders.get(o.key);
    if (!prev) this.orders.set(o.key, o);
    else if (this.owned.has(prev)) mergeOrderInto(prev, o);
    else {
      const merged = mergeOrder(prev, o);
      this.owned.add(merged);
      this.orders.set(o.key, merged);
    }
  }

  /** The merged state (a new object; adding more chunks afterwards does not change it). */
  state(): ReadState {
    // The orders handed out are the caller's now: later merges copy them again.
    this.owned.clear();
    return { ...this.into, productIds: [...this.products.ids], productNames: [...this.products.names], errors: [...this.into.errors], customers: [...this.into.customers], hashes: [...this.into.hashes], orders: [...this.orders.values()], rowOrders: [...this.into.rowOrders], attributes: [...this.attributes].map(([cid, attrs]) => [cid, { ...attrs }]) };
  }
}
