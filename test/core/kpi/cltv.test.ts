import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { historicCltv } from '../../../src/core/kpi/historicCltv';
import { retentionCltv } from '../../../src/core/kpi/retentionCltv';
import { simpleCltv } from '../../../src/core/kpi/simpleCltv';
import { cdnowSampleRows } from './cdnowSample';

describe('simpleCltv', () => {
  it('reproduces the Kissmetrics Starbucks "simple LTV" (52 × a × t, a = $24.30/week, t = 20 years)', () => {
    // Kissmetrics infographic "How to calculate lifetime value" (Starbucks case): simple LTV $25,272,
    // gross margin per customer lifespan at p = 21.3 %: $5,382.94.
    expect(simpleCltv(24.3, 52, 20)).toBeCloseTo(25272, 6);
    expect(simpleCltv(24.3, 52, 20, 0.213)).toBeCloseTo(5382.94, 2);
  });

  it('reproduces the textbook Starbucks exercise ($5.90 × 4.2 visits × 52 weeks × 20 years × 21.3 %)', () => {
    // Exercise "Despite the shaky economy, Starbucks is opening new stores..." (solution on justaaa.com):
    // lifetime value $25,771.20, customer lifetime value $5,489.27.
    expect(simpleCltv(5.9, 4.2 * 52, 20)).toBeCloseTo(25771.2, 6);
    expect(simpleCltv(5.9, 4.2 * 52, 20, 0.213)).toBeCloseTo(5489.27, 2);
  });

  it('subtracts the CAC', () => {
    expect(simpleCltv(10, 4, 2, 0.5, 15)).toBeCloseTo(10 * 4 * 2 * 0.5 - 15, 12);
  });

  it('is monotone in margin and lifespan (property)', () => {
    const money = fc.double({ min: 0, max: 1e5, noNaN: true });
    const frac = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(money, money, money, frac, frac, money, (app, freq, life, m1, m2, cac) => {
        const [lo, hi] = m1 <= m2 ? [m1, m2] : [m2, m1];
        expect(simpleCltv(app, freq, life, lo, cac)).toBeLessThanOrEqual(simpleCltv(app, freq, life, hi, cac) + 1e-9);
      }),
    );
    fc.assert(
      fc.property(money, money, money, money, frac, (app, freq, l1, l2, m) => {
        const [lo, hi] = l1 <= l2 ? [l1, l2] : [l2, l1];
        expect(simpleCltv(app, freq, lo, m)).toBeLessThanOrEqual(simpleCltv(app, freq, hi, m) + 1e-9);
      }),
    );
  });

  it('refuses negative inputs and margins above 100 %', () => {
    expect(() => simpleCltv(-1, 1, 1)).toThrow(/avg_purchase_value must be ≥ 0/);
    expect(() => simpleCltv(1, 1, -2)).toThrow(/lifespan must be ≥ 0/);
    expect(() => simpleCltv(1, 1, 1, 30)).toThrow(/gross_margin must be between 0 and 1/);
    expect(() => simpleCltv(1, Number.NaN, 1)).toThrow(/purchase_frequency must be a number/);
  });
});

describe('retentionCltv', () => {
  // Gupta & Lehmann (2003), "Customers as assets", Journal of Interactive Marketing 17(1), Table 1:
  // margin multiple r / (1 + i − r) for retention r and discount i, e.g. 2.50 at r = 80 %, i = 12 %.
  const table: [number, number, number][] = [
    [0.6, 0.1, 1.2],
    [0.7, 0.12, 1.67],
    [0.8, 0.12, 2.5],
    [0.8, 0.16, 2.22],
    [0.9, 0.1, 4.5],
    [0.9, 0.16, 3.46],
  ];
  it.each(table)('margin multiple at r = %s, i = %s is %s (Gupta & Lehmann Table 1)', (r, i, multiple) => {
    expect(retentionCltv(1, 0, r, i)).toBeCloseTo(multiple, 2);
  });

  it('applies (ACR − CS) and subtracts CAC: Starbucks retention form', () => {
    // Essay "Starbucks Corporation's Customer Lifetime Value" (ivypanda.com), traditional model GC × r / (1 + d − r)
    // with gross contribution GC = $5,241.6, r = 75 %, d = 10 %: "approximately $11,232".
    expect(retentionCltv(5241.6, 0, 0.75, 0.1)).toBeCloseTo(11232, 6);
    expect(retentionCltv(120, 20, 0.8, 0.12, 50)).toBeCloseTo(100 * 2.5 - 50, 9);
  });

  it('is monotone in the retention rate (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e4, noNaN: true }), fc.double({ min: 0, max: 0.99, noNaN: true }), fc.double({ min: 0, max: 0.99, noNaN: true }), fc.double({ min: 0.01, max: 1, noNaN: true }), (m, r1, r2, d) => {
        const [lo, hi] = r1 <= r2 ? [r1, r2] : [r2, r1];
        expect(retentionCltv(m, 0, lo, d)).toBeLessThanOrEqual(retentionCltv(m, 0, hi, d) + 1e-9);
      }),
    );
  });

  it('refuses a retention rate outside [0, 1] and the endless 100 % / 0 % case', () => {
    expect(() => retentionCltv(100, 0, 80, 0.1)).toThrow(/retention_rate must be between 0 and 1/);
    expect(() => retentionCltv(100, 0, 1, 0)).toThrow(/endless/);
    expect(() => retentionCltv(100, -5, 0.5, 0.1)).toThrow(/cost_to_serve_per_period must be ≥ 0/);
  });
});

describe('historicCltv', () => {
  it('sums margin × amount per customer, best first', () => {
    const v = historicCltv(
      [
        { customerId: 'a', day: 0, amount: 10 },
        { customerId: 'b', day: 1, amount: 20 },
        { customerId: 'a', day: 5, amount: 5 },
      ],
      0.5,
    );
    expect(v).toEqual([
      { customerId: 'b', value: 10 },
      { customerId: 'a', value: 7.5 },
    ]);
  });

  it('compounds past purchases at the annual rate (Kumar\'s past customer value)', () => {
    // One purchase exactly one year (365.25 days) before today grows by (1 + δ).
    const v = historicCltv([{ customerId: 'a', day: 0, amount: 100 }], 1, 0.1, 365.25);
    expect(v[0].value).toBeCloseTo(110, 9);
  });

  it('adds up to the CDNOW sample total: 2,357 customers, $244,091.94 (README of the data)', () => {
    const values = historicCltv(cdnowSampleRows());
    expect(values).toHaveLength(2357);
    expect(values.reduce((s, v) => s + v.value, 0)).toBeCloseTo(244091.94, 2);
    for (let i = 1; i < values.length; i++) expect(values[i - 1].value).toBeGreaterThanOrEqual(values[i].value);
  });

  it('refuses no purchases and a margin above 1', () => {
    expect(() => historicCltv([])).toThrow(/no purchases/);
    expect(() => historicCltv([{ customerId: 'a', day: 0, amount: 1 }], 40)).toThrow(/margin must be between 0 and 1/);
  });
});
