import { describe, expect, it } from 'vitest';
import { hyp2f1, lnHyp2f1, lnHyp2f1One } from '../../../src/core/clv/hyp2f1';
import { lnBeta, lnGamma, lnRisingFactorial, lnRisingTable, logAddExp, logSubExp, logistic } from '../../../src/core/clv/special';

describe('lnGamma (simple-statistics gammaln)', () => {
  // Reference values: Python 3 math.lgamma (C library lgamma, correctly rounded to ~1 ulp).
  it.each([
    [0.243, 1.3180435846996699],
    [10.5, 13.940625219403763],
    [1e-3, 6.907178885383854],
    [100.5, 361.4355404677776],
    [2.5, 0.2846828704729196],
    [1e5, 1051287.7089736566],
  ])('lnGamma(%s)', (x, want) => {
    expect(Math.abs(lnGamma(x) - want)).toBeLessThan(1e-13 * Math.max(1, Math.abs(want)));
  });
  it('lnBeta and rising factorials agree with ln Γ', () => {
    expect(lnBeta(1, 1)).toBeCloseTo(0, 14);
    expect(lnBeta(2, 3)).toBeCloseTo(Math.log(1 / 12), 13);
    expect(lnRisingFactorial(0.5, 3)).toBeCloseTo(Math.log(0.5 * 1.5 * 2.5), 14);
    expect(lnRisingFactorial(0.5, 80)).toBeCloseTo(lnGamma(80.5) - lnGamma(0.5), 10);
    const table = lnRisingTable(0.7, 5);
    expect(table[5]).toBeCloseTo(lnGamma(5.7) - lnGamma(0.7), 12);
  });
});

describe('log-space helpers', () => {
  it('logAddExp / logSubExp / logistic do not overflow', () => {
    expect(logAddExp(0, 0)).toBeCloseTo(Math.LN2, 15);
    expect(logAddExp(1000, 1000)).toBeCloseTo(1000 + Math.LN2, 10);
    expect(logAddExp(-Infinity, 3)).toBe(3);
    expect(logSubExp(Math.log(3), 0)).toBeCloseTo(Math.LN2, 14);
    expect(logSubExp(5, 5)).toBe(-Infinity);
    expect(logistic(-1000)).toBe(0);
    expect(logistic(1000)).toBe(1);
    expect(logistic(0)).toBe(0.5);
  });
});

describe('hyp2f1', () => {
  // Closed forms (Abramowitz & Stegun 15.1.3 and 15.1.8).
  it.each([0.1, 0.5, 0.9, 0.99])('2F1(1,1;2;z) = −ln(1−z)/z at z = %s', (z) => {
    expect(hyp2f1(1, 1, 2, z)).toBeCloseTo(-Math.log(1 - z) / z, 12);
  });
  it.each([0.3, 0.8, 0.999])('2F1(a,b;b;z) = (1−z)^−a at z = %s', (z) => {
    expect(lnHyp2f1(0.7, 3.2, 3.2, z)).toBeCloseTo(-0.7 * Math.log(1 - z), 9);
  });
  it('stays finite in log space for large parameters, NaN outside its domain', () => {
    // (1−z)^−a with a = 900: overflows as a number, not as a log.
    expect(lnHyp2f1(900, 5, 5, 0.9)).toBeCloseTo(-900 * Math.log(0.1), 6);
    expect(lnHyp2f1(1, 1, 2, 1)).toBeNaN();
    expect(lnHyp2f1(-1, 1, 2, 0.5)).toBeNaN();
    expect(lnHyp2f1(1, 1, 2, 0)).toBe(0);
  });
  // 2F1(1,b;b+1;z) = b Σ zⁿ/(b+n) (A&S 15.1.1); b = 1: −ln(1−z)/z (A&S 15.1.3).
  it.each([0.1, 0.9, 0.999])('2F1(1,b;c;z) summed the short way: −ln(1−z)/z for b = 1, c = 2, at z = %s', (z) => {
    expect(lnHyp2f1One(1, 2, z)).toBeCloseTo(Math.log(-Math.log(1 - z) / z), 12);
  });
  it('2F1(1,b;c;z) the short way equals the general series within 1e-14 (b < c up to 300, z up to 0.9999)', () => {
    let seed = 7;
    const rand = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 2 ** 32;
    };
    for (let i = 0; i < 2000; i++) {
      const c = 0.01 + 300 * rand();
      const b = c * rand();
      const z = 0.9999 * rand() ** 0.2;
      const general = lnHyp2f1(1, b, c, z);
      expect(Math.abs(lnHyp2f1One(b, c, z) - general)).toBeLessThan(1e-14 * Math.max(1, Math.abs(general)));
    }
    // Outside its case it is the general series.
    expect(lnHyp2f1One(3, 2, 0.5)).toBe(lnHyp2f1(1, 3, 2, 0.5));
    expect(lnHyp2f1One(1, 2, 1)).toBeNaN();
  });
});
