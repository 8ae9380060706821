import { groupHistories } from './groupHistories';
import { type FitOptions, type FitResult, fitMaximumLikelihood } from './maximumLikelihood';
import type { PurchaseModel } from './purchaseModel';
import { lnGamma, lnRisingTable } from './special';
import type { NbdParams, RepeatHistory, WeightedHistory } from './types';

/** Local alias: a global lookup per call is slow in some V8 embeddings (Node vm, where the add-on is tested). */
const M = Math;

/**
 * NBD purchase model without dropout (Ehrenberg 1959; the "no churn" case of Schmittlein,
 * Morrison & Colombo 1987): each customer buys as a Poisson process with rate λ for ever, and
 * λ ~ Gamma(r, α) across customers. It is the model BG/NBD, MBG/NBD and Pareto/NBD reduce to
 * when their dropout parameters run to the boundary (BG/NBD with p = 0; Pareto/NBD with μ = 0),
 * so a shop whose data shows no sign of customers leaving gets an answer instead of a failed fit.
 * The model is {@link nbdModel}.
 */

const PARAMS = ['r', 'alpha'] as const;

/**
 * Log-likelihood of one history, in the form BG/NBD's reduces to at p = 0 (FHL 2005 eq. 6 with
 * the dropout term gone): ln Γ(r+x) − ln Γ(r) + r ln α − (r+x) ln(α+T). It does not depend on
 * t_x: without dropout, when the last purchase happened says nothing about the rate.
 */
function logLikelihood(p: NbdParams, x: number, _tx: number, T: number): number {
  return lnGamma(p.r + x) - lnGamma(p.r) + p.r * M.log(p.alpha) - (p.r + x) * M.log(p.alpha + T);
}

/** Total log-likelihood of grouped histories (the x-only terms as a rising-factorial table). */
function groupedLogLikelihood(g: ReturnType<typeof groupHistories>, p: NbdParams): number {
  const rise = lnRisingTable(p.r, g.maxX);
  const lnAlpha = M.log(p.alpha);
  let ll = 0;
  for (let i = 0; i < g.x.length; i++) ll += g.weight[i] * (rise[g.x[i]] + p.r * lnAlpha - (p.r + g.x[i]) * M.log(p.alpha + g.T[i]));
  return ll;
}

/** Fits the NBD by maximum likelihood (same optimiser and checks as the other purchase models). */
function fit(rows: readonly (RepeatHistory | WeightedHistory)[], opts: FitOptions = {}): FitResult<NbdParams> {
  const g = groupHistories(rows);
  return fitMaximumLikelihood(PARAMS, ([r, alpha]) => groupedLogLikelihood(g, { r, alpha }), g.n, opts);
}

/** Without dropout every customer is still active. */
function probabilityAlive(): number {
  return 1;
}

/** E[X(T, T+t) | x, T] = (r + x) / (α + T) · t: the posterior mean rate times t (gamma–Poisson conjugacy). */
function conditionalExpectedPurchases(p: NbdParams, t: number, x: number, _tx: number, T: number): number {
  return ((p.r + x) / (p.alpha + T)) * t;
}

/** E[X(t)] = r t / α for a new customer. */
function expectedPurchases(p: NbdParams, t: number): number {
  return (p.r * t) / p.alpha;
}

/**
 * The NBD as one {@link PurchaseModel}.
 * @example nbdModel.conditionalExpectedPurchases({ r: 1, alpha: 10 }, 52, 2, 30, 40) // (1+2)/(10+40)·52 = 3.12
 */
export const nbdModel: PurchaseModel<NbdParams> = {
  name: 'nbd',
  paramNames: PARAMS,
  fit,
  logLikelihood,
  probabilityAlive,
  conditionalExpectedPurchases,
  expectedPurchases,
};
