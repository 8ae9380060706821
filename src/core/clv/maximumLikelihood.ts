import { bfgs } from './bfgs';
import { nelderMead } from './nelderMead';
import { hessian, invertSpd } from './numericalDerivatives';

/** Local alias: a global lookup per call is slow in some V8 embeddings (Node vm, where the add-on is tested). */
const M = Math;

/** What every model fit returns. `converged: false` comes with a `reason`; its numbers are then not to be used. */
export interface FitResult<P extends object> {
  params: P;
  /** Standard errors from the inverse Hessian of −LL (delta method from log-parameters); null when it cannot be inverted. */
  standardErrors: { [K in keyof P]: number } | null;
  /** Total log-likelihood of the data at `params` (without the penalty). */
  logLikelihood: number;
  /** Number of customers (sum of weights). */
  n: number;
  converged: boolean;
  reason?: string;
  /** Optimiser iterations (Nelder–Mead + BFGS). */
  iterations: number;
}

export interface FitOptions {
  /** L2 penalty on the parameters, added to the mean negative log-likelihood as lifetimes' `penalizer_coef` does. */
  penalty?: number;
  /** Starting parameter values (natural scale). */
  start?: number[];
}

/**
 * Maximum likelihood for positive parameters: minimises the mean negative log-likelihood
 * (plus `penalty · Σ θ²`) over log-parameters, first with Nelder–Mead (robust from a crude
 * start), then BFGS (polishes to a small gradient) — the route lifetimes takes. Then checks:
 * finite likelihood, small gradient, parameters not running off to 0 or ∞, and a
 * positive-definite Hessian; any failure gives `converged: false` and the reason.
 *
 * @param totalLogLik total (weighted) log-likelihood at natural-scale parameters
 * @param n number of customers, to scale the objective so tolerances do not depend on n
 * @example fitMaximumLikelihood(['rate'], ([l]) => 10 * M.log(l) - 20 * l, 1) // rate ≈ 0.5
 */
export function fitMaximumLikelihood<K extends string>(
  names: readonly K[],
  totalLogLik: (params: number[]) => number,
  n: number,
  opts: FitOptions = {},
): FitResult<Record<K, number>> {
  const penalty = opts.penalty ?? 0;
  const objective = (theta: number[]): number => {
    const p = theta.map(M.exp);
    const ll = totalLogLik(p);
    if (!Number.isFinite(ll)) return Infinity;
    return -ll / n + penalty * p.reduce((s, v) => s + v * v, 0);
  };
  const start = (opts.start ?? names.map(() => 1)).map(M.log);
  // Nelder–Mead only has to get near the optimum; BFGS, much cheaper per digit, finishes.
  const nm = nelderMead(objective, start, { maxIterations: 1000, xTolerance: 1e-2, fTolerance: 1e-7 });
  const polished = bfgs(objective, nm.x, { maxIterations: 200, gradientTolerance: 1e-7 });
  const theta = polished.fx <= nm.fx ? polished.x : nm.x;
  const params = theta.map(M.exp);
  const toRecord = (v: number[]) => Object.fromEntries(names.map((k, i) => [k, v[i]])) as Record<K, number>;
  const logLikelihood = totalLogLik(params);
  const iterations = nm.iterations + polished.iterations;
  const fail = (reason: string): FitResult<Record<K, number>> => ({
    params: toRecord(params),
    standardErrors: null,
    logLikelihood,
    n,
    converged: false,
    reason,
    iterations,
  });
  if (!Number.isFinite(logLikelihood)) return fail('the log-likelihood is not finite at the estimate');
  const bad = names.filter((_, i) => !(params[i] > 1e-8 && params[i] < 1e8));
  if (bad.length) return fail(`parameter ${bad.join(', ')} ran off to ${params[names.indexOf(bad[0])] < 1 ? '0' : 'infinity'}: the data cannot identify the model`);
  const gmax = M.max(...polished.gradient.map(M.abs));
  if (!(gmax <= 1e-4)) return fail(`the optimiser stopped with gradient ${gmax.toExponential(2)} (not at a maximum)`);
  // Standard errors: Hessian of the total −LL on the log scale, then the delta method (SE(θ) = θ · SE(ln θ)).
  const H = hessian((t) => -totalLogLik(t.map(M.exp)), theta);
  const cov = invertSpd(H);
  if (!cov) return fail('the Hessian is not positive definite: the estimate is not a strict maximum');
  return {
    params: toRecord(params),
    standardErrors: toRecord(params.map((p, i) => p * M.sqrt(cov[i][i]))),
    logLikelihood,
    n,
    converged: true,
    iterations,
  };
}
