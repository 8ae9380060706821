import type { AttributeValue, DayNumber } from '../types';
import type { Detection } from './detectColumns';
import type { LineAcc } from './lines';
import type { Message } from './message';
import type { IssueAcc } from './quality';
import type { Role } from './roles';
import type { DuplicateRows, HashBlock } from './rowHashes';
import type { OrderColumns } from './orderColumns';

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

/** A new, empty state for `detection`. */
export function newState(detection: Detection, options: StoredOptions): ReadState {
  return {
    version: 1,
    detection,
    errors: [],
    options,
    firstRow: Number.MAX_SAFE_INTEGER,
    lastRow: 0,
    rowsRead: 0,
    orders: [],
    rowOrders: [],
    productIds: [],
    productNames: [],
    customers: [],
    attributes: [],
    dates: {},
    money: {},
    types: {},
    issues: {},
    hashes: [],
  };
}
