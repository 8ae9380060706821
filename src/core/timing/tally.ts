import type { Order } from '../types';
import { monthOf, weekdayOf } from './calendar';

/**
 * Orders and revenue counted by weekday × hour, by weekday and by calendar month of year.
 * Weekdays 0 = Monday … 6 = Sunday; hours 0–23 of the shop's time zone (the reader's
 * `Order.minute`); months 0 = January … 11 = December. Weekday and month come from `Order.day`,
 * the shop's calendar day, so they need no time of day; the hour grid counts only orders whose
 * date carried one (`timedOrders`).
 */
export interface TimingTally {
  orders: number;
  revenue: number;
  /** Orders with a time of day: what the hour grid counts. */
  timedOrders: number;
  /** `hourOrders[weekday][hour]`. */
  hourOrders: number[][];
  hourRevenue: number[][];
  weekdayOrders: number[];
  weekdayRevenue: number[];
  monthOrders: number[];
  monthRevenue: number[];
}

const zeros = (n: number) => new Array<number>(n).fill(0);

/** An empty tally. */
export function emptyTally(): TimingTally {
  return {
    orders: 0,
    revenue: 0,
    timedOrders: 0,
    hourOrders: Array.from({ length: 7 }, () => zeros(24)),
    hourRevenue: Array.from({ length: 7 }, () => zeros(24)),
    weekdayOrders: zeros(7),
    weekdayRevenue: zeros(7),
    monthOrders: zeros(12),
    monthRevenue: zeros(12),
  };
}

/** Adds one order to a tally (in place); its time of day only when `withTime`. */
export function addOrder(t: TimingTally, order: Order, withTime = true): void {
  const w = weekdayOf(order.day);
  const m = monthOf(order.day);
  t.orders++;
  t.revenue += order.amount;
  t.weekdayOrders[w]++;
  t.weekdayRevenue[w] += order.amount;
  t.monthOrders[m]++;
  t.monthRevenue[m] += order.amount;
  if (withTime && order.minute !== undefined) {
    const h = Math.floor(order.minute / 60);
    t.timedOrders++;
    t.hourOrders[w][h]++;
    t.hourRevenue[w][h] += order.amount;
  }
}

/** The tally of a list of orders. */
export function tallyOrders(orders: Iterable<Order>, withTime = true): TimingTally {
  const t = emptyTally();
  for (const o of orders) addOrder(t, o, withTime);
  return t;
}

/** One tally per group in one pass: `groupOf` maps a customer id to its group; other customers' orders are skipped. */
export function tallyByGroup<K>(orders: Iterable<Order>, groupOf: ReadonlyMap<string, K>, withTime = true): Map<K, TimingTally> {
  const tallies = new Map<K, TimingTally>();
  for (const o of orders) {
    const g = groupOf.get(o.customerId);
    if (g === undefined) continue;
    let t = tallies.get(g);
    if (!t) {
      t = emptyTally();
      tallies.set(g, t);
    }
    addOrder(t, o, withTime);
  }
  return tallies;
}

/**
 * True when the orders carry a time of day: some order has a minute and not every one is midnight
 * (date-only cells read as Dates sit at 00:00 and say nothing about the hour).
 */
export function ordersHaveTime(orders: Iterable<Order>): boolean {
  for (const o of orders) if (o.minute !== undefined && o.minute !== 0) return true;
  return false;
}
