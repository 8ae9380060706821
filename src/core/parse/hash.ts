import { isDate } from '../days';

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
/**
 * The two 32-bit hashes of the last cell given to {@link cellHashes}, in a typed array: most do not
 * fit a small integer, and a module variable would hold each as a new heap number.
 */
const cellAB = new Int32Array(2);

/**
 * A cell's two 32-bit hashes into `cellAB` (no object per cell): FNV-1a and a
 * MurmurHash2-style multiply-xor over the cell's type and content. A number and its text
 * ("17850" vs 17850) hash differently, as they are different cells; 0 and -0 alike, as a sheet
 * shows them alike.
 */
function cellHashes(v: unknown): void {
  let h1 = 0x811c9dc5;
  let h2 = 0x9747b28c;
  if (typeof v === 'string') {
    h1 = Math.imul(h1 ^ 0x73, 16777619);
    for (let i = 0; i < v.length; i++) {
      const k = v.charCodeAt(i);
      h1 = Math.imul(h1 ^ k, 16777619);
      h2 = Math.imul(h2 ^ k, 0x5bd1e995);
    }
    h2 ^= h2 >>> 15;
  } else if (typeof v === 'number' || isDate(v)) {
    const n = typeof v === 'number' ? v : (v as Date).getTime();
    f64[0] = n === 0 ? 0 : n;
    const tag = typeof v === 'number' ? 0x6e : 0x64;
    h1 = Math.imul(h1 ^ u32[0] ^ tag, 16777619);
    h2 = Math.imul(h2 ^ u32[1], 0x5bd1e995);
    h1 = Math.imul(h1 ^ u32[1], 16777619);
    h2 = Math.imul(h2 ^ u32[0], 0xcc9e2d51);
  } else if (typeof v === 'boolean') {
    h1 = Math.imul(h1 ^ (v ? 0x74 : 0x66), 16777619);
  } else {
    h1 = Math.imul(h1 ^ 0x5f, 16777619); // blank
  }
  cellAB[0] = h1;
  cellAB[1] = h2;
}

/** Nothing a cell can be: the start of each column's memo. */
const NONE = Symbol('none');

/**
 * A 52-bit fingerprint of a whole row, for finding exact duplicate rows across chunks without
 * keeping every row's text (a chunk's result must stay small to cross `google.script.run`).
 * Each cell's two 32-bit hashes (`cellHashes`) are mixed, with the cell's column, into two row
 * hashes by steps that are one-to-one for a given state (xor, multiply by an odd number, xorshift),
 * so two rows that differ in one cell differ in the row hashes whenever that cell's hashes differ;
 * 32 bits of the first and 20 of the second make the fingerprint. The chance that two different
 * rows share a fingerprint among n rows is about n²/2⁵³ (≈ 3·10⁻⁵ for the 541,909 Online Retail
 * rows), far below any count we report.
 * Because a cell's hashes do not depend on the row around it, each column remembers its last cell:
 * the lines of one order repeat its id, date and customer, whose hashes are then not computed again.
 * @example new RowHasher().hash(['536365', 17850, 'United Kingdom'], 3) === rowHash(['536365', 17850, 'United Kingdom'], 3) // true
 */
export class RowHasher {
  /**
   * How many cells `lastCell` holds. A number, not `lastCell.length`: a new hasher's empty array has
   * another map than a full one, and reading its length threw the optimized code away.
   */
  private width = 0;
  private lastCell: unknown[] = [];
  // Typed: most 32-bit hashes do not fit V8's small integers, and a plain array would box them.
  private lastA = new Int32Array(0);
  private lastB = new Int32Array(0);
  private readonly one = new Float64Array(1);

  /** The fingerprint of the first `width` cells of `row` (missing cells are blank). */
  hash(row: readonly unknown[], width: number): number {
    this.hashInto(row, width, this.one, 0);
    return this.one[0];
  }

  /**
   * The first of cell `c`'s two 32-bit hashes (`cellHashes`) in the last row given to
   * {@link hashInto}, for look-ups by a cell's content that need not read its text again.
   */
  cellHashA(c: number): number {
    return this.lastA[c];
  }

  /** The second of cell `c`'s two hashes in the last row (see {@link cellHashA}). */
  cellHashB(c: number): number {
    return this.lastB[c];
  }

  /**
   * {@link hash} written into `out[at]`. The reader calls this: its loop is too large for this to
   * be inlined into it, and a fingerprint returned from a call is a number object per row
   * (52 bits are not a small integer), 16 bytes of garbage each.
   */
  hashInto(row: readonly unknown[], width: number, out: Float64Array, at: number): void {
    if (this.width < width) {
      this.width = width;
      this.lastCell = Array.from({ length: width }, () => NONE);
      this.lastA = new Int32Array(width);
      this.lastB = new Int32Array(width);
    }
    const { lastCell, lastA, lastB } = this;
    let h1 = 0x811c9dc5;
    let h2 = 0x9747b28c;
    for (let c = 0; c < width; c++) {
      const v = row[c];
      let a: number;
      let b: number;
      // Dates are objects, equal only to themselves: their value is hashed each time.
      if (v === lastCell[c] && typeof v !== 'object') {
        a = lastA[c];
        b = lastB[c];
      } else {
        cellHashes(v);
        a = cellAB[0];
        b = cellAB[1];
        lastCell[c] = v;
        lastA[c] = a;
        lastB[c] = b;
      }
      h1 = Math.imul(Math.imul(h1 ^ a, 16777619) ^ (c + 1), 16777619);
      h2 = Math.imul(h2 ^ b, 0x5bd1e995);
      h2 ^= h2 >>> 13;
      h2 = Math.imul(h2 ^ (c + 1), 0x5bd1e995);
    }
    out[at] = (h1 >>> 0) * 0x100000 + ((h2 >>> 0) & 0xfffff);
  }
}

/** {@link RowHasher}'s fingerprint of one row, with no memo. */
export function rowHash(row: readonly unknown[], width: number): number {
  return new RowHasher().hash(row, width);
}
