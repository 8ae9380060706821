import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '../../../src/core/days';
import { activeWindowDays } from '../../../src/core/kpi/activeWindow';
import { repurchaseRate } from '../../../src/core/kpi/repurchaseRate';
import { defaultSpendPeriod } from '../../../src/core/kpi/spendPeriod';
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
    expect(k.activeWindow).toEqual(activeWindowDays(customers));
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
    expect(k0.activeWindow).toBeNull();
    expect(k0.activeCustomers).toBe(customers.filter((c) => c.lastOrderDay === END).length);
  });

  it('CAC: the last 12 months of data (1997-07-01..1998-06-30) won no customer, so there is no CAC, not spend / 2,357', () => {
    expect(k.cacBasis).toEqual({ spend: 10_000, period: { start: dayFromYmd(1997, 7, 1), end: END, basis: 'last-12-months' }, newCustomers: 0 });
    expect(k.cac).toBeNull();
    expect(k.ltvToCac).toBeNull();
  });

  it('CAC over a given period: the 2,357 first purchases of Q1 1997', () => {
    const q1 = storeKpis(orders, customers, { analysisDay: END, marketingSpend: 10_000, spendPeriod: { start: dayFromYmd(1997, 1, 1), end: dayFromYmd(1997, 3, 31) } });
    expect(q1.cacBasis?.newCustomers).toBe(2357);
    expect(q1.cac).toBeCloseTo(10_000 / 2357, 12);
    expect(q1.ltvToCac).toBeCloseTo(q1.averageHistoricCltv / q1.cac!, 12);
    const none = storeKpis(orders, customers, { analysisDay: END });
    expect(none.cacBasis).toBeNull();
    expect(none.cac).toBeNull();
  });
});

describe('activeWindowDays', () => {
  const customer = (first: number, last: number, days: number): CustomerSummary => ({
    customerId: `${first}-${last}-${days}`, firstOrderDay: first, lastOrderDay: last, orders: days, purchaseDays: days, revenue: 1, averageOrderValue: 1, attributes: {},
  });
  it('is twice the median interval, at least 30 days, at most 365, and says which limit it hit', () => {
    const ten = (span: number, days: number) => Array.from({ length: 10 }, (_, i) => customer(i, i + span, days));
    expect(activeWindowDays(ten(90, 2))).toEqual({ days: 180, source: 'purchase-interval', limitedBy: null, repeatCustomers: 10, medianIntervalDays: 90 });
    expect(activeWindowDays(ten(7 * 9, 10))).toEqual({ days: 30, source: 'purchase-interval', limitedBy: 'floor', repeatCustomers: 10, medianIntervalDays: 7 });
    expect(activeWindowDays(ten(400, 2))).toEqual({ days: 365, source: 'purchase-interval', limitedBy: 'cap', repeatCustomers: 10, medianIntervalDays: 400 });
    expect(activeWindowDays(ten(107, 3))).toEqual({ days: 107, source: 'purchase-interval', limitedBy: null, repeatCustomers: 10, medianIntervalDays: 53.5 });
  });
  it('falls back to 365 days with fewer than 10 repeat customers', () => {
    expect(activeWindowDays([customer(0, 50, 2), customer(3, 3, 1)])).toEqual({ days: 365, source: 'default', limitedBy: null, repeatCustomers: 1, medianIntervalDays: null });
  });
});

describe('storeKpis bad input', () => {
  it('refuses empty data and out-of-range options', () => {
    // No order rows is a customer list; with no orders in its totals either, there is nothing to count.
    expect(() => storeKpis([], customers.map((c) => ({ ...c, orders: 0 })), { analysisDay: END })).toThrow('orders has no orders');
    expect(() => storeKpis(orders, [], { analysisDay: END })).toThrow();
    expect(() => storeKpis(orders, customers, { analysisDay: END, grossMargin: 40 })).toThrow('gross_margin must be between 0 and 1');
    const backwards = { start: dayFromYmd(1998, 1, 1), end: dayFromYmd(1997, 1, 1) };
    expect(() => storeKpis(orders, customers, { analysisDay: END, marketingSpend: 1, spendPeriod: backwards })).toThrow('period_end is before period_start');
    expect(() => storeKpis(orders, customers, { analysisDay: END, marketingSpend: -1 })).toThrow('marketing_spend must be ≥ 0');
  });
});

describe('CAC over the customers acquired in the spend period (issue 19)', () => {
  // A shop with known first orders around the period 2023-07-01..2024-06-30 (its last 12 months).
  const shop: Order[] = [
    ['a', 2022, 11, 5], ['a', 2024, 3, 1], // acquired before the period
    ['b', 2023, 6, 30], // the day before the period starts
    ['c', 2023, 7, 1], // its first day
    ['f', 2023, 12, 1], ['f', 2024, 5, 1],
    ['d', 2024, 1, 15],
    ['e', 2024, 6, 30], // its last day, the data's last order
  ].map(([id, y, m, d], i) => ({ row: i + 2, customerId: id as string, day: dayFromYmd(y as number, m as number, d as number), amount: 50 }));
  const shopCustomers = summaries(shop);
  const analysisDay = dayFromYmd(2024, 7, 1);

  it('divides the spend by the 4 customers first ordering in the last 12 months, not by all 6', () => {
    const k = storeKpis(shop, shopCustomers, { analysisDay, marketingSpend: 1200 });
    expect(k.cacBasis).toEqual({ spend: 1200, period: { start: dayFromYmd(2023, 7, 1), end: dayFromYmd(2024, 6, 30), basis: 'last-12-months' }, newCustomers: 4 });
    expect(k.cac).toBe(300);
    expect(k.ltvToCac).toBeCloseTo(k.averageHistoricCltv / 300, 12);
  });

  it('counts a given period, both ends inclusive', () => {
    const k = storeKpis(shop, shopCustomers, { analysisDay, marketingSpend: 1200, spendPeriod: { start: dayFromYmd(2023, 6, 30), end: dayFromYmd(2023, 12, 1) } });
    expect(k.cacBasis?.period.basis).toBe('given');
    expect(k.cacBasis?.newCustomers).toBe(3); // b, c, f
    expect(k.cac).toBe(400);
  });

  it('uses the whole data when it spans under 12 months', () => {
    const recent = shop.filter((o) => o.day >= dayFromYmd(2024, 1, 1));
    const k = storeKpis(recent, summaries(recent), { analysisDay, marketingSpend: 900 });
    expect(k.cacBasis?.period).toEqual({ start: dayFromYmd(2024, 1, 15), end: dayFromYmd(2024, 6, 30), basis: 'whole-data' });
    expect(k.cacBasis?.newCustomers).toBe(4); // a, d, f, e as first seen in this data
  });
});

describe('defaultSpendPeriod', () => {
  it('is the 12 calendar months ending on the last order day; 29 February ends a year that starts on 1 March', () => {
    expect(defaultSpendPeriod(dayFromYmd(2020, 1, 1), dayFromYmd(2024, 6, 30))).toEqual({ start: dayFromYmd(2023, 7, 1), end: dayFromYmd(2024, 6, 30), basis: 'last-12-months' });
    expect(defaultSpendPeriod(dayFromYmd(2020, 1, 1), dayFromYmd(2024, 2, 29)).start).toBe(dayFromYmd(2023, 3, 1));
    expect(defaultSpendPeriod(dayFromYmd(2020, 1, 1), dayFromYmd(2024, 12, 31)).start).toBe(dayFromYmd(2024, 1, 1));
    expect(defaultSpendPeriod(dayFromYmd(2023, 7, 1), dayFromYmd(2024, 6, 30)).basis).toBe('whole-data');
  });
});
