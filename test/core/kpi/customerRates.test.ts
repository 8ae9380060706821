import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '../../../src/core/days';
import { averageOrderValue } from '../../../src/core/kpi/averageOrderValue';
import { repurchaseRate } from '../../../src/core/kpi/repurchaseRate';
import { churnRate, retentionRate } from '../../../src/core/kpi/retentionRate';
import { cdnowSampleRows } from './cdnowSample';

describe('repurchaseRate', () => {
  it('matches the CDNOW calibration summary: 946 of 2,357 customers repurchased by 1997-09-30', () => {
    // /work/shared/data/cdnow/README.md: cdnow_customers_summary.csv (lifetimes) has 1,411 customers
    // with frequency 0 (repeat purchase days, same-day merged) up to 1997-09-30, so 946 repeat buyers.
    const r = repurchaseRate(cdnowSampleRows(), dayFromYmd(1997, 1, 1), dayFromYmd(1997, 9, 30));
    expect(r.customers).toBe(2357);
    expect(r.repeatCustomers).toBe(946);
    expect(r.rate).toBeCloseTo(946 / 2357, 12);
  });
  it('merges same-day purchases and keeps only the period', () => {
    const p = [
      { customerId: 'a', day: 1 },
      { customerId: 'a', day: 1 },
      { customerId: 'b', day: 2 },
      { customerId: 'b', day: 9 },
      { customerId: 'c', day: 20 },
    ];
    expect(repurchaseRate(p).rate).toBeCloseTo(1 / 3, 12);
    expect(repurchaseRate(p, 0, 5)).toEqual({ customers: 2, repeatCustomers: 0, rate: 0 });
    expect(() => repurchaseRate(p, 30, 40)).toThrow('no purchase in the period');
    expect(() => repurchaseRate(p, 5, 4)).toThrow('period_end is before period_start');
  });
  it('stays in [0, 1] (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ customerId: fc.constantFrom('a', 'b', 'c', 'd'), day: fc.integer({ min: 0, max: 30 }) }), { minLength: 1 }), (p) => {
        const r = repurchaseRate(p).rate;
        return r >= 0 && r <= 1;
      }),
    );
  });
});

describe('retention and churn', () => {
  it('CRR = (E − N) / S on the figures of the Starbucks spreadsheet exercise (solutioninn.com)', () => {
    // S = 107,000,000 at the start of the month, N = 3,500,000 acquired, E = 105,000,000 at the end:
    // (105,000,000 − 3,500,000) / 107,000,000 = 0.948598...
    expect(retentionRate(107e6, 105e6, 3.5e6)).toBeCloseTo(101.5 / 107, 12);
    expect(churnRate(107e6, 105e6, 3.5e6)).toBeCloseTo(5.5 / 107, 12);
  });
  it('retention + churn = 1 and both in [0, 1] (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e6 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 1e6 }), (s, keep, n) => {
        const retained = Math.floor(s * keep);
        const r = retentionRate(s, retained + n, n);
        const c = churnRate(s, retained + n, n);
        expect(r + c).toBeCloseTo(1, 12);
        return r >= 0 && r <= 1 && c >= 0 && c <= 1;
      }),
    );
  });
  it('refuses impossible counts', () => {
    expect(() => retentionRate(0, 10, 1)).toThrow('customers_at_start must be > 0');
    expect(() => retentionRate(100, 10, 20)).toThrow('new_customers (20) cannot be more than customers_at_end (10)');
    expect(() => retentionRate(100, 150, 20)).toThrow('cannot be more than customers_at_start');
    expect(() => churnRate(100, -1, 0)).toThrow('customers_at_end must be ≥ 0');
  });
});

describe('averageOrderValue', () => {
  const rows = cdnowSampleRows();
  it('CDNOW sample: $244,091.94 over 6,919 rows, or over 6,696 (customer, day) orders (data README)', () => {
    expect(averageOrderValue(rows.map((r) => r.amount))).toBeCloseTo(244091.94 / 6919, 9);
    expect(averageOrderValue(rows.map((r) => r.amount), rows.map((r) => `${r.customerId}/${r.day}`))).toBeCloseTo(244091.94 / 6696, 9);
  });
  it('refuses no amounts and mismatched ids', () => {
    expect(() => averageOrderValue([])).toThrow('no amounts');
    expect(() => averageOrderValue([1, 2], ['a'])).toThrow('same size');
    expect(() => averageOrderValue([1, Number.NaN])).toThrow('amounts must be a number, got NaN (value 2)');
  });
});
