import { cumulativeStdNormalProbability } from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { erfc, normalCdf, normalQuantile, twoSidedP } from '../../../src/core/kpi/normal';

// Reference values: Abramowitz & Stegun (1964), Handbook of Mathematical Functions, Table 26.1
// (P(x) to 15 decimals) and Table 26.5 / 26.2.23 (percentage points); the same figures R prints
// for pnorm(1.96) = 0.9750021, 2*pnorm(-5) = 5.733031e-07, qnorm(0.975) = 1.959964.
describe('standard normal', () => {
  it('matches A&S Table 26.1 for P(x)', () => {
    expect(normalCdf(1.96)).toBeCloseTo(0.975002104851780, 8);
    expect(normalCdf(1)).toBeCloseTo(0.841344746068543, 7);
    expect(normalCdf(3)).toBeCloseTo(0.998650101968370, 8);
    expect(normalCdf(-1.96)).toBeCloseTo(1 - 0.975002104851780, 8);
  });

  it('keeps relative precision far in the tail (Q(x), A&S 26.2 / R pnorm)', () => {
    // Q(5) = 2.866515718791939e-7, Q(8) = 6.220960574271784e-16 (A&S Table 26.2 Q(x) for large x).
    expect(twoSidedP(5) / (2 * 2.866515718791939e-7)).toBeCloseTo(1, 6);
    expect(twoSidedP(8) / (2 * 6.220960574271784e-16)).toBeCloseTo(1, 6);
    // Why not simple-statistics: its table stops at z = 3.09, so its tail at 5 is 0.001, not 2.9e-7.
    expect(1 - cumulativeStdNormalProbability(5)).toBeGreaterThan(1e-4);
  });

  it('is accurate enough at 3 decimals of z, where the table lookup is not', () => {
    // A&S 26.1: P(1.645) = 0.950015094, the usual one-sided 5 % point.
    expect(normalCdf(1.645)).toBeCloseTo(0.950015094, 8);
    expect(Math.abs(cumulativeStdNormalProbability(1.645) - 0.950015094)).toBeGreaterThan(1e-4);
  });

  it('gives the percentage points of A&S Table 26.5', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963985, 7);
    expect(normalQuantile(0.995)).toBeCloseTo(2.575829304, 7);
    expect(normalQuantile(0.95)).toBeCloseTo(1.644853627, 7);
    expect(normalQuantile(0.025)).toBeCloseTo(-1.959963985, 7);
    expect(normalQuantile(1e-10)).toBeCloseTo(-6.361340902, 5);
  });

  it('erfc(0) = 1 and erfc(-x) = 2 - erfc(x)', () => {
    expect(erfc(0)).toBeCloseTo(1, 7);
    expect(erfc(-1.3) + erfc(1.3)).toBeCloseTo(2, 12);
  });

  it('quantile inverts the cdf and p-values are probabilities', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1 - 1e-6, noNaN: true }), (p) => {
        expect(normalCdf(normalQuantile(p))).toBeCloseTo(p, 6);
      }),
    );
    fc.assert(
      fc.property(fc.double({ min: -40, max: 40, noNaN: true }), (z) => {
        const p = twoSidedP(z);
        return p >= 0 && p <= 1;
      }),
    );
  });

  it('refuses p outside (0, 1)', () => {
    expect(() => normalQuantile(0)).toThrow(/between 0 and 1/);
    expect(() => normalQuantile(1)).toThrow(/between 0 and 1/);
  });
});
