import { beforeAll, describe, expect, it } from 'vitest';
import { type AddOn, loadAddOn } from '../harness/index';
import { cdnowTransactions } from '../core/clv/cdnowData';
import { isoFromDay } from '../../src/core/days';

// Published BG/NBD estimates for the CDNOW sample (Fader, Hardie & Lee 2005, Marketing Science).
const BGNBD = [['r', 'alpha', 'a', 'b', 'model'], [0.243, 4.414, 0.793, 2.426, 'bgnbd']];
// Gamma-Gamma (Fader, Hardie & Lee 2005 JMR; Hardie note 025).
const GG = [[6.25, 3.74, 15.44]];

let addon: AddOn;
beforeAll(() => {
  addon = loadAddOn();
});

describe('CLV custom functions through the Apps Script harness', () => {
  it('EXPECTED_PURCHASES: x = 2, t_x = 30.43, T = 38.86 over 39 weeks ≈ 1.226 (Hardie BG/NBD spreadsheet; lifetimes test)', () => {
    const v = addon.callCustomFunction('EXPECTED_PURCHASES', 39, 2, 30.43, 38.86, BGNBD) as number;
    expect(Math.abs(v - 1.226)).toBeLessThan(0.001);
    // Same parameters as a column with labels and an explicit model argument.
    const column = [['r', 0.243], ['alpha', 4.414], ['a', 0.793], ['b', 2.426]];
    expect(addon.callCustomFunction('EXPECTED_PURCHASES', 39, 2, 30.43, 38.86, column, 'bgnbd')).toBeCloseTo(v, 12);
    // Unlabelled row, model argument.
    expect(addon.callCustomFunction('EXPECTED_PURCHASES', 39, 2, 30.43, 38.86, [[0.243, 4.414, 0.793, 2.426]], 'bgnbd')).toBeCloseTo(v, 12);
  });

  it('PROB_ALIVE works element-wise over columns and leaves blank rows blank', () => {
    const out = addon.callCustomFunction('PROB_ALIVE', [[0], [2], ['']], [[0], [30.43], ['']], [[38.86], [38.86], ['']], BGNBD) as unknown[][];
    expect(out).toHaveLength(3);
    expect(out[0][0]).toBe(1); // BG/NBD: one-time buyers always "alive"
    expect(out[1][0] as number).toBeGreaterThan(0);
    expect(out[1][0] as number).toBeLessThan(1);
    expect(out[2][0]).toBe('');
    // BTYD walkthrough p. 8: Pareto/NBD P(alive) = 0.9979 for x = 26, t_x = 30.86, T = 31 (labels imply Pareto/NBD).
    const pareto = [['r', 'alpha', 's', 'beta'], [0.5534, 10.5802, 0.6061, 11.6562]];
    expect(Math.abs((addon.callCustomFunction('PROB_ALIVE', 26, 30.86, 31, pareto) as number) - 0.9979)).toBeLessThan(0.001);
  });

  it('PROB_ALIVE defaults to MBG/NBD: a one-time buyer\'s probability falls with T', () => {
    const params = [[0.525, 6.183, 0.891, 1.614]]; // BTYDplus MBG/NBD estimates, CDNOW sample
    const out = addon.callCustomFunction('PROB_ALIVE', [[0], [0], [0]], [[0], [0], [0]], [[4], [20], [39]], params) as number[][];
    expect(out[0][0]).toBeGreaterThan(out[1][0]);
    expect(out[1][0]).toBeGreaterThan(out[2][0]);
  });

  it('errors name the function, the parameter and the row', () => {
    expect(() => addon.callCustomFunction('PROB_ALIVE', [[1], [2]], [[5], [9]], [[10], [8]], BGNBD)).toThrow(/PROB_ALIVE: recency \(row 2\) \(9\) must not exceed T \(8\)/);
    expect(() => addon.callCustomFunction('PROB_ALIVE', 1, 2, 3, [[1, 2, 3]])).toThrow(/PROB_ALIVE: params needs r, alpha, a, b/);
    expect(() => addon.callCustomFunction('PROB_ALIVE', 1, 2, 3, BGNBD, 'weibull')).toThrow(/model must be/);
    expect(() => addon.callCustomFunction('CLV_PREDICT', 1, 2, 3, 10, BGNBD, GG, 12, 0.01, 'month')).toThrow(/unit must be/);
  });

  it('CLV_PREDICT: undiscounted CLV = Gamma-Gamma spend × expected purchases; the unit changes the horizon', () => {
    const week = addon.callCustomFunction('CLV_PREDICT', 2, 30.43, 38.86, 22.35, BGNBD, GG, 12, 0, 'week') as number;
    const purchases = addon.callCustomFunction('EXPECTED_PURCHASES', (12 * 365.25) / 12 / 7, 2, 30.43, 38.86, BGNBD) as number;
    // Hardie note 025 spreadsheet: expected spend 24.65 for this customer (zbar 22.35, x = 2).
    expect(week / purchases).toBeCloseTo(24.66, 1);
    const discounted = addon.callCustomFunction('CLV_PREDICT', 2, 30.43, 38.86, 22.35, BGNBD, GG) as number;
    expect(discounted).toBeLessThan(week);
  });

  it('CLV_FROM_ORDERS fits the CDNOW sample (6,919 order rows) well within the 30 s limit', () => {
    const purchases = cdnowTransactions('CDNOW_sample.txt');
    const ids = purchases.map((p) => [p.customerId]);
    const dates = purchases.map((p) => [isoFromDay(p.day)]);
    const amounts = purchases.map((p) => [p.amount ?? 0]);
    const t0 = performance.now();
    const table = addon.callCustomFunction('CLV_FROM_ORDERS', ids, dates, amounts) as unknown[][];
    const ms = performance.now() - t0;
    expect(ms).toBeLessThan(10_000);
    expect(table[0][0]).toBe('Customer');
    expect(table).toHaveLength(2358);
    const tiers = new Set(table.slice(1).map((r) => r[8]));
    expect([...tiers].sort()).toEqual(['High', 'Low', 'Medium']);
    for (const row of table.slice(1)) {
      expect(row[2] as number).toBeGreaterThanOrEqual(0);
      expect(row[2] as number).toBeLessThanOrEqual(1);
      expect(row[6] as number).toBeGreaterThanOrEqual(0);
    }
    // Customer 0001's purchase days over the whole data, counted directly.
    const days = new Set(purchases.filter((p) => p.customerId === '0001').map((p) => p.day));
    expect(table.find((r) => r[0] === '0001')![1]).toBe(days.size);
  });

  it('CLV_FROM_ORDERS refuses data it cannot learn from, with a reason', () => {
    const ids = [['a'], ['b']];
    const dates = [['2024-01-01'], ['2024-01-02']];
    expect(() => addon.callCustomFunction('CLV_FROM_ORDERS', ids, dates, [[1], [2]])).toThrow(/CLV_FROM_ORDERS: .*at least 10 customers/);
    expect(() => addon.callCustomFunction('CLV_FROM_ORDERS', ids, [['2024-01-01'], ['not a date']], [[1], [2]])).toThrow(/row 2 is not a date/);
  });
});
