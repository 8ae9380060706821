import { probit } from 'simple-statistics';

/**
 * The standard normal distribution, accurate enough for p-values far in the tail.
 *
 * Why not simple-statistics alone: its `cumulativeStdNormalProbability` reads a table at two
 * decimals of z (p-values off in the third digit) and its `errorFunction` returns erf, so the
 * upper tail `1 - erf` loses all relative precision past z ≈ 5. Here the complementary error
 * function is computed directly with the Chebyshev fit of Numerical Recipes in C, 2nd ed.
 * (Press et al. 1992, §6.2, `erfcc`), whose fractional error is below 1.2e-7 everywhere, so a
 * p-value of 1e-12 is still right to 7 digits.
 */

/**
 * Complementary error function erfc(x) = 1 − erf(x), relative error < 1.2e-7.
 * @example erfc(0) // 1
 */
export function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const ans =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? ans : 2 - ans;
}

/**
 * P(Z ≤ z) for a standard normal Z.
 * @example normalCdf(1.96) // 0.9750021
 */
export function normalCdf(z: number): number {
  // The fit is off by up to 3e-8 near 0; clamping keeps the result a probability.
  return Math.min(1, 0.5 * erfc(-z / Math.SQRT2));
}

/**
 * Two-sided p-value of a z statistic, P(|Z| ≥ |z|) = erfc(|z|/√2), precise in the far tail.
 * @example twoSidedP(1.96) // 0.04999579
 */
export function twoSidedP(z: number): number {
  return Math.min(1, erfc(Math.abs(z) / Math.SQRT2));
}

const DENSITY_SCALE = 1 / Math.sqrt(2 * Math.PI);

/**
 * The z with P(Z ≤ z) = p. Starts from simple-statistics' `probit` (Winitzki's closed form,
 * about 3 correct digits) and polishes it with Newton steps on {@link normalCdf}; the lower tail
 * is solved directly so small p keep their relative precision.
 * @example normalQuantile(0.975) // 1.959964
 */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`normalQuantile: p must be between 0 and 1, got ${p}`);
  if (p > 0.5) return -normalQuantile(1 - p);
  let x = probit(p);
  for (let i = 0; i < 4; i++) {
    const density = DENSITY_SCALE * Math.exp(-0.5 * x * x);
    const step = (normalCdf(x) - p) / density;
    x -= step;
    if (Math.abs(step) < 1e-12 * Math.max(1, Math.abs(x))) break;
  }
  return x;
}
