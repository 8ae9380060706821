/**
 * `=CLUSTER(range, [k])` (issue 8): k-means cluster numbers for a block of numbers, one row per customer
 * and one column per measure. The method lives in `src/core/cluster/` (standardised columns, skewed
 * non-negative ones log-scaled, k-means++ with 5 fixed-seed starts, k chosen by silhouette in 2..8);
 * this file reads what Sheets passes and words the errors.
 */
import { clusterCustomers } from '../core/cluster';
import { type Arg, asRange, fail, isEmptyCell, isMissing, numberArg, refuseErrorCell, toNumber } from './args';
import type { CustomFunctionSpec } from './spec';

const FN = 'CLUSTER';

/** Rows of the block as number records; fully blank rows are `null` (they stay blank in the result). */
function readBlock(range: Arg): ({ [column: string]: number } | null)[] {
  return asRange(range).map((row, r) => {
    if (row.every(isEmptyCell)) return null;
    const out: { [column: string]: number } = {};
    row.forEach((c, j) => {
      const where = `(row ${r + 1}, column ${j + 1} of the range)`;
      refuseErrorCell(FN, 'range', c, ` ${where}`);
      if (isEmptyCell(c)) fail(FN, `range has an empty cell ${where}; fill it or leave the whole row empty`);
      const n = toNumber(c);
      if (n === null) fail(FN, `range must hold numbers, got "${String(c)}" ${where}`);
      out[`c${j}`] = n;
    });
    return out;
  });
}

function cluster(range: Arg, k?: Arg): (number | string)[][] {
  if (isMissing(range)) fail(FN, 'range is required: select a block of numbers, one row per customer');
  const rows = readBlock(range);
  const filled = rows.filter((r): r is { [column: string]: number } => r !== null);
  const width = Array.isArray(range) && Array.isArray(range[0]) ? range[0].length : 1;
  if (filled.length < 3) fail(FN, `range needs at least 3 filled rows to cluster, got ${filled.length}`);
  const fixedK = isMissing(k)
    ? undefined
    : numberArg(FN, 'k', k as Arg, (n) => (Number.isInteger(n) && n >= 2 && n <= Math.min(20, filled.length - 1) ? null : `must be a whole number from 2 to ${Math.min(20, filled.length - 1)}, got ${n}`));
  const numeric = Array.from({ length: width }, (_, j) => `c${j}`);
  let result: ReturnType<typeof clusterCustomers>;
  try {
    result = clusterCustomers(filled, { numeric, k: fixedK, seed: 1 });
  } catch (err) {
    fail(FN, err instanceof Error ? err.message : String(err));
  }
  let next = 0;
  return rows.map((r) => (r === null ? [''] : [result.assignments[next++] + 1]));
}

export const clusterFunctions: CustomFunctionSpec[] = [
  {
    name: 'CLUSTER',
    description: 'Groups customers with similar numbers (k-means): returns a cluster number for each row, 1 = the largest cluster.',
    params: [
      {
        name: 'range',
        description: 'A block of numbers, one row per customer and one column per measure (e.g. recency days, orders, spend). Columns are standardised; skewed ones such as spend are log-scaled first. Empty rows stay empty.',
      },
      { name: 'k', description: 'Number of clusters, 2 or more (default: chosen from 2 to 8 by the silhouette, how well separated the clusters are).', optional: true },
    ],
    example: '=CLUSTER(B2:D500, 4)',
    returns: 'a column of cluster numbers (1 = largest cluster), the same height as the range',
    run: cluster,
  },
];
