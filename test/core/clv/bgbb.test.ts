import { describe, expect, it } from 'vitest';
import { bgbbConditionalExpectedPurchases, bgbbProbabilityAlive, bgbbPurchaseDistribution, fitBgbb } from '../../../src/core/clv/bgbb';
import { donations } from './cdnowData';

const data = donations();
const fit = fitBgbb(data);

describe('BG/BB on the donations data', () => {
  it('reproduces α = 1.204, β = 0.750, γ = 0.657, δ = 2.783, LL = −33,225.6 (Fader, Hardie & Shang 2010; lifetimes test decimal=2)', () => {
    expect(fit.converged).toBe(true);
    expect(fit.n).toBe(11104);
    const want = { alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 };
    for (const k of ['alpha', 'beta', 'gamma', 'delta'] as const) expect(Math.abs(fit.params[k] - want[k])).toBeLessThan(0.005);
    expect(fit.logLikelihood).toBeCloseTo(-33225.6, 1);
  });

  it('P(alive in 2002) for 0 repeats, 2 repeats last in 1999, 6 repeats: 0.11, 0.59, 0.93 (FHS 2010 table 6; lifetimes test decimal=2)', () => {
    const got = [bgbbProbabilityAlive(fit.params, 1, 0, 0, 6), bgbbProbabilityAlive(fit.params, 1, 2, 4, 6), bgbbProbabilityAlive(fit.params, 1, 6, 6, 6)];
    [0.11, 0.59, 0.93].forEach((w, i) => {
      expect(Math.abs(got[i] - w)).toBeLessThan(0.015);
    });
  });

  it('expected donations over the next 5 years total 12,884.2 (Hardie BG/BB spreadsheet, Conditional Expectations (II), column F; lifetimes test decimal=0)', () => {
    const total = data.reduce((s, r) => s + r.weight * bgbbConditionalExpectedPurchases(fit.params, 5, r.frequency, r.recency, r.periods), 0);
    expect(Math.abs(total - 12884.2)).toBeLessThan(1.5);
  });

  it('in-sample fit: 3,454.9 donors with 0 and 1,253.1 with 6 repeat donations (Hardie spreadsheet cells C18, C24; lifetimes test decimal=0)', () => {
    const dist = bgbbPurchaseDistribution(fit.params, 6).map((p) => p * 11104);
    expect(Math.abs(dist[0] - 3454.9)).toBeLessThan(1.5);
    expect(Math.abs(dist[6] - 1253.1)).toBeLessThan(1.5);
    expect(dist.reduce((a, b) => a + b, 0)).toBeCloseTo(11104, 6);
  });
});
