import { isoFromDay } from '../days';
import type { Order } from '../types';
import { KeyTable } from './keyTable';
import type { CrossDuplicates } from './types';

/** One order source with its orders already carrying the person's canonical customer id. */
export interface OrderSource {
  name: string;
  /** The source has an order id column. */
  hasOrderIds: boolean;
  orders: readonly Order[];
}

const EXAMPLES = 3;

/** The customers with orders in two or more of the sources. */
function customersInTwo(sources: readonly OrderSource[]): Set<string> {
  const firstSource = new Map<string, number>();
  const inTwo = new Set<string>();
  sources.forEach((src, s) => {
    for (const o of src.orders) {
      const f = firstSource.get(o.customerId);
      if (f === undefined) firstSource.set(o.customerId, s);
      else if (f !== s) inTwo.add(o.customerId);
    }
  });
  return inTwo;
}

/**
 * The orders of several sources as one list, each order counted once. A later source's order is the
 * copy of an earlier source's (and dropped, the earlier copy kept) when:
 * - both have the same order id and the same customer (one export imported twice, a marketplace
 *   order also keyed in at the counter). The same id for another customer is another order: two
 *   shops number their orders independently, so "#1001" in each is not evidence of a copy;
 * - or, where one of the two sources has no order ids, the same customer buys on the same day for
 *   the same amount (to the cent). Without ids nothing else can tell a copy apart, and two
 *   identical purchases by one person on one day in two channels are much rarer than a re-import.
 *   Each order is the copy of at most one order: two such purchases in one source and one in the
 *   other leave two orders.
 * Two sources that both have order ids are never compared by day and amount: distinct ids are
 * distinct orders. Orders within one source are never compared (the reader already merged lines).
 * (`combineSources` calls {@link findCopies} with the people it already knows to be in two sources.)
 */
export function mergeOrders(sources: readonly OrderSource[]): { orders: Order[]; duplicates: CrossDuplicates[] } {
  // Only a customer with orders in two sources can have a copy: everyone else's orders are kept unread.
  const inTwo = customersInTwo(sources);
  // One group per customer in two sources; everyone else's orders are not compared (-1).
  const groupOf = new Map<string, number>();
  const groups = sources.map((src) => Int32Array.from(src.orders, (o) => (inTwo.has(o.customerId) ? groupOf.get(o.customerId) ?? groupOf.set(o.customerId, groupOf.size).size - 1 : -1)));
  const { copy, duplicates } = findCopies(sources, groups);
  const orders = sources.flatMap((src, s) => src.orders.filter((_, k) => copy[s][k] === 0));
  return { orders, duplicates };
}

/**
 * The copies among the orders of several sources, as {@link mergeOrders} tells them: per source, a
 * flag per order (1 = the copy of an earlier source's order, left out), and the report.
 * `groups[s][k]` is the customer (any whole number ≥ 0 naming them, the same in every source) of
 * order k of source s, or -1 for an order not to compare (its customer is in one source only).
 * Keys are the customer as a scope plus the order id, or plus the day (the amount compared along
 * the short list of that customer's orders of the day): no string and no object per order.
 */
export function findCopies(sources: readonly OrderSource[], groups: readonly Int32Array[]): { copy: Uint8Array[]; duplicates: CrossDuplicates[] } {
  // Room for every order compared, in typed arrays: no array grows while the orders are read.
  let compared = 0;
  for (const g of groups) for (let k = 0; k < g.length; k++) if (g[k] >= 0) compared++;
  /** customer + order id → its place in `idSource`: the source of the last order kept with that id. */
  const byId = new KeyTable(compared);
  const idSource = new Int32Array(compared);
  let ids = 0;
  /** customer + day → its first and last earlier order, each linked to the next of the same key. */
  const byDay = new KeyTable(compared);
  const firstOf = new Int32Array(compared);
  const lastOf = new Int32Array(compared);
  let dayKeys = 0;
  /** Per earlier order: its source (-1 once an order was matched as its copy), cents and the next. */
  const sourceOf = new Int32Array(compared);
  const centsOf = new Float64Array(compared);
  const nextOf = new Int32Array(compared);
  let earlier = 0;
  /** A source's orders to register after it: their day key and cents. */
  const addedKey = new Int32Array(compared);
  const addedCents = new Float64Array(compared);
  const duplicates = new Map<number, CrossDuplicates>();
  const copy = sources.map((src) => new Uint8Array(src.orders.length));
  // The example is written only for the first few: most copies are just counted.
  const report = (kept: number, dropped: number, how: 'byOrderId' | 'byDayAmount', o: Order) => {
    const key = kept * sources.length + dropped;
    let d = duplicates.get(key);
    if (!d) {
      d = { kept: sources[kept].name, dropped: sources[dropped].name, byOrderId: 0, byDayAmount: 0, examples: [] };
      duplicates.set(key, d);
    }
    d[how]++;
    if (d.examples.length < EXAMPLES) d.examples.push(how === 'byOrderId' ? (o.orderId as string) : `${o.customerId} ${isoFromDay(o.day)} ${o.amount}`);
  };
  for (let s = 0; s < sources.length; s++) {
    const src = sources[s];
    const orders = src.orders;
    const group = groups[s];
    let added = 0;
    for (let k = 0; k < orders.length; k++) {
      const g = group[k];
      if (g < 0) continue;
      const o = orders[k];
      if (o.orderId !== undefined) {
        const j = byId.get(o.orderId, g);
        if (j >= 0 && idSource[j] !== s) {
          report(idSource[j], s, 'byOrderId', o);
          copy[s][k] = 1;
          continue;
        }
      }
      const cents = Math.round(o.amount * 100);
      let key = byDay.getOrAdd(o.day, dayKeys, g);
      if (key === -1) {
        key = dayKeys++;
        firstOf[key] = -1;
        lastOf[key] = -1;
      }
      let at = -1;
      for (let e = firstOf[key]; e !== -1 && at < 0; e = nextOf[e]) {
        const c = sourceOf[e];
        if (c >= 0 && centsOf[e] === cents && c !== s && !(src.hasOrderIds && sources[c].hasOrderIds)) at = e;
      }
      if (at >= 0) {
        report(sourceOf[at], s, 'byDayAmount', o);
        sourceOf[at] = -1;
        copy[s][k] = 1;
        continue;
      }
      if (o.orderId !== undefined) {
        const j = byId.getOrAdd(o.orderId, ids, g);
        if (j === -1) idSource[ids++] = s;
        else idSource[j] = s;
      }
      addedKey[added] = key;
      addedCents[added++] = cents;
    }
    // Registered after the source, so a source's own same-day orders are never each other's copies.
    for (let a = 0; a < added; a++) {
      const key = addedKey[a];
      const e = earlier++;
      sourceOf[e] = s;
      centsOf[e] = addedCents[a];
      nextOf[e] = -1;
      if (lastOf[key] === -1) firstOf[key] = e;
      else nextOf[lastOf[key]] = e;
      lastOf[key] = e;
    }
  }
  return { copy, duplicates: [...duplicates.values()] };
}
