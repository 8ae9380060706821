import { quantile7Sorted, seqProbs } from './quantile7';

/**
 * Cut points R `rfm` 0.3.0 uses for `n` bins: the interior type-7 quantiles at
 * `seq(0, 1, length.out = n + 1)`, each plus 1.
 *
 * Source: rsquaredacademy/rfm commit 297ed8b34addaa4dcfdd5ab872fc6eba35e5db1c, `R/utils.R`, `bins()`:
 * `quantile(probs = seq(0, 1, length.out = n_bins + 1)) %>% extract(c(-1, -length_out)) %>% add(1)`.
 * A value v then falls in `[cut[i-1], cut[i])` (half-open, `R/rfm-table-transaction.R`, `rfm_prep_bins()`),
 * so equal values always share a score, and with skewed data two cut points can coincide and leave a
 * score empty (the package's issue #17).
 * Why "+ 1": on whole numbers (days, orders) it turns the package's `>= lower & < upper` test into
 * "the quantile value itself belongs to the lower score".
 *
 * @param values one value per customer, any order
 * @param bins number of scores (>= 2)
 * @example rPackageCutPoints([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 5) // [3.8, 5.6, 7.4, 9.2]
 */
export function rPackageCutPoints(values: readonly number[], bins: number): number[] {
  const sorted = Float64Array.from(values).sort();
  return rPackageCutPointsSorted(sorted as unknown as number[], bins);
}

/** {@link rPackageCutPoints} on values already sorted ascending. */
export function rPackageCutPointsSorted(sorted: ArrayLike<number>, bins: number): number[] {
  const probs = seqProbs(bins);
  const arr = sorted as readonly number[];
  const out: number[] = [];
  for (let i = 1; i < probs.length - 1; i++) out.push(quantile7Sorted(arr, probs[i]) + 1);
  return out;
}
