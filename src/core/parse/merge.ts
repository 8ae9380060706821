/**
 * Merging read states: the chunks of one sheet, read in any order (Apps Script calls, the
 * sidebar's merge, CLI threads), give one state, and `finishRead` the same result as one read.
 */
import { mergeLines, ProductDictionary, remapLines } from './lines';
import { mergeIssues } from './quality';
import { mergeExamples, mergeRows } from './rows';
import type { Role } from './roles';
import type { AttributeValue } from '../types';
import type { CustomerAttributes, DateEvidence, MoneyEvidence, OrderAcc, ReadState, TypeTally } from './state';
import type { HashBlock } from './rowHashes';
import { unpackTransfer } from './transfer';

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

  /** The row fingerprints merged so far (read only). */
  get hashBlocks(): readonly HashBlock[] {
    return this.into.hashes;
  }

  /** Adds the state of another chunk of the same sheet. */
  add(packed: ReadState): this {
    const a = this.into;
    const b = unpackTransfer(packed);
    if (a.duplicates || b.duplicates) throw new Error('A state whose duplicates are settled cannot be merged with another chunk.');
    // b's product indices, rewritten to this dictionary's when they differ (b itself is not changed;
    // orders just unpacked from the trip are this merge's own, so their indices are rewritten in place).
    const map = this.products.remap(b.productIds ?? [], b.productNames ?? []);
    const own = packed.packedOrders !== undefined;
    for (const o of b.orders) {
      if (!map || !o.ln) this.addOrder(o);
      else if (own) {
        const p = o.ln.p;
        for (let k = 0; k < p.length; k++) p[k] = map[p[k]];
        this.addOrder(o);
      } else this.addOrder({ ...o, ln: remapLines(o.ln, map) });
    }
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
