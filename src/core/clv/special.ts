import { gammaln } from 'simple-statistics';

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
  for (let k = 0; k < x; k++) s += Math.log(r + k);
  return s;
}

/** ln(eᵃ + eᵇ) without overflow. @example logAddExp(0, 0) // ln 2 */
export function logAddExp(a: number, b: number): number {
  if (a === -Infinity) return b;
  if (b === -Infinity) return a;
  return a > b ? a + Math.log1p(Math.exp(b - a)) : b + Math.log1p(Math.exp(a - b));
}

/** ln(eᵃ − eᵇ) for a ≥ b (−∞ when equal). @example logSubExp(Math.log(3), 0) // ln 2 */
export function logSubExp(a: number, b: number): number {
  if (b === -Infinity) return a;
  if (b > a) return NaN;
  return a + Math.log(-Math.expm1(b - a));
}

/** 1 / (1 + e^(−x)) computed without overflow. */
export function logistic(x: number): number {
  return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
}

/**
 * Table of ln Γ(r + x) − ln Γ(r) for x = 0..maxX, built by cumulative sums: one log per x
 * per likelihood evaluation instead of two ln Γ per customer.
 */
export function lnRisingTable(r: number, maxX: number): Float64Array {
  const out = new Float64Array(maxX + 1);
  for (let x = 1; x <= maxX; x++) out[x] = out[x - 1] + Math.log(r + x - 1);
  return out;
}
