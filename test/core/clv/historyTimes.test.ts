import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { groupHistories } from '../../../src/core/clv/groupHistories';
import { historyTimes } from '../../../src/core/clv/historyTimes';
import { cdnowSummary } from './cdnowData';

describe('historyTimes', () => {
  it('one pair per distinct (x, t_x) and (x, T), none for histories with t_x = T', () => {
    const g = groupHistories([
      { frequency: 0, recency: 0, T: 30 },
      { frequency: 0, recency: 0, T: 40 },
      { frequency: 2, recency: 30, T: 40 },
      { frequency: 3, recency: 40, T: 40 },
    ]);
    const t = historyTimes(g);
    const pairs = Array.from(t.x, (x, k) => [x, t.t[k]]);
    expect(pairs).toEqual([[0, 0], [0, 30], [0, 40], [2, 30], [2, 40]]);
    expect(Array.from(t.atTx)).toEqual([0, 0, 3, -1]);
    expect(Array.from(t.atT)).toEqual([1, 2, 4, -1]);
  });

  it('on the CDNOW sample (Fader, Hardie & Lee 2005; 2,357 customers, 1,016 distinct histories) every pair is the history it stands for', () => {
    const g = groupHistories(cdnowSummary());
    const t = historyTimes(g);
    // The 1,003 distinct histories with t_x < T took 2,006 series; all 1,411 one-time buyers share (0, 0), and 940 pairs remain.
    expect(Array.from(g.tx).filter((tx, i) => tx !== g.T[i]).length).toBe(1003);
    expect(t.x.length).toBe(940);
    for (let i = 0; i < g.x.length; i++) {
      if (g.tx[i] === g.T[i]) continue;
      expect([t.x[t.atTx[i]], t.t[t.atTx[i]]]).toEqual([g.x[i], g.tx[i]]);
      expect([t.x[t.atT[i]], t.t[t.atT[i]]]).toEqual([g.x[i], g.T[i]]);
    }
  });

  it('any histories: pairs are distinct and each group points at its own (x, t)', () => {
    const history = fc.record({ frequency: fc.integer({ min: 0, max: 4 }), recency: fc.integer({ min: 0, max: 5 }), T: fc.integer({ min: 0, max: 6 }) });
    fc.assert(
      fc.property(fc.array(history, { maxLength: 60 }), (rows) => {
        const g = groupHistories(rows);
        const t = historyTimes(g);
        const keys = Array.from(t.x, (x, k) => `${x}|${t.t[k]}`);
        expect(new Set(keys).size).toBe(keys.length);
        for (let i = 0; i < g.x.length; i++) {
          if (g.tx[i] === g.T[i]) expect([t.atTx[i], t.atT[i]]).toEqual([-1, -1]);
          else expect([keys[t.atTx[i]], keys[t.atT[i]]]).toEqual([`${g.x[i]}|${g.tx[i]}`, `${g.x[i]}|${g.T[i]}`]);
        }
      }),
    );
  });
});
