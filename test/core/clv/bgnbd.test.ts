import { describe, expect, it } from 'vitest';
import { bgnbdModel, bgnbdProbabilityOfPurchases, fitBgnbd } from '../../../src/core/clv/bgnbd';
import { groupHistories, weightedHistories } from '../../../src/core/clv/groupHistories';
import { cdnowSummaryPlain } from './cdnowData';

const rows = cdnowSummaryPlain();
const fit = fitBgnbd(rows);

describe('BG/NBD on the CDNOW sample', () => {
  it('reproduces r = 0.243, α = 4.414, a = 0.793, b = 2.426, LL = −9582.4 (Fader, Hardie & Lee 2005, Marketing Science, section 5; lifetimes test_estimation.py decimal=2)', () => {
    expect(fit.converged).toBe(true);
    const { r, alpha, a, b } = fit.params;
    expect(Math.abs(r - 0.243)).toBeLessThan(0.005);
    expect(Math.abs(alpha - 4.414)).toBeLessThan(0.005);
    expect(Math.abs(a - 0.793)).toBeLessThan(0.005);
    expect(Math.abs(b - 2.426)).toBeLessThan(0.005);
    expect(fit.logLikelihood).toBeCloseTo(-9582.4, 1);
    expect(fit.n).toBe(2357);
    expect(fit.standardErrors!.r).toBeGreaterThan(0);
  });

  it('grouped and weighted data give the same fit (lifetimes test_using_weights_col_gives_correct_results, decimal=3)', () => {
    const g = groupHistories(rows);
    const weighted = weightedHistories(g);
    expect(weighted.length).toBeLessThan(rows.length);
    const w = fitBgnbd(weighted);
    for (const k of ['r', 'alpha', 'a', 'b'] as const) expect(Math.abs(w.params[k] - fit.params[k])).toBeLessThan(5e-4);
  });

  it('conditional expectation for x = 2, t_x = 30.43, T = 38.86 over 39 weeks ≈ 1.226 (Hardie BG/NBD spreadsheet; lifetimes test, abs < 0.001)', () => {
    expect(Math.abs(bgnbdModel.conditionalExpectedPurchases(fit.params, 39, 2, 30.43, 38.86) - 1.226)).toBeLessThan(0.001);
  });

  it('unconditional E[X(t)] matches Hardie\'s spreadsheet (lifetimes test_expectation_returns_same_value_Hardie_excel_sheet, decimal=3)', () => {
    const times = [0.1429, 1.0, 3.0, 31.8571, 32.0, 78.0];
    const expected = [0.0078, 0.0532, 0.1506, 1.0405, 1.0437, 1.8576];
    times.forEach((t, i) => {
      expect(Math.abs(bgnbdModel.expectedPurchases(fit.params, t) - expected[i])).toBeLessThan(1.5e-3);
    });
  });

  it('P(X(t) = n) matches R BTYD (lifetimes test_probability_of_n_purchases_up_to_time_same_as_R_BTYD)', () => {
    const p = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
    expect(Math.abs(bgnbdProbabilityOfPurchases(p, 2, 10) - 1.07869e-7)).toBeLessThan(1e-4);
    expect(Math.abs(bgnbdProbabilityOfPurchases(p, 39, 0) - 0.5737864)).toBeLessThan(1e-4);
    const pmf = [0.0019995214, 0.0015170236, 0.001163315, 0.0009003148, 0.0007023638, 0.0005517902, 0.0004361913, 0.0003467171, 0.0002769613, 0.000222226];
    pmf.forEach((want, i) => {
      expect(Math.abs(bgnbdProbabilityOfPurchases(p, 30, 11 + i) - want)).toBeLessThan(1.5e-5);
    });
  });

  it('P(alive) is 1 without repeats and within [0, 1] (lifetimes tests), 0 for frequency 1000 in 10 of 100', () => {
    expect(bgnbdModel.probabilityAlive(fit.params, 0, 1, 1)).toBe(1);
    for (let x = 0; x < 100; x += 10) for (let tx = 0; tx < 100; tx += 10) for (let T = tx; T < 100; T += 10) {
      const p = bgnbdModel.probabilityAlive(fit.params, x, x === 0 ? 0 : tx, T);
      expect(p).toBeGreaterThanOrEqual(0);
      expect(p).toBeLessThanOrEqual(1);
    }
    expect(bgnbdModel.probabilityAlive(fit.params, 1000, 10, 100)).toBe(0);
  });

  it('an L2 penalty shrinks every parameter (lifetimes test_penalizer_term_will_shrink_coefs_to_0)', () => {
    const p1 = fitBgnbd(rows, { penalty: 0.1 }).params;
    for (const k of ['r', 'alpha', 'a', 'b'] as const) expect(p1[k]).toBeLessThan(fit.params[k]);
  });
});
