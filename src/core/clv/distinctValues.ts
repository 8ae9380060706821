import { KEY_SEED, mixNumber, sameKey } from './numberKeys';

/**
 * The distinct values of a column of grouped histories (T or t_x), with each row's index into
 * them. Purchase-model likelihoods take ln(α + T) and ln(α + t_x) for every distinct history at
 * every step of a fit, but histories counted in days or weeks share few values of T and t_x
 * (a year of daily data: at most 366 values for thousands of histories), so each logarithm is
 * taken once per distinct value ({@link logShifted}), the same number to the last bit.
 */
export interface DistinctValues {
  values: Float64Array;
  /** Per row, the index of its value in `values`. */
  of: Int32Array;
}

/**
 * The distinct values of `column` in order of first appearance (0 and −0 as one, NaN as one).
 * @example distinctValues(Float64Array.of(30, 40, 30)) // { values: [30, 40], of: [0, 1, 0] }
 */
export function distinctValues(column: Float64Array): DistinctValues {
  let size = 16;
  while (size < 2 * column.length) size *= 2;
  const mask = size - 1;
  const slots = new Int32Array(size).fill(-1);
  const values = new Float64Array(column.length);
  const of = new Int32Array(column.length);
  let n = 0;
  for (let i = 0; i < column.length; i++) {
    const v = column[i];
    let s = mixNumber(KEY_SEED, v) & mask;
    let k = slots[s];
    while (k >= 0 && !sameKey(values[k], v)) {
      s = (s + 1) & mask;
      k = slots[s];
    }
    if (k < 0) {
      k = n++;
      slots[s] = k;
      values[k] = v;
    }
    of[i] = k;
  }
  return { values: values.slice(0, n), of };
}

/**
 * ln(c + v) for each distinct value v.
 * @example logShifted(1, distinctValues(Float64Array.of(0, Math.E - 1)))[1] // 1
 */
export function logShifted(c: number, d: DistinctValues): Float64Array {
  const out = new Float64Array(d.values.length);
  for (let k = 0; k < out.length; k++) out[k] = Math.log(c + d.values[k]);
  return out;
}

/** The distinct T and t_x of grouped histories. */
export interface DistinctTimes {
  T: DistinctValues;
  tx: DistinctValues;
}

/** {@link distinctValues} of the T and t_x columns. */
export function distinctTimes(g: { T: Float64Array; tx: Float64Array }): DistinctTimes {
  return { T: distinctValues(g.T), tx: distinctValues(g.tx) };
}
