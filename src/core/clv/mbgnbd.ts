import { mbgnbdGradient } from './bgnbdGradient';
import { type DistinctTimes, distinctTimes, logShifted } from './distinctValues';
import { groupHistories } from './groupHistories';
import { lnHyp2f1 } from './hyp2f1';
import { type FitOptions, type FitResult, fitMaximumLikelihood } from './maximumLikelihood';
import type { PurchaseModel } from './purchaseModel';
import { lnBeta, lnGamma, lnRisingTable, logAddExp, logistic } from './special';
import type { BetaGeoParams, RepeatHistory, WeightedHistory } from './types';

/** Local alias: a global lookup per call is slow in some V8 embeddings (Node vm, where the add-on is tested). */
const M = Math;

/**
 * MBG/NBD model (Batislam, Denizel & Filiztekin 2007, IJRM 24(3); erratum Wagner & Hoppe 2008):
 * BG/NBD in which a customer may also drop out right after the first purchase. So P(alive)
 * of a one-time buyer falls as time passes without a repeat purchase — the churn
 * probability the sheet shows comes from this model (see predictions.ts). The model is {@link mbgnbdModel}.
 */

const PARAMS = ['r', 'alpha', 'a', 'b'] as const;

/** Log-likelihood of one history (lifetimes' ModifiedBetaGeoFitter form, log space). */
function logLikelihood(p: BetaGeoParams, x: number, tx: number, T: number): number {
  const { r, alpha, a, b } = p;
  const lnA1 = lnGamma(r + x) - lnGamma(r) + r * M.log(alpha);
  const lnA2 = lnBeta(a, b + x + 1) - lnBeta(a, b);
  const lnA3 = -(r + x) * M.log(alpha + T);
  const lnA4 = M.log(a) - M.log(b + x) + (r + x) * (M.log(alpha + T) - M.log(alpha + tx));
  return lnA1 + lnA2 + lnA3 + logAddExp(lnA4, 0);
}

/** Total log-likelihood of grouped histories, the x-only terms as rising-factorial tables (as in bgnbd.ts). */
function groupedLogLikelihood(g: ReturnType<typeof groupHistories>, times: DistinctTimes, p: BetaGeoParams): number {
  const { r, alpha, a, b } = p;
  const riseR = lnRisingTable(r, g.maxX);
  const riseB = lnRisingTable(b, g.maxX + 1);
  const riseAB = lnRisingTable(a + b, g.maxX + 1);
  const lnAlpha = M.log(alpha);
  const lnA = M.log(a);
  // ln(α + T) and ln(α + t_x) once per distinct T and t_x (distinctValues.ts).
  const lnAlphaT = logShifted(alpha, times.T);
  const lnAlphaTx = logShifted(alpha, times.tx);
  let ll = 0;
  for (let i = 0; i < g.x.length; i++) {
    const x = g.x[i];
    const lnAT = lnAlphaT[times.T.of[i]];
    const lnA4 = lnA - M.log(b + x) + (r + x) * (lnAT - lnAlphaTx[times.tx.of[i]]);
    ll += g.weight[i] * (riseR[x] + r * lnAlpha + riseB[x + 1] - riseAB[x + 1] - (r + x) * lnAT + logAddExp(lnA4, 0));
  }
  return ll;
}

/**
 * Fits MBG/NBD by maximum likelihood (BFGS on the analytic gradient of bgnbdGradient.ts). On the CDNOW sample (weeks) BTYDplus and lifetimes
 * give r = 0.525, α = 6.183, a = 0.891, b = 1.614.
 */
function fit(rows: readonly (RepeatHistory | WeightedHistory)[], opts: FitOptions = {}): FitResult<BetaGeoParams> {
  const g = groupHistories(rows);
  const times = distinctTimes(g);
  return fitMaximumLikelihood(
    PARAMS,
    ([r, alpha, a, b]) => groupedLogLikelihood(g, times, { r, alpha, a, b }),
    g.n,
    opts,
    ([r, alpha, a, b]) => mbgnbdGradient(g, { r, alpha, a, b }),
  );
}

/**
 * P(alive | x, t_x, T) = 1 / (1 + a/(b+x) · ((α+T)/(α+t_x))^{r+x}) (Batislam et al. 2007, appendix A, eq. 5).
 * For x = 0 it falls with T: a one-time buyer who has not come back becomes likelier gone.
 */
function probabilityAlive(p: BetaGeoParams, x: number, tx: number, T: number): number {
  const { r, alpha, a, b } = p;
  return logistic(-((r + x) * M.log((alpha + T) / (alpha + tx)) + M.log(a / (b + x))));
}

/** E[X(T, T+t) | x, t_x, T] (Wagner & Hoppe 2008). */
function conditionalExpectedPurchases(p: BetaGeoParams, t: number, x: number, tx: number, T: number): number {
  if (t <= 0) return 0;
  const { r, alpha, a, b } = p;
  const lnH = lnHyp2f1(r + x, b + x + 1, a + b + x, t / (alpha + T + t));
  const rest = -M.expm1(lnH + (r + x) * M.log((alpha + T) / (alpha + T + t)));
  return ((a + b + x) / (a - 1)) * rest * probabilityAlive(p, x, tx, T);
}

/** E[X(t)] for a new customer: b/(a−1) · [1 − (α/(α+t))^r ₂F₁(r, b+1; a+b; t/(α+t))]. */
function expectedPurchases(p: BetaGeoParams, t: number): number {
  if (t <= 0) return 0;
  const { r, alpha, a, b } = p;
  const lnH = lnHyp2f1(r, b + 1, a + b, t / (alpha + t));
  return (b / (a - 1)) * -M.expm1(lnH + r * M.log(alpha / (alpha + t)));
}

/** MBG/NBD as one {@link PurchaseModel}. @example mbgnbdModel.probabilityAlive(mbgnbdModel.fit(histories).params, 0, 0, 39) */
export const mbgnbdModel: PurchaseModel<BetaGeoParams> = {
  name: 'mbgnbd',
  paramNames: PARAMS,
  fit,
  logLikelihood,
  probabilityAlive,
  conditionalExpectedPurchases,
  expectedPurchases,
};
