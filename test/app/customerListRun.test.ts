/**
 * A one-row-per-customer sheet (a HubSpot contacts or loyalty list with totals) runs end to end:
 * the KPIs are the sums of the list's totals, and the months show new customers without an
 * invented revenue per month. Figures are the list's own cells, added by hand below.
 */
import { describe, expect, it } from 'vitest';
import { segmentTable } from '../../src/app/run';
import { defaultSettings } from '../../src/app/settings';
import { dayFromYmd } from '../../src/core/days';

const LIST = [
  ['Customer ID', 'Email', 'Total Spent', 'Orders Count', 'First Order Date', 'Last Order Date'],
  ['c1', 'a@x.com', '120.50', '3', '2024-01-02', '2024-06-01'],
  ['c2', 'b@x.com', '80', '1', '2024-03-02', '2024-03-02'],
  ['c3', 'c@x.com', '300', '5', '2023-01-02', '2024-07-01'],
];

describe('a customer list as the source', () => {
  const out = segmentTable(LIST, { settings: defaultSettings(), lang: 'en', runDay: dayFromYmd(2024, 8, 1) });

  it('segments every listed customer', () => {
    expect(out.segmentation.customers.map((c) => c.summary.customerId).sort()).toEqual(['c1', 'c2', 'c3']);
  });

  it('takes the KPIs from the totals: 9 orders, 500.50 revenue, 2 of 3 bought again', () => {
    const k = out.segmentation.kpis;
    expect(k.orders).toBe(3 + 1 + 5);
    expect(k.revenue).toBeCloseTo(120.5 + 80 + 300, 9);
    expect(k.averageOrderValue).toBeCloseTo(500.5 / 9, 9);
    expect(k.repurchaseRate).toBeCloseTo(2 / 3, 12);
  });

  it('writes the months with new customers only (no revenue column of zeros)', () => {
    const kpis = out.tabs.find((t) => t.kind === 'kpis')!;
    const months = kpis.blocks[1].values;
    expect(months[0]).toHaveLength(2);
    const newByMonth = Object.fromEntries(months.slice(1).map((r) => [r[0], r[1]]));
    expect(newByMonth['2023-01']).toBe(1);
    expect(newByMonth['2024-01']).toBe(1);
    expect(newByMonth['2024-03']).toBe(1);
  });
});
