import type { AttributeValue, CustomerSummary, Order } from '../types';
import { MONEY_UNITS as UNITS } from './cellReader';
/** Distinct days kept in a list before a set: a set per customer costs more than a short scan. */
const FEW_DAYS = 16;

/**
 * One row per customer from cleaned orders: first and last order day, distinct orders, distinct
 * purchase days (same-day orders merged, as lifetimes' `summary_data_from_transaction_data` counts
 * repeat purchases per period), total and average spend, plus the customer's attributes.
 * Customers come in the order of their first order in `orders`.
 * Money is summed in 1/10,000 units so the total does not depend on the order of the orders.
 * @example customersFromOrders([{ row: 2, customerId: 'A', day: 10, amount: 5 }, { row: 3, customerId: 'A', day: 10, amount: 7 }])
 * // [{ customerId: 'A', firstOrderDay: 10, lastOrderDay: 10, orders: 2, purchaseDays: 1, revenue: 12, averageOrderValue: 6, attributes: {} }]
 */
export function customersFromOrders(
  orders: readonly Order[],
  attributes: ReadonlyMap<string, Record<string, AttributeValue>> | Record<string, Record<string, AttributeValue>> = new Map(),
): CustomerSummary[] {
  const attrsOf = (id: string): Record<string, AttributeValue> | undefined =>
    // an own-property read, so a customer id such as "__proto__" is only data
    attributes instanceof Map ? attributes.get(id) : Object.getOwnPropertyDescriptor(attributes, id)?.value;
  interface Acc {
    id: string;
    first: number;
    last: number;
    orders: number;
    /** Distinct days: a short list (most customers buy on a few days), a set past {@link FEW_DAYS}. */
    days: number[] | Set<number>;
    units: number;
  }
  const byId = new Map<string, Acc>();
  for (const o of orders) {
    let a = byId.get(o.customerId);
    if (!a) {
      a = { id: o.customerId, first: o.day, last: o.day, orders: 0, days: [], units: 0 };
      byId.set(o.customerId, a);
    }
    if (o.day < a.first) a.first = o.day;
    if (o.day > a.last) a.last = o.day;
    a.orders++;
    const days = a.days;
    if (Array.isArray(days)) {
      if (!days.includes(o.day)) {
        days.push(o.day);
        if (days.length > FEW_DAYS) a.days = new Set(days);
      }
    } else days.add(o.day);
    a.units += Math.round(o.amount * UNITS);
  }
  const out: CustomerSummary[] = [];
  for (const a of byId.values()) out.push(summaryOf(a.id, a.first, a.last, a.orders, Array.isArray(a.days) ? a.days.length : a.days.size, a.units, { ...(attrsOf(a.id) ?? {}) }));
  return out;
}

/** A customer's summary from their totals, money in 1/10,000 units. */
function summaryOf(customerId: string, firstOrderDay: number, lastOrderDay: number, orders: number, purchaseDays: number, units: number, attributes: Record<string, AttributeValue>): CustomerSummary {
  const revenue = units / UNITS;
  return { customerId, firstOrderDay, lastOrderDay, orders, purchaseDays, revenue, averageOrderValue: orders ? revenue / orders : 0, attributes };
}

/**
 * {@link customersFromOrders} for orders whose customer is already known by number (a person of
 * who-is-who, `sources/identity.ts`): the same figures, from typed arrays indexed by that number
 * and one sort of (customer, day) pairs for the distinct days, with no Map and no object per
 * customer until a summary is asked for. `customerOf[k]` is order k's customer (0 ≤ it < `count`).
 * @returns the summary of customer `c` (undefined when they have no order), under the id of their
 * first order, as customersFromOrders writes it, with the attributes given (the object itself).
 * @example summariesByNumber([{ row: 2, customerId: 'A', day: 10, amount: 5 }], [0], 1)(0, {})
 * // { customerId: 'A', firstOrderDay: 10, lastOrderDay: 10, orders: 1, purchaseDays: 1, revenue: 5, averageOrderValue: 5, attributes: {} }
 */
export function summariesByNumber(
  orders: readonly Order[],
  customerOf: ArrayLike<number>,
  count: number,
): (c: number, attributes: Record<string, AttributeValue>) => CustomerSummary | undefined {
  const firstOrder = new Int32Array(count).fill(-1);
  const first = new Float64Array(count);
  const last = new Float64Array(count);
  const orderCount = new Int32Array(count);
  const units = new Float64Array(count);
  let minDay = Number.POSITIVE_INFINITY;
  let maxDay = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < orders.length; k++) {
    const o = orders[k];
    const c = customerOf[k];
    if (firstOrder[c] === -1) {
      firstOrder[c] = k;
      first[c] = o.day;
      last[c] = o.day;
    } else {
      if (o.day < first[c]) first[c] = o.day;
      if (o.day > last[c]) last[c] = o.day;
    }
    orderCount[c]++;
    units[c] += Math.round(o.amount * UNITS);
    if (o.day < minDay) minDay = o.day;
    if (o.day > maxDay) maxDay = o.day;
  }
  // Distinct days: (customer, day) as one number, sorted, counted where it changes.
  const range = Math.floor(maxDay - minDay) + 1;
  const pairs = new Float64Array(orders.length);
  for (let k = 0; k < orders.length; k++) pairs[k] = customerOf[k] * range + (orders[k].day - minDay);
  pairs.sort();
  const days = new Int32Array(count);
  for (let k = 0; k < pairs.length; k++) if (k === 0 || pairs[k] !== pairs[k - 1]) days[Math.floor(pairs[k] / range)]++;
  return (c, attributes) => (firstOrder[c] === -1 ? undefined : summaryOf(orders[firstOrder[c]].customerId, first[c], last[c], orderCount[c], days[c], units[c], attributes));
}
