import { type FitOptions, type FitResult, fitMaximumLikelihood } from './maximumLikelihood';
import { lnGamma } from './special';
import type { GammaGammaParams } from './types';

/** Local alias: a global lookup per call is slow in some V8 embeddings (Node vm, where the add-on is tested). */
const M = Math;

/**
 * Gamma-Gamma model of spend per transaction (Fader, Hardie & Lee 2005, "RFM and CLV: Using
 * Iso-Value Curves for Customer Base Analysis", JMR 42(4); Hardie note 025): each transaction's
 * value is gamma(p, ν) with ν ~ gamma(q, γ) across customers; fitted to customers with at
 * least one repeat purchase (x > 0) and their mean repeat spend z̄ (`monetary`).
 */

/** One customer's spend history: x repeat transactions with mean value `monetary` (> 0). */
export interface SpendHistory {
  frequency: number;
  monetary: number;
  weight?: number;
}

/**
 * Log-likelihood of one customer's mean spend (note 025, eq. 1a, as lifetimes' GammaGammaFitter):
 * ln Γ(px+q) − ln Γ(px) − ln Γ(q) + q ln γ + (px−1) ln z̄ + px ln x − (px+q) ln(γ + x z̄).
 * @example gammaGammaLogLikelihood({ p: 6.25, q: 3.74, gamma: 15.44 }, 2, 20)
 */
export function gammaGammaLogLikelihood(p: GammaGammaParams, x: number, m: number): number {
  return logLikelihoodTerm(p.p, p.q, p.gamma, lnGamma(p.q), M.log(p.gamma), x, m, M.log(m));
}

/**
 * The formula of {@link gammaGammaLogLikelihood} with its customer-free parts (ln Γ(q), ln γ) and
 * ln z̄ passed in, so the fit computes them once per evaluation or once per customer, not per term.
 */
function logLikelihoodTerm(p: number, q: number, gamma: number, lnGammaQ: number, lnGammaRate: number, x: number, m: number, lnM: number): number {
  return logLikelihoodWith(lnGamma(p * x + q) - lnGamma(p * x), p, q, gamma, lnGammaQ, lnGammaRate, x, m, lnM);
}

/** The same with ln Γ(px+q) − ln Γ(px) given: it depends on x only, so the fit takes it once per distinct x. */
function logLikelihoodWith(lnRatio: number, p: number, q: number, gamma: number, lnGammaQ: number, lnGammaRate: number, x: number, m: number, lnM: number): number {
  const px = p * x;
  return lnRatio - lnGammaQ + q * lnGammaRate + (px - 1) * lnM + px * M.log(x) - (px + q) * M.log(gamma + x * m);
}

/**
 * Fits Gamma-Gamma by maximum likelihood on customers with x > 0 and z̄ > 0 (others are skipped,
 * as the model requires). On the CDNOW sample: p = 6.25, q = 3.74, γ = 15.44 (FHL 2005 JMR).
 * Reports `converged: false` when q ≤ 1, where the expected spend has no finite mean.
 */
export function fitGammaGamma(rows: readonly SpendHistory[], opts: FitOptions = {}): FitResult<GammaGammaParams> {
  // Group identical (x, z̄) pairs: repeated spend patterns are common in shop data.
  const groups = new Map<string, { x: number; m: number; w: number }>();
  let n = 0;
  for (const r of rows) {
    if (!(r.frequency > 0 && r.monetary > 0)) continue;
    const key = `${r.frequency}|${r.monetary}`;
    const w = r.weight ?? 1;
    const g = groups.get(key);
    if (g) g.w += w;
    else groups.set(key, { x: r.frequency, m: r.monetary, w });
    n += w;
  }
  const list = [...groups.values()];
  const xs = Float64Array.from(list, (g) => g.x);
  const lnM = Float64Array.from(list, (g) => M.log(g.m));
  const ms = Float64Array.from(list, (g) => g.m);
  const ws = Float64Array.from(list, (g) => g.w);
  // Purchase counts repeat across customers: the two ln Γ are computed once per distinct count.
  const counts = [...new Set(xs)];
  const countIndex = Int32Array.from(xs, (x) => counts.indexOf(x));
  const lnRatio = new Float64Array(counts.length);
  if (n === 0) {
    return { params: { p: NaN, q: NaN, gamma: NaN }, standardErrors: null, logLikelihood: NaN, n: 0, converged: false, reason: 'no customer has a repeat purchase with a positive amount', iterations: 0 };
  }
  const result = fitMaximumLikelihood(
    ['p', 'q', 'gamma'] as const,
    ([p, q, gamma]) => {
      const lnGq = lnGamma(q);
      const lnGam = M.log(gamma);
      for (let j = 0; j < counts.length; j++) lnRatio[j] = lnGamma(p * counts[j] + q) - lnGamma(p * counts[j]);
      let ll = 0;
      for (let i = 0; i < xs.length; i++) ll += ws[i] * logLikelihoodWith(lnRatio[countIndex[i]], p, q, gamma, lnGq, lnGam, xs[i], ms[i], lnM[i]);
      return ll;
    },
    n,
    opts,
  );
  if (result.converged && !(result.params.q > 1)) return { ...result, converged: false, reason: `q = ${result.params.q.toFixed(3)} ≤ 1: the average spend has no finite mean` };
  return result;
}

/**
 * E[Z | x, z̄], expected average spend per future transaction (note 025, eq. 5): a weighted
 * mean of the population mean γp/(q−1) and the customer's own z̄, weight px/(px+q−1).
 * Customers without repeats (x = 0) get the population mean.
 * @example gammaGammaExpectedSpend({ p: 6.25, q: 3.74, gamma: 15.44 }, 2, 20) // ≈ 24.65? see tests
 */
export function gammaGammaExpectedSpend(p: GammaGammaParams, x: number, m: number): number {
  const populationMean = (p.gamma * p.p) / (p.q - 1);
  if (!(x > 0)) return populationMean;
  const w = (p.p * x) / (p.p * x + p.q - 1);
  return (1 - w) * populationMean + w * m;
}
