import type { GroupedHistories } from './groupHistories';
import { KEY_SEED, mixNumber, sameKey } from './numberKeys';

/**
 * The distinct (x, t) pairs of grouped histories, t being a history's t_x or its T, for the
 * histories whose last purchase is before T (t_x < T). The Pareto/NBD likelihood's A₀ term
 * (Hardie note 009, eq. 19–20) is a difference of one function of (x, t_x) and the same function
 * of (x, T): a ₂F₁ series each, its main cost. Many histories share those pairs (every one-time
 * buyer has x = 0 and t_x = 0, whatever its T), so each series is summed once per pair, not once
 * per history, and the sums, the same numbers, give the same likelihood to the last bit.
 */
export interface HistoryTimes {
  /** x and t of each distinct pair. */
  x: Float64Array;
  t: Float64Array;
  /** Per group: the pair of (x, t_x) and of (x, T); −1 when t_x = T (no A₀ term). */
  atTx: Int32Array;
  atT: Int32Array;
}

/**
 * The distinct (x, t) pairs of `g` (see {@link HistoryTimes}).
 * @example historyTimes(groupHistories([{ frequency: 0, recency: 0, T: 30 }, { frequency: 0, recency: 0, T: 40 }])).x.length // 3: (0, 0), (0, 30), (0, 40)
 */
export function historyTimes(g: GroupedHistories): HistoryTimes {
  const n = g.x.length;
  let size = 16;
  while (size < 4 * n) size *= 2;
  const mask = size - 1;
  const slots = new Int32Array(size).fill(-1);
  const x = new Float64Array(2 * n);
  const t = new Float64Array(2 * n);
  const atTx = new Int32Array(n).fill(-1);
  const atT = new Int32Array(n).fill(-1);
  let pairs = 0;
  const pairOf = (xi: number, ti: number): number => {
    let s = mixNumber(mixNumber(KEY_SEED, xi), ti) & mask;
    for (let k = slots[s]; k >= 0; k = slots[s]) {
      if (sameKey(x[k], xi) && sameKey(t[k], ti)) return k;
      s = (s + 1) & mask;
    }
    slots[s] = pairs;
    x[pairs] = xi;
    t[pairs] = ti;
    return pairs++;
  };
  for (let i = 0; i < n; i++) {
    if (g.tx[i] === g.T[i]) continue;
    atTx[i] = pairOf(g.x[i], g.tx[i]);
    atT[i] = pairOf(g.x[i], g.T[i]);
  }
  return { x: x.slice(0, pairs), t: t.slice(0, pairs), atTx, atT };
}
