import { describe, expect, it } from 'vitest';
import { fitGammaGamma, gammaGammaExpectedSpend, gammaGammaLogLikelihood } from '../../../src/core/clv/gammaGamma';
import { cdnowSummary } from './cdnowData';

const rows = cdnowSummary();

describe('Gamma-Gamma on the CDNOW sample', () => {
  it('reproduces p = 6.25, q = 3.74, γ = 15.44 (Fader, Hardie & Lee 2005 JMR; Hardie note 025; lifetimes test decimal=2)', () => {
    const fit = fitGammaGamma(rows);
    expect(fit.converged).toBe(true);
    expect(fit.n).toBe(946);
    expect(Math.abs(fit.params.p - 6.25)).toBeLessThan(0.015);
    expect(Math.abs(fit.params.q - 3.74)).toBeLessThan(0.015);
    expect(Math.abs(fit.params.gamma - 15.44)).toBeLessThan(0.015);
  });

  it('the fit\'s log-likelihood is the sum of gammaGammaLogLikelihood over the customers with repeats', () => {
    const fit = fitGammaGamma(rows);
    const sum = rows.filter((r) => r.frequency > 0 && r.monetary > 0).reduce((s, r) => s + gammaGammaLogLikelihood(fit.params, r.frequency, r.monetary), 0);
    expect(fit.logLikelihood).toBeCloseTo(sum, 8);
    // A weight counts that many customers.
    const weighted = rows.map((r, i) => ({ ...r, weight: 1 + (i % 3) }));
    const w = fitGammaGamma(weighted);
    const wsum = weighted.filter((r) => r.frequency > 0 && r.monetary > 0).reduce((s, r) => s + r.weight * gammaGammaLogLikelihood(w.params, r.frequency, r.monetary), 0);
    expect(w.logLikelihood).toBeCloseTo(wsum, 8);
  });

  it('expected average spend of the first 10 customers matches Hardie\'s note 025 spreadsheet (lifetimes test, atol 0.1)', () => {
    const want = [24.65, 18.91, 35.17, 35.17, 35.17, 71.46, 18.91, 35.17, 27.28, 35.17];
    rows.slice(0, 10).forEach((r, i) => {
      expect(Math.abs(gammaGammaExpectedSpend({ p: 6.25, q: 3.74, gamma: 15.44 }, r.frequency, r.monetary) - want[i])).toBeLessThan(0.1);
    });
  });

  it('reports failure when nobody repeats, and when q ≤ 1 leaves the mean spend undefined', () => {
    expect(fitGammaGamma([{ frequency: 0, monetary: 0 }]).converged).toBe(false);
    // Spend so dispersed across customers (a few huge averages) that the fitted q falls to ≤ 1.
    const wild = Array.from({ length: 200 }, (_, i) => ({ frequency: 1, monetary: 10 ** ((i % 40) / 5) }));
    const fit = fitGammaGamma(wild);
    expect(fit.converged).toBe(false);
    expect(fit.reason).toBeTruthy();
  });
});
