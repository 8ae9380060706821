/**
 * Adjusted Rand index between two partitions of the same items (Hubert & Arabie 1985, "Comparing
 * partitions", J. Classification 2, 193-218, eq. 5): the Rand index corrected for chance,
 *
 *   ARI = (Σ_ij C(n_ij, 2) − E) / (½ [Σ_i C(a_i, 2) + Σ_j C(b_j, 2)] − E),
 *   E = Σ_i C(a_i, 2) · Σ_j C(b_j, 2) / C(n, 2),
 *
 * with n_ij the contingency table and a_i, b_j its row and column sums. 1 = identical partitions
 * (up to renaming), about 0 = no better than chance. Labels may be any strings or numbers.
 * Same definition as R `mclust::adjustedRandIndex` and scikit-learn `adjusted_rand_score`.
 *
 * @example
 * adjustedRandIndex([0, 0, 1, 1], [1, 1, 0, 0]) // 1
 */
export function adjustedRandIndex(a: ArrayLike<number | string>, b: ArrayLike<number | string>): number {
  if (a.length !== b.length) throw new Error(`partitions differ in length: ${a.length} and ${b.length}`);
  const n = a.length;
  const pair = (x: number) => (x * (x - 1)) / 2;
  const rows = new Map<number | string, number>();
  const cols = new Map<number | string, number>();
  const cells = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    rows.set(a[i], (rows.get(a[i]) ?? 0) + 1);
    cols.set(b[i], (cols.get(b[i]) ?? 0) + 1);
    const key = `${typeof a[i]}:${a[i]}\u0000${typeof b[i]}:${b[i]}`;
    cells.set(key, (cells.get(key) ?? 0) + 1);
  }
  let index = 0;
  for (const c of cells.values()) index += pair(c);
  let sumA = 0;
  for (const c of rows.values()) sumA += pair(c);
  let sumB = 0;
  for (const c of cols.values()) sumB += pair(c);
  const expected = n > 1 ? (sumA * sumB) / pair(n) : 0;
  const maximum = (sumA + sumB) / 2;
  // Both partitions trivial (all one cluster, or all singletons): identical by definition.
  if (maximum === expected) return 1;
  return (index - expected) / (maximum - expected);
}
