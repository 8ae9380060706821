import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { groupHistories } from '../../../src/core/clv/groupHistories';
import { cdnowSummary } from './cdnowData';

/** The plain definition: one group per distinct text key, in order of first appearance. */
function byTextKey(rows: { frequency: number; recency: number; T: number; weight?: number }[]) {
  const index = new Map<string, number>();
  const x: number[] = [];
  const w: number[] = [];
  const groupOf = rows.map((row) => {
    const key = `${row.frequency}|${row.recency}|${row.T}`;
    let g = index.get(key);
    if (g === undefined) {
      g = x.length;
      index.set(key, g);
      x.push(row.frequency);
      w.push(0);
    }
    w[g] += row.weight ?? 1;
    return g;
  });
  return { x, w, groupOf };
}

describe('groupHistories', () => {
  it('groups the CDNOW sample as distinct (x, t_x, T) rows: 2,357 customers, 1,016 rows (as the clv bench prints)', () => {
    const rows = cdnowSummary();
    const g = groupHistories(rows);
    const plain = byTextKey(rows);
    expect(rows.length).toBe(2357);
    expect(g.x.length).toBe(1016);
    expect(Array.from(g.groupOf)).toEqual(plain.groupOf);
    expect(Array.from(g.x)).toEqual(plain.x);
    expect(g.n).toBe(2357);
  });

  it('0 and −0 are one key, NaN is one key, weights add up', () => {
    const g = groupHistories([
      { frequency: 0, recency: 0, T: 3 },
      { frequency: 0, recency: -0, T: 3, weight: 4 },
      { frequency: Number.NaN, recency: 1, T: 2 },
      { frequency: Number.NaN, recency: 1, T: 2 },
    ]);
    expect(Array.from(g.groupOf)).toEqual([0, 0, 1, 1]);
    expect(Array.from(g.weight)).toEqual([5, 2]);
    expect(g.n).toBe(7);
  });

  it('equals the text-key grouping on any rows, colliding hashes included (few distinct values)', () => {
    const value = fc.constantFrom(0, 1, 2, 0.5, 30.428571428571427, 1e-300, 1e300);
    fc.assert(
      fc.property(fc.array(fc.record({ frequency: value, recency: value, T: value, weight: fc.integer({ min: 1, max: 9 }) }), { maxLength: 200 }), (rows) => {
        const g = groupHistories(rows);
        const plain = byTextKey(rows);
        expect(Array.from(g.groupOf)).toEqual(plain.groupOf);
        expect(Array.from(g.x)).toEqual(plain.x);
        expect(Array.from(g.weight)).toEqual(plain.w);
      }),
    );
  });
});
