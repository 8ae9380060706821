import type { AttributeValue, CustomerSummary, Order } from '../types';

const UNITS = 10_000;
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
  for (const a of byId.values()) {
    const revenue = a.units / UNITS;
    out.push({
      customerId: a.id,
      firstOrderDay: a.first,
      lastOrderDay: a.last,
      orders: a.orders,
      purchaseDays: Array.isArray(a.days) ? a.days.length : a.days.size,
      revenue,
      averageOrderValue: a.orders ? revenue / a.orders : 0,
      attributes: { ...(attrsOf(a.id) ?? {}) },
    });
  }
  return out;
}
