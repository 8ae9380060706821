import { describe, expect, it } from 'vitest';
import { bfgs } from '../../../src/core/clv/bfgs';
import { fitMaximumLikelihood } from '../../../src/core/clv/maximumLikelihood';
import { nelderMead } from '../../../src/core/clv/nelderMead';
import { gradient, hessian, invertSpd } from '../../../src/core/clv/numericalDerivatives';

const rosenbrock = ([x, y]: number[]) => (1 - x) ** 2 + 100 * (y - x * x) ** 2;

describe('optimiser', () => {
  it('Nelder–Mead finds the Rosenbrock minimum (1, 1)', () => {
    const r = nelderMead(rosenbrock, [-1.2, 1], { maxIterations: 2000, xTolerance: 1e-8, fTolerance: 1e-14 });
    expect(r.converged).toBe(true);
    expect(r.x[0]).toBeCloseTo(1, 4);
    expect(r.x[1]).toBeCloseTo(1, 4);
  });
  it('BFGS polishes to a small gradient', () => {
    const r = bfgs(rosenbrock, [-1.2, 1], { maxIterations: 500 });
    expect(r.converged).toBe(true);
    expect(r.x[0]).toBeCloseTo(1, 5);
  });
  it('derivatives and SPD inverse', () => {
    const g = gradient(([x, y]) => x * x * y, [1, 2]);
    expect(g[0]).toBeCloseTo(4, 6);
    expect(g[1]).toBeCloseTo(1, 6);
    const H = hessian(([x, y]) => x * x * y, [1, 2]);
    expect(H[0][0]).toBeCloseTo(4, 4);
    expect(H[0][1]).toBeCloseTo(2, 4);
    expect(H[1][1]).toBeCloseTo(0, 4);
    const inv = invertSpd([[4, 2], [2, 3]])!;
    expect(inv[0][0]).toBeCloseTo(3 / 8, 12);
    expect(inv[0][1]).toBeCloseTo(-2 / 8, 12);
    expect(invertSpd([[1, 2], [2, 1]])).toBeNull();
  });
  it('maximum likelihood of a Poisson rate: estimate, standard error from the Hessian', () => {
    // 40 events in 20 units of time: λ̂ = 2, SE = √(λ̂/20) ≈ 0.3162.
    const fit = fitMaximumLikelihood(['rate'] as const, ([l]) => 40 * Math.log(l) - 20 * l, 1);
    expect(fit.converged).toBe(true);
    expect(fit.params.rate).toBeCloseTo(2, 5);
    expect(fit.standardErrors!.rate).toBeCloseTo(Math.sqrt(2 / 20), 3);
  });
  it('reports failure instead of an estimate when the likelihood has no maximum', () => {
    // Increasing in the rate for ever: the parameter runs off to infinity.
    const fit = fitMaximumLikelihood(['rate'] as const, ([l]) => Math.log(l), 1);
    expect(fit.converged).toBe(false);
    expect(fit.reason).toMatch(/rate/);
  });
});
