import type { DialectText } from './dialect';

/** Stores with fewer active customers than this get the small-store recency scale (src/core/rfm/rfmScores.ts `DEFAULT_SMALL_STORE`). */
export const SMALL_STORE_CUSTOMERS = 100;

/** JavaScript's `Math.round` (ties toward +∞) on a non-negative double, in any of the three dialects: exact, as `x − FLOOR(x)` is. */
const jsRound = (x: string, d: DialectText) => `CASE WHEN ${x} - FLOOR(${x}) >= CAST(${d.str('0.5')} AS ${d.double}) THEN CEIL(${x}) ELSE FLOOR(${x}) END`;

/**
 * CTEs ending in `cut_row` (r1.., f1.., m1..: the cut points the scores use) from `quantile_row`
 * (R's type-7 cut points, cutPointsSql.ts) and the `customers` CTE (fv orders, tv days from first
 * to last order): under {@link SMALL_STORE_CUSTOMERS} customers the recency cut points are the
 * core's small-store scale (src/core/rfm/smallStore.ts) when the store has a typical gap, else R's.
 *
 * Method, operation by operation as the core computes it: the typical gap is the median of
 * `tenure / (orders − 1)` over customers with 2+ orders and a positive tenure, as simple-statistics
 * 7.12 `median` takes it (type-7 at p = 0.5: the middle value, or `x[lo] + 0.5 · (x[hi] − x[lo])`
 * for an even count, not `(x[lo] + x[hi]) / 2`); the cut points are `max(1, round(gap × 2^k))` for
 * k = 0 .. bins − 2 (`Math.round`, and `gap × 2^k` is exact in doubles).
 */
export function smallStoreCtes(d: DialectText, bins: number): string[] {
  const half = `CAST(${d.str('0.5')} AS ${d.double})`;
  const cuts = Array.from({ length: bins - 1 }, (_, k) => `GREATEST(1, ${jsRound(`gap * ${2 ** k}`, d)}) AS s${k + 1}`);
  const pick = (dim: 'r' | 'f' | 'm', i: number) => (dim === 'r' ? `CASE WHEN s.small THEN s.s${i} ELSE q.r${i} END AS r${i}` : `q.${dim}${i}`);
  const cols = (['r', 'f', 'm'] as const).flatMap((dim) => Array.from({ length: bins - 1 }, (_, i) => pick(dim, i + 1)));
  return [
    `gap_sorted AS (SELECT g, ROW_NUMBER() OVER (ORDER BY g) AS i, COUNT(*) OVER () AS n FROM (SELECT CAST(tv AS ${d.double}) / CAST(fv - 1 AS ${d.double}) AS g FROM customers WHERE fv >= 2 AND tv > 0) AS gaps)`,
    `gap_row AS (SELECT CASE WHEN MOD(MAX(n), 2) = 1 THEN MAX(CASE WHEN 2 * i = n + 1 THEN g END) ELSE MAX(CASE WHEN 2 * i = n THEN g END) + ${half} * (MAX(CASE WHEN 2 * i = n + 2 THEN g END) - MAX(CASE WHEN 2 * i = n THEN g END)) END AS gap FROM gap_sorted)`,
    `small_row AS (SELECT (SELECT COUNT(*) FROM customers) < ${SMALL_STORE_CUSTOMERS} AND gap IS NOT NULL AS small, ${cuts.join(', ')} FROM gap_row)`,
    `cut_row AS (\n  SELECT\n    ${cols.join(',\n    ')}\n  FROM quantile_row AS q CROSS JOIN small_row AS s\n)`,
  ];
}
