/**
 * Order lines with a product, kept compact in the read state (issue 18: what customers buy).
 * A state holds one product dictionary (`ReadState.productIds` / `productNames`: entry i is one
 * (key, name) pair); each order's lines are parallel number arrays of dictionary indices,
 * quantities, money units and row offsets. 541,909 Online Retail lines then cost a few numbers
 * each in memory and in the JSON sent between the sidebar and the server, instead of an object
 * with two strings per line. Plain JSON, merged across chunks in any order.
 */
import { MONEY_UNITS } from './cellReader';
import { parseAmount, type AmountInfo } from './parseAmount';

/** The kept lines of one order that name a product, in sheet-row order. */
export interface LineAcc {
  /** Index into the state's product dictionary. */
  p: number[];
  /** Quantity (1 when the sheet has no quantity column). */
  q: number[];
  /** Money in integer units of 1/MONEY_UNITS, as the order's money. */
  m: number[];
  /**
   * Sheet row minus the order's first row (`OrderAcc.row`); absent while line i is on offset i
   * (an order's lines on consecutive rows from its first, the usual export), which saves a number a line.
   */
  r?: number[];
  /** Undecided separator of each line's money: 0 none, 1 '.', 2 ','; absent while all are 0. */
  x?: number[];
}

/**
 * A line's money as quantity × its unit price cell, in money units (NaN when the price is not
 * money). `info` tells the price's undecided separator. For exports whose order total sits on the
 * first line only (Shopify, WooCommerce).
 */
export function pricedUnits(price: unknown, quantity: number, info: AmountInfo): number {
  info.ambiguous = '';
  const p = typeof price === 'number' ? price : typeof price === 'string' ? parseAmount(price, info) : NaN;
  return Number.isFinite(p) ? Math.round(quantity * p * MONEY_UNITS) : NaN;
}

/** Ambiguity code of a money cell's undecided separator. */
export function ambiguityCode(ambiguous: '' | '.' | ','): number {
  return ambiguous === '.' ? 1 : ambiguous === ',' ? 2 : 0;
}

/** Appends a line to an order's lines (creating them); `offset` is the row minus the order's first row. */
export function pushLine(lines: LineAcc | undefined, product: number, quantity: number, units: number, ambiguity: number, offset: number): LineAcc {
  const l: LineAcc = lines ?? { p: [], q: [], m: [] };
  if (ambiguity !== 0 && !l.x) l.x = new Array(l.p.length).fill(0);
  if (!l.r && offset !== l.p.length) l.r = l.p.map((_, i) => i);
  l.p.push(product);
  l.q.push(quantity);
  l.m.push(units);
  if (l.r) l.r.push(offset);
  if (l.x) l.x.push(ambiguity);
  return l;
}

/** The row offset of line `i`. */
export function lineOffset(l: LineAcc, i: number): number {
  return l.r ? l.r[i] : i;
}

/**
 * The lines of one order read in two chunks as one list in sheet-row order: `a` with offsets from
 * row `aRow`, `b` from `bRow`, the result from `row` (the earlier of the two). Neither is changed.
 */
export function mergeLines(a: LineAcc | undefined, aRow: number, b: LineAcc | undefined, bRow: number, row: number): LineAcc | undefined {
  if (!b) return a && aRow !== row ? shifted(a, aRow - row) : a;
  if (!a) return bRow !== row ? shifted(b, bRow - row) : b;
  let out: LineAcc | undefined;
  let i = 0;
  let j = 0;
  const take = (l: LineAcc, k: number, base: number) => {
    out = pushLine(out, l.p[k], l.q[k], l.m[k], l.x ? l.x[k] : 0, lineOffset(l, k) + base - row);
  };
  while (i < a.p.length || j < b.p.length) {
    if (j >= b.p.length || (i < a.p.length && lineOffset(a, i) + aRow <= lineOffset(b, j) + bRow)) take(a, i++, aRow);
    else take(b, j++, bRow);
  }
  return out;
}

function shifted(l: LineAcc, by: number): LineAcc {
  return { ...l, r: l.p.map((_, i) => lineOffset(l, i) + by) };
}

/** The product dictionary of a read being merged: (key, name) pairs and their indices. */
export class ProductDictionary {
  readonly ids: string[] = [];
  readonly names: string[] = [];
  private readonly index = new Map<string, number>();

  constructor(ids: readonly string[] = [], names: readonly string[] = []) {
    for (let i = 0; i < ids.length; i++) this.add(ids[i], names[i] ?? '');
  }

  /** The index of (id, name), added when new. */
  add(id: string, name: string): number {
    // The separator cannot occur in a trimmed cell's text that a sheet shows.
    const key = `${id}\u0001${name}`;
    let i = this.index.get(key);
    if (i === undefined) {
      i = this.ids.length;
      this.ids.push(id);
      this.names.push(name);
      this.index.set(key, i);
    }
    return i;
  }

  /** Indices in this dictionary of another one's entries; null when they are the same (nothing to rewrite). */
  remap(ids: readonly string[], names: readonly string[]): number[] | null {
    const out = new Array<number>(ids.length);
    let same = true;
    for (let i = 0; i < ids.length; i++) {
      out[i] = this.add(ids[i], names[i] ?? '');
      if (out[i] !== i) same = false;
    }
    return same ? null : out;
  }
}

/** `lines` with product indices rewritten through `map` (a new object). */
export function remapLines(lines: LineAcc, map: readonly number[]): LineAcc {
  return { ...lines, p: lines.p.map((p) => map[p]) };
}
