import { seqProbs } from '../rfm/quantile7';
import type { DialectText } from './dialect';

/** The three dimensions in the order the cut-point CTEs number them (dim 1, 2, 3), with their value column. */
export const SQL_DIMENSIONS = [
  { dim: 1, key: 'r', value: 'rv' },
  { dim: 2, key: 'f', value: 'fv' },
  { dim: 3, key: 'm', value: 'mv' },
] as const;

/**
 * CTEs that compute R `rfm` 0.3.0's cut points from the `customers` CTE (columns rv, fv, mv: recency
 * days, orders and spend as doubles), ending in `quantile_row`: one row with columns r1..r{bins-1},
 * f1.., m1.. — the TypeScript core's `rPackageCutPointsSorted` (src/core/rfm/rPackageCutPoints.ts).
 *
 * Method: R's type-7 sample quantile (Hyndman & Fan 1996, "Sample quantiles in statistical packages",
 * definition 7; R `stats:::quantile.default`) written out operation by operation as
 * src/core/rfm/quantile7.ts does it, so each cut point is the same IEEE double: values numbered
 * 1..n by ROW_NUMBER in ascending order, `index = 1 + (n − 1)·p`, `lo = FLOOR(index)`,
 * `hi = CEIL(index)`, `q = x[lo]`, and only when `index > lo` and `x[hi] <> x[lo]` (R's equal-values
 * check): `h = index − lo`, `q = (1 − h)·x[lo] + h·x[hi]`; the cut point is `q + 1`.
 * The probabilities are R's `seq(0, 1, length.out = bins + 1)` doubles (`seqProbs`), given as text
 * cast to a double so no dialect reads them as a DECIMAL first.
 */
export function cutPointCtes(d: DialectText, bins: number): string[] {
  const probs = seqProbs(bins)
    .slice(1, -1)
    .map((p, i) => `SELECT ${i + 1} AS k, CAST(${d.str(String(p))} AS ${d.double}) AS p`)
    .join(' UNION ALL ');
  const vals = SQL_DIMENSIONS.map((x) => `SELECT ${x.dim} AS dim, ${x.value} AS v FROM customers`).join(' UNION ALL ');
  const pivot = SQL_DIMENSIONS.flatMap((x) => Array.from({ length: bins - 1 }, (_, i) => `MAX(CASE WHEN dim = ${x.dim} AND k = ${i + 1} THEN cut END) AS ${x.key}${i + 1}`)).join(',\n    ');
  return [
    `vals AS (${vals})`,
    'sorted AS (SELECT dim, v, ROW_NUMBER() OVER (PARTITION BY dim ORDER BY v) AS i, COUNT(*) OVER (PARTITION BY dim) AS n FROM vals)',
    `probs AS (${probs})`,
    `idx AS (SELECT s.dim, p.k, 1 + CAST(s.n - 1 AS ${d.double}) * p.p AS ix FROM (SELECT DISTINCT dim, n FROM sorted) AS s CROSS JOIN probs AS p)`,
    [
      'cuts AS (',
      '  SELECT q.dim, q.k,',
      '    CASE WHEN q.ix > xl.i AND xh.v <> xl.v THEN (1 - (q.ix - xl.i)) * xl.v + (q.ix - xl.i) * xh.v ELSE xl.v END + 1 AS cut',
      '  FROM idx AS q',
      `  JOIN sorted AS xl ON xl.dim = q.dim AND xl.i = CAST(FLOOR(q.ix) AS ${d.bigint})`,
      `  JOIN sorted AS xh ON xh.dim = q.dim AND xh.i = CAST(CEIL(q.ix) AS ${d.bigint})`,
      ')',
    ].join('\n'),
    `quantile_row AS (\n  SELECT\n    ${pivot}\n  FROM cuts\n)`,
  ];
}

/**
 * A score expression as src/core/rfm/scoreByCutPoints.ts computes it: 1 + the number of cut points
 * <= the value (R `rfm`'s half-open `[lower, upper)` intervals); recency runs the other way,
 * bins + 1 − that. `x` is the `cut_row` alias, `c` the customer's.
 */
export function scoreSql(dimension: (typeof SQL_DIMENSIONS)[number], bins: number): string {
  const below = Array.from({ length: bins - 1 }, (_, i) => `CASE WHEN x.${dimension.key}${i + 1} <= c.${dimension.value} THEN 1 ELSE 0 END`).join(' + ');
  return dimension.key === 'r' ? `${bins + 1} - (1 + ${below})` : `1 + ${below}`;
}
