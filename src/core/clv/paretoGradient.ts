import { reciprocalRisingTable } from './bgnbdGradient';
import type { GroupedHistories } from './groupHistories';
import { type HistoryTimes, historyTimes } from './historyTimes';
import type { ParetoNbdParams } from './types';

/** Local alias: a global lookup per call is slow in some V8 embeddings (Node vm, where the add-on is tested). */
const M = Math;

/**
 * Analytic gradient of the grouped Pareto/NBD log-likelihood (paretoNbd.ts; Hardie note 009,
 * eq. 18–20) with respect to (r, α, s, β), for {@link fitMaximumLikelihood}'s BFGS stage and
 * Hessian.
 *
 * The ₂F₁ term. With the Euler transformation paretoNbd.ts uses, each of the two terms of A₀ is
 *   F(t) = (α+t)^{−p₁} (β+t)^{−p₂} S(c, d, z),  S = Σₙ (c)ₙ/(d)ₙ zⁿ,  d = r+s+x+1,
 * where for α ≥ β: p₁ = r+x, p₂ = s, c = r+x, z = (α−β)/(α+t), and for α < β:
 * p₁ = r+x−1, p₂ = s+1, c = s+1, z = (β−α)/(β+t). The series' derivatives are summed alongside
 * it: ∂S/∂c = Σ tₙ Σ_{k<n} 1/(c+k), ∂S/∂d = −Σ tₙ Σ_{k<n} 1/(d+k), ∂S/∂z = Σ n tₙ / z.
 * Then ∂ ln A₀ = (F₁ ∂ln F₁ − F₂ ∂ln F₂)/(F₁ − F₂), and the log-sum of the "alive at T" and
 * "died in (t_x, T]" branches splits by their posterior weights, as in bgnbdGradient.ts.
 *
 * Checked against central differences of the likelihood in test/core/clv/paretoGradient.test.ts.
 */

/**
 * Most terms one series may take, as in the likelihood; NaN beyond, so a BFGS run heading where
 * the series crawl (α and β far apart) stops at once and the fit takes the route without a gradient.
 */
const SERIES_TERMS = 2_000;

/** Scratch output of {@link lnFAndGradient}: [ln F, ∂/∂r, ∂/∂α, ∂/∂s, ∂/∂β]. */
type Out = Float64Array;

/**
 * ln F(t) and its gradient into `out` (see the module comment). Returns false when the series
 * has not converged within the term budget.
 */
function lnFAndGradient(r: number, alpha: number, s: number, beta: number, x: number, t: number, out: Out): boolean {
  const aPlus = alpha + t;
  const bPlus = beta + t;
  const caseAlpha = !(alpha < beta);
  const c = caseAlpha ? r + x : s + 1;
  const d = r + s + x + 1;
  const z = caseAlpha ? (alpha - beta) / aPlus : (beta - alpha) / bPlus;
  // Series and its derivative sums; terms only shrink (c < d, z < 1).
  let sum = 1;
  let sc = 0;
  let sd = 0;
  let sz = 0;
  let hc = 0;
  let hd = 0;
  let prev = 1;
  let ok = false;
  for (let n = 1; n <= SERIES_TERMS; n++) {
    const u = (prev * (c + n - 1)) / (d + n - 1); // tₙ / z
    const term = u * z;
    hc += 1 / (c + n - 1);
    hd += 1 / (d + n - 1);
    sum += term;
    sc += term * hc;
    sd += term * hd;
    sz += n * u;
    prev = term;
    const ratio = ((c + n) / (d + n)) * z;
    const slack = 1 - ratio;
    if (term * (n + 1) * (1 + hc + hd) <= sum * 1e-16 * slack * slack) {
      ok = true;
      break;
    }
  }
  if (!ok) return false;
  const dc = sc / sum;
  const dd = -sd / sum;
  const dz = sz / sum;
  const lnA = M.log(aPlus);
  const lnB = M.log(bPlus);
  if (caseAlpha) {
    out[0] = -(r + x) * lnA - s * lnB + M.log(sum);
    out[1] = -lnA + dc + dd;
    out[2] = -(r + x) / aPlus + (dz * bPlus) / (aPlus * aPlus);
    out[3] = -lnB + dd;
    out[4] = -s / bPlus - dz / aPlus;
  } else {
    out[0] = -(r + x - 1) * lnA - (s + 1) * lnB + M.log(sum);
    out[1] = -lnA + dd;
    out[2] = -(r + x - 1) / aPlus - dz / bPlus;
    out[3] = -lnB + dc + dd;
    out[4] = -(s + 1) / bPlus + (dz * aPlus) / (bPlus * bPlus);
  }
  return true;
}

/**
 * Gradient [∂/∂r, ∂/∂α, ∂/∂s, ∂/∂β] of the total Pareto/NBD log-likelihood of grouped
 * histories; NaN entries when a ₂F₁ series does not converge within its term budget (the
 * likelihood is then NaN too). Each series is summed once per distinct (x, t) pair (`times`, made
 * from `g` when not given).
 * @example paretoNbdGradient(groupHistories(rows), { r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 }) // ≈ [0, 0, 0, 0] on CDNOW
 */
export function paretoNbdGradient(g: GroupedHistories, p: ParetoNbdParams, times: HistoryTimes = historyTimes(g)): number[] {
  const { r, alpha, s, beta } = p;
  const pairs = times.x.length;
  const terms = new Float64Array(5 * pairs);
  const one = new Float64Array(5);
  for (let k = 0; k < pairs; k++) {
    if (!lnFAndGradient(r, alpha, s, beta, times.x[k], times.t[k], one)) return [NaN, NaN, NaN, NaN];
    terms.set(one, 5 * k);
  }
  const dR = reciprocalRisingTable(r, g.maxX);
  const lnAlpha = M.log(alpha);
  const lnBeta = M.log(beta);
  let gr = 0;
  let gAlpha = 0;
  let gs = 0;
  let gBeta = 0;
  for (let i = 0; i < g.x.length; i++) {
    const x = g.x[i];
    const tx = g.tx[i];
    const T = g.T[i];
    const w = g.weight[i];
    const aT = alpha + T;
    const bT = beta + T;
    const lnAT = M.log(aT);
    const lnBT = M.log(bT);
    // ln A₁: ln Γ(r+x) − ln Γ(r) + r ln α + s ln β.
    gr += w * (dR[x] + lnAlpha);
    gAlpha += w * (r / alpha);
    gs += w * lnBeta;
    gBeta += w * (s / beta);
    // "Alive at T" branch: −(r+x) ln(α+T) − s ln(β+T).
    const aliveR = -lnAT;
    const aliveAlpha = -(r + x) / aT;
    const aliveS = -lnBT;
    const aliveBeta = -s / bT;
    if (tx === T) {
      gr += w * aliveR;
      gAlpha += w * aliveAlpha;
      gs += w * aliveS;
      gBeta += w * aliveBeta;
      continue;
    }
    // The (x, t_x) and (x, T) terms: [ln F, ∂/∂r, ∂/∂α, ∂/∂s, ∂/∂β] at offsets a and b.
    const a = 5 * times.atTx[i];
    const b = 5 * times.atT[i];
    // ln A₀ = ln(F₁ − F₂); weights w₁ = F₁/(F₁ − F₂), w₂ = w₁ − 1.
    const diff = terms[b] - terms[a];
    const w1 = 1 / -M.expm1(diff);
    const w2 = w1 - 1;
    const lnA0 = terms[a] + M.log(-M.expm1(diff));
    const rsx = r + s + x;
    const alive = -(r + x) * lnAT - s * lnBT;
    const died = M.log(s) - M.log(rsx) + lnA0;
    // Posterior weight of the "alive" branch.
    const sigma = alive > died ? 1 / (1 + M.exp(died - alive)) : 1 - 1 / (1 + M.exp(alive - died));
    const tau = 1 - sigma;
    gr += w * (sigma * aliveR + tau * (-1 / rsx + w1 * terms[a + 1] - w2 * terms[b + 1]));
    gAlpha += w * (sigma * aliveAlpha + tau * (w1 * terms[a + 2] - w2 * terms[b + 2]));
    gs += w * (sigma * aliveS + tau * (1 / s - 1 / rsx + w1 * terms[a + 3] - w2 * terms[b + 3]));
    gBeta += w * (sigma * aliveBeta + tau * (w1 * terms[a + 4] - w2 * terms[b + 4]));
  }
  return [gr, gAlpha, gs, gBeta];
}
