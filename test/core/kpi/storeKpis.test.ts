import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '../../../src/core/days';
import { activeWindowDays } from '../../../src/core/kpi/activeWindow';
import { repurchaseRate } from '../../../src/core/kpi/repurchaseRate';
import { storeKpis } from '../../../src/core/kpi/storeKpis';
import type { CustomerSummary, Order } from '../../../src/core/types';
import { cdnowSampleRows } from './cdnowSample';

/** Customer summaries of orders, as the reading step builds them (same-day orders merged into purchase days). */
function summaries(orders: Order[]): CustomerSummary[] {
  const by = new Map<string, { first: number; last: number; days: Set<number>; ids: Set<string>; revenue: number }>();
  orders.forEach((o, i) => {
    const c = by.get(o.customerId) ?? { first: o.day, last: o.day, days: new Set<number>(), ids: new Set<string>(), revenue: 0 };
    c.first = Math.min(c.first, o.day);
    c.last = Math.max(c.last, o.day);
    c.days.add(o.day);
    c.ids.add(o.orderId ?? `row${i}`);
    c.revenue += o.amount;
    by.set(o.customerId, c);
  });
  return [...by].map(([customerId, c]) => ({
    customerId,
    firstOrderDay: c.first,
    lastOrderDay: c.last,
    orders: c.ids.size,
    purchaseDays: c.days.size,
    revenue: c.revenue,
    averageOrderValue: c.revenue / c.ids.size,
    attributes: {},
  }));
}

const rows = cdnowSampleRows();
const orders: Order[] = rows.map((r, i) => ({ row: i + 1, customerId: r.customerId, day: r.day, amount: r.amount }));
const customers = summaries(orders);
const END = dayFromYmd(1998, 6, 30);

// Expected figures from /work/shared/data/cdnow/README.md: 6,919 rows, 2,357 customers, $244,091.94,
// 6,696 distinct (customer, day) pairs, first purchases 1997-01-01..1997-03-25, data end 1998-06-30.
describe('storeKpis on the CDNOW sample', () => {
  const k = storeKpis(orders, customers, { analysisDay: END, marketingSpend: 10_000, grossMargin: 0.5 });

  it('counts customers, orders and revenue', () => {
    expect(k.customers).toBe(2357);
    expect(k.orders).toBe(6919);
    expect(k.revenue).toBeCloseTo(244091.94, 2);
    expect(k.averageOrderValue).toBeCloseTo(244091.94 / 6919, 9);
  });

  it('counts an order id once: (customer, day) ids give 6,696 orders', () => {
    const byDay = orders.map((o) => ({ ...o, orderId: `${o.customerId}/${o.day}` }));
    const kd = storeKpis(byDay, customers, { analysisDay: END });
    expect(kd.orders).toBe(6696);
    expect(kd.averageOrderValue).toBeCloseTo(244091.94 / 6696, 9);
  });

  it('agrees with REPURCHASE_RATE and CLTV_HISTORIC over the whole history', () => {
    expect(k.repurchaseRate).toBeCloseTo(repurchaseRate(rows).rate, 12);
    expect(k.averageHistoricCltv).toBeCloseTo((244091.94 * 0.5) / 2357, 9);
  });

  it('lists every month from 1997-01 to 1998-06 with all 2,357 new customers in Q1 1997', () => {
    expect(k.newCustomersByMonth.map((m) => m.month)).toEqual([
      '1997-01', '1997-02', '1997-03', '1997-04', '1997-05', '1997-06', '1997-07', '1997-08', '1997-09',
      '1997-10', '1997-11', '1997-12', '1998-01', '1998-02', '1998-03', '1998-04', '1998-05', '1998-06',
    ]);
    const newByMonth = k.newCustomersByMonth.map((m) => m.newCustomers);
    expect(newByMonth.slice(0, 3).reduce((a, b) => a + b, 0)).toBe(2357);
    expect(newByMonth.slice(3).every((n) => n === 0)).toBe(true);
    expect(k.newCustomersByMonth.reduce((s, m) => s + m.revenue, 0)).toBeCloseTo(244091.94, 2);
    expect(k.newCustomersByMonth.slice(3).every((m) => m.newCustomerRevenue === 0)).toBe(true);
  });

  it('splits active and lapsed with a window derived from the purchase rhythm', () => {
    expect(k.activeWindowSource).toBe('purchase-interval');
    expect(k.activeWithinDays).toBe(activeWindowDays(customers).days);
    expect(k.activeWithinDays).toBeGreaterThanOrEqual(30);
    expect(k.activeWithinDays).toBeLessThanOrEqual(365);
    expect(k.activeCustomers + k.lapsedCustomers).toBe(2357);
    const expectedActive = customers.filter((c) => END - c.lastOrderDay <= k.activeWithinDays).length;
    expect(k.activeCustomers).toBe(expectedActive);
  });

  it('uses a given window: 0 days keeps only customers who bought on the analysis day', () => {
    const k0 = storeKpis(orders, customers, { analysisDay: END, activeWithinDays: 0 });
    expect(k0.activeWindowSource).toBe('given');
    expect(k0.activeCustomers).toBe(customers.filter((c) => c.lastOrderDay === END).length);
  });

  it('computes CAC and LTV:CAC only with spend', () => {
    expect(k.cac).toBeCloseTo(10_000 / 2357, 12);
    expect(k.ltvToCac).toBeCloseTo(k.averageHistoricCltv / k.cac!, 12);
    const withNew = storeKpis(orders, customers, { analysisDay: END, marketingSpend: 10_000, newCustomersForCac: 500 });
    expect(withNew.cac).toBe(20);
    const none = storeKpis(orders, customers, { analysisDay: END });
    expect(none.cac).toBeNull();
    expect(none.ltvToCac).toBeNull();
  });
});

describe('activeWindowDays', () => {
  const customer = (first: number, last: number, days: number): CustomerSummary => ({
    customerId: `${first}-${last}-${days}`, firstOrderDay: first, lastOrderDay: last, orders: days, purchaseDays: days, revenue: 1, averageOrderValue: 1, attributes: {},
  });
  it('is twice the median interval, at least 30 days, at most 365', () => {
    expect(activeWindowDays(Array.from({ length: 10 }, (_, i) => customer(i, i + 90, 2)))).toEqual({ days: 180, source: 'purchase-interval' });
    expect(activeWindowDays(Array.from({ length: 10 }, (_, i) => customer(i, i + 7 * 9, 10)))).toEqual({ days: 30, source: 'purchase-interval' });
    expect(activeWindowDays(Array.from({ length: 10 }, (_, i) => customer(i, i + 400, 2)))).toEqual({ days: 365, source: 'purchase-interval' });
  });
  it('falls back to 365 days with fewer than 10 repeat customers', () => {
    expect(activeWindowDays([customer(0, 50, 2), customer(3, 3, 1)])).toEqual({ days: 365, source: 'default' });
  });
});

describe('storeKpis bad input', () => {
  it('refuses empty data and out-of-range options', () => {
    expect(() => storeKpis([], customers, { analysisDay: END })).toThrow('orders has no orders');
    expect(() => storeKpis(orders, customers, { analysisDay: END, grossMargin: 40 })).toThrow('gross_margin must be between 0 and 1');
    expect(() => storeKpis(orders, customers, { analysisDay: END, marketingSpend: 1, newCustomersForCac: 0 })).toThrow('new_customers must be > 0');
    expect(() => storeKpis(orders, customers, { analysisDay: END, marketingSpend: -1 })).toThrow('marketing_spend must be ≥ 0');
  });
});
