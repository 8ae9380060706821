import type { ReadResult } from '../parse';

/**
 * True when a read's customers look like `customersFromOrders` of its orders, as every finished
 * read of an order sheet makes them (parse/finish.ts): each customer has orders and the order
 * counts add up to the orders. Combining then keeps the summary of everyone found in one order
 * source as it is, instead of summing their orders again; a read put together otherwise (orders
 * filtered after reading, say) fails this and has its customers recomputed.
 */
export function summariesOfOrders(read: Pick<ReadResult, 'orders' | 'customers'>): boolean {
  let orders = 0;
  for (const c of read.customers) {
    if (!(c.orders >= 1)) return false;
    orders += c.orders;
  }
  return orders === read.orders.length;
}
