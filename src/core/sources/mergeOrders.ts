import { isoFromDay } from '../days';
import type { Order } from '../types';
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
 * `inTwoSources`, when given, must be the customers with orders in two sources ({@link customersInTwo}).
 */
export function mergeOrders(sources: readonly OrderSource[], inTwoSources?: ReadonlySet<string>): { orders: Order[]; duplicates: CrossDuplicates[] } {
  const byId = new Map<string, number>();
  /** customer|day|cents → the sources of earlier orders, -1 once an order was matched as a copy. */
  const byDayAmount = new Map<string, number[]>();
  const duplicates = new Map<string, CrossDuplicates>();
  const out: Order[] = [];
  const report = (kept: number, dropped: number, how: 'byOrderId' | 'byDayAmount', example: string) => {
    const key = `${kept}\u0000${dropped}`;
    let d = duplicates.get(key);
    if (!d) {
      d = { kept: sources[kept].name, dropped: sources[dropped].name, byOrderId: 0, byDayAmount: 0, examples: [] };
      duplicates.set(key, d);
    }
    d[how]++;
    if (d.examples.length < EXAMPLES) d.examples.push(example);
  };
  // Only a customer with orders in two sources can have a copy: everyone else's orders are kept unread.
  // The caller may know them already (`inTwoSources`: from who is who, without a look-up per order).
  const inTwo = inTwoSources ?? customersInTwo(sources);
  sources.forEach((src, s) => {
    const added: [string, number][] = [];
    for (const o of src.orders) {
      if (!inTwo.has(o.customerId)) {
        out.push(o);
        continue;
      }
      if (o.orderId !== undefined) {
        const idKey = `${o.customerId}\u0000${o.orderId}`;
        const earlier = byId.get(idKey);
        if (earlier !== undefined && earlier !== s) {
          report(earlier, s, 'byOrderId', o.orderId);
          continue;
        }
      }
      const dayKey = `${o.customerId}\u0000${o.day}\u0000${Math.round(o.amount * 100)}`;
      const candidates = byDayAmount.get(dayKey);
      const at = candidates ? candidates.findIndex((c) => c >= 0 && c !== s && !(src.hasOrderIds && sources[c].hasOrderIds)) : -1;
      if (candidates && at >= 0) {
        report(candidates[at], s, 'byDayAmount', `${o.customerId} ${isoFromDay(o.day)} ${o.amount}`);
        candidates[at] = -1;
        continue;
      }
      out.push(o);
      if (o.orderId !== undefined) byId.set(`${o.customerId}\u0000${o.orderId}`, s);
      added.push([dayKey, s]);
    }
    // Registered after the source, so a source's own same-day orders are never each other's copies.
    for (const [k, source] of added) {
      const list = byDayAmount.get(k);
      if (list) list.push(source);
      else byDayAmount.set(k, [source]);
    }
  });
  return { orders: out, duplicates: [...duplicates.values()] };
}
