import type { GroupedHistories } from './groupHistories';
import type { BetaGeoParams } from './types';

/** Local alias: a global lookup per call is slow in some V8 embeddings (Node vm, where the add-on is tested). */
const M = Math;

/**
 * Analytic gradients of the grouped BG/NBD and MBG/NBD log-likelihoods (the sums in
 * bgnbd.ts and mbgnbd.ts) with respect to the natural parameters (r, α, a, b), for
 * {@link fitMaximumLikelihood}'s BFGS stage and Hessian. Differentiating term by term:
 *
 * - d/dr [ln Γ(r+x) − ln Γ(r)] = ψ(r+x) − ψ(r) = Σ_{k<x} 1/(r+k), tabulated once per x
 *   by {@link reciprocalRisingTable} (the derivative of `lnRisingTable`);
 * - d ln(e^u + e^v) = σ·du + (1−σ)·dv with σ = e^u/(e^u + e^v), the posterior weight of
 *   each branch of the log-sum (Hardie note 027's A₃/A₄ split for BG/NBD; the
 *   "alive / dropped after the first purchase" split for MBG/NBD).
 *
 * Checked against central differences of the likelihood at several points in
 * test/core/clv/gradients.test.ts.
 */

/** Table of Σ_{k<x} 1/(c+k) = ψ(c+x) − ψ(c) for x = 0..maxX. @example reciprocalRisingTable(1, 2) // [0, 1, 1.5] */
export function reciprocalRisingTable(c: number, maxX: number): Float64Array {
  const out = new Float64Array(maxX + 1);
  for (let x = 1; x <= maxX; x++) out[x] = out[x - 1] + 1 / (c + x - 1);
  return out;
}

/**
 * Gradient [∂/∂r, ∂/∂α, ∂/∂a, ∂/∂b] of the total BG/NBD log-likelihood of grouped histories
 * (FHL 2005, eq. 6, in note 027's form ln A₁ + ln A₂ + ln(A₃ + δ_{x>0} A₄)).
 * @example bgnbdGradient(groupHistories(rows), { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }) // ≈ [0, 0, 0, 0]
 */
export function bgnbdGradient(g: GroupedHistories, p: BetaGeoParams): number[] {
  const { r, alpha, a, b } = p;
  const dR = reciprocalRisingTable(r, g.maxX);
  const dB = reciprocalRisingTable(b, g.maxX);
  const dAB = reciprocalRisingTable(a + b, g.maxX);
  const lnAlpha = M.log(alpha);
  const lnA = M.log(a);
  let gr = 0;
  let gAlpha = 0;
  let ga = 0;
  let gb = 0;
  for (let i = 0; i < g.x.length; i++) {
    const x = g.x[i];
    const w = g.weight[i];
    const aT = alpha + g.T[i];
    const lnAT = M.log(aT);
    // Terms common to both branches: ln A₁ + ln A₂.
    gr += w * (dR[x] + lnAlpha);
    gAlpha += w * (r / alpha);
    ga -= w * dAB[x];
    gb += w * (dB[x] - dAB[x]);
    if (x === 0) {
      gr -= w * lnAT;
      gAlpha -= w * (r / aT);
      continue;
    }
    const aTx = alpha + g.tx[i];
    const lnATx = M.log(aTx);
    const lnA3 = -(r + x) * lnAT;
    const lnA4 = lnA - M.log(b + x - 1) - (r + x) * lnATx;
    // Weight of the A₄ branch ("dropped out after the last purchase"), 1 − weight of A₃.
    const s4 = lnA4 > lnA3 ? 1 / (1 + M.exp(lnA3 - lnA4)) : 1 - 1 / (1 + M.exp(lnA4 - lnA3));
    const s3 = 1 - s4;
    gr -= w * (s3 * lnAT + s4 * lnATx);
    gAlpha -= w * (r + x) * (s3 / aT + s4 / aTx);
    ga += w * (s4 / a);
    gb -= w * (s4 / (b + x - 1));
  }
  return [gr, gAlpha, ga, gb];
}

/**
 * Gradient [∂/∂r, ∂/∂α, ∂/∂a, ∂/∂b] of the total MBG/NBD log-likelihood of grouped histories
 * (Batislam et al. 2007; lifetimes' ModifiedBetaGeoFitter form, as in mbgnbd.ts).
 * @example mbgnbdGradient(groupHistories(rows), { r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 }) // ≈ [0, 0, 0, 0]
 */
export function mbgnbdGradient(g: GroupedHistories, p: BetaGeoParams): number[] {
  const { r, alpha, a, b } = p;
  const dR = reciprocalRisingTable(r, g.maxX);
  const dB = reciprocalRisingTable(b, g.maxX + 1);
  const dAB = reciprocalRisingTable(a + b, g.maxX + 1);
  const lnAlpha = M.log(alpha);
  const lnA = M.log(a);
  let gr = 0;
  let gAlpha = 0;
  let ga = 0;
  let gb = 0;
  for (let i = 0; i < g.x.length; i++) {
    const x = g.x[i];
    const w = g.weight[i];
    const aT = alpha + g.T[i];
    const aTx = alpha + g.tx[i];
    const lnAT = M.log(aT);
    const lnATx = M.log(aTx);
    const lnA4 = lnA - M.log(b + x) + (r + x) * (lnAT - lnATx);
    // σ(ln A₄): the weight of the A₄ term in ln(1 + A₄).
    const s = lnA4 >= 0 ? 1 / (1 + M.exp(-lnA4)) : M.exp(lnA4) / (1 + M.exp(lnA4));
    gr += w * (dR[x] + lnAlpha - lnAT + s * (lnAT - lnATx));
    gAlpha += w * (r / alpha - (r + x) / aT + s * (r + x) * (1 / aT - 1 / aTx));
    ga += w * (s / a - dAB[x + 1]);
    gb += w * (dB[x + 1] - dAB[x + 1] - s / (b + x));
  }
  return [gr, gAlpha, ga, gb];
}
