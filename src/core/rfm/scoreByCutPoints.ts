/**
 * Score of one value against ascending cut points: 1 + the number of cut points <= value.
 *
 * This is R `rfm` 0.3.0's rule (`R/rfm-table-transaction.R`, `rfm_prep_bins()`, commit 297ed8b):
 * score i holds `[lower[i], upper[i])` with lower = (min, cuts...) and upper = (cuts..., max + 1).
 * For any value between the data minimum and maximum the two agree; written this way it also scores a
 * new customer outside the original range (below the minimum → 1, above the maximum → top score).
 * Binary search, so scoring 25k customers stays well under a millisecond per dimension.
 *
 * @example scoreByCutPoints(5, [3.8, 5.6, 7.4, 9.2]) // 2
 */
export function scoreByCutPoints(value: number, cutPoints: readonly number[]): number {
  let lo = 0;
  let hi = cutPoints.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cutPoints[mid] <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo + 1;
}

/** Recency runs the other way: fewer days since the last order is a higher score. @example recencyScoreByCutPoints(2, [10, 20], 3) // 3 */
export function recencyScoreByCutPoints(days: number, cutPoints: readonly number[], bins: number): number {
  return bins + 1 - scoreByCutPoints(days, cutPoints);
}
