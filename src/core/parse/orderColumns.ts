/**
 * A state's orders column by column, for the trips between Apps Script and the sidebar: one array
 * per field instead of an object per order, so the JSON carries no field names per order and parses
 * as a few long arrays (Online Retail's 18,536 orders with their 397,924 lines: 13.7 MB as objects).
 * What is rare (several customers on one order, rows without a customer, lines off their order's
 * rows, undecided separators) is listed apart by order index. `unpackOrders(packOrders(o))` deep-equals `o`.
 */
import { base64, fromBase64 } from './base64';
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
    for (const [cid, rows, first] of o.cids) {
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
    for (let k = 0; k < ln.p.length; k++) {
      c.p.push(ln.p[k]);
      c.q.push(ln.q[k]);
      c.m.push(ln.m[k]);
    }
    if (ln.r) c.lineRows.push([i, ln.r]);
    if (ln.x) c.lineAmbiguity.push([i, ln.x]);
  }
  c.mUnit = commonUnit(c.m);
  if (c.mUnit > 1) for (let k = 0; k < c.m.length; k++) c.m[k] /= c.mUnit;
  const bytes = c.p.length ? lineVarints(c.p, c.q, c.m) : null;
  if (bytes !== null) {
    c.lineBytes = bytes;
    c.p = [];
    c.q = [];
    c.m = [];
  }
  return c;
}

/** Products, quantities and money of all lines as base64 varints (7 bits a byte, low first); null when one is not a whole number ≥ 0. */
function lineVarints(p: readonly number[], q: readonly number[], m: readonly number[]): string | null {
  const bytes = new Uint8Array(p.length * 3 * 8);
  let o = 0;
  const put = (v: number): boolean => {
    if (!(v >= 0 && v <= Number.MAX_SAFE_INTEGER && Number.isInteger(v))) return false;
    let x = v;
    while (x >= 128) {
      bytes[o++] = (x % 128) | 128;
      x = Math.floor(x / 128);
    }
    bytes[o++] = x;
    return true;
  };
  for (let k = 0; k < p.length; k++) if (!put(p[k]) || !put(q[k]) || !put(m[k])) return null;
  return base64(bytes.subarray(0, o));
}

/** The lines' products, quantities and money from {@link lineVarints}' text. */
function linesFromVarints(text: string, lines: number): { p: number[]; q: number[]; m: number[] } {
  const bytes = fromBase64(text);
  const p = new Array<number>(lines);
  const q = new Array<number>(lines);
  const m = new Array<number>(lines);
  let o = 0;
  const next = (): number => {
    let v = 0;
    let scale = 1;
    for (;;) {
      const b = bytes[o++];
      v += (b & 127) * scale;
      if (b < 128) return v;
      scale *= 128;
    }
  };
  for (let k = 0; k < lines; k++) {
    p[k] = next();
    q[k] = next();
    m[k] = next();
  }
  return { p, q, m };
}

/** The largest of 10,000, 1000, 100, 10 dividing every value (all integers), else 1. */
function commonUnit(values: readonly number[]): number {
  let unit = 10_000;
  for (let k = 0; k < values.length && unit > 1; k++) {
    const v = values[k];
    if (!Number.isInteger(v)) return 1;
    while (unit > 1 && v % unit !== 0) unit /= 10;
  }
  return unit;
}

export function unpackOrders(packed: OrderColumns): OrderAcc[] {
  const c = packed.lineBytes === undefined ? packed : { ...packed, ...linesFromVarints(packed.lineBytes, packed.lineCount.reduce((s, k) => s + Math.max(0, k), 0)) };
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
      const m = c.m.slice(li, li + n);
      if (c.mUnit !== 1) for (let k = 0; k < n; k++) m[k] *= c.mUnit;
      const ln: LineAcc = { p: c.p.slice(li, li + n), q: c.q.slice(li, li + n), m };
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
  if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return false;
  const bytes = fromBase64(text);
  let n = 0;
  for (let o = 0; o < bytes.length; o++) if (bytes[o] < 128) n++;
  return n === count && (bytes.length === 0 || bytes[bytes.length - 1] < 128);
}
