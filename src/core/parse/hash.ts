import { isDate } from '../days';

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

/**
 * A 52-bit fingerprint of a whole row, for finding exact duplicate rows across chunks without
 * keeping every row's text (a chunk's result must stay small to cross `google.script.run`).
 * Two independent 32-bit hashes (FNV-1a and a Murmur3-style mix) over each cell's type and content.
 * The chance that two different rows share a fingerprint among n rows is about n²/2⁵³
 * (≈ 3·10⁻⁵ for the 541,909 Online Retail rows), far below any count we report.
 * A number and its text ("17850" vs 17850) hash differently, as they are different cells.
 */
export function rowHash(row: readonly unknown[], width: number): number {
  let h1 = 0x811c9dc5;
  let h2 = 0x9747b28c;
  for (let c = 0; c < width; c++) {
    const v = row[c];
    let a: number;
    let b: number;
    if (typeof v === 'string') {
      const cached = textHashes.get(v);
      let pair: number;
      if (cached !== undefined) pair = cached;
      else {
        pair = textHash(v);
        if (textHashes.size >= TEXT_CACHE) textHashes.clear();
        textHashes.set(v, pair);
      }
      a = pair % 0x100000000;
      b = (pair - a) / 0x100000000;
    } else if (typeof v === 'number' || isDate(v)) {
      f64[0] = typeof v === 'number' ? v : (v as Date).getTime();
      a = u32[0] ^ (typeof v === 'number' ? 0 : 0x5bd1e995);
      b = u32[1];
    } else if (typeof v === 'boolean') {
      a = v ? 0x74 : 0x66;
      b = 0x62;
    } else {
      a = 0x5f; // blank
      b = 0x5f;
    }
    h1 = Math.imul(h1 ^ a, 16777619);
    h1 = Math.imul(h1 ^ b, 16777619);
    h2 = Math.imul(h2 ^ b, 0x5bd1e995);
    h2 ^= h2 >>> 13;
    h2 = Math.imul(h2 ^ a, 0xcc9e2d51);
    h2 ^= h2 >>> 16;
    // cell boundary
    h1 = Math.imul(h1 ^ (c + 1), 16777619);
  }
  return (h1 >>> 0) * 0x100000 + ((h2 >>> 0) & 0xfffff);
}

/**
 * Sheets repeat the same texts (product names, countries, statuses): each distinct text is hashed
 * once per reader run and looked up afterwards (V8 hashes strings natively for the lookup).
 */
const TEXT_CACHE = 100_000;
const textHashes = new Map<string, number>();

/** Two 32-bit hashes of a text packed in one number: low word FNV-1a, high 21 bits a Murmur-style mix. */
function textHash(v: string): number {
  let h1 = 0x811c9dc5 ^ 0x73;
  let h2 = 0x1b873593;
  for (let i = 0; i < v.length; i++) {
    const k = v.charCodeAt(i);
    h1 = Math.imul(h1 ^ k, 16777619);
    h2 = Math.imul(h2 ^ k, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  h2 ^= v.length;
  return (h1 >>> 0) + ((h2 >>> 0) & 0x1fffff) * 0x100000000;
}
