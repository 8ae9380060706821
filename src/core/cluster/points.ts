/**
 * Points for clustering, stored row by row in one `Float64Array`.
 * Why: k-means and the silhouette touch every coordinate many times; a flat typed array avoids one object
 * per point and keeps the coordinates contiguous (see `scripts/bench/cluster.ts` for the timings).
 */
export interface Points {
  /** Coordinates, point i at `data[i * d .. i * d + d - 1]`. */
  data: Float64Array;
  /** Number of points. */
  n: number;
  /** Number of coordinates per point. */
  d: number;
}

/**
 * Packs an array of equally long number arrays into {@link Points}.
 * @example pointsFromRows([[1, 2], [3, 4]]) // { data: Float64Array [1, 2, 3, 4], n: 2, d: 2 }
 */
export function pointsFromRows(rows: readonly (readonly number[])[]): Points {
  const n = rows.length;
  const d = n ? rows[0].length : 0;
  const data = new Float64Array(n * d);
  rows.forEach((row, i) => {
    if (row.length !== d) throw new Error(`row ${i + 1} has ${row.length} values, expected ${d}`);
    data.set(row, i * d);
  });
  return { data, n, d };
}

/** Squared Euclidean distance between point i of `a` and point j of `b` (same d). */
export function squaredDistance(a: Float64Array, i: number, b: Float64Array, j: number, d: number): number {
  let s = 0;
  const ai = i * d;
  const bj = j * d;
  for (let c = 0; c < d; c++) {
    const diff = a[ai + c] - b[bj + c];
    s += diff * diff;
  }
  return s;
}
