/**
 * A state's orders column by column, for the trips between Apps Script and the sidebar: one array
 * per field instead of an object per order, so the JSON carries no field names per order and parses
 * as a few long arrays (Online Retail's 18,536 orders with their 397,924 lines: 13.7 MB as objects).
 * What is rare (several customers on one order, rows without a customer, lines off their order's
 * rows, undecided separators) is listed apart by order index. `unpackOrders(packOrders(o))` deep-equals `o`.
 */
import { base64, fromBase64, isBase64 } from './base64';
import type { LineAcc } from './lines';
import type { OrderAcc } from './state';

export interface OrderColumns {
  key: string[];
  row: number[];
  /** Customer ids: how many per order, then each one's id, rows and first row (less the order's row). */
  cidCount: number[];
  cid: string[];
  cidRows: number[];
  cidFirst: number[];
  blankCid: number[];
  lines: number[];
  date: (number | null)[];
  /** Less the order's row. */
  dateRow: number[];
  minute: number[];
  fixed: number[];
  ambDot: number[];
  ambComma: number[];
  hasAmount: number[];
  quantity: number[];
  channel: (string | null)[];
  channelRow: number[];
  /** Product lines: how many per order (-1 when the order has none), then each line's product, quantity, money. */
  lineCount: number[];
  p: number[];
  q: number[];
  /** Money units divided by `mUnit`, the largest of 1, 10, 100, 1000, 10,000 that divides them all (prices in cents: 100). */
  m: number[];
  mUnit: number;
  /**
   * When every product, quantity and money value is a whole number ≥ 0 (the usual case), the three
   * as varints, line by line, in base64 (`p`, `q`, `m` then empty): about 6 characters a line
   * instead of 14, and one JSON string to write and parse instead of three arrays of numbers.
   */
  lineBytes?: string;
  /** [order index, value] for the rare fields. */
  blankCidRows: [number, number[]][];
  lineRows: [number, number[]][];
  lineAmbiguity: [number, number[]][];
}

export function packOrders(orders: readonly OrderAcc[]): OrderColumns {
  const c: OrderColumns = {
    key: [], row: [], cidCount: [], cid: [], cidRows: [], cidFirst: [], blankCid: [], lines: [], date: [], dateRow: [], minute: [],
    fixed: [], ambDot: [], ambComma: [], hasAmount: [], quantity: [], channel: [], channelRow: [], lineCount: [], p: [], q: [], m: [], mUnit: 1,
    blankCidRows: [], lineRows: [], lineAmbiguity: [],
  };
  for (let i = 0; i < orders.length; i++) {
    const o = orders[i];
    c.key.push(o.key);
    c.row.push(o.row);
    c.cidCount.push(o.cids.length);
    // Indexed: a destructuring for-of made an iterator per order.
    for (let k = 0; k < o.cids.length; k++) {
      const [cid, rows, first] = o.cids[k];
      c.cid.push(cid);
      c.cidRows.push(rows);
      c.cidFirst.push(first - o.row);
    }
    c.blankCid.push(o.blankCid);
    if (o.blankCidRows.length) c.blankCidRows.push([i, o.blankCidRows]);
    c.lines.push(o.lines);
    c.date.push(o.date);
    c.dateRow.push(o.dateRow - o.row);
    c.minute.push(o.minute);
    c.fixed.push(o.fixed);
    c.ambDot.push(o.ambDot);
    c.ambComma.push(o.ambComma);
    c.hasAmount.push(o.hasAmount ? 1 : 0);
    c.quantity.push(o.quantity);
    c.channel.push(o.channel);
    c.channelRow.push(o.channelRow);
    const ln = o.ln;
    if (!ln) {
      c.lineCount.push(-1);
      continue;
    }
    c.lineCount.push(ln.p.length);
    if (ln.r) c.lineRows.push([i, ln.r]);
    if (ln.x) c.lineAmbiguity.push([i, ln.x]);
  }
  c.mUnit = linesUnit(orders);
  // Usually the lines go straight from each order's arrays into varints; listed as numbers when one cannot be.
  const bytes = lineVarints(orders, c.mUnit);
  if (bytes !== null) c.lineBytes = bytes;
  else
    for (const o of orders) {
      if (!o.ln) continue;
      const { p, q, m } = o.ln;
      for (let k = 0; k < p.length; k++) {
        c.p.push(p[k]);
        c.q.push(q[k]);
        c.m.push(m[k] / c.mUnit);
      }
    }
  return c;
}

/**
 * Products, quantities and money (divided by `unit`) of all orders' lines as base64 varints (7 bits
 * a byte, low first); null when there are no lines or one value is not a whole number ≥ 0.
 */
function lineVarints(orders: readonly OrderAcc[], unit: number): string | null {
  let lines = 0;
  for (const o of orders) if (o.ln) lines += o.ln.p.length;
  if (lines === 0) return null;
  // 8 bytes hold any whole number up to 2^53.
  const bytes = new Uint8Array(lines * 3 * 8);
  let at = 0;
  for (const o of orders) {
    if (!o.ln) continue;
    const { p, q, m } = o.ln;
    for (let k = 0; k < p.length; k++) {
      at = putVarint(bytes, at, p[k]);
      if (at >= 0) at = putVarint(bytes, at, q[k]);
      if (at >= 0) at = putVarint(bytes, at, m[k] / unit);
      if (at < 0) return null;
    }
  }
  return base64(bytes.subarray(0, at));
}

/**
 * Writes `v` as a varint at `bytes[at]`; the offset after it, or -1 when `v` is not a whole number
 * ≥ 0. A module function, not a closure over the offset: the closure kept it in a context slot,
 * loaded and stored for every byte (Online Retail's 397,924 lines: 40 ms a pack).
 */
function putVarint(bytes: Uint8Array, at: number, v: number): number {
  let x = v;
  // Nearly every value (product indices, quantities, cents) is a small integer: written by shifts
  // alone. Larger whole numbers first lose their bits past 31 by division.
  if (!(x >= 0 && (x | 0) === x)) {
    if (!(x >= 0 && x <= Number.MAX_SAFE_INTEGER && Number.isInteger(x))) return -1;
    while (x >= 0x80000000) {
      bytes[at++] = (x % 128) | 128;
      x = Math.floor(x / 128);
    }
  }
  while (x >= 128) {
    bytes[at++] = (x & 127) | 128;
    x >>>= 7;
  }
  bytes[at++] = x;
  return at;
}

/** Reads {@link lineVarints}' text back, one order's lines at a time. */
class VarintReader {
  private readonly bytes: Uint8Array;
  private at = 0;
  constructor(text: string) {
    this.bytes = fromBase64(text);
  }

  private next(): number {
    const bytes = this.bytes;
    let b = bytes[this.at++];
    if (b < 128) return b;
    let v = b & 127;
    let scale = 128;
    for (;;) {
      b = bytes[this.at++];
      v += (b & 127) * scale;
      if (b < 128) return v;
      scale *= 128;
    }
  }

  /** The next `n` lines, money times `unit`. */
  lines(n: number, unit: number): LineAcc {
    const p = new Array<number>(n);
    const q = new Array<number>(n);
    const m = new Array<number>(n);
    for (let k = 0; k < n; k++) {
      p[k] = this.next();
      q[k] = this.next();
      m[k] = this.next() * unit;
    }
    return { p, q, m };
  }
}

/** The largest of 10,000, 1000, 100, 10 dividing the money of every line (all integers), else 1. */
function linesUnit(orders: readonly OrderAcc[]): number {
  let unit = 10_000;
  for (const o of orders) {
    if (!o.ln) continue;
    const m = o.ln.m;
    for (let k = 0; k < m.length && unit > 1; k++) {
      const v = m[k];
      if (!Number.isInteger(v)) return 1;
      while (unit > 1 && v % unit !== 0) unit /= 10;
    }
    if (unit === 1) return 1;
  }
  return unit;
}

export function unpackOrders(c: OrderColumns): OrderAcc[] {
  const varints = c.lineBytes === undefined ? null : new VarintReader(c.lineBytes);
  const blankRows = new Map(c.blankCidRows);
  const lineRows = new Map(c.lineRows);
  const ambiguity = new Map(c.lineAmbiguity);
  const out: OrderAcc[] = new Array(c.key.length);
  let ci = 0;
  let li = 0;
  for (let i = 0; i < c.key.length; i++) {
    const row = c.row[i];
    const cids: OrderAcc['cids'] = [];
    for (let k = 0; k < c.cidCount[i]; k++, ci++) cids.push([c.cid[ci], c.cidRows[ci], c.cidFirst[ci] + row]);
    const o: OrderAcc = {
      key: c.key[i],
      row,
      cids,
      blankCid: c.blankCid[i],
      blankCidRows: blankRows.get(i) ?? [],
      lines: c.lines[i],
      date: c.date[i],
      dateRow: c.dateRow[i] + row,
      minute: c.minute[i],
      fixed: c.fixed[i],
      ambDot: c.ambDot[i],
      ambComma: c.ambComma[i],
      hasAmount: c.hasAmount[i] === 1,
      quantity: c.quantity[i],
      channel: c.channel[i],
      channelRow: c.channelRow[i],
    };
    const n = c.lineCount[i];
    if (n >= 0) {
      let ln: LineAcc;
      if (varints) ln = varints.lines(n, c.mUnit);
      else {
        const m = c.m.slice(li, li + n);
        if (c.mUnit !== 1) for (let k = 0; k < n; k++) m[k] *= c.mUnit;
        ln = { p: c.p.slice(li, li + n), q: c.q.slice(li, li + n), m };
      }
      li += n;
      const r = lineRows.get(i);
      if (r) ln.r = r;
      const x = ambiguity.get(i);
      if (x) ln.x = x;
      o.ln = ln;
    }
    out[i] = o;
  }
  return out;
}

/** True when `v` has the arrays of {@link OrderColumns} (a check of what arrives from the sidebar). */
export function isOrderColumns(v: unknown): v is OrderColumns {
  if (typeof v !== 'object' || v === null) return false;
  const c = v as Record<string, unknown>;
  const fields: (keyof OrderColumns)[] = ['key', 'row', 'cidCount', 'cid', 'cidRows', 'cidFirst', 'blankCid', 'lines', 'date', 'dateRow', 'minute', 'fixed', 'ambDot', 'ambComma', 'hasAmount', 'quantity', 'channel', 'channelRow', 'lineCount', 'p', 'q', 'm', 'blankCidRows', 'lineRows', 'lineAmbiguity'];
  if (!fields.every((f) => Array.isArray(c[f])) || ![1, 10, 100, 1000, 10_000].includes(c.mUnit as number)) return false;
  const n = (c.key as unknown[]).length;
  const perOrder: (keyof OrderColumns)[] = ['row', 'cidCount', 'blankCid', 'lines', 'date', 'dateRow', 'minute', 'fixed', 'ambDot', 'ambComma', 'hasAmount', 'quantity', 'channel', 'channelRow', 'lineCount'];
  if (!perOrder.every((f) => (c[f] as unknown[]).length === n)) return false;
  const cids = (c.cidCount as number[]).reduce((s, k) => s + k, 0);
  const lines = (c.lineCount as number[]).reduce((s, k) => s + Math.max(0, k), 0);
  if (c.lineBytes !== undefined && (typeof c.lineBytes !== 'string' || !validVarints(c.lineBytes, 3 * lines))) return false;
  const listed = c.lineBytes === undefined ? lines : 0;
  return (c.cid as unknown[]).length === cids && (c.cidRows as unknown[]).length === cids && (c.cidFirst as unknown[]).length === cids && (c.p as unknown[]).length === listed && (c.q as unknown[]).length === listed && (c.m as unknown[]).length === listed;
}

/** True when `text` is base64 of exactly `count` varints. */
function validVarints(text: string, count: number): boolean {
  if (!isBase64(text)) return false;
  const bytes = fromBase64(text);
  let n = 0;
  for (let o = 0; o < bytes.length; o++) if (bytes[o] < 128) n++;
  return n === count && (bytes.length === 0 || bytes[bytes.length - 1] < 128);
}
