/**
 * R's default sample quantile (`quantile(x, probs, type = 7)`), reproduced operation by operation
 * so the result is the same double R computes, not merely a close one.
 *
 * Method (R `stats:::quantile.default`, type 7 "back-compatible" branch, R 4.x):
 * `index = 1 + (n - 1) * p`, `lo = floor(index)`, `hi = ceiling(index)`, `q = x[lo]`, and only when
 * `index > lo` and `x[hi] != x[lo]`: `h = index - lo`, `q = (1 - h) * x[lo] + h * x[hi]` (1-based x, sorted).
 * Why exact: RFM cut points are these quantiles plus 1 and a customer exactly on a cut point changes
 * score, so an algebraically equal but differently rounded formula (e.g. `x[lo] + h * (x[hi] - x[lo])`)
 * can move a customer.
 *
 * @param sorted values sorted ascending (not checked, for speed)
 * @param p probability in [0, 1]
 * @example quantile7Sorted([1, 2, 3, 4], 0.5) // 2.5
 */
export function quantile7Sorted(sorted: readonly number[], p: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const index = 1 + Math.max(n - 1, 0) * p;
  const lo = Math.floor(index);
  const hi = Math.ceil(index);
  let q = sorted[lo - 1];
  const xHi = sorted[hi - 1];
  if (index > lo && xHi !== q) {
    const h = index - lo;
    q = (1 - h) * q + h * xHi;
  }
  return q;
}

/**
 * The probabilities R's `seq(0, 1, length.out = bins + 1)` produces, bit for bit:
 * `c(0, (1:(bins - 1)) * (1 / bins), 1)` (R `seq.default`, `from + seq_len(length.out - 2L) * by`).
 * So for 5 bins the third is 0.6000000000000001, as in R, not 0.6.
 * @example seqProbs(5) // [0, 0.2, 0.4, 0.6000000000000001, 0.8, 1]
 */
export function seqProbs(bins: number): number[] {
  const by = (1 - 0) / bins;
  const out = [0];
  for (let i = 1; i <= bins - 1; i++) out.push(0 + i * by);
  out.push(1);
  return out;
}
