/**
 * Row fingerprints (hash.ts): the memo of each column's last cell never changes a fingerprint,
 * rows that differ in any cell differ in their fingerprints, and cell kinds stay apart.
 * The reference is the definition (rows equal cell for cell), not another hash.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RowHasher, rowHash } from '../../../src/core/parse/hash';
import { onlineRetailTable } from '../../helpers/onlineRetail';

const cell = fc.oneof(
  fc.constantFrom('', ' ', '536365', 'C536379', '17850', 'United Kingdom', '台北', 'Kuala Lumpur'),
  fc.string({ maxLength: 6 }),
  fc.constantFrom(0, -0, 17850, 2.55, Number.NaN, true, false, null, undefined),
  fc.integer({ min: 0, max: 3 }).map((d) => new Date(Date.UTC(2011, 11, 1 + d, 8, 26))),
);

describe('RowHasher', () => {
  it('gives each row the fingerprint rowHash gives it alone, whatever rows came before', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { maxLength: 30 }), (rows) => {
        const hasher = new RowHasher();
        // Repeats as order lines have them: each row also follows a copy of itself with one cell changed.
        for (const row of rows) {
          expect(hasher.hash(row, 3)).toBe(rowHash(row, 3));
          const changed = [row[0], 'x', row[2]];
          expect(hasher.hash(changed, 3)).toBe(rowHash(changed, 3));
        }
      }),
    );
  });

  it('is a whole number below 2^52', () => {
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 5 }), (row) => {
        const h = rowHash(row, row.length);
        expect(Number.isInteger(h) && h >= 0 && h < 2 ** 52).toBe(true);
      }),
    );
  });

  it('tells apart a number and its text, the same cells in another order, and blank from empty text', () => {
    expect(rowHash([17850], 1)).not.toBe(rowHash(['17850'], 1));
    expect(rowHash(['a', 'b'], 2)).not.toBe(rowHash(['b', 'a'], 2));
    expect(rowHash(['ab', ''], 2)).not.toBe(rowHash(['a', 'b'], 2));
    expect(rowHash([null], 1)).not.toBe(rowHash([''], 1));
    expect(rowHash([true], 1)).not.toBe(rowHash([false], 1));
    const day = new Date(Date.UTC(2011, 11, 9));
    expect(rowHash([day], 1)).toBe(rowHash([new Date(day.getTime())], 1));
    expect(rowHash([day], 1)).not.toBe(rowHash([day.getTime()], 1));
  });

  it('reads 0 and -0 alike (a sheet shows both as 0), so the memo cannot make them differ', () => {
    expect(rowHash([-0], 1)).toBe(rowHash([0], 1));
  });

  it('gives the distinct rows of Online Retail (541,909 lines) distinct fingerprints', () => {
    const [, ...rows] = onlineRetailTable();
    const hasher = new RowHasher();
    const distinctRows = new Set<string>();
    const fingerprints = new Set<number>();
    for (const row of rows) {
      const text = JSON.stringify(row);
      const h = hasher.hash(row, 8);
      if (distinctRows.has(text)) continue;
      distinctRows.add(text);
      fingerprints.add(h);
    }
    // 536,641 distinct rows: 541,909 less the 5,268 exact duplicates of ../shared/data/online-retail/README.md.
    expect(distinctRows.size).toBe(536_641);
    expect(fingerprints.size).toBe(distinctRows.size);
  });
});
