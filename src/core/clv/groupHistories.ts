import type { RepeatHistory, WeightedHistory } from './types';

/**
 * Columns of distinct (frequency, recency, T) histories with how many customers share each,
 * plus, for every input row, the index of its group. Likelihoods and predictions are then
 * computed once per group (Fader & Hardie fit their spreadsheets on such grouped tables);
 * the 2,357 CDNOW sample customers collapse to far fewer rows.
 */
export interface GroupedHistories {
  x: Float64Array;
  tx: Float64Array;
  T: Float64Array;
  weight: Float64Array;
  /** Group index of each input row. */
  groupOf: Int32Array;
  /** Total weight (number of customers). */
  n: number;
  maxX: number;
}

/** Groups histories (a `weight` on a row counts that many customers). @example groupHistories([{frequency:0,recency:0,T:3},{frequency:0,recency:0,T:3}]).weight // [2] */
export function groupHistories(rows: readonly (RepeatHistory | WeightedHistory)[]): GroupedHistories {
  const index = new Map<string, number>();
  const x: number[] = [];
  const tx: number[] = [];
  const T: number[] = [];
  const w: number[] = [];
  const groupOf = new Int32Array(rows.length);
  let n = 0;
  let maxX = 0;
  rows.forEach((row, i) => {
    const weight = 'weight' in row ? row.weight : 1;
    const key = `${row.frequency}|${row.recency}|${row.T}`;
    let g = index.get(key);
    if (g === undefined) {
      g = x.length;
      index.set(key, g);
      x.push(row.frequency);
      tx.push(row.recency);
      T.push(row.T);
      w.push(0);
      if (row.frequency > maxX) maxX = row.frequency;
    }
    w[g] += weight;
    n += weight;
    groupOf[i] = g;
  });
  return { x: Float64Array.from(x), tx: Float64Array.from(tx), T: Float64Array.from(T), weight: Float64Array.from(w), groupOf, n, maxX };
}


/** The distinct histories of `g` as weighted rows (a fit on them equals the fit on the rows they came from). */
export function weightedHistories(g: GroupedHistories): WeightedHistory[] {
  return Array.from(g.x, (x, i) => ({ frequency: x, recency: g.tx[i], T: g.T[i], weight: g.weight[i] }));
}
