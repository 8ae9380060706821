import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { abTest } from '../../../src/core/kpi/abTest';
import { abVerdict, confidenceLabel, percentText } from '../../../src/core/kpi/abVerdict';

describe('abTest', () => {
  // R output published at influentialpoints.com/notes/n9rmf3.htm ("Two-sample test for independent
  // proportions - using R"): prop.test without continuity correction, proportions 0.4392523 (94/214) and
  // 0.3046875 (39/128): X-squared = 6.1026, df = 1, p-value = 0.01350, 95 % CI 0.03074072 0.23838896.
  // prop.test's first group is our B, so the CI is for rateB − rateA.
  const r = abTest(39, 128, 94, 214);

  it('reproduces R prop.test(correct = FALSE): X-squared = z², p-value and CI', () => {
    expect(r.rateA).toBeCloseTo(0.3046875, 7);
    expect(r.rateB).toBeCloseTo(0.4392523, 7);
    expect(r.z * r.z).toBeCloseTo(6.1026, 4);
    expect(r.pValue).toBeCloseTo(0.0135, 4);
    expect(r.ciLow).toBeCloseTo(0.03074072, 7);
    expect(r.ciHigh).toBeCloseTo(0.23838896, 7);
  });

  it('reports lift (B − A) / A and a verdict', () => {
    expect(r.lift).toBeCloseTo((94 / 214 - 39 / 128) / (39 / 128), 12);
    expect(r.winner).toBe('B');
    expect(abVerdict(r, 'en')).toBe('B converts better (43.93 % vs 30.47 %); the difference is real at 95 %');
    expect(abVerdict(abTest(94, 214, 39, 128), 'en')).toBe('A converts better (43.93 % vs 30.47 %); the difference is real at 95 %');
  });

  it('at 99 % the same data are not conclusive (p = 0.0135 > 0.01)', () => {
    const strict = abTest(39, 128, 94, 214, 0.99);
    expect(strict.significant).toBe(false);
    expect(abVerdict(strict, 'en')).toBe('not enough data yet: A 30.47 % vs B 43.93 % could still be chance at 99 %; keep the test running');
    expect(strict.ciLow).toBeLessThan(0);
  });

  it('says "not enough data yet" when an expected count is below 5 (where R warns the approximation may be incorrect)', () => {
    const small = abTest(1, 10, 4, 10);
    expect(small.enoughData).toBe(false);
    expect(abVerdict(small, 'en')).toMatch(/^not enough data yet/);
    expect(abVerdict(small, 'zh-TW')).toMatch(/^資料還不夠/);
  });

  it('handles all-or-nothing variants without NaN', () => {
    const none = abTest(0, 100, 0, 100);
    expect(none.pValue).toBe(1);
    expect(none.lift).toBeNull();
    expect(none.enoughData).toBe(false);
  });

  it('p-value in [0, 1], CI contains the difference and is symmetric in A/B (property)', () => {
    const arm = fc.integer({ min: 1, max: 5000 }).chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n)));
    fc.assert(
      fc.property(arm, arm, ([ca, na], [cb, nb]) => {
        const t = abTest(ca, na, cb, nb);
        const s = abTest(cb, nb, ca, na);
        expect(t.pValue).toBeGreaterThanOrEqual(0);
        expect(t.pValue).toBeLessThanOrEqual(1);
        expect(t.ciLow).toBeLessThanOrEqual(t.difference + 1e-12);
        expect(t.ciHigh).toBeGreaterThanOrEqual(t.difference - 1e-12);
        expect(s.pValue).toBeCloseTo(t.pValue, 12);
      }),
    );
  });

  it('refuses bad counts', () => {
    expect(() => abTest(30, 20, 1, 10)).toThrow('conversions_a (30) cannot be more than visitors_a (20)');
    expect(() => abTest(1, 0, 1, 10)).toThrow('visitors_a must be > 0');
    expect(() => abTest(1, 10, -1, 10)).toThrow('conversions_b must be ≥ 0');
    expect(() => abTest(1, 10, 1, 10, 95)).toThrow('confidence must be between 0 and 1');
  });

  it('writes confidence levels and rates as people do', () => {
    expect(confidenceLabel(0.95)).toBe('95 %');
    expect(confidenceLabel(0.995)).toBe('99.5 %');
    expect(percentText(0.0655)).toBe('6.55 %');
    expect(percentText(0.05)).toBe('5 %');
  });
});
