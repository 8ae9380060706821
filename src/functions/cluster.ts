/**
 * `=CLUSTER(range, [k])` (issue 8): k-means cluster numbers for a block of numbers, one row per customer
 * and one column per measure. The method lives in `src/core/cluster/` (standardised columns, skewed
 * non-negative ones log-scaled, k-means++ with 5 fixed-seed starts, k chosen by silhouette in 2..8);
 * this file reads what Sheets passes and words the errors.
 */
import { clusterCustomers } from '../core/cluster';
import { format, isLocalizedError } from '../core/i18n';
import { type Arg, asRange, errorLang, fail, failWith, isEmptyCell, isMissing, numberArg, refuseErrorCell, toNumber, where } from './args';
import { CLUSTER_ERRORS as ERRORS } from './errorText';
import type { CustomFunctionSpec } from './spec';

const FN = 'CLUSTER';

/** Rows of the block as number records; fully blank rows are `null` (they stay blank in the result). */
function readBlock(range: Arg): ({ [column: string]: number } | null)[] {
  return asRange(range).map((row, r) => {
    if (row.every(isEmptyCell)) return null;
    const out: { [column: string]: number } = {};
    row.forEach((c, j) => {
      const place = () => where(r * row.length + j, range);
      refuseErrorCell(FN, 'range', c, place);
      if (isEmptyCell(c)) failWith(FN, ERRORS.emptyCell, { place: place() });
      const n = toNumber(c);
      if (n === null) failWith(FN, ERRORS.notNumber, { value: String(c), place: place() });
      out[`c${j}`] = n;
    });
    return out;
  });
}

function cluster(range: Arg, k?: Arg): (number | string)[][] {
  if (isMissing(range)) failWith(FN, ERRORS.range);
  const rows = readBlock(range);
  const filled = rows.filter((r): r is { [column: string]: number } => r !== null);
  const width = Array.isArray(range) && Array.isArray(range[0]) ? range[0].length : 1;
  if (filled.length < 3) failWith(FN, ERRORS.fewRows, { count: filled.length });
  const maxK = Math.min(20, filled.length - 1);
  const fixedK = isMissing(k) ? undefined : numberArg(FN, 'k', k as Arg);
  if (fixedK !== undefined && !(Number.isInteger(fixedK) && fixedK >= 2 && fixedK <= maxK)) failWith(FN, ERRORS.k, { max: maxK, value: fixedK });
  const numeric = Array.from({ length: width }, (_, j) => `c${j}`);
  let result: ReturnType<typeof clusterCustomers>;
  try {
    result = clusterCustomers(filled, { numeric, k: fixedK, seed: 1 });
  } catch (err) {
    fail(FN, isLocalizedError(err) ? format(err.text, errorLang(), err.params) : err instanceof Error ? err.message : String(err));
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
