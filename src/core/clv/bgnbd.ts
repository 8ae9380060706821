import { bgnbdGradient } from './bgnbdGradient';
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
 * BG/NBD model (Fader, Hardie & Lee 2005, "Counting Your Customers the Easy Way",
 * Marketing Science 24(2)): purchases follow a Poisson process with a gamma(r, α)
 * distributed rate; after each purchase the customer drops out with a beta(a, b)
 * distributed probability p. The model is {@link bgnbdModel}.
 */

const PARAMS = ['r', 'alpha', 'a', 'b'] as const;

/**
 * Log-likelihood of one history, in the form of Hardie's note 027 ("Overcoming the BG/NBD
 * model's #NUM! error problem"): ln A₁ + ln A₂ + ln(e^{ln A₃} + δ_{x>0} e^{ln A₄}), which
 * never forms the huge powers of the textbook formula.
 * @example bgnbdModel.logLikelihood({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, 2, 30.43, 38.86)
 */
function logLikelihood(p: BetaGeoParams, x: number, tx: number, T: number): number {
  const { r, alpha, a, b } = p;
  const lnA1 = lnGamma(r + x) - lnGamma(r) + r * M.log(alpha);
  const lnA2 = lnBeta(a, b + x) - lnBeta(a, b);
  const lnA3 = -(r + x) * M.log(alpha + T);
  if (x === 0) return lnA1 + lnA2 + lnA3;
  const lnA4 = M.log(a) - M.log(b + x - 1) - (r + x) * M.log(alpha + tx);
  return lnA1 + lnA2 + logAddExp(lnA3, lnA4);
}

/**
 * Total log-likelihood of grouped histories; the x-only terms are tabulated once per x.
 * (ln A₂ = ln Γ(b+x) − ln Γ(b) − [ln Γ(a+b+x) − ln Γ(a+b)] as rising factorials.)
 */
function groupedLogLikelihood(g: ReturnType<typeof groupHistories>, times: DistinctTimes, p: BetaGeoParams): number {
  const { r, alpha, a, b } = p;
  const riseR = lnRisingTable(r, g.maxX);
  const riseB = lnRisingTable(b, g.maxX);
  const riseAB = lnRisingTable(a + b, g.maxX);
  const lnAlpha = M.log(alpha);
  const lnA = M.log(a);
  // ln(α + T) and ln(α + t_x) once per distinct T and t_x (distinctValues.ts).
  const lnAlphaT = logShifted(alpha, times.T);
  const lnAlphaTx = logShifted(alpha, times.tx);
  let ll = 0;
  for (let i = 0; i < g.x.length; i++) {
    const x = g.x[i];
    const base = riseR[x] + r * lnAlpha + riseB[x] - riseAB[x];
    const lnA3 = -(r + x) * lnAlphaT[times.T.of[i]];
    const v = x === 0 ? lnA3 : logAddExp(lnA3, lnA - M.log(b + x - 1) - (r + x) * lnAlphaTx[times.tx.of[i]]);
    ll += g.weight[i] * (base + v);
  }
  return ll;
}

/**
 * Fits BG/NBD by maximum likelihood (BFGS on the analytic gradient of bgnbdGradient.ts,
 * over distinct (x, t_x, T) rows with weights). On the CDNOW sample (weeks) this gives
 * r = 0.243, α = 4.414, a = 0.793, b = 2.426, LL = −9582.4 (FHL 2005, section 5).
 * This is `bgnbdModel.fit`, also exported by name because scripts/bench/clv.ts imports it.
 * @example fitBgnbd(histories).params
 */
export function fitBgnbd(rows: readonly (RepeatHistory | WeightedHistory)[], opts: FitOptions = {}): FitResult<BetaGeoParams> {
  const g = groupHistories(rows);
  const times = distinctTimes(g);
  return fitMaximumLikelihood(
    PARAMS,
    ([r, alpha, a, b]) => groupedLogLikelihood(g, times, { r, alpha, a, b }),
    g.n,
    opts,
    ([r, alpha, a, b]) => bgnbdGradient(g, { r, alpha, a, b }),
  );
}

/**
 * P(alive | x, t_x, T) (Hardie note 021): 1 / (1 + δ_{x>0} · a/(b+x−1) · ((α+T)/(α+t_x))^{r+x}).
 * Note: 1 for every customer without repeat purchases, however long ago they bought —
 * the reason the sheet's churn figures come from MBG/NBD (see predictions.ts).
 */
function probabilityAlive(p: BetaGeoParams, x: number, tx: number, T: number): number {
  if (x === 0) return 1;
  const { r, alpha, a, b } = p;
  const logDiv = (r + x) * M.log((alpha + T) / (alpha + tx)) + M.log(a / (b + x - 1));
  return logistic(-logDiv);
}

/**
 * E[X(T, T+t) | x, t_x, T], expected repeat purchases in the next t (FHL 2005, eq. 10).
 * @example bgnbdModel.conditionalExpectedPurchases({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, 39, 2, 30.43, 38.86) // ≈ 1.226
 */
function conditionalExpectedPurchases(p: BetaGeoParams, t: number, x: number, tx: number, T: number): number {
  if (t <= 0) return 0;
  const { r, alpha, a, b } = p;
  const lnH = lnHyp2f1(r + x, b + x, a + b + x - 1, t / (alpha + T + t));
  const rest = -M.expm1(lnH + (r + x) * M.log((alpha + T) / (alpha + T + t)));
  const numerator = ((a + b + x - 1) / (a - 1)) * rest;
  const denominator = x > 0 ? 1 + (a / (b + x - 1)) * M.exp((r + x) * M.log((alpha + T) / (alpha + tx))) : 1;
  return numerator / denominator;
}

/** E[X(t)], expected repeat purchases in t after the first purchase for a new customer (FHL 2005, eq. 9). */
function expectedPurchases(p: BetaGeoParams, t: number): number {
  if (t <= 0) return 0;
  const { r, alpha, a, b } = p;
  const lnH = lnHyp2f1(r, b, a + b - 1, t / (alpha + t));
  return ((a + b - 1) / (a - 1)) * -M.expm1(lnH + r * M.log(alpha / (alpha + t)));
}

/** P(X(t) = n), probability of n repeat purchases in t after the first (FHL 2005, eq. 8). BG/NBD only, so not part of {@link bgnbdModel}. */
export function bgnbdProbabilityOfPurchases(p: BetaGeoParams, t: number, n: number): number {
  const { r, alpha, a, b } = p;
  const lnRatio = M.log(alpha / (alpha + t));
  const lnZ = M.log(t / (alpha + t));
  const lnPoissonGamma = (j: number) => lnGamma(r + j) - lnGamma(r) - lnGamma(j + 1) + r * lnRatio + (j > 0 ? j * lnZ : 0);
  const first = M.exp(lnBeta(a, b + n) - lnBeta(a, b) + lnPoissonGamma(n));
  if (n === 0) return first;
  let partial = 0;
  for (let j = 0; j < n; j++) partial += M.exp(lnPoissonGamma(j));
  return first + M.exp(lnBeta(a + 1, b + n - 1) - lnBeta(a, b)) * (1 - partial);
}

/** BG/NBD as one {@link PurchaseModel}. @example bgnbdModel.fit(histories).params */
export const bgnbdModel: PurchaseModel<BetaGeoParams> = {
  name: 'bgnbd',
  paramNames: PARAMS,
  fit: fitBgnbd,
  logLikelihood,
  probabilityAlive,
  conditionalExpectedPurchases,
  expectedPurchases,
};
