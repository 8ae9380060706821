/**
 * Grouping records by key in parts (core/sources/firstWithKey.ts), checked against the plain way:
 * a Map from each key to the first record that has it.
 */
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../src/core/cluster/random';
import { firstWithKey, firstWithNumber, firstWithString, stringHash } from '../../../src/core/sources/firstWithKey';

/** Per record, the first record with its key by a Map (-1: no key). */
function plainFirst(keys: readonly (string | number | null)[]): number[] {
  const first = new Map<string | number, number>();
  return keys.map((k, i) => {
    if (k === null) return -1;
    if (!first.has(k)) first.set(k, i);
    return first.get(k) as number;
  });
}

describe('firstWithKey', () => {
  it('gives each record the first record with its key, over many parts', () => {
    const r = seededRandom(3);
    // 60,000 records (15 parts), a third without a key, keys repeated in any order.
    const keys = Array.from({ length: 60_000 }, () => (r() < 1 / 3 ? null : `k${Math.floor(r() * 20_000)}`));
    expect([...firstWithString(keys)]).toEqual(plainFirst(keys));
  });
  it('compares keys whose hashes are equal', () => {
    // Every hash the same: one part, one chain of cells, every key compared.
    const keys = ['a', 'b', 'a', 'c', 'b', 'a'];
    const first = firstWithKey(keys.length, Int32Array.of(0, 1, 2, 3, 4, 5), new Int32Array(keys.length), keys);
    expect([...first]).toEqual([0, 1, 0, 3, 1, 0]);
  });
  it('groups whole numbers, and numbers kept as strings through `same`', () => {
    const r = seededRandom(5);
    const long = (i: number) => `9${String(i % 7).repeat(16)}`;
    const codes = Float64Array.from({ length: 10_000 }, () => {
      const u = r();
      return u < 0.2 ? Number.NaN : u < 0.3 ? -1 : 1e11 + Math.floor(r() * 3_000);
    });
    const asKeys = [...codes].map((c, i) => (Number.isNaN(c) ? null : c === -1 ? long(i) : c));
    expect([...firstWithNumber(codes, long)]).toEqual(plainFirst(asKeys));
  });
  it('hashes strings to 32 bits', () => {
    expect(stringHash('ann@shop.my')).toBe(stringHash('ann@shop.my'));
    expect(stringHash('ann@shop.my')).not.toBe(stringHash('ann@shop.mY'));
    expect(Number.isInteger(stringHash(''))).toBe(true);
  });
});
