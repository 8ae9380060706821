import { bfgs } from './bfgs';
import { nelderMead } from './nelderMead';
import { hessian, hessianFromGradient, invertSpd } from './numericalDerivatives';

/** Local alias: a global lookup per call is slow in some V8 embeddings (Node vm, where the add-on is tested). */
const M = Math;

/** |ln θ| beyond which a Nelder–Mead result is not polished (θ beyond 1e±10). */
const RUNAWAY_LOG_BOUND = 10 * M.LN10;

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
  /** Optimiser iterations (BFGS on the analytic gradient, plus Nelder–Mead + BFGS when the fit used or fell back to that route). */
  iterations: number;
}

export interface FitOptions {
  /** L2 penalty on the parameters, added to the mean negative log-likelihood as lifetimes' `penalizer_coef` does. */
  penalty?: number;
  /** Starting parameter values (natural scale). */
  start?: number[];
}

/** |ln θ| below which a direct BFGS estimate may be accepted: θ within 1e−6..1e6 (the checks reject outside 1e±8). */
const DIRECT_LOG_BOUND = 6 * M.LN10;
/** Largest standard error of ln θ (θ known to within a factor e) for which a direct BFGS estimate is accepted. */
const DIRECT_MAX_LOG_SE = 1;

/**
 * Maximum likelihood for positive parameters: minimises the mean negative log-likelihood
 * (plus `penalty · Σ θ²`) over log-parameters, then checks: finite likelihood, small
 * gradient, parameters not running off to 0 or ∞, and a positive-definite Hessian; any
 * failure gives `converged: false` and the reason.
 *
 * Route without a gradient: Nelder–Mead (robust from a crude start), then BFGS on
 * finite-difference gradients (polishes to a small gradient), and the Hessian by second
 * differences of the likelihood. (lifetimes ≤ 0.10 fits with Nelder–Mead alone; lifetimes
 * 0.11+ with scipy's BFGS on autograd gradients, much as the route below.)
 *
 * With an analytic `gradLogLik`, BFGS first runs straight from the start on it (Nocedal &
 * Wright 2006, ch. 6: with exact gradients it needs no simplex to get near), and the Hessian
 * is central differences of that gradient. That estimate is accepted only when it is clearly
 * well posed: BFGS converged, every θ within 1e−6..1e6, all checks pass and every
 * SE(ln θ) ≤ 1. Anything else — flat, unidentified or degenerate likelihoods — is refitted by
 * the route without a gradient, so its estimate, `converged` and `reason` are those the fit
 * gave before gradients existed; well-posed data merely skip the simplex.
 *
 * @param totalLogLik total (weighted) log-likelihood at natural-scale parameters
 * @param n number of customers, to scale the objective so tolerances do not depend on n
 * @param gradLogLik optional gradient of `totalLogLik` with respect to the natural-scale parameters
 * @example fitMaximumLikelihood(['rate'], ([l]) => 10 * M.log(l) - 20 * l, 1) // rate ≈ 0.5
 */
export function fitMaximumLikelihood<K extends string>(
  names: readonly K[],
  totalLogLik: (params: number[]) => number,
  n: number,
  opts: FitOptions = {},
  gradLogLik?: (params: number[]) => number[],
): FitResult<Record<K, number>> {
  const penalty = opts.penalty ?? 0;
  const objective = (theta: number[]): number => {
    const p = theta.map(M.exp);
    const ll = totalLogLik(p);
    if (!Number.isFinite(ll)) return Infinity;
    return -ll / n + penalty * p.reduce((s, v) => s + v * v, 0);
  };
  const start = (opts.start ?? names.map(() => 1)).map(M.log);
  let iterations = 0;
  let exactGrad: ((theta: number[]) => number[]) | undefined;
  if (gradLogLik) {
    // Chain rule to log-parameters: ∂/∂θᵢ = pᵢ ∂/∂pᵢ.
    const negLogLikGradient = (theta: number[]): number[] => {
      const p = theta.map(M.exp);
      return gradLogLik(p).map((g, i) => -g * p[i]);
    };
    const grad = (theta: number[]): number[] => {
      const p = theta.map(M.exp);
      return negLogLikGradient(theta).map((g, i) => g / n + 2 * penalty * p[i] * p[i]);
    };
    exactGrad = grad;
    // Leaving the accepted box or stalling means this route will be rejected: stop before a slow likelihood costs minutes.
    const direct = bfgs(objective, start, { maxIterations: 200, gradientTolerance: 1e-7, grad, maxAbsX: DIRECT_LOG_BOUND, stopWhenStalled: true });
    iterations = direct.iterations;
    if (direct.converged && direct.x.every((t) => M.abs(t) < DIRECT_LOG_BOUND)) {
      const result = checkedFit(names, totalLogLik, n, direct.x, direct.gradient, iterations, (t) => hessianFromGradient(negLogLikGradient, t));
      const se = result.standardErrors;
      if (se && names.every((k, i) => se[k] / M.exp(direct.x[i]) <= DIRECT_MAX_LOG_SE)) return result;
    }
  }
  // Nelder–Mead only has to get near the optimum; BFGS, much cheaper per digit, finishes.
  const nm = nelderMead(objective, start, { maxIterations: 1000, xTolerance: 1e-2, fTolerance: 1e-7 });
  // A simplex that ran far past the accepted range (1e−8..1e8) has found a boundary: polishing it
  // cannot make the fit acceptable and, on a likelihood that is slow out there, costs minutes.
  const runaway = nm.x.some((t) => M.abs(t) > RUNAWAY_LOG_BOUND);
  // With an analytic gradient the polish uses it (finite differences cost 2 evaluations per parameter per step).
  const polished = runaway
    ? { x: nm.x, fx: nm.fx, gradient: nm.x.map(() => Infinity), iterations: 0 }
    : bfgs(objective, nm.x, { maxIterations: 200, gradientTolerance: 1e-7, ...(exactGrad ? { grad: exactGrad } : {}) });
  const theta = polished.fx <= nm.fx ? polished.x : nm.x;
  const negLogLikHessian = (t: number[]) => hessian((u) => -totalLogLik(u.map(M.exp)), t);
  return checkedFit(names, totalLogLik, n, theta, polished.gradient, iterations + nm.iterations + polished.iterations, negLogLikHessian);
}

/** The checks of {@link fitMaximumLikelihood} at log-parameters `theta`, and the standard errors when they pass. */
function checkedFit<K extends string>(
  names: readonly K[],
  totalLogLik: (params: number[]) => number,
  n: number,
  theta: number[],
  finalGradient: number[],
  iterations: number,
  negLogLikHessian: (theta: number[]) => number[][],
): FitResult<Record<K, number>> {
  const params = theta.map(M.exp);
  const toRecord = (v: number[]) => Object.fromEntries(names.map((k, i) => [k, v[i]])) as Record<K, number>;
  const logLikelihood = totalLogLik(params);
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
  const gmax = M.max(...finalGradient.map(M.abs));
  if (!(gmax <= 1e-4)) return fail(`the optimiser stopped with gradient ${gmax.toExponential(2)} (not at a maximum)`);
  // Standard errors: Hessian of the total −LL on the log scale, then the delta method (SE(θ) = θ · SE(ln θ)).
  const cov = invertSpd(negLogLikHessian(theta));
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
