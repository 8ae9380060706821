import { type DistinctValues, distinctValues, logShifted } from './distinctValues';
import { type GroupedHistories, groupHistories } from './groupHistories';
import { type HistoryTimes, historyTimes } from './historyTimes';
import { lnHyp2f1APlusOne } from './hyp2f1';
import { type FitOptions, type FitResult, fitMaximumLikelihood } from './maximumLikelihood';
import { paretoNbdGradient } from './paretoGradient';
import type { PurchaseModel } from './purchaseModel';
import { lnGamma, lnRisingTable, logAddExp, logSubExp, logistic } from './special';
import type { ParetoNbdParams, RepeatHistory, WeightedHistory } from './types';

/** Local alias: a global lookup per call is slow in some V8 embeddings (Node vm, where the add-on is tested). */
const M = Math;

/**
 * Pareto/NBD model (Schmittlein, Morrison & Colombo 1987; estimation as in Fader, Hardie &
 * Lee 2005 and Hardie's note 009 "A Note on Deriving the Pareto/NBD Model and Related
 * Expressions"): Poisson purchases with a gamma(r, α) rate while alive, an exponential
 * lifetime with a gamma(s, β) dropout rate. The model is {@link paretoNbdModel}.
 */

const PARAMS = ['r', 'alpha', 's', 'beta'] as const;

/**
 * Most series terms one ₂F₁ may take. Where the parameters make z run to 1 (α and β far apart)
 * the likelihood is then NaN, so the optimiser turns back instead of stalling a run for minutes.
 */
const SERIES_TERMS = 2_000;

/**
 * One of A₀'s two ₂F₁ terms in log space (note 009, eq. 19–20): the term at t = t_x or t = T of a
 * history with x repeat purchases. It depends on the history through (x, t) only.
 */
function lnA0Term(p: ParetoNbdParams, x: number, t: number): number {
  const { r, alpha, s, beta } = p;
  const rsx = r + s + x;
  const small = alpha < beta ? alpha : beta;
  const big = alpha < beta ? beta : alpha;
  const second = alpha < beta ? r + x : s + 1;
  const q = big + t;
  return lnHyp2f1APlusOne(rsx, second, (big - small) / q, SERIES_TERMS) - rsx * M.log(q);
}

/**
 * ln A₀ (note 009, eq. 19–20): the integral over the unobserved death time between t_x and T,
 * as a difference of two ₂F₁ terms, taken in log space.
 */
function logA0(p: ParetoNbdParams, x: number, tx: number, T: number): number {
  return logSubExp(lnA0Term(p, x, tx), lnA0Term(p, x, T));
}

/** Log-likelihood of one history (note 009, eq. 18). */
function logLikelihood(p: ParetoNbdParams, x: number, tx: number, T: number): number {
  const { r, alpha, s, beta } = p;
  const lnA1 = lnGamma(r + x) - lnGamma(r) + r * M.log(alpha) + s * M.log(beta);
  const alive = -(r + x) * M.log(alpha + T) - s * M.log(beta + T);
  if (tx === T) return lnA1 + alive;
  return lnA1 + logAddExp(alive, M.log(s) - M.log(r + s + x) + logA0(p, x, tx, T));
}

/**
 * Total log-likelihood of grouped histories, ln Γ(r+x) − ln Γ(r) as a rising-factorial table,
 * A₀'s terms once per distinct (x, t) pair (historyTimes.ts), ln(α + T) and ln(β + T) once per
 * distinct T (distinctValues.ts).
 */
function groupedLogLikelihood(g: GroupedHistories, times: HistoryTimes, distinctT: DistinctValues, p: ParetoNbdParams): number {
  const { r, alpha, s, beta } = p;
  const riseR = lnRisingTable(r, g.maxX);
  const base = r * M.log(alpha) + s * M.log(beta);
  const lnS = M.log(s);
  const terms = new Float64Array(times.x.length);
  for (let k = 0; k < terms.length; k++) terms[k] = lnA0Term(p, times.x[k], times.t[k]);
  const lnAlphaT = logShifted(alpha, distinctT);
  const lnBetaT = logShifted(beta, distinctT);
  let ll = 0;
  for (let i = 0; i < g.x.length; i++) {
    const x = g.x[i];
    const t = distinctT.of[i];
    const alive = -(r + x) * lnAlphaT[t] - s * lnBetaT[t];
    const v = g.tx[i] === g.T[i] ? alive : logAddExp(alive, lnS - M.log(r + s + x) + logSubExp(terms[times.atTx[i]], terms[times.atT[i]]));
    ll += g.weight[i] * (riseR[x] + base + v);
  }
  return ll;
}

/**
 * Fits Pareto/NBD by maximum likelihood. On the CDNOW sample (weeks): r = 0.553, α = 10.578,
 * s = 0.606, β = 11.669, LL = −9595.0 (FHL 2005; Hardie note 008).
 */
function fit(rows: readonly (RepeatHistory | WeightedHistory)[], opts: FitOptions = {}): FitResult<ParetoNbdParams> {
  const g = groupHistories(rows);
  const times = historyTimes(g);
  const distinctT = distinctValues(g.T);
  return fitMaximumLikelihood(
    PARAMS,
    ([r, alpha, s, beta]) => groupedLogLikelihood(g, times, distinctT, { r, alpha, s, beta }),
    g.n,
    opts,
    ([r, alpha, s, beta]) => paretoNbdGradient(g, { r, alpha, s, beta }, times),
  );
}

/** P(alive | x, t_x, T) (note 009, eq. 36–37). Falls with T for one-time buyers too. */
function probabilityAlive(p: ParetoNbdParams, x: number, tx: number, T: number): number {
  const { r, alpha, s, beta } = p;
  if (tx === T) return 1;
  const lnA0 = logA0(p, x, tx, T);
  return logistic(-(M.log(s) - M.log(r + s + x) + (r + x) * M.log(alpha + T) + s * M.log(beta + T) + lnA0));
}

/** E[X(T, T+t) | x, t_x, T] (note 009, eq. 41). */
function conditionalExpectedPurchases(p: ParetoNbdParams, t: number, x: number, tx: number, T: number): number {
  if (t <= 0) return 0;
  const { r, alpha, s, beta } = p;
  const ll = logLikelihood(p, x, tx, T);
  const first = lnGamma(r + x) - lnGamma(r) + r * M.log(alpha) + s * M.log(beta) - (r + x) * M.log(alpha + T) - s * M.log(beta + T);
  const second = M.log(r + x) + M.log(beta + T) - M.log(alpha + T);
  // (1 − ((β+T)/(β+T+t))^{s−1}) / (s−1), with its limit ln((β+T+t)/(β+T)) at s = 1.
  const u = M.log((beta + T) / (beta + T + t));
  const third = M.abs(s - 1) < 1e-10 ? M.log(-u) : M.log(-M.expm1((s - 1) * u) / (s - 1));
  return M.exp(first + second + third - ll);
}

/** E[X(t)] for a new customer: rβ/(α(s−1)) · [1 − (β/(β+t))^{s−1}] (note 009, eq. 27). */
function expectedPurchases(p: ParetoNbdParams, t: number): number {
  if (t <= 0) return 0;
  const { r, alpha, s, beta } = p;
  const u = M.log(beta / (beta + t));
  if (M.abs(s - 1) < 1e-10) return ((r * beta) / alpha) * -u;
  return ((r * beta) / (alpha * (s - 1))) * -M.expm1((s - 1) * u);
}

/** Pareto/NBD as one {@link PurchaseModel}. @example paretoNbdModel.fit(histories).params // CDNOW: r 0.553, α 10.578, s 0.606, β 11.669 */
export const paretoNbdModel: PurchaseModel<ParetoNbdParams> = {
  name: 'pareto',
  paramNames: PARAMS,
  fit,
  logLikelihood,
  probabilityAlive,
  conditionalExpectedPurchases,
  expectedPurchases,
};
