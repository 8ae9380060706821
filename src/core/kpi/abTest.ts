import { KpiInputError, KPI_PROBLEMS, share } from './inputError';
import { normalQuantile, twoSidedP } from './normal';

/** Result of comparing the conversion rates of variants A and B. */
export interface AbTestResult {
  rateA: number;
  rateB: number;
  /** rateB − rateA. */
  difference: number;
  /** (rateB − rateA) / rateA; null when A converted nobody. */
  lift: number | null;
  z: number;
  /** Two-sided p-value of the pooled two-proportion z-test. */
  pValue: number;
  confidence: number;
  /** Wald interval of rateB − rateA at `confidence`. */
  ciLow: number;
  ciHigh: number;
  /** False when an expected count under "no difference" is below 5: the normal approximation is then unreliable. */
  enoughData: boolean;
  /** Enough data and p-value below 1 − confidence. */
  significant: boolean;
  /** The better-converting variant when significant. */
  winner: 'A' | 'B' | null;
}

/** Cochran's rule, also the point where R's chisq.test/prop.test warn "approximation may be incorrect". */
const MIN_EXPECTED = 5;

/**
 * A/B test of two conversion rates: lift, the two-proportion z-test and the confidence interval
 * of the difference.
 *
 * z = (p_B − p_A) / √(p̄(1 − p̄)(1/n_A + 1/n_B)) with the pooled rate p̄ (the test's "no
 * difference" assumption), two-sided p = P(|Z| ≥ |z|); the interval uses the unpooled standard
 * error √(p_A(1−p_A)/n_A + p_B(1−p_B)/n_B). This is exactly R's
 * `prop.test(c(xB, xA), c(nB, nA), correct = FALSE)`: its X-squared is z², its p-value and its
 * interval are these (the interval is method 1, "asymptotic without continuity correction",
 * of Newcombe 1998, Statistics in Medicine 17:873–890).
 *
 * @example abTest(94, 214, 39, 128) // rates 0.4393 vs 0.3047, p ≈ 0.0135 (z² = 6.1026)
 */
export function abTest(conversionsA: number, visitorsA: number, conversionsB: number, visitorsB: number, confidence = 0.95): AbTestResult {
  const rateA = share('conversions_a', conversionsA, 'visitors_a', visitorsA);
  const rateB = share('conversions_b', conversionsB, 'visitors_b', visitorsB);
  if (!(confidence > 0 && confidence < 1)) throw new KpiInputError('confidence', KPI_PROBLEMS.notConfidence, { value: confidence });
  const difference = rateB - rateA;
  const pooled = (conversionsA + conversionsB) / (visitorsA + visitorsB);
  const pooledSe = Math.sqrt(pooled * (1 - pooled) * (1 / visitorsA + 1 / visitorsB));
  // Both variants all-or-nothing: no variation to test; the difference is then exactly 0.
  const z = pooledSe > 0 ? difference / pooledSe : 0;
  const pValue = twoSidedP(z);
  const se = Math.sqrt((rateA * (1 - rateA)) / visitorsA + (rateB * (1 - rateB)) / visitorsB);
  const q = normalQuantile(0.5 + confidence / 2);
  const expected = [visitorsA * pooled, visitorsA * (1 - pooled), visitorsB * pooled, visitorsB * (1 - pooled)];
  const enoughData = expected.every((e) => e >= MIN_EXPECTED);
  const significant = enoughData && pValue < 1 - confidence;
  return {
    rateA,
    rateB,
    difference,
    lift: rateA > 0 ? difference / rateA : null,
    z,
    pValue,
    confidence,
    ciLow: Math.max(-1, difference - q * se),
    ciHigh: Math.min(1, difference + q * se),
    enoughData,
    significant,
    winner: significant ? (difference > 0 ? 'B' : 'A') : null,
  };
}
