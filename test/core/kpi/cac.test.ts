import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cac } from '../../../src/core/kpi/cac';
import { cacPayback } from '../../../src/core/kpi/cacPayback';
import { cacBreakdown } from '../../../src/core/kpi/cacTable';
import { ltvCacRatio } from '../../../src/core/kpi/ltvCacRatio';

// Definitions: Farris et al., Marketing Metrics 2nd ed. (2010), average acquisition cost =
// acquisition spending / customers acquired; Skok, "SaaS Metrics 2.0" (2013): months to recover
// CAC = CAC / (MRR × gross margin), LTV:CAC ≥ 3. Expected figures below are those definitions
// worked by hand (shown in each comment).
describe('cac', () => {
  it('divides spend by new customers: $5,000 / 100 = $50', () => {
    expect(cac(5000, 100)).toBe(50);
  });
  it('refuses no new customers and negative spend', () => {
    expect(() => cac(100, 0)).toThrow('new_customers must be > 0');
    expect(() => cac(-1, 3)).toThrow('marketing_and_sales_cost must be ≥ 0');
  });
  it('is never negative (property)', () => {
    fc.assert(fc.property(fc.double({ min: 0, max: 1e9, noNaN: true }), fc.double({ min: 1e-3, max: 1e6, noNaN: true }), (c, n) => cac(c, n) >= 0));
  });
});

describe('cacBreakdown', () => {
  const rows = [
    { cost: 1000, newCustomers: 10, channel: 'Facebook', type: 'paid' as const },
    { cost: 600, newCustomers: 20, channel: 'SEO', type: 'organic' as const },
    { cost: 500, newCustomers: 0, channel: 'Google', type: 'paid' as const },
    { cost: 500, newCustomers: 10, channel: 'Facebook', type: 'paid' as const },
  ];
  it('sums per channel in first-seen order: Facebook 1,500 / 20 = 75, SEO 600 / 20 = 30, Google none', () => {
    const b = cacBreakdown(rows);
    expect(b.channels).toEqual([
      { label: 'Facebook', cost: 1500, newCustomers: 20, cac: 75 },
      { label: 'SEO', cost: 600, newCustomers: 20, cac: 30 },
      { label: 'Google', cost: 500, newCustomers: 0, cac: null },
    ]);
  });
  it('separates organic (600 / 20 = 30) from paid (2,000 / 20 = 100) and totals 2,600 / 40 = 65', () => {
    const b = cacBreakdown(rows);
    expect(b.organic).toEqual({ label: 'organic', cost: 600, newCustomers: 20, cac: 30 });
    expect(b.paid).toEqual({ label: 'paid', cost: 2000, newCustomers: 20, cac: 100 });
    expect(b.total).toEqual({ label: 'total', cost: 2600, newCustomers: 40, cac: 65 });
  });
  it('total CAC is the customer-weighted mean of channel CACs (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ cost: fc.integer({ min: 0, max: 1e6 }), newCustomers: fc.integer({ min: 1, max: 1e4 }), channel: fc.constantFrom('a', 'b', 'c') }), { minLength: 1, maxLength: 30 }), (rs) => {
        const b = cacBreakdown(rs);
        const weighted = b.channels.reduce((s, g) => s + (g.cac ?? 0) * g.newCustomers, 0) / b.total.newCustomers;
        expect(b.total.cac).toBeCloseTo(weighted, 6);
      }),
    );
  });
  it('refuses negative counts', () => {
    expect(() => cacBreakdown([{ cost: 1, newCustomers: -2 }])).toThrow('new_customers must be ≥ 0');
  });
});

describe('ltvCacRatio and cacPayback', () => {
  it('LTV:CAC 300 / 100 = 3, the rule-of-thumb target', () => {
    expect(ltvCacRatio(300, 100)).toBe(3);
    expect(ltvCacRatio(-50, 100)).toBe(-0.5);
    expect(() => ltvCacRatio(300, 0)).toThrow('cac must be > 0');
  });
  it('payback 600 / (100 × 50 %) = 12 months', () => {
    expect(cacPayback(600, 100, 0.5)).toBe(12);
    expect(cacPayback(600, 100)).toBe(6);
    expect(() => cacPayback(600, 100, 0)).toThrow('never paid back');
    expect(() => cacPayback(600, 0)).toThrow('avg_revenue_per_period must be > 0');
  });
});
