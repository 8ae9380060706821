import { describe, expect, it } from 'vitest';
import { calibrationAndHoldout } from '../../../src/core/clv/calibrationHoldout';
import { calibrationVsHoldout, cumulativeRepeatTransactions } from '../../../src/core/clv/modelChecks';
import { paretoNbdModel } from '../../../src/core/clv/paretoNbd';
import { summaryFromTransactions } from '../../../src/core/clv/summaryFromTransactions';
import { CALIBRATION_END, HOLDOUT_END, cdnowTransactions } from './cdnowData';

const purchases = cdnowTransactions('CDNOW_sample.txt');
const summary = summaryFromTransactions(purchases, { unit: 'week', calibrationEnd: CALIBRATION_END });
const pareto = { model: 'pareto' as const, params: paretoNbdModel.fit(summary).params };

describe('model checks', () => {
  it('cumulative repeat transactions, weeks 20–25, match the BTYD walkthrough tracking table (lifetimes test_expected_cumulative_transactions_equals_r_btyd_walktrough)', () => {
    const rows = cumulativeRepeatTransactions(pareto, purchases, { unit: 'week', periods: 25 });
    expect(rows.slice(19, 25).map((r) => r.actual)).toEqual([1359, 1414, 1484, 1517, 1573, 1672]);
    expect(rows.slice(19, 25).map((r) => Math.round(r.expected))).toEqual([1309, 1385, 1460, 1533, 1604, 1674]);
    // Incremental expected: 78.31 76.42 74.65 72.98 71.41 69.93 (same source, atol 0.01).
    const inc = rows.slice(18, 25).map((r, i, a) => (i ? r.expected - a[i - 1].expected : NaN)).slice(1);
    [78.31, 76.42, 74.65, 72.98, 71.41, 69.93].forEach((w, i) => {
      expect(Math.abs(inc[i] - w)).toBeLessThan(0.01);
    });
  });

  it('calibration vs holdout by calibration frequency: model tracks the holdout (FHL 2005 figure 4 shape)', () => {
    const rows = calibrationAndHoldout(purchases, { unit: 'week', calibrationEnd: CALIBRATION_END, holdoutEnd: HOLDOUT_END });
    const check = calibrationVsHoldout(pareto, rows);
    expect(check.map((c) => c.frequency)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7+']);
    expect(check.reduce((s, c) => s + c.customers, 0)).toBe(2357);
    // Non-repeaters buy little in the holdout, heavy buyers a lot; the model is within 0.3 purchases for the big bins.
    expect(check[0].actual).toBeLessThan(0.3);
    expect(check[7].actual).toBeGreaterThan(3);
    for (const c of check.slice(0, 3)) expect(Math.abs(c.expected - c.actual)).toBeLessThan(0.3);
    const totalExpected = check.reduce((s, c) => s + c.expected * c.customers, 0);
    const totalActual = check.reduce((s, c) => s + c.actual * c.customers, 0);
    expect(Math.abs(totalExpected / totalActual - 1)).toBeLessThan(0.15);
  });
});
