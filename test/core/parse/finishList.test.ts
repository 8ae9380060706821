/** A customer list without order dates, finished as a list: its customers and attributes, no orders. */
import { describe, expect, it } from 'vitest';
import { finishCustomerList, finishRead, startRead } from '../../../src/core/parse';

describe('finishCustomerList', () => {
  it('gives one customer per id with the first non-blank attribute, where finishRead refuses the sheet', () => {
    const list = [
      ['Customer ID', 'Email', 'City', 'Birthday'],
      ['C1', 'a@x.my', 'Ipoh', '1990-03-05'],
      ['C2', '', 'Penang', ''],
      ['C1', 'other@x.my', '', '1991-01-01'],
    ];
    const state = startRead(list);
    expect(finishRead(state).errors.map((e) => e.key)).toContain('noOrderDate');
    const read = finishCustomerList(state);
    expect(read.errors).toEqual([]);
    expect(read.orders).toEqual([]);
    expect(read.customers.map((c) => [c.customerId, c.attributes.email ?? null, c.attributes.city, c.attributes.birthday ?? null])).toEqual([
      ['C1', 'a@x.my', 'Ipoh', '1990-03-05'],
      ['C2', null, 'Penang', null],
    ]);
    expect(read.quality.customers).toBe(2);
    expect(read.decisions.some((d) => d.topic === 'shape')).toBe(false);
  });

  it('still refuses a list with no customer column', () => {
    const read = finishCustomerList(startRead([['城市', '生日'], ['台北', '1990-03-05']]));
    expect(read.errors.length).toBeGreaterThan(0);
    expect(read.customers).toEqual([]);
  });
});
