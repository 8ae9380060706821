/** Local alias: a global lookup per call is slow in some V8 embeddings (Node vm, where the add-on is tested). */
const M = Math;

/**
 * Gauss hypergeometric function ₂F₁(a, b; c; z), the special function in the BG/NBD and
 * Pareto/NBD expectations (Fader, Hardie & Lee 2005, eq. 9–10; Hardie note 009, eq. 19–20).
 *
 * Only the case these models need: a, b, c > 0 and 0 ≤ z < 1, where every term of the
 * power series Σ (a)ₙ(b)ₙ/((c)ₙ n!) zⁿ is positive, so summing cannot cancel. The series is
 * summed in log space with a running scale so that large purchase counts (a = r + x with
 * x in the hundreds) cannot overflow. Near z = 1 the terms shrink like zⁿ, so up to
 * `maxTerms` terms are summed; NaN is returned when the series has not converged, so callers
 * see a failure instead of a wrong number.
 *
 * @example lnHyp2f1(1, 1, 2, 0.5) // ln(−ln(1 − 0.5) / 0.5) = ln(2 ln 2)
 */
export function lnHyp2f1(a: number, b: number, c: number, z: number, maxTerms = 200_000): number {
  if (!(a > 0 && b > 0 && c > 0) || !(z >= 0 && z < 1)) return NaN;
  if (z === 0) return 0;
  let term = 1; // current term divided by exp(scale)
  let sum = 1;
  let scale = 0;
  for (let n = 0; n < maxTerms; n++) {
    term *= (((a + n) * (b + n)) / ((c + n) * (n + 1))) * z;
    sum += term;
    if (sum > 1e200) {
      scale += M.log(sum);
      term /= sum;
      sum = 1;
    }
    // Converged when the term is negligible and the ratio of successive terms is below 1,
    // so the remaining tail is bounded by a geometric series.
    const ratio = (((a + n + 1) * (b + n + 1)) / ((c + n + 1) * (n + 2))) * z;
    if (ratio < 1 && term <= sum * 1e-17 * (1 - ratio)) return scale + M.log(sum);
  }
  return NaN;
}

/** ₂F₁(a, b; c; z) itself (may overflow to Infinity for huge a, b: prefer {@link lnHyp2f1}). */
export function hyp2f1(a: number, b: number, c: number, z: number): number {
  return M.exp(lnHyp2f1(a, b, c, z));
}

/**
 * ln ₂F₁(a, b; a + 1; z), the case the Pareto/NBD likelihood needs, through Euler's transformation
 * ₂F₁(a, b; c; z) = (1 − z)^{c−a−b} ₂F₁(c − a, c − b; c; z) (Abramowitz & Stegun 15.3.3): with
 * c = a + 1 the new series has terms (a+1−b)ₙ/(a+1)ₙ · zⁿ, which only shrink, where the original's
 * grow like n^{b−1} zⁿ before they shrink (a customer with many purchases and z near 1 needed
 * hundreds of thousands of terms). `maxTerms` bounds the work; NaN beyond it.
 *
 * @example lnHyp2f1APlusOne(2, 3, 0.5) // = lnHyp2f1(2, 3, 3, 0.5) = −2 ln 0.5
 */
export function lnHyp2f1APlusOne(a: number, b: number, z: number, maxTerms = 200_000): number {
  if (!(a + 1 - b > 0)) return lnHyp2f1(a, b, a + 1, z, maxTerms);
  return (1 - b) * M.log1p(-z) + lnHyp2f1One(a + 1 - b, a + 1, z, maxTerms);
}

/**
 * ln ₂F₁(1, b; c; z) for 0 < b < c and 0 ≤ z < 1, the series Σ (b)ₙ/(c)ₙ · zⁿ: {@link lnHyp2f1}
 * with a = 1, summed the short way. Each term is the last times (b+n)/(c+n) · z < z, so the terms
 * only shrink, the sum stays below 1/(1 − z) (no rescaling against overflow), and the tail after a
 * term is below term · z/(1 − z): one division a term instead of two, and no ratio to look ahead.
 * The Pareto/NBD likelihood spends most of its time here.
 * @example lnHyp2f1One(1, 2, 0.5) // = lnHyp2f1(1, 1, 2, 0.5) = ln(2 ln 2)
 */
export function lnHyp2f1One(b: number, c: number, z: number, maxTerms = 200_000): number {
  if (!(b > 0 && c > b) || !(z >= 0 && z < 1)) return lnHyp2f1(1, b, c, z, maxTerms);
  if (z === 0) return 0;
  const small = 1e-17 * (1 - z);
  let term = 1;
  let sum = 1;
  for (let n = 0; n < maxTerms; n++) {
    term *= ((b + n) / (c + n)) * z;
    sum += term;
    if (term <= sum * small) return M.log(sum);
  }
  return NaN;
}
