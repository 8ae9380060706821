/**
 * Numbers as keys of the open-addressing tables that group histories (groupHistories.ts) and their
 * distinct times (historyTimes.ts, distinctValues.ts): a hash of a number's bits, and the equality
 * the tables use. Hashing the bits, not a text key ("3|30.43|38.86"), spares a number-to-text
 * conversion per history.
 */

const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);

/**
 * A 32-bit hash of a number's bits mixed into `h` (MurmurHash2's multiply and shifts); 0 and −0
 * alike, as they are one key.
 * @example mixNumber(0x9747b28c, 0) === mixNumber(0x9747b28c, -0) // true
 */
export function mixNumber(h: number, v: number): number {
  bits[0] = v === 0 ? 0 : v;
  h = Math.imul(h ^ words[0], 0x5bd1e995);
  h ^= h >>> 15;
  h = Math.imul(h ^ words[1], 0x5bd1e995);
  return h ^ (h >>> 13);
}

/** Equal as a key: `===`, except that NaN is one key (as its text "NaN" was). @example sameKey(NaN, NaN) // true */
export const sameKey = (a: number, b: number): boolean => a === b || (Number.isNaN(a) && Number.isNaN(b));

/** The seed the tables start each key's hash from. */
export const KEY_SEED = 0x9747b28c;
