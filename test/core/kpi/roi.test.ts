import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roi } from '../../../src/core/kpi/roi';

// Figures: Investopedia, "How to Calculate the ROI of a Marketing Campaign" (simple ROI: sales
// growth $1,000, marketing cost $100 → 900 %); kameir.com, "Marketing ROI" (direct mail costing
// $10,000 that brings $50,000 of revenue at a 60 % contribution margin returns $2 per $1 spent);
// definition of the margin form: Farris et al., Marketing Metrics 2nd ed. (2010), ROMI.
describe('roi', () => {
  it('on revenue: ($1,000 − $100) / $100 = 900 %', () => {
    expect(roi(1000, 100)).toBe(9);
  });
  it('on profit: ($50,000 × 60 % − $10,000) / $10,000 = 200 %, where revenue alone says 400 %', () => {
    expect(roi(50000, 10000, 0.6)).toBeCloseTo(2, 12);
    expect(roi(50000, 10000)).toBe(4);
  });
  it('breaks even at 0 and loses the whole cost at −100 %', () => {
    expect(roi(100, 100)).toBe(0);
    expect(roi(0, 250)).toBe(-1);
    expect(roi(1000, 500, 0)).toBe(-1);
  });
  it('refuses a cost of 0 or below, negative revenue and a margin off 0–100 %', () => {
    expect(() => roi(100, 0)).toThrow('cost must be > 0, got 0');
    expect(() => roi(100, -5)).toThrow('cost must be > 0, got -5');
    expect(() => roi(-1, 5)).toThrow('revenue must be ≥ 0, got -1');
    expect(() => roi(100, 5, 40)).toThrow('gross_margin must be between 0 and 1');
  });
  it('is never below −100 % and grows with revenue (property)', () => {
    const money = fc.double({ min: 0, max: 1e9, noNaN: true });
    const cost = fc.double({ min: 1, max: 1e9, noNaN: true });
    const margin = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(fc.property(money, money, cost, margin, (a, b, c, m) => roi(a, c, m) >= -1 && (a <= b ? roi(a, c, m) <= roi(b, c, m) : true)));
  });
});
