import { describe, expect, it } from 'vitest';
import { nbdModel } from '../../../src/core/clv/nbd';
import { bgnbdModel } from '../../../src/core/clv/bgnbd';
import { probabilityNoPurchase } from '../../../src/core/clv/transactionModel';
import { cdnowSummaryPlain } from './cdnowData';

const rows = cdnowSummaryPlain();
const fit = nbdModel.fit(rows);

describe('NBD (no dropout) on the CDNOW sample', () => {
  it('reproduces r = 0.385, α = 12.072, LL = −9763.7, the NBD benchmark of Fader, Hardie & Lee 2005 (Marketing Science 24(2), section 5) on the same 2,357 customers', () => {
    expect(fit.converged).toBe(true);
    expect(Math.abs(fit.params.r - 0.385)).toBeLessThan(0.0005);
    expect(Math.abs(fit.params.alpha - 12.072)).toBeLessThan(0.0005);
    expect(fit.logLikelihood).toBeCloseTo(-9763.7, 1);
  });

  it('is BG/NBD with no dropout: its likelihood is BG/NBD\u2019s as a \u2192 0 with b = a\u00b7(1\u2212p)/p, p \u2192 0', () => {
    // BG/NBD with p = a/(a+b) tiny is the NBD (FHL 2005 eq. 6, the second term vanishing).
    const p = { r: 0.4, alpha: 10, a: 1e-9, b: 1e3 };
    for (const [x, tx, T] of [[0, 0, 39], [3, 20, 39], [7, 35, 38]]) {
      expect(bgnbdModel.logLikelihood(p, x, tx, T)).toBeCloseTo(nbdModel.logLikelihood({ r: 0.4, alpha: 10 }, x, tx, T), 6);
    }
  });

  it('predicts with the gamma\u2013Poisson posterior: E = (r+x)/(\u03b1+T)\u00b7t, P(no purchase in t) = ((\u03b1+T)/(\u03b1+T+t))^(r+x)', () => {
    const m = { model: 'nbd' as const, params: fit.params };
    const { r, alpha } = fit.params;
    expect(nbdModel.conditionalExpectedPurchases(fit.params, 39, 2, 30.43, 38.86)).toBeCloseTo(((r + 2) / (alpha + 38.86)) * 39, 12);
    expect(probabilityNoPurchase(m, 52, 2, 30.43, 38.86)).toBeCloseTo(((alpha + 38.86) / (alpha + 38.86 + 52)) ** (r + 2), 12);
    expect(nbdModel.expectedPurchases(fit.params, 78)).toBeCloseTo((r * 78) / alpha, 12);
    expect(nbdModel.probabilityAlive(fit.params, 0, 0, 39)).toBe(1);
  });
});
