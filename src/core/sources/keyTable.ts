/**
 * Keys (strings, or whole numbers below 2^53) to whole numbers, for who-is-who's hundreds of
 * thousands of ids, emails and phone numbers and the orders compared across sources. Open
 * addressing with linear probing (Knuth, TAOCP vol. 3, 6.4, algorithm L) over one typed array of
 * cells (hash, entry), up to three quarters full, the keys, scopes and values kept densely in the
 * order added: no object per entry, no rehash of a growing Map, a small table (8 bytes a cell), and
 * a probe reads one cache line, a key only when its hash matches. On 100,000 customers Maps cost more in garbage collection and cache misses than the
 * look-ups themselves.
 * A key may be scoped by a whole number (a person, say): the same key in two scopes is two keys.
 * Strings are hashed with FNV-1a over their UTF-16 code units, numbers by their two 32-bit halves.
 */
export class KeyTable {
  private mask: number;
  /** Per cell: the key's hash and its entry + 1 (0: an empty cell). */
  private cells: Int32Array;
  /** Per entry: its key (a string, or null and the number), scope and value. */
  private strings: (string | null)[] = [];
  private numbers: Float64Array = new Float64Array(0);
  private scopes: Int32Array;
  private values: Int32Array;
  size = 0;

  /** Room for about `expected` keys without growing. */
  constructor(expected = 16) {
    let capacity = 16;
    while (capacity * 3 < expected * 4) capacity *= 2;
    this.mask = capacity - 1;
    this.cells = new Int32Array(2 * capacity);
    this.scopes = new Int32Array(Math.max(16, expected));
    this.values = new Int32Array(this.scopes.length);
  }

  /** The value of `key`, -1 when it has none. */
  get(key: string | number, scope = 0): number {
    const at = this.find(key, hashOf(key, scope), scope);
    return at < 0 ? -1 : this.values[this.cells[2 * at + 1] - 1];
  }

  /** The value of `key`; when it has none, `value` (≥ 0) becomes its value and -1 is returned. */
  getOrAdd(key: string | number, value: number, scope = 0): number {
    const h = hashOf(key, scope);
    const at = this.find(key, h, scope);
    if (at >= 0) return this.values[this.cells[2 * at + 1] - 1];
    const e = this.size++;
    if (e === this.values.length) {
      const v = new Int32Array(2 * e);
      v.set(this.values);
      this.values = v;
      const sc = new Int32Array(2 * e);
      sc.set(this.scopes);
      this.scopes = sc;
    }
    this.values[e] = value;
    this.scopes[e] = scope;
    if (typeof key === 'string') this.strings.push(key);
    else {
      this.strings.push(null);
      if (e >= this.numbers.length) {
        const n = new Float64Array(Math.max(16, 2 * e));
        n.set(this.numbers);
        this.numbers = n;
      }
      this.numbers[e] = key;
    }
    this.cells[2 * ~at] = h;
    this.cells[2 * ~at + 1] = e + 1;
    if (this.size * 4 > this.mask * 3) this.grow();
    return -1;
  }

  /** Calls `fn` with every key and its value (in no particular order). */
  forEach(fn: (key: string | number, value: number) => void): void {
    for (let e = 0; e < this.size; e++) fn(this.strings[e] ?? this.numbers[e], this.values[e]);
  }

  /** The cell holding `key`, or ~(the empty cell where it would go). */
  private find(key: string | number, h: number, scope: number): number {
    const { mask, cells, strings, numbers, scopes } = this;
    let i = h & mask;
    for (;;) {
      const e = cells[2 * i + 1] - 1;
      if (e < 0) return ~i;
      if (cells[2 * i] === h && scopes[e] === scope && (typeof key === 'string' ? strings[e] === key : strings[e] === null && numbers[e] === key)) return i;
      i = (i + 1) & mask;
    }
  }

  private grow(): void {
    const old = this.cells;
    const cells = new Int32Array(2 * old.length);
    const mask = old.length - 1;
    for (let c = 0; c < old.length; c += 2) {
      if (old[c + 1] === 0) continue;
      let j = old[c] & mask;
      while (cells[2 * j + 1] !== 0) j = (j + 1) & mask;
      cells[2 * j] = old[c];
      cells[2 * j + 1] = old[c + 1];
    }
    this.cells = cells;
    this.mask = mask;
  }
}

function hashOf(key: string | number, scope: number): number {
  let h = Math.imul(scope, 0x9e3779b1);
  if (typeof key === 'string') {
    h ^= 0x811c9dc5;
    for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  } else h = Math.imul(h ^ (key >>> 0) ^ Math.imul(Math.floor(key / 4294967296) >>> 0, 0x27d4eb2f), 0x85ebca6b);
  return h ^ (h >>> 15);
}
