import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csat } from '../../../src/core/kpi/csat';
import { nps, npsBreakdown } from '../../../src/core/kpi/nps';

describe('nps', () => {
  it('reproduces the worked example of DELA (Annual report 2018, glossary "Net Promotor Score"): 30 % promoters, 20 % detractors → +10', () => {
    // 10 answers: 3 promoters (9, 10), 5 passives (7, 8), 2 detractors (0–6).
    expect(nps([9, 10, 10, 7, 8, 7, 8, 8, 6, 0])).toBeCloseTo(10, 12);
  });
  it('follows Reichheld\'s bands: 9–10 promoters, 7–8 passives, 0–6 detractors (HBR 2003)', () => {
    expect(npsBreakdown([10, 9, 8, 7, 6, 0])).toEqual({ promoters: 2, passives: 2, detractors: 2, responses: 6, nps: 0 });
    expect(nps([10, 10])).toBe(100);
    expect(nps([6, 0])).toBe(-100);
  });
  it('stays in [−100, 100] (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 500 }), (s) => {
        const v = nps(s);
        return v >= -100 && v <= 100;
      }),
    );
  });
  it('refuses scores off the 0–10 scale, fractions and an empty list, naming the position', () => {
    expect(() => nps([9, 11])).toThrow('scores_range must hold whole numbers from 0 to 10, got 11 (value 2)');
    expect(() => nps([8.5])).toThrow('whole numbers');
    expect(() => nps([-1])).toThrow('whole numbers');
    expect(() => nps([])).toThrow('no scores');
  });
});

describe('csat', () => {
  it('counts the top two boxes of a 1–5 scale (Farris et al., Marketing Metrics: share rating 4 or 5)', () => {
    expect(csat([5, 4, 3, 5])).toBe(0.75);
    expect(csat([1, 2, 3])).toBe(0);
  });
  it('takes a threshold for other scales', () => {
    expect(csat([10, 8, 7, 3], 8)).toBe(0.5);
  });
  it('refuses scores above 5 without a threshold, negative scores and an empty list', () => {
    expect(() => csat([5, 8])).toThrow('above the 1–5 scale');
    expect(() => csat([-1])).toThrow('scores ≥ 0');
    expect(() => csat([])).toThrow('no scores');
  });
  it('stays in [0, 1] (property)', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1 }), (s) => csat(s) >= 0 && csat(s) <= 1));
  });
});
