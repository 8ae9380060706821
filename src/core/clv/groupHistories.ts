import { KEY_SEED, mixNumber, sameKey } from './numberKeys';
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
  // Open addressing over the three numbers' bits: a text key per row ("3|30.43|38.86") cost more
  // than the predictions it groups for (number-to-text conversion of every recency and T).
  let size = 16;
  while (size < 2 * rows.length) size *= 2;
  const mask = size - 1;
  const slots = new Int32Array(size).fill(-1);
  const x = new Float64Array(rows.length);
  const tx = new Float64Array(rows.length);
  const T = new Float64Array(rows.length);
  const w = new Float64Array(rows.length);
  const groupOf = new Int32Array(rows.length);
  let groups = 0;
  let n = 0;
  let maxX = 0;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const weight = 'weight' in row ? row.weight : 1;
    const f = row.frequency;
    const r = row.recency;
    const t = row.T;
    let s = mixNumber(mixNumber(mixNumber(KEY_SEED, f), r), t) & mask;
    let g = slots[s];
    while (g >= 0 && !(sameKey(x[g], f) && sameKey(tx[g], r) && sameKey(T[g], t))) {
      s = (s + 1) & mask;
      g = slots[s];
    }
    if (g < 0) {
      g = groups++;
      slots[s] = g;
      x[g] = f;
      tx[g] = r;
      T[g] = t;
      if (f > maxX) maxX = f;
    }
    w[g] += weight;
    n += weight;
    groupOf[i] = g;
  }
  return { x: x.slice(0, groups), tx: tx.slice(0, groups), T: T.slice(0, groups), weight: w.slice(0, groups), groupOf, n, maxX };
}


/** The distinct histories of `g` as weighted rows (a fit on them equals the fit on the rows they came from). */
export function weightedHistories(g: GroupedHistories): WeightedHistory[] {
  return Array.from(g.x, (x, i) => ({ frequency: x, recency: g.tx[i], T: g.T[i], weight: g.weight[i] }));
}
