/**
 * Customer summaries from orders (core/parse/customers.ts): `summariesByNumber`, for customers
 * already known by number, gives what `customersFromOrders` gives for the same orders.
 */
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../src/core/cluster/random';
import { customersFromOrders, summariesByNumber } from '../../../src/core/parse';
import type { Order } from '../../../src/core/types';

describe('summariesByNumber', () => {
  it('gives customersFromOrders figures: first and last day, orders, distinct days, revenue', () => {
    const r = seededRandom(11);
    for (let shop = 0; shop < 50; shop++) {
      const people = 1 + Math.floor(r() * 40);
      const orders: Order[] = [];
      const numberOf: number[] = [];
      // Days before and after 1970, same-day orders, amounts with cents and refunds.
      for (let k = 0; k < 1 + Math.floor(r() * 300); k++) {
        const p = Math.floor(r() * people);
        orders.push({ row: k + 2, customerId: `C${p}`, day: -400 + Math.floor(r() * 30) * 37, amount: Math.round((r() * 200 - 20) * 100) / 100 });
        numberOf.push(p);
      }
      const summaryOf = summariesByNumber(orders, numberOf, people);
      const expected = new Map(customersFromOrders(orders).map((c) => [c.customerId, c]));
      for (let p = 0; p < people; p++) expect(summaryOf(p, {})).toEqual(expected.get(`C${p}`));
    }
  });
  it('keeps the attributes object given', () => {
    const attributes = { city: 'Ipoh' };
    const summary = summariesByNumber([{ row: 2, customerId: 'A', day: 10, amount: 5 }], [0], 1)(0, attributes);
    expect(summary?.attributes).toBe(attributes);
  });
});
