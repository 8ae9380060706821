/**
 * The read state's row fingerprints (`hash.ts`) as they travel and as they end: exact duplicate rows.
 * - A chunk read in Apps Script sends its fingerprints to the sidebar packed as base64 text, 7 bytes
 *   a row (about 9 characters instead of 16 digits, and one JSON string instead of 50,000 numbers).
 * - The sidebar holds every chunk's fingerprints, so it settles the duplicates itself before the
 *   last call: `finishRun` gets a count and the first rows, not half a million fingerprints.
 */
import { base64, fromBase64 } from './base64';
import type { ReadState } from './state';

/** One chunk's fingerprints: `hashes[i]` is sheet row `firstRow + i` (-1 for a blank row), as numbers (a Float64Array from a CLI thread) or packed. */
export interface HashBlock {
  firstRow: number;
  hashes: number[] | Float64Array | string;
}

/** Exact duplicate rows: how many, and the first few (sheet rows, in order). */
export interface DuplicateRows {
  count: number;
  rows: number[];
}

const BYTES = 7;
/** Rows of -1 (blank) are stored as 7 bytes of 0xFF, which no 52-bit fingerprint reaches. */
const BLANK_HIGH = 0xffffff;

/**
 * Fingerprints as base64 text, 7 bytes each (low 32 bits, then the high 20, little-endian).
 * @example unpackHashes(packHashes([5, -1, 2 ** 52 - 1])) // Float64Array [5, -1, 4503599627370495]
 */
export function packHashes(hashes: ArrayLike<number>): string {
  const bytes = new Uint8Array(hashes.length * BYTES);
  for (let i = 0; i < hashes.length; i++) {
    const h = hashes[i];
    const lo = h < 0 ? 0xffffffff : h >>> 0;
    const hi = h < 0 ? BLANK_HIGH : Math.floor(h / 0x100000000);
    const o = i * BYTES;
    bytes[o] = lo & 255;
    bytes[o + 1] = (lo >>> 8) & 255;
    bytes[o + 2] = (lo >>> 16) & 255;
    bytes[o + 3] = lo >>> 24;
    bytes[o + 4] = hi & 255;
    bytes[o + 5] = (hi >>> 8) & 255;
    bytes[o + 6] = (hi >>> 16) & 255;
  }
  return base64(bytes);
}

/** The fingerprints of {@link packHashes}' text. */
export function unpackHashes(text: string): Float64Array {
  const bytes = fromBase64(text);
  const out = new Float64Array(bytes.length / BYTES);
  for (let i = 0; i < out.length; i++) {
    const o = i * BYTES;
    const lo = (bytes[o] | (bytes[o + 1] << 8) | (bytes[o + 2] << 16) | (bytes[o + 3] << 24)) >>> 0;
    const hi = bytes[o + 4] | (bytes[o + 5] << 8) | (bytes[o + 6] << 16);
    out[i] = hi === BLANK_HIGH ? -1 : hi * 0x100000000 + lo;
  }
  return out;
}

/** A block's fingerprints, unpacking them when packed. */
export function blockHashes(block: { hashes: ArrayLike<number> | string }): ArrayLike<number> {
  return typeof block.hashes === 'string' ? unpackHashes(block.hashes) : block.hashes;
}

/** The state with its fingerprints packed (for the trip from Apps Script to the sidebar). */
export function withPackedHashes(state: ReadState): ReadState {
  return { ...state, hashes: state.hashes.map((b) => (typeof b.hashes === 'string' ? b : { firstRow: b.firstRow, hashes: packHashes(b.hashes) })) };
}

/** Blocks in sheet order with their fingerprints unpacked. */
function inSheetOrder(blocks: readonly HashBlock[]): { firstRow: number; hashes: ArrayLike<number> }[] {
  return [...blocks].sort((a, b) => a.firstRow - b.firstRow).map((b) => ({ firstRow: b.firstRow, hashes: blockHashes(b) }));
}

/** The fingerprints of `blocks`' filled rows (blank rows, -1, are never duplicates), sorted. */
export function sortedFingerprints(blocks: readonly { hashes: ArrayLike<number> | string }[]): Float64Array {
  const all = blocks.map(blockHashes);
  let n = 0;
  for (const hashes of all) n += hashes.length;
  const filled = new Float64Array(n);
  let k = 0;
  for (const hashes of all) for (let i = 0; i < hashes.length; i++) if (hashes[i] >= 0) filled[k++] = hashes[i];
  return sortFingerprints(filled.subarray(0, k));
}

/** Two sorted runs as one (a merge: one pass, where sorting again would be four). */
function mergeSorted(a: Float64Array, b: Float64Array): Float64Array {
  const out = new Float64Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = a[i] <= b[j] ? a[i++] : b[j++];
  while (i < a.length) out[k++] = a[i++];
  while (j < b.length) out[k++] = b[j++];
  return out;
}

/**
 * Exact duplicate rows: every row whose fingerprint an earlier row already had.
 * Sorting a typed array of fingerprints finds the repeated ones without a hash set of every row;
 * only those are then followed in sheet-row order to name the first duplicate rows.
 * `sortedRuns`: the blocks' filled fingerprints already sorted in parts ({@link sortedFingerprints}
 * of each part, as threads reading parts of a file make them), merged instead of sorted again.
 */
export function duplicateRows(blocks: readonly HashBlock[], firstRows = 5, sortedRuns?: readonly Float64Array[]): DuplicateRows {
  const ordered = inSheetOrder(blocks);
  const sorted = sortedRuns ? (sortedRuns.length ? sortedRuns.reduce(mergeSorted) : new Float64Array(0)) : sortedFingerprints(ordered);
  const n = sorted.length;
  /** True at the first copy of a repeated fingerprint (`sorted[i]` is its second occurrence). */
  const firstCopy = (i: number) => sorted[i] === sorted[i - 1] && (i < 2 || sorted[i - 2] !== sorted[i]);
  let count = 0;
  let distinct = 0;
  for (let i = 1; i < n; i++) {
    if (sorted[i] === sorted[i - 1]) count++;
    if (firstCopy(i)) distinct++;
  }
  const rows: number[] = [];
  if (count === 0) return { count, rows };
  // Once per repeated fingerprint, not once per copy (a file of many copies has millions); sized
  // by the distinct repeated ones, which the first pass counted.
  const repeated = new FingerprintSet(distinct);
  for (let i = 1; i < n; i++) if (firstCopy(i)) repeated.add(sorted[i]);
  // Blocks are in sheet order, so the first rows found are the first duplicate rows.
  const seen = new FingerprintSet(distinct);
  for (const b of ordered) {
    for (let i = 0; i < b.hashes.length && rows.length < firstRows; i++) {
      const h = b.hashes[i];
      if (!repeated.has(h)) continue;
      if (seen.has(h)) rows.push(b.firstRow + i);
      else seen.add(h);
    }
  }
  return { count, rows };
}

const RADIX_BITS = 13;
const RADIX = 1 << RADIX_BITS;

/**
 * Sorts fingerprints (integers 0 … 2^52) in place, ascending: a least-significant-digit radix sort,
 * four passes of 13 bits (Knuth, TAOCP vol. 3, 5.2.5), about twice as fast as `Float64Array.sort`
 * on millions of rows, with one scratch array. Returns `values`.
 * @example [...sortFingerprints(new Float64Array([2 ** 40, 3, 2 ** 13]))] // [3, 8192, 1099511627776]
 */
export function sortFingerprints(values: Float64Array): Float64Array {
  // An even number of passes ends in `values` itself.
  let from: Float64Array = values;
  let to: Float64Array = new Float64Array(values.length);
  const counts = new Int32Array(RADIX);
  for (let pass = 0; pass < 4; pass++) {
    // Division by a power of two is exact, and & keeps the low 32 bits of an integer below 2^53 exactly.
    const div = 2 ** (RADIX_BITS * pass);
    counts.fill(0);
    for (let i = 0; i < from.length; i++) counts[Math.floor(from[i] / div) & (RADIX - 1)]++;
    let sum = 0;
    for (let d = 0; d < RADIX; d++) {
      const c = counts[d];
      counts[d] = sum;
      sum += c;
    }
    for (let i = 0; i < from.length; i++) {
      const v = from[i];
      to[counts[Math.floor(v / div) & (RADIX - 1)]++] = v;
    }
    const t = from;
    from = to;
    to = t;
  }
  return from;
}

/**
 * A set of fingerprints (integers 0 … 2^52) in a typed array with linear probing: the fingerprints
 * are hashes already, so their low bits index the table, and a file repeated ten times (5.4 million
 * rows, all repeated) costs no hash-set entry objects.
 */
class FingerprintSet {
  private readonly slots: Float64Array;
  private readonly mask: number;

  constructor(capacity: number) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.slots = new Float64Array(size).fill(-1);
    this.mask = size - 1;
  }

  private slotOf(h: number): number {
    let i = (h >>> 0) & this.mask;
    while (this.slots[i] !== -1 && this.slots[i] !== h) i = (i + 1) & this.mask;
    return i;
  }

  add(h: number): void {
    this.slots[this.slotOf(h)] = h;
  }

  has(h: number): boolean {
    return this.slots[this.slotOf(h)] === h;
  }
}

/**
 * The state to send to `finishRun`: its duplicates counted here (in the sidebar, which already
 * holds every fingerprint) and the fingerprints dropped. A settled state is final: it cannot be
 * merged with another chunk.
 */
export function settleDuplicates(state: ReadState): ReadState {
  if (state.duplicates) return state;
  return { ...state, hashes: [], duplicates: duplicateRows(state.hashes) };
}
