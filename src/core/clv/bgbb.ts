import { type FitOptions, type FitResult, fitMaximumLikelihood } from './maximumLikelihood';
import { lnBeta, lnGamma, logAddExp } from './special';
import type { BgBbParams } from './types';

/** Local alias: a global lookup per call is slow in some V8 embeddings (Node vm, where the add-on is tested). */
const M = Math;

/**
 * BG/BB model for discrete transaction opportunities (Fader, Hardie & Shang 2010,
 * "Customer-Base Analysis in a Discrete-Time Noncontractual Setting", Marketing Science 29(6)):
 * at each of n opportunities an alive customer transacts with probability p ~ beta(α, β)
 * and, after it, drops out with probability θ ~ beta(γ, δ).
 */

/** A discrete history: x transactions in n opportunities, the last at opportunity t_x, shared by `weight` customers. */
export interface DiscreteHistory {
  frequency: number;
  recency: number;
  periods: number;
  weight?: number;
}

/** Log-likelihood of one history (FHS 2010, eq. 5). */
export function bgbbLogLikelihood(p: BgBbParams, x: number, tx: number, n: number): number {
  const { alpha, beta, gamma, delta } = p;
  const lnBab = lnBeta(alpha, beta);
  const lnBgd = lnBeta(gamma, delta);
  const lnAliveThroughout = lnBeta(alpha + x, beta + n - x) - lnBab + lnBeta(gamma, delta + n) - lnBgd;
  let lnDiedBetween = -Infinity;
  for (let i = 0; i <= n - tx - 1; i++) {
    lnDiedBetween = logAddExp(lnDiedBetween, lnBeta(alpha + x, beta + tx - x + i) + lnBeta(gamma + 1, delta + tx + i));
  }
  return logAddExp(lnAliveThroughout, lnDiedBetween - lnBab - lnBgd);
}

/** Fits BG/BB. On the donations data: α = 1.204, β = 0.750, γ = 0.657, δ = 2.783, LL = −33,225.6 (FHS 2010). */
export function fitBgbb(rows: readonly DiscreteHistory[], opts: FitOptions = {}): FitResult<BgBbParams> {
  const n = rows.reduce((s, r) => s + (r.weight ?? 1), 0);
  return fitMaximumLikelihood(
    ['alpha', 'beta', 'gamma', 'delta'] as const,
    ([alpha, beta, gamma, delta]) => rows.reduce((s, r) => s + (r.weight ?? 1) * bgbbLogLikelihood({ alpha, beta, gamma, delta }, r.frequency, r.recency, r.periods), 0),
    n,
    opts,
  );
}

/** P(alive at opportunity n + m | x, t_x, n) (FHS 2010, eq. A10 / lifetimes). m = 1 gives "alive next year" (their table 6). */
export function bgbbProbabilityAlive(p: BgBbParams, m: number, x: number, tx: number, n: number): number {
  const { alpha, beta, gamma, delta } = p;
  return M.exp(lnBeta(alpha + x, beta + n - x) - lnBeta(alpha, beta) + lnBeta(gamma, delta + n + m) - lnBeta(gamma, delta) - bgbbLogLikelihood(p, x, tx, n));
}

/** E[X(n, n+m) | x, t_x, n], expected transactions in the next m opportunities (FHS 2010, eq. 13). */
export function bgbbConditionalExpectedPurchases(p: BgBbParams, m: number, x: number, tx: number, n: number): number {
  const { alpha, beta, gamma, delta } = p;
  const lnL = bgbbLogLikelihood(p, x, tx, n);
  const lnP2 = lnBeta(alpha + x + 1, beta + n - x) - lnBeta(alpha, beta);
  // δ/(γ−1) and the difference below are both negative when γ < 1 (as for the donations): keep the signs outside the logs.
  const lnP3 = lnGamma(gamma + delta) - lnGamma(1 + delta);
  const p4 = M.exp(lnGamma(1 + delta + n) - lnGamma(gamma + delta + n));
  const p5 = M.exp(lnGamma(1 + delta + n + m) - lnGamma(gamma + delta + n + m));
  return M.exp(lnP2 + lnP3 - lnL) * (delta / (gamma - 1)) * (p4 - p5);
}

/** ln C(n, k). */
function lnChoose(n: number, k: number): number {
  return lnGamma(n + 1) - lnGamma(k + 1) - lnGamma(n - k + 1);
}

/**
 * P(X(n) = x) for x = 0..n, the distribution of transactions across the first n opportunities
 * (FHS 2010, eq. 7). Times the number of customers, it is their in-sample fit check.
 */
export function bgbbPurchaseDistribution(p: BgBbParams, n: number): number[] {
  const { alpha, beta, gamma, delta } = p;
  const lnBab = lnBeta(alpha, beta);
  const lnBgd = lnBeta(gamma, delta);
  const out: number[] = [];
  for (let x = 0; x <= n; x++) {
    let v = M.exp(lnChoose(n, x) + lnBeta(alpha + x, beta + n - x) - lnBab + lnBeta(gamma, delta + n) - lnBgd);
    for (let i = x; i <= n - 1; i++) v += M.exp(lnChoose(i, x) + lnBeta(alpha + x, beta + i - x) - lnBab + lnBeta(gamma + 1, delta + i) - lnBgd);
    out.push(v);
  }
  return out;
}

/**
 * E[X(n)], expected transactions of a new customer in the first n opportunities (FHS 2010, eq. 8;
 * R BTYD `bgbb.Expectation`): α/(α+β) · δ/(γ−1) · [1 − Γ(γ+δ) Γ(1+δ+n) / (Γ(γ+δ+n) Γ(1+δ))].
 * @example bgbbExpectedPurchases({ alpha: 1.203528, beta: 0.749726, gamma: 0.6567808, delta: 2.783796 }, 10) // 3.179805 (BTYD walkthrough)
 */
export function bgbbExpectedPurchases(p: BgBbParams, n: number): number {
  if (n <= 0) return 0;
  const { alpha, beta, gamma, delta } = p;
  // δ/(γ−1) and 1 − ratio share their sign (both negative when γ < 1): take the product directly.
  const ratio = M.exp(lnGamma(gamma + delta) - lnGamma(1 + delta) + lnGamma(1 + delta + n) - lnGamma(gamma + delta + n));
  return (alpha / (alpha + beta)) * (delta / (gamma - 1)) * (1 - ratio);
}
