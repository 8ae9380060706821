import { describe, expect, it } from 'vitest';
import { numericGradient } from '../../helpers/numericGradient';
import { bgnbdModel, fitBgnbd } from '../../../src/core/clv/bgnbd';
import { bgnbdGradient, mbgnbdGradient, reciprocalRisingTable } from '../../../src/core/clv/bgnbdGradient';
import { groupHistories } from '../../../src/core/clv/groupHistories';
import { fitMaximumLikelihood } from '../../../src/core/clv/maximumLikelihood';
import { mbgnbdModel } from '../../../src/core/clv/mbgnbd';
import { hessian, hessianFromGradient } from '../../../src/core/clv/numericalDerivatives';
import type { BetaGeoParams } from '../../../src/core/clv/types';
import { cdnowSummaryPlain } from './cdnowData';

const rows = cdnowSummaryPlain();
const g = groupHistories(rows);
const asParams = ([r, alpha, a, b]: number[]): BetaGeoParams => ({ r, alpha, a, b });
/** Total LL from the models' per-history formula (independent of the grouped sums the gradients differentiate). */
const totalLL = (model: typeof bgnbdModel, p: number[]) => {
  let s = 0;
  for (let i = 0; i < g.x.length; i++) s += g.weight[i] * model.logLikelihood(asParams(p), g.x[i], g.tx[i], g.T[i]);
  return s;
};
const POINTS = [
  [0.243, 4.414, 0.793, 2.426],
  [1, 1, 1, 1],
  [0.1, 20, 3, 0.5],
  [2, 0.5, 0.2, 8],
  [0.525, 6.183, 0.891, 1.614],
];

describe('analytic gradients of the BG/NBD and MBG/NBD likelihoods', () => {
  for (const [model, gradient] of [
    [bgnbdModel, bgnbdGradient],
    [mbgnbdModel, mbgnbdGradient],
  ] as const) {
    it(`${model.name}: equal central differences of the likelihood at ${POINTS.length} points (CDNOW sample)`, () => {
      for (const p of POINTS) {
        const analytic = gradient(g, asParams(p));
        const numeric = numericGradient((q) => totalLL(model, q), p);
        analytic.forEach((v, i) => {
          expect(Math.abs(v - numeric[i])).toBeLessThan(1e-4 * Math.max(1, Math.abs(numeric[i])));
        });
      }
    });
    it(`${model.name}: also on tiny data with x = 0, t_x = T and a repeat at x = 1`, () => {
      const tiny = groupHistories([
        { frequency: 0, recency: 0, T: 5 },
        { frequency: 1, recency: 2, T: 2 },
        { frequency: 1, recency: 1, T: 6, weight: 3 },
        { frequency: 7, recency: 30, T: 31 },
      ]);
      const ll = (q: number[]) => {
        let s = 0;
        for (let i = 0; i < tiny.x.length; i++) s += tiny.weight[i] * model.logLikelihood(asParams(q), tiny.x[i], tiny.tx[i], tiny.T[i]);
        return s;
      };
      for (const p of POINTS) {
        const analytic = gradient(tiny, asParams(p));
        numericGradient(ll, p).forEach((v, i) => {
          expect(Math.abs(analytic[i] - v)).toBeLessThan(1e-6 * Math.max(1, Math.abs(v)));
        });
      }
    });
  }

  it('reciprocalRisingTable is Σ 1/(c+k), the derivative of ln Γ(c+x) − ln Γ(c)', () => {
    expect(Array.from(reciprocalRisingTable(1, 3))).toEqual([0, 1, 1.5, 1.5 + 1 / 3]);
  });

  it('hessianFromGradient matches the second-difference Hessian', () => {
    const f = ([x, y]: number[]) => x * x * y + Math.exp(y);
    const H1 = hessianFromGradient(([x, y]) => [2 * x * y, x * x + Math.exp(y)], [1, 2]);
    const H2 = hessian(f, [1, 2]);
    for (let i = 0; i < 2; i++) for (let j = 0; j < 2; j++) expect(H1[i][j]).toBeCloseTo(H2[i][j], 4);
  });
});

describe('fits with analytic gradients', () => {

  it('BG/NBD still gives FHL 2005: r = 0.243, α = 4.414, a = 0.793, b = 2.426, LL = −9582.4, in few iterations', () => {
    const fit = fitBgnbd(rows);
    expect(fit.converged).toBe(true);
    expect(fit.params.r).toBeCloseTo(0.243, 3);
    expect(fit.params.alpha).toBeCloseTo(4.414, 2);
    expect(fit.params.a).toBeCloseTo(0.793, 3);
    expect(fit.params.b).toBeCloseTo(2.426, 2);
    expect(fit.logLikelihood).toBeCloseTo(-9582.4, 1);
    expect(fit.iterations).toBeLessThan(60);
  });

  for (const model of [bgnbdModel, mbgnbdModel]) {
    it(`${model.name}: same estimate, LL and standard errors as the derivative-free route (within optimiser tolerance)`, () => {
      const fast = model.fit(rows);
      const slow = fitMaximumLikelihood(['r', 'alpha', 'a', 'b'] as const, (p) => totalLL(model, p), g.n);
      expect(fast.converged && slow.converged).toBe(true);
      const seFast = fast.standardErrors;
      const seSlow = slow.standardErrors;
      if (!seFast || !seSlow) throw new Error('no standard errors');
      expect(Math.abs(fast.logLikelihood - slow.logLikelihood)).toBeLessThan(1e-6);
      for (const k of ['r', 'alpha', 'a', 'b'] as const) {
        expect(Math.abs(fast.params[k] / slow.params[k] - 1)).toBeLessThan(1e-4);
        expect(Math.abs(seFast[k] / seSlow[k] - 1)).toBeLessThan(1e-3);
      }
    });
  }

  it('ill-posed data keep the verdict and reason of the derivative-free route', () => {
    const allZero = Array.from({ length: 50 }, (_, i) => ({ frequency: 0, recency: 0, T: 10 + i }));
    const oneGroup = Array.from({ length: 20 }, () => ({ frequency: 2, recency: 5, T: 10 }));
    for (const data of [allZero, oneGroup])
      for (const [model, gradient] of [
        [bgnbdModel, bgnbdGradient],
        [mbgnbdModel, mbgnbdGradient],
      ] as const) {
        const dg = groupHistories(data);
        const ll = (p: number[]) => {
          let s = 0;
          for (let i = 0; i < dg.x.length; i++) s += dg.weight[i] * model.logLikelihood(asParams(p), dg.x[i], dg.tx[i], dg.T[i]);
          return s;
        };
        const names = ['r', 'alpha', 'a', 'b'] as const;
        const slow = fitMaximumLikelihood(names, ll, dg.n);
        const fast = fitMaximumLikelihood(names, ll, dg.n, {}, (p) => gradient(dg, asParams(p)));
        expect(fast.converged).toBe(false);
        expect(fast.reason).toBe(slow.reason);
        expect(fast.params).toEqual(slow.params);
        expect(model.fit(data).converged).toBe(false);
      }
  });
});
