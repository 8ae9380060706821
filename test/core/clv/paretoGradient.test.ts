import { describe, expect, it } from 'vitest';
import { numericGradient } from '../../helpers/numericGradient';
import { groupHistories } from '../../../src/core/clv/groupHistories';
import { paretoNbdGradient } from '../../../src/core/clv/paretoGradient';
import { paretoNbdModel } from '../../../src/core/clv/paretoNbd';
import type { ParetoNbdParams } from '../../../src/core/clv/types';
import { cdnowSummaryPlain } from './cdnowData';

const asParams = ([r, alpha, s, beta]: number[]): ParetoNbdParams => ({ r, alpha, s, beta });
/** Total LL from the model's per-history formula (independent of the gradient's series). */
const totalLL = (g: ReturnType<typeof groupHistories>, p: number[]) => {
  let sum = 0;
  for (let i = 0; i < g.x.length; i++) sum += g.weight[i] * paretoNbdModel.logLikelihood(asParams(p), g.x[i], g.tx[i], g.T[i]);
  return sum;
};
// Both branches of the ₂F₁ (α < β and α ≥ β), α = β exactly (z = 0), s near 1, large and small values.
const POINTS = [
  [0.553, 10.578, 0.606, 11.669],
  [1, 1, 1, 1],
  [0.1, 20, 3, 0.5],
  [2, 0.5, 0.2, 8],
  [0.8, 5, 1, 5],
  [0.3, 40, 0.05, 60],
];

describe('analytic gradient of the Pareto/NBD likelihood', () => {
  const g = groupHistories(cdnowSummaryPlain());
  it(`equals central differences of the likelihood at ${POINTS.length} points (CDNOW sample)`, () => {
    for (const p of POINTS) {
      const analytic = paretoNbdGradient(g, asParams(p));
      const numeric = numericGradient((q) => totalLL(g, q), p);
      analytic.forEach((v, i) => {
        expect(Math.abs(v - numeric[i])).toBeLessThan(1e-4 * Math.max(1, Math.abs(numeric[i])));
      });
    }
  });

  it('also on tiny data with x = 0, t_x = T, t_x close to T and many purchases', () => {
    const tiny = groupHistories([
      { frequency: 0, recency: 0, T: 5 },
      { frequency: 1, recency: 2, T: 2 },
      { frequency: 1, recency: 1, T: 6, weight: 3 },
      { frequency: 7, recency: 30, T: 31 },
      { frequency: 3, recency: 29.9, T: 30 },
      { frequency: 120, recency: 50, T: 78 },
    ]);
    for (const p of POINTS) {
      const analytic = paretoNbdGradient(tiny, asParams(p));
      numericGradient((q) => totalLL(tiny, q), p).forEach((v, i) => {
        expect(Math.abs(analytic[i] - v)).toBeLessThan(1e-6 * Math.max(1, Math.abs(v)));
      });
    }
  });

  it('vanishes at the published CDNOW estimate', () => {
    const fit = paretoNbdModel.fit(cdnowSummaryPlain());
    const grad = paretoNbdGradient(g, fit.params);
    for (const v of grad) expect(Math.abs(v / g.n)).toBeLessThan(1e-4);
  });
});
