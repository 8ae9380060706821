/**
 * BG/BB E[X(n)], expected transactions of a new customer in the first n opportunities (FHS 2010 eq. 8).
 * Expected figures: R BTYD walkthrough (cran/BTYD inst/doc/BTYD-walkthrough.pdf, section 5), printed R output
 * at its estimates α = 1.203528, β = 0.7497260, γ = 0.6567808, δ = 2.783796 (LL −33,225.58) on the donations data.
 */
import { describe, expect, it } from 'vitest';
import { bgbbConditionalExpectedPurchases, bgbbExpectedPurchases } from '../../../src/core/clv/bgbb';

const p = { alpha: 1.203528, beta: 0.749726, gamma: 0.6567808, delta: 2.783796 };

describe('BG/BB expected transactions', () => {
  it('bgbb.Expectation(params, n = 10) = 3.179805 (BTYD walkthrough)', () => {
    expect(Math.abs(bgbbExpectedPurchases(p, 10) - 3.179805)).toBeLessThan(1e-6);
    expect(bgbbExpectedPurchases(p, 0)).toBe(0);
  });

  it('× 11,104 donors gives the walkthrough\'s expected cumulative tracking, 1996–2006 (cum.tracking "exp")', () => {
    const cum = [5535.833, 10252.89, 14400.51, 18125.18, 21521.07, 24652.71, 27566.49, 30296.97, 32870.7, 35308.56, 37627.29];
    cum.forEach((w, i) => {
      expect(Math.abs(11104 * bgbbExpectedPurchases(p, i + 1) - w)).toBeLessThan(0.01);
    });
  });

  it('conditional expectations over 10 years for customers A (x = 0) and B (x = 4, t_x = 5): 0.1302169 and 3.627858 (BTYD walkthrough)', () => {
    expect(Math.abs(bgbbConditionalExpectedPurchases(p, 10, 0, 0, 6) - 0.1302169)).toBeLessThan(1e-6);
    expect(Math.abs(bgbbConditionalExpectedPurchases(p, 10, 4, 5, 6) - 3.627858)).toBeLessThan(1e-6);
  });
});
