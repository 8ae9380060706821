/**
 * Which records share a key, as the first record with each record's key: who-is-who groups
 * hundreds of thousands of ids, emails and phone numbers this way (`identity.ts`).
 *
 * Radix-partitioned hashing (Shatdal, Kant & Naughton 1994, "Cache conscious algorithms for
 * relational query processing"; Manegold, Boncz & Kersten 2002, "Optimizing main-memory join on
 * modern hardware"): the records are first sorted by the top bits of their key's hash (a counting
 * sort, two passes in order), then each part, a few thousand keys, is grouped in a small open
 * addressing table (linear probing) that stays in the processor's cache. One table of all the keys
 * is several megabytes: nearly every look-up then misses the cache and the address translation
 * buffer, which on a virtual machine costs more than the hashing (220,000 ids on this project's
 * 2-core machine: 46 ms in one table, 17 ms in parts, hashing included).
 *
 * `records` are the records that have a key, in increasing order; `keys[i]` is record i's key (a
 * string, or a number: -1 stands for a key kept elsewhere, which `same(a, b)` compares), and
 * `hashes[i]` its hash (any 32 bits, well mixed: the top bits choose the part, the low bits the
 * cell). Keys are compared only when their hashes are equal. Within a part the records keep their
 * order, so the first record found with a key is the lowest one.
 * @returns per record (of `count`), the lowest record with the same key: itself when it is the
 * first, -1 when it has no key.
 * @example firstWithKey(3, Int32Array.of(0, 1, 2), Int32Array.of(7, 9, 7), ['a', 'b', 'a']) // Int32Array [0, 1, 0]
 */
export function firstWithKey(
  count: number,
  records: Int32Array,
  hashes: Int32Array,
  keys: ArrayLike<string | number | null>,
  same: (a: number, b: number) => boolean = () => false,
): Int32Array {
  const first = new Int32Array(count).fill(-1);
  const n = records.length;
  if (n === 0) return first;
  // About 4,000 keys a part: 64 KB of cells, in the second-level cache (more parts scatter to
  // more places at once; fewer have tables that spill out of it).
  let bits = 0;
  while (bits < 12 && n >>> bits > 4096) bits++;
  const parts = 1 << bits;
  const partOf = (h: number) => (bits === 0 ? 0 : h >>> (32 - bits));
  const start = new Int32Array(parts + 1);
  for (let k = 0; k < n; k++) start[partOf(hashes[records[k]]) + 1]++;
  let largest = 0;
  for (let p = 0; p < parts; p++) {
    largest = Math.max(largest, start[p + 1]);
    start[p + 1] += start[p];
  }
  // Each part's records, hashes and keys in a row, so a part is read in one sweep (the keys too:
  // read where they are, a part's keys are all over the records).
  const sorted = new Int32Array(2 * n);
  const sortedKeys: { [k: number]: string | number | null } = keys instanceof Float64Array ? new Float64Array(n) : new Array<string | null>(n);
  const next = start.slice(0, parts);
  for (let k = 0; k < n; k++) {
    const i = records[k];
    const h = hashes[i];
    const at = next[partOf(h)]++;
    sorted[2 * at] = h;
    sorted[2 * at + 1] = i;
    sortedKeys[at] = keys[i];
  }
  let capacity = 16;
  while (capacity * 3 < largest * 4) capacity *= 2;
  const mask = capacity - 1;
  /** Per cell: the hash and the place + 1 in `sorted` (0: empty). */
  const cells = new Int32Array(2 * capacity);
  for (let p = 0; p < parts; p++) {
    cells.fill(0);
    for (let k = start[p]; k < start[p + 1]; k++) {
      const h = sorted[2 * k];
      const i = sorted[2 * k + 1];
      const key = sortedKeys[k];
      let c = h & mask;
      for (;;) {
        const e = cells[2 * c + 1] - 1;
        if (e < 0) {
          cells[2 * c] = h;
          cells[2 * c + 1] = k + 1;
          first[i] = i;
          break;
        }
        if (cells[2 * c] === h && sortedKeys[e] === key && (key !== -1 || same(sorted[2 * e + 1], i))) {
          first[i] = sorted[2 * e + 1];
          break;
        }
        c = (c + 1) & mask;
      }
    }
  }
  return first;
}

/** {@link firstWithKey} of string keys: a record has a key when it is a string. */
export function firstWithString(keys: readonly (string | null)[]): Int32Array {
  const count = keys.length;
  const records = new Int32Array(count);
  const hashes = new Int32Array(count);
  let n = 0;
  // A loop per kind of key, not a hash function passed in: called through one site for every kind, it would not be inlined.
  for (let i = 0; i < count; i++) {
    const key = keys[i];
    if (typeof key !== 'string') continue;
    records[n++] = i;
    hashes[i] = stringHash(key);
  }
  return firstWithKey(count, records.subarray(0, n), hashes, keys);
}

/**
 * {@link firstWithKey} of whole-number keys (below 2^53): NaN is no key, -1 a key kept as a
 * string, `long(i)` (digits too many for a number).
 */
export function firstWithNumber(codes: Float64Array, long: (i: number) => string): Int32Array {
  const count = codes.length;
  const records = new Int32Array(count);
  const hashes = new Int32Array(count);
  let n = 0;
  for (let i = 0; i < count; i++) {
    const code = codes[i];
    if (!(code >= -1)) continue;
    records[n++] = i;
    hashes[i] = code === -1 ? stringHash(long(i)) : numberHash(code);
  }
  return firstWithKey(count, records.subarray(0, n), hashes, codes, (a, b) => long(a) === long(b));
}

/**
 * A string's 32-bit hash for {@link firstWithKey}: FNV-1a over its UTF-16 code units, then
 * MurmurHash3's finaliser so the top bits are as mixed as the low ones.
 */
export function stringHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return finalMix(h);
}

/** A whole number's (below 2^53) 32-bit hash for {@link firstWithKey}: its two halves mixed. */
export function numberHash(x: number): number {
  return finalMix((x >>> 0) ^ Math.imul(Math.floor(x / 4294967296) >>> 0, 0x27d4eb2f));
}

/** MurmurHash3's 32-bit finaliser (fmix32, Appleby 2011). */
function finalMix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}
