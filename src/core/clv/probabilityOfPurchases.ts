import { bgnbdProbabilityOfPurchases } from './bgnbd';
import { lnBeta, lnGamma } from './special';
import type { BetaGeoParams } from './types';

/** Local alias: a global lookup per call is slow in some V8 embeddings (Node vm, where the add-on is tested). */
const M = Math;

/**
 * P(X(t) = n): the probability that a new customer makes exactly n repeat purchases in the t
 * time units after the first purchase, for the two beta-geometric models.
 *
 * - BG/NBD: Fader, Hardie & Lee 2005, "Counting Your Customers the Easy Way", eq. 8
 *   ({@link bgnbdProbabilityOfPurchases}, as R BTYD's `bgnbd.pmf` and lifetimes'
 *   `BetaGeoFitter.probability_of_n_purchases_up_to_time`).
 * - MBG/NBD: Batislam, Denizel & Filiztekin 2007 (IJRM 24(3)), as lifetimes'
 *   `ModifiedBetaGeoFitter.probability_of_n_purchases_up_to_time`: the customer may also drop out
 *   right after the first purchase, so the "still alive" weight is B(a, b+n+1)/B(a, b) and the
 *   "dropped after the n-th repeat" weight B(a+1, b+n)/B(a, b).
 *
 * Pareto/NBD is not offered: its P(X(t) = n) (Fader & Hardie note 012) has no published figure
 * we could check an implementation against.
 */

/** The models {@link probabilityOfPurchases} covers. */
export type PmfModelName = 'bgnbd' | 'mbgnbd';

/**
 * ln of the NBD term Γ(r+j)/(Γ(r) j!) · (α/(α+t))^r · (t/(α+t))^j, the Poisson-gamma probability
 * of j purchases in t for a customer alive throughout.
 */
function lnNbd(r: number, alpha: number, t: number, j: number): number {
  const lnZ = j > 0 ? j * M.log(t / (alpha + t)) : 0;
  return lnGamma(r + j) - lnGamma(r) - lnGamma(j + 1) + r * M.log(alpha / (alpha + t)) + lnZ;
}

/** MBG/NBD P(X(t) = n) (Batislam et al. 2007; lifetimes ModifiedBetaGeoFitter). */
function mbgnbdProbabilityOfPurchases(p: BetaGeoParams, t: number, n: number): number {
  const { r, alpha, a, b } = p;
  const alive = M.exp(lnBeta(a, b + n + 1) - lnBeta(a, b) + lnNbd(r, alpha, t, n));
  let fewer = 0;
  for (let j = 0; j < n; j++) fewer += M.exp(lnNbd(r, alpha, t, j));
  return alive + M.exp(lnBeta(a + 1, b + n) - lnBeta(a, b)) * (1 - fewer);
}

/**
 * P(X(t) = n) under BG/NBD or MBG/NBD, with t in the unit the parameters were fitted in and n a
 * whole number of repeat purchases. t = 0 gives 1 for n = 0 and 0 otherwise.
 * @example probabilityOfPurchases('bgnbd', { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, 39, 0) // 0.5737864 (R BTYD)
 */
export function probabilityOfPurchases(model: PmfModelName, p: BetaGeoParams, t: number, n: number): number {
  if (t <= 0) return n === 0 ? 1 : 0;
  return model === 'bgnbd' ? bgnbdProbabilityOfPurchases(p, t, n) : mbgnbdProbabilityOfPurchases(p, t, n);
}
