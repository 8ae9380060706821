/**
 * Product dictionary entries by the hashes of a line's two product cells (id and name), as the row
 * hasher has just computed them for the row's fingerprint (`RowHasher.cellHashA` and `cellHashB`): a line whose
 * cells were seen before finds its entry without touching either text. Comparing the name with the
 * dictionary's copy on every line read that copy from wherever the first line's text sits in
 * memory, and was the reader's costliest step on sheets with product names (40 % of its own time
 * on UCI Online Retail as getValues() gives it).
 * Keys are the two cells' 32-bit hash pairs, 128 bits in all; two different cell pairs with the
 * same key are far less likely than two different rows with the same fingerprint, which the
 * duplicate count already accepts (hash.ts). Open addressing over typed arrays: no object per line.
 * @example
 * const t = new ProductCells();
 * t.set(1, 2, 3, 4, 7);
 * t.get(1, 2, 3, 4); // 7
 * t.get(1, 2, 3, 5); // ProductCells.MISSING
 */
export class ProductCells {
  /** What `get` gives for a key not set (entries are -1 and up). */
  static readonly MISSING = -2;

  private mask = 255;
  /** Four hashes per slot. */
  private keys = new Int32Array(4 * 256);
  /** Per slot: the entry + 2 (0: empty). */
  private values = new Int32Array(256);
  private size = 0;

  /** The entry set for the key, or {@link ProductCells.MISSING}. */
  get(idA: number, idB: number, nameA: number, nameB: number): number {
    const { keys, values, mask } = this;
    for (let i = slotOf(idA, idB, nameA, nameB) & mask; ; i = (i + 1) & mask) {
      const v = values[i];
      if (v === 0) return ProductCells.MISSING;
      const k = 4 * i;
      if (keys[k] === idA && keys[k + 1] === idB && keys[k + 2] === nameA && keys[k + 3] === nameB) return v - 2;
    }
  }

  /** Sets the key's entry (the key must not be set yet). */
  set(idA: number, idB: number, nameA: number, nameB: number, entry: number): void {
    if (2 * (this.size + 1) > this.mask) this.grow();
    this.place(idA, idB, nameA, nameB, entry + 2);
    this.size++;
  }

  private place(idA: number, idB: number, nameA: number, nameB: number, value: number): void {
    const { keys, values, mask } = this;
    let i = slotOf(idA, idB, nameA, nameB) & mask;
    while (values[i] !== 0) i = (i + 1) & mask;
    const k = 4 * i;
    keys[k] = idA;
    keys[k + 1] = idB;
    keys[k + 2] = nameA;
    keys[k + 3] = nameB;
    values[i] = value;
  }

  private grow(): void {
    const { keys, values } = this;
    const slots = 2 * (this.mask + 1);
    this.mask = slots - 1;
    this.keys = new Int32Array(4 * slots);
    this.values = new Int32Array(slots);
    for (let i = 0; i < values.length; i++) if (values[i] !== 0) this.place(keys[4 * i], keys[4 * i + 1], keys[4 * i + 2], keys[4 * i + 3], values[i]);
  }
}

/** A slot number mixed from all four hashes (each is already well mixed; the multiplies keep equal halves from cancelling). */
function slotOf(idA: number, idB: number, nameA: number, nameB: number): number {
  return (idA ^ Math.imul(idB, 0x9e3779b1) ^ Math.imul(nameA, 0x85ebca6b) ^ Math.imul(nameB, 0xc2b2ae35)) >>> 0;
}
