import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { distinctTimes, distinctValues, logShifted } from '../../../src/core/clv/distinctValues';
import { groupHistories } from '../../../src/core/clv/groupHistories';
import { cdnowSummary } from './cdnowData';

describe('distinctValues', () => {
  it('lists each value once, in order of first appearance, 0 and −0 as one, NaN as one (as groupHistories keys them)', () => {
    const d = distinctValues(Float64Array.of(30, 40, 30, 0, -0, 40, Number.NaN, Number.NaN));
    expect(Array.from(d.values)).toEqual([30, 40, 0, Number.NaN]);
    expect(Array.from(d.of)).toEqual([0, 1, 0, 2, 2, 1, 3, 3]);
  });

  it('on the CDNOW sample (Fader, Hardie & Lee 2005): 1,016 distinct histories share far fewer T and t_x', () => {
    const g = groupHistories(cdnowSummary());
    const t = distinctTimes(g);
    expect(g.x.length).toBe(1016);
    expect(t.T.values.length).toBeLessThan(200);
    for (let i = 0; i < g.x.length; i++) {
      expect(t.T.values[t.T.of[i]]).toBe(g.T[i]);
      expect(t.tx.values[t.tx.of[i]]).toBe(g.tx[i]);
    }
  });

  it('any column: every row points at its own value, and ln(c + v) is the same number as taken per row', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 40 }).map((v) => v / 7), { maxLength: 80 }), fc.double({ min: 0.01, max: 100, noNaN: true }), (column, c) => {
        const d = distinctValues(Float64Array.from(column));
        expect(new Set(d.values).size).toBe(d.values.length);
        const logs = logShifted(c, d);
        column.forEach((v, i) => {
          expect(d.values[d.of[i]]).toBe(v);
          expect(logs[d.of[i]]).toBe(Math.log(c + v));
        });
      }),
    );
  });
});
