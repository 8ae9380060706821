import { gammaln } from 'simple-statistics';

/** Local alias: a global lookup per call is slow in some V8 embeddings (Node vm, where the add-on is tested). */
const M = Math;
const NEG_INF = -1 / 0;

/**
 * Log-space helpers shared by the CLV likelihoods.
 *
 * `lnGamma` is simple-statistics' `gammaln` (Lanczos, g = 607/128); checked against
 * Python's `math.lgamma` to about 1e-15 relative on 1e-3..1e5 (see test/core/clv/special.test.ts),
 * which is far below what maximum likelihood on a few thousand customers can notice.
 */

/** ln Γ(x) for x > 0. @example lnGamma(5) // ln 24 */
export function lnGamma(x: number): number {
  return gammaln(x);
}

/** ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b). @example lnBeta(1, 1) // 0 */
export function lnBeta(a: number, b: number): number {
  return gammaln(a) + gammaln(b) - gammaln(a + b);
}

/**
 * ln Γ(r + x) − ln Γ(r) for a whole number x ≥ 0, as Σ ln(r + k): exact where the
 * difference of two large ln Γ would cancel, and fast for the small x of purchase counts.
 * @example lnRisingFactorial(0.5, 2) // ln(0.5 · 1.5)
 */
export function lnRisingFactorial(r: number, x: number): number {
  if (x > 50) return gammaln(r + x) - gammaln(r);
  let s = 0;
  for (let k = 0; k < x; k++) s += M.log(r + k);
  return s;
}

/** ln(eᵃ + eᵇ) without overflow. @example logAddExp(0, 0) // ln 2 */
export function logAddExp(a: number, b: number): number {
  if (a === NEG_INF) return b;
  if (b === NEG_INF) return a;
  return a > b ? a + M.log1p(M.exp(b - a)) : b + M.log1p(M.exp(a - b));
}

/** ln(eᵃ − eᵇ) for a ≥ b (−∞ when equal). @example logSubExp(M.log(3), 0) // ln 2 */
export function logSubExp(a: number, b: number): number {
  if (b === NEG_INF) return a;
  if (b > a) return NaN;
  return a + M.log(-M.expm1(b - a));
}

/** 1 / (1 + e^(−x)) computed without overflow. */
export function logistic(x: number): number {
  return x >= 0 ? 1 / (1 + M.exp(-x)) : M.exp(x) / (1 + M.exp(x));
}

/**
 * Table of ln Γ(r + x) − ln Γ(r) for x = 0..maxX, built by cumulative sums: one log per x
 * per likelihood evaluation instead of two ln Γ per customer.
 */
export function lnRisingTable(r: number, maxX: number): Float64Array {
  const out = new Float64Array(maxX + 1);
  for (let x = 1; x <= maxX; x++) out[x] = out[x - 1] + M.log(r + x - 1);
  return out;
}
