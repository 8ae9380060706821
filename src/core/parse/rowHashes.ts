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

/** Fingerprints are grouped by their top 12 bits: 4,096 groups, each small enough to count in the processor's cache. */
const GROUP_BITS = 12;
const GROUPS = 1 << GROUP_BITS;
/** A fingerprint's group is `Math.floor(h / GROUP_DIVISOR)` (division by a power of two is exact). */
const GROUP_DIVISOR = 2 ** (52 - GROUP_BITS);

/**
 * Filled rows' fingerprints grouped by their top bits: group `g` is `values[starts[g], starts[g + 1])`.
 * Equal fingerprints always fall in one group, so duplicates are counted group by group, each in a
 * table that stays in cache: one counting and one scattering pass, where a radix sort of 52-bit
 * values took four of each (5.4 million rows: about 60 ms against 280 ms on the bench machine).
 */
export interface FingerprintGroups {
  values: Float64Array;
  starts: Int32Array;
}

/**
 * The fingerprints of `blocks`' filled rows (blank rows, -1, are never duplicates), grouped
 * ({@link FingerprintGroups}): the bucket distribution pass of a most-significant-digit radix sort
 * (Knuth, TAOCP vol. 3, 5.2.5), without sorting inside the groups.
 * @example groupedFingerprints([{ hashes: [2 ** 51, -1, 3] }]).values // Float64Array [3, 2251799813685248]
 */
export function groupedFingerprints(blocks: readonly { hashes: ArrayLike<number> | string }[]): FingerprintGroups {
  const all = blocks.map(blockHashes);
  const starts = new Int32Array(GROUPS + 1);
  let n = 0;
  for (const hashes of all) {
    for (let i = 0; i < hashes.length; i++) {
      const h = hashes[i];
      if (h >= 0) {
        starts[Math.floor(h / GROUP_DIVISOR) + 1]++;
        n++;
      }
    }
  }
  for (let g = 0; g < GROUPS; g++) starts[g + 1] += starts[g];
  const next = starts.slice(0, GROUPS);
  const values = new Float64Array(n);
  for (const hashes of all) {
    for (let i = 0; i < hashes.length; i++) {
      const h = hashes[i];
      if (h >= 0) values[next[Math.floor(h / GROUP_DIVISOR)]++] = h;
    }
  }
  return { values, starts };
}

/**
 * Counts, over `runs` together, the fingerprints an earlier one repeats, group by group in an
 * open-addressing table (the fingerprints are hashes: their low bits index it); `repeated`, when
 * given, gets each fingerprint seen twice or more, once.
 */
function countRepeats(runs: readonly FingerprintGroups[], repeated: number[] | null): number {
  let slots = new Float64Array(64);
  let marks = new Uint8Array(64);
  let count = 0;
  for (let g = 0; g < GROUPS; g++) {
    let size = 0;
    for (const r of runs) size += r.starts[g + 1] - r.starts[g];
    if (size < 2) continue;
    let capacity = 16;
    while (capacity < 2 * size) capacity *= 2;
    if (capacity > slots.length) {
      slots = new Float64Array(capacity);
      marks = new Uint8Array(capacity);
    }
    slots.fill(-1, 0, capacity);
    marks.fill(0, 0, capacity);
    const mask = capacity - 1;
    for (const r of runs) {
      const { values } = r;
      for (let i = r.starts[g]; i < r.starts[g + 1]; i++) {
        const h = values[i];
        let j = (h >>> 0) & mask;
        while (slots[j] !== -1 && slots[j] !== h) j = (j + 1) & mask;
        if (slots[j] !== h) slots[j] = h;
        else {
          count++;
          if (repeated !== null && marks[j] === 0) {
            marks[j] = 1;
            repeated.push(h);
          }
        }
      }
    }
  }
  return count;
}

/**
 * Exact duplicate rows: every row whose fingerprint an earlier row already had.
 * The fingerprints are counted group by group ({@link FingerprintGroups}) without a hash set of
 * every row. The first duplicate rows are named by a small search of the first rows, or else by
 * following only the repeated fingerprints in sheet-row order ({@link firstCopies}). `groupedRuns`: the blocks' filled fingerprints already grouped in parts
 * ({@link groupedFingerprints} of each part, as threads reading parts of a file make them).
 */
export function duplicateRows(blocks: readonly HashBlock[], firstRows = 5, groupedRuns?: readonly FingerprintGroups[]): DuplicateRows {
  const ordered = inSheetOrder(blocks);
  let rowCount = 0;
  for (const b of ordered) rowCount += b.hashes.length;
  // The small search first; its table sized to the rows when fewer (a small sheet's stays small).
  const early = firstCopies(ordered, firstRows, new FingerprintSet(Math.min(EARLY_ROWS, rowCount)), EARLY_ROWS);
  const repeatedList: number[] = [];
  const count = countRepeats(groupedRuns ?? [groupedFingerprints(ordered)], early ? null : repeatedList);
  if (early) return { count, rows: early };
  if (count === 0) return { count, rows: [] };
  // Once per repeated fingerprint, not once per copy (a file of many copies has millions).
  const repeated = new FingerprintSet(repeatedList.length);
  for (const h of repeatedList) repeated.add(h);
  return { count, rows: firstCopies(ordered, firstRows, new FingerprintSet(repeatedList.length), Number.POSITIVE_INFINITY, repeated) ?? [] };
}

/** Filled rows the small search of {@link duplicateRows} looks through before it leaves the search to the counted repeats. */
const EARLY_ROWS = 65_536;

/**
 * The first `firstRows` rows (sheet order: `ordered` is) whose fingerprint an earlier row had, when
 * they all lie among the first `limit` filled rows looked at, or those are all the rows; otherwise
 * null. `seen`: an empty set for the fingerprints looked at; `among`: when given, only rows with
 * these fingerprints are looked at.
 * - The small search (`limit` {@link EARLY_ROWS}, no `among`): files with copied rows mostly have
 *   them from the start (Online Retail: rows 5, 6, 7, 10, 13), and it spares the set of every
 *   repeated fingerprint (a file repeated ten times: half a million of them).
 * - The general search (no limit, `among` the repeated fingerprints) always finds them.
 */
function firstCopies(ordered: readonly { firstRow: number; hashes: ArrayLike<number> }[], firstRows: number, seen: FingerprintSet, limit: number, among?: FingerprintSet): number[] | null {
  const rows: number[] = [];
  let looked = 0;
  for (const b of ordered) {
    for (let i = 0; i < b.hashes.length; i++) {
      const h = b.hashes[i];
      // A blank row (-1) is never a copy.
      if (h < 0 || (among !== undefined && !among.has(h))) continue;
      if (rows.length === firstRows) return rows;
      if (looked === limit) return null;
      looked++;
      if (seen.has(h)) rows.push(b.firstRow + i);
      else seen.add(h);
    }
  }
  return rows;
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

  /** False for -1 (a blank row's fingerprint), which marks the empty slots and is never a member. */
  has(h: number): boolean {
    return h >= 0 && this.slots[this.slotOf(h)] === h;
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
