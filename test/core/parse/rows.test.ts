/** Example-row lists (src/core/parse/rows.ts): the first rows of two lists, whichever came first. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_ROWS, mergeRows, pushRow } from '../../../src/core/parse/rows';

/** What mergeRows gives, written the plain way (its code before the one-pass merge): the distinct rows of both, ascending, the first five; a list merged with none stays as it is. */
const reference = (a: readonly number[], b: readonly number[]) =>
  b.length === 0 ? a.slice(0, EXAMPLE_ROWS) : a.length === 0 ? b.slice(0, EXAMPLE_ROWS) : [...new Set([...a, ...b])].sort((x, y) => x - y).slice(0, EXAMPLE_ROWS);

describe('mergeRows', () => {
  it('merges two ascending lists into their first distinct rows', () => {
    expect(mergeRows([2, 9, 11, 23, 28], [5, 9, 30])).toEqual([2, 5, 9, 11, 23]);
    expect(mergeRows([624], [1445, 1446])).toEqual([624, 1445, 1446]);
    expect(mergeRows([3, 4], [])).toEqual([3, 4]);
  });

  it('gives the plain union on any lists, ascending or not, in either order', () => {
    const rows = fc.array(fc.integer({ min: 1, max: 60 }), { maxLength: 8 });
    const made = fc.array(fc.integer({ min: 1, max: 60 }), { maxLength: 30 }).map((rs) => {
      const list: number[] = [];
      for (const r of rs) pushRow(list, r);
      return list;
    });
    fc.assert(
      fc.property(fc.oneof(rows, made), fc.oneof(rows, made), (a, b) => {
        expect(mergeRows(a, b)).toEqual(reference(a, b));
        expect(mergeRows(b, a)).toEqual(reference(a, b));
      }),
      { numRuns: 2000 },
    );
  });
});
