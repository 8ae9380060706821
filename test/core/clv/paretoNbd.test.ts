import { describe, expect, it } from 'vitest';
import { paretoNbdModel } from '../../../src/core/clv/paretoNbd';
import { probabilityNoPurchase } from '../../../src/core/clv/transactionModel';
import { cdnowSummaryPlain } from './cdnowData';

const fit = paretoNbdModel.fit(cdnowSummaryPlain());

describe('Pareto/NBD on the CDNOW sample', () => {
  it('reproduces r = 0.553, α = 10.578, s = 0.606, β = 11.669, LL = −9595.0 (FHL 2005; Hardie note 008; lifetimes test decimal=2)', () => {
    expect(fit.converged).toBe(true);
    const want = { r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 };
    for (const k of ['r', 'alpha', 's', 'beta'] as const) expect(Math.abs(fit.params[k] - want[k])).toBeLessThan(0.015);
    expect(fit.logLikelihood).toBeCloseTo(-9595.0, 1);
  });

  it('E[X(t)] for t = 0..9 matches R BTYD (lifetimes test_expectation_returns_same_value_as_R_BTYD, atol 0.01)', () => {
    const want = [0, 0.05077821, 0.09916088, 0.14542507, 0.1897993, 0.23247466, 0.27361274, 0.31335159, 0.35181024, 0.38909211];
    want.forEach((w, t) => {
      expect(Math.abs(paretoNbdModel.expectedPurchases(fit.params, t) - w)).toBeLessThan(0.01);
    });
  });

  it('conditional expectation x = 26, t_x = 30.86, T = 31, t = 52 → 25.46 (BTYD walkthrough; lifetimes test, abs < 0.01)', () => {
    expect(Math.abs(paretoNbdModel.conditionalExpectedPurchases(fit.params, 52, 26, 30.86, 31) - 25.46)).toBeLessThan(0.01);
  });

  it('P(alive) for x = 26, t_x = 30.86, T = 31 is 0.9979 (BTYD walkthrough p. 8; lifetimes test, abs < 0.001)', () => {
    expect(Math.abs(paretoNbdModel.probabilityAlive({ r: 0.5534, alpha: 10.5802, s: 0.6061, beta: 11.6562 }, 26, 30.86, 31) - 0.9979)).toBeLessThan(0.001);
  });

  it('stays finite and in [0, 1] where naive formulas overflow (lifetimes test_conditional_probability_alive_overflow_error)', () => {
    const p = { r: 10.465, alpha: 7.98565181e-3, s: 3.0516, beta: 2.82 };
    for (const [x, tx, T] of [[40, 5, 6], [50, 1, 37], [50, 4, 37]]) {
      const v = paretoNbdModel.probabilityAlive(p, x, tx, T);
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(1);
    }
    // lifetimes test_conditional_expectation_underflow: 132 vs 133 purchases barely differ.
    const q = { r: 0.55, alpha: 10.58, s: 0.61, beta: 11.67 };
    expect(Math.abs(paretoNbdModel.conditionalExpectedPurchases(q, 10, 132, 200, 200) - paretoNbdModel.conditionalExpectedPurchases(q, 10, 133, 200, 200))).toBeLessThan(0.05);
  });

  it('P(alive) of a one-time buyer falls with time since the purchase', () => {
    const values = [1, 5, 10, 20, 39].map((T) => paretoNbdModel.probabilityAlive(fit.params, 0, 0, T));
    for (let i = 1; i < values.length; i++) expect(values[i]).toBeLessThan(values[i - 1]);
  });

  it('P(no purchase in next t) agrees with a Monte Carlo of the posterior for a one-time buyer', () => {
    // Independent check of the likelihood-ratio formula: simulate λ, μ from the prior, keep
    // draws consistent with "no purchase in (0, T]", then look at (T, T+t].
    const { r, alpha, s, beta } = fit.params;
    let seed = 12345;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return (seed + 0.5) / 2147483648;
    };
    const gammaDraw = (k: number, rate: number): number => {
      // Marsaglia–Tsang with the k < 1 boost.
      const boost = k < 1 ? rand() ** (1 / k) : 1;
      const kk = k < 1 ? k + 1 : k;
      const d = kk - 1 / 3;
      const c = 1 / Math.sqrt(9 * d);
      for (;;) {
        let z: number;
        let v: number;
        do {
          z = Math.sqrt(-2 * Math.log(rand())) * Math.cos(2 * Math.PI * rand());
          v = 1 + c * z;
        } while (v <= 0);
        v = v ** 3;
        if (Math.log(rand()) < 0.5 * z * z + d - d * v + d * Math.log(v)) return (d * v * boost) / rate;
      }
    };
    const T = 20;
    const t = 30;
    let kept = 0;
    let silent = 0;
    for (let i = 0; i < 200_000; i++) {
      const lambda = gammaDraw(r, alpha);
      const mu = gammaDraw(s, beta);
      const death = -Math.log(rand()) / mu;
      const next = -Math.log(rand()) / lambda;
      if (next <= Math.min(death, T)) continue;
      kept++;
      if (next > Math.min(death, T + t)) silent++;
    }
    const want = silent / kept;
    expect(Math.abs(probabilityNoPurchase({ model: 'pareto', params: fit.params }, t, 0, 0, T) - want)).toBeLessThan(0.01);
  });
});
