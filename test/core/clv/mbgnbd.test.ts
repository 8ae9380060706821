import { describe, expect, it } from 'vitest';
import { bgnbdModel } from '../../../src/core/clv/bgnbd';
import { mbgnbdModel } from '../../../src/core/clv/mbgnbd';
import { cdnowSummaryPlain } from './cdnowData';

const rows = cdnowSummaryPlain();
const fit = mbgnbdModel.fit(rows);

describe('MBG/NBD on the CDNOW sample', () => {
  it('reproduces r = 0.525, α = 6.183, a = 0.891, b = 1.614 (BTYDplus; lifetimes test_params_out_is_close_to_BTYDplus, decimal=3)', () => {
    expect(fit.converged).toBe(true);
    const want = { r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 };
    for (const k of ['r', 'alpha', 'a', 'b'] as const) expect(Math.abs(fit.params[k] - want[k])).toBeLessThan(1.5e-3);
  });

  it('conditional expectation x = 2, t_x = 30.43, T = 38.86, t = 39 within 0.05 of 1.226 (lifetimes test, Hardie spreadsheet)', () => {
    expect(Math.abs(mbgnbdModel.conditionalExpectedPurchases(fit.params, 39, 2, 30.43, 38.86) - 1.226)).toBeLessThan(0.05);
  });

  it('E[X(t)] within 5 % of Hardie\'s BG/NBD spreadsheet (lifetimes test_expectation_returns_same_value_Hardie_excel_sheet, rtol 0.05)', () => {
    const times = [0.1429, 1.0, 3.0, 31.8571, 32.0, 78.0];
    const expected = [0.0078, 0.0532, 0.1506, 1.0405, 1.0437, 1.8576];
    times.forEach((t, i) => {
      expect(Math.abs(mbgnbdModel.expectedPurchases(fit.params, t) / expected[i] - 1)).toBeLessThan(0.05);
    });
  });

  it('one-time buyers: P(alive) < 1 and falling with time since the purchase, unlike BG/NBD (lifetimes issues #239, #165)', () => {
    expect(mbgnbdModel.probabilityAlive(fit.params, 0, 1, 1)).toBeLessThan(1);
    const weeks = [0, 4, 13, 26, 39, 78];
    const p = weeks.map((T) => mbgnbdModel.probabilityAlive(fit.params, 0, 0, T));
    for (let i = 1; i < p.length; i++) expect(p[i]).toBeLessThan(p[i - 1]);
    expect(p[p.length - 1]).toBeLessThan(0.5);
    expect(bgnbdModel.probabilityAlive({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, 0, 0, 78)).toBe(1);
  });

  it('P(alive) stays in [0, 1]; a penalty shrinks the parameters (lifetimes tests)', () => {
    for (let x = 0; x < 100; x += 10) for (let tx = 0; tx < 100; tx += 10) for (let T = tx; T < 100; T += 10) {
      const v = mbgnbdModel.probabilityAlive(fit.params, x, tx, T);
      expect(v >= 0 && v <= 1).toBe(true);
    }
    const sum = (p: typeof fit.params) => p.r + p.alpha + p.a + p.b;
    const p1 = mbgnbdModel.fit(rows, { penalty: 0.1 }).params;
    expect(sum(p1)).toBeLessThan(sum(fit.params));
  });
});
