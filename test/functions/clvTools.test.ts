/**
 * The issue 13 CLV formulas in cells, through the Apps Script harness. Every expected figure is a
 * peer's or a paper's, named next to it:
 * - lifetimes 0.11.3 tests (CamDavidsonPilon/lifetimes, tests/test_utils.py and tests/test_estimation.py);
 * - the R BTYD walkthrough (cran/BTYD, inst/doc/BTYD-walkthrough.pdf, printed R output);
 * - R CLVTools tests (bachmannpatrick/CLVTools, tests/testthat/test_correctness_pnbd_nocovstaticcov.R);
 * - Fader, Hardie & Shang 2010 (BG/BB, Marketing Science 29(6)), table 6.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { fitTransactionModel } from '../../src/core/clv/transactionModel';
import { summaryFromTransactions } from '../../src/core/clv/summaryFromTransactions';
import { isoFromDay } from '../../src/core/days';
import { type AddOn, loadAddOn } from '../harness/index';
import { CALIBRATION_END, cdnowSummary, cdnowTransactions } from '../core/clv/cdnowData';

let addon: AddOn;
beforeAll(() => {
  addon = loadAddOn();
});

const call = (name: string, ...args: unknown[]) => addon.callCustomFunction(name, ...args);
const col = (values: unknown[]) => values.map((v) => [v]);
const near = (got: number, want: number, tol: number) => expect(Math.abs(got - want)).toBeLessThan(tol);

// lifetimes tests/test_utils.py, fixture large_transaction_level_data_with_monetary_value.
const LIFETIMES_ORDERS: [number, string, number][] = [
  [1, '2015-01-01', 1], [1, '2015-02-06', 2], [2, '2015-01-01', 2], [3, '2015-01-01', 3], [3, '2015-01-02', 1], [3, '2015-01-05', 5],
  [4, '2015-01-16', 6], [4, '2015-02-02', 3], [4, '2015-02-05', 3], [5, '2015-01-16', 3], [5, '2015-01-17', 1], [5, '2015-01-18', 8], [6, '2015-02-02', 5],
];
const ids = col(LIFETIMES_ORDERS.map((o) => o[0]));
const dates = col(LIFETIMES_ORDERS.map((o) => o[1]));
const amounts = col(LIFETIMES_ORDERS.map((o) => o[2]));

const cdnow = cdnowTransactions('CDNOW_sample.txt');
const cdnowIds = col(cdnow.map((p) => p.customerId));
const cdnowDates = col(cdnow.map((p) => isoFromDay(p.day)));
const cdnowAmounts = col(cdnow.map((p) => p.amount ?? 0));

describe('CLV_SUMMARY', () => {
  it('matches lifetimes test_summary_date_from_transaction_with_monetary_values (days, observation end 2015-02-07)', () => {
    const table = call('CLV_SUMMARY', ids, dates, amounts, '2015-02-07', 'day') as unknown[][];
    expect(table[0]).toEqual(['Customer', 'Frequency', 'Recency (days)', 'T (days)', 'Monetary value']);
    // lifetimes' expected frame: id, frequency, recency, T, monetary_value.
    expect(table.slice(1)).toEqual([
      ['1', 1, 36, 37, 2],
      ['2', 0, 0, 37, 0],
      ['3', 2, 4, 37, 3],
      ['4', 2, 20, 22, 3],
      ['5', 2, 2, 22, 4.5],
      ['6', 0, 0, 5, 0],
    ]);
  });

  it('reproduces the CDNOW calibration summary lifetimes ships (cdnow_customers_summary_with_transactions.csv, from Hardie) and its spend statistics', () => {
    const table = call('CLV_SUMMARY', cdnowIds, cdnowDates, cdnowAmounts, isoFromDay(CALIBRATION_END), 'week') as unknown[][];
    const published = cdnowSummary();
    expect(table).toHaveLength(published.length + 1);
    table.slice(1).forEach((row, i) => {
      const p = published[i];
      expect(Number(row[0])).toBe(p.id);
      expect(row[1]).toBe(p.frequency);
      near(row[2] as number, p.recency, 0.006); // the file rounds weeks to 2 decimals
      near(row[3] as number, p.T, 0.006);
      near(row[4] as number, p.monetary, 0.006);
    });
    // lifetimes test_summary_statistics_are_indentical_to_hardies_paper (FHL 2005 JMR): 946 repeaters, mean $35, median $27, max $300.
    const spend = table.slice(1).filter((r) => (r[1] as number) > 0).map((r) => r[4] as number).sort((a, b) => a - b);
    expect(spend).toHaveLength(946);
    expect(Math.round(spend.reduce((a, b) => a + b, 0) / spend.length)).toBe(35);
    expect(Math.round((spend[472] + spend[473]) / 2)).toBe(27);
    expect(Math.round(spend[spend.length - 1])).toBe(300);
  });

  it('refuses ranges of different sizes and a bad unit', () => {
    expect(() => call('CLV_SUMMARY', ids, dates.slice(1), amounts)).toThrow('CLV_SUMMARY: customer_ids, dates and amounts must be ranges of the same size');
    expect(() => call('CLV_SUMMARY', ids, dates, amounts, '', 'month')).toThrow(/CLV_SUMMARY: unit must be "week" or "day"/);
    expect(() => call('CLV_SUMMARY', ids, dates, amounts, '2014-01-01', 'day')).toThrow(/CLV_SUMMARY: no orders on or before observation_end/);
  });
});

describe('CLV_HOLDOUT', () => {
  it('matches lifetimes test_calibration_and_holdout_data(_with_monetary_value): calibration end 2015-02-01, observation end 2015-02-07', () => {
    const table = call('CLV_HOLDOUT', ids, dates, amounts, '2015-02-01', '2015-02-07', 'day') as unknown[][];
    const rows = table.slice(1);
    // Customer 6 first bought after the calibration end: lifetimes raises KeyError for it.
    expect(rows.map((r) => r[0])).toEqual(['1', '2', '3', '4', '5']);
    expect(rows.map((r) => r[4])).toEqual([0, 0, 3, 0, 4.5]); // monetary_value_cal
    expect(rows.map((r) => r[6])).toEqual([2, 0, 0, 3, 0]); // monetary_value_holdout
    expect([rows[0][5], rows[1][5]]).toEqual([1, 0]); // frequency_holdout of customers 1 and 2
  });

  it('counts holdout days up to the observation end only (lifetimes test_calibration_and_holdout_data_gives_correct_date_boundaries)', () => {
    const table = call('CLV_HOLDOUT', ids, dates, amounts, '2015-02-01', '2015-02-04', 'day') as unknown[][];
    const holdout = new Map(table.slice(1).map((r) => [r[0], r[5]]));
    expect(holdout.get('1')).toBe(0);
    expect(holdout.get('4')).toBe(1);
  });

  it('needs a calibration end before the observation end', () => {
    expect(() => call('CLV_HOLDOUT', ids, dates, amounts, '')).toThrow('CLV_HOLDOUT: calibration_end is required');
    expect(() => call('CLV_HOLDOUT', ids, dates, amounts, '2015-02-05', '2015-02-01')).toThrow(/CLV_HOLDOUT: observation_end \(2015-02-01\) must be after calibration_end/);
    // lifetimes raises "There is no data available" here.
    expect(() => call('CLV_HOLDOUT', ids, dates, amounts, '2014-02-01', '2014-02-07')).toThrow(/CLV_HOLDOUT: no orders on or before calibration_end/);
  });
});

describe('CLV_TRACKING', () => {
  it('BG/NBD weeks 20–25 on the CDNOW sample match the BTYD walkthrough tracking tables (cum.tracking[,20:25], inc.tracking[,20:25])', () => {
    // BTYD walkthrough: bgnbd.EstimateParameters on the CDNOW calibration, printed to 7 digits.
    const params = [['r', 'alpha', 'a', 'b'], [0.2425982, 4.4136842, 0.7929899, 2.4261667]];
    const table = call('CLV_TRACKING', cdnowIds, cdnowDates, params, 25, 'bgnbd', 'week') as unknown[][];
    expect(table[0]).toEqual(['Period', 'Period end', 'Actual cumulative', 'Expected cumulative', 'Actual incremental', 'Expected incremental']);
    const rows = table.slice(20, 26);
    expect(rows.map((r) => r[2])).toEqual([1359, 1414, 1484, 1517, 1573, 1672]);
    [1312.458, 1387.346, 1460.392, 1531.713, 1601.418, 1669.6].forEach((w, i) => {
      near(rows[i][3] as number, w, 0.005);
    });
    expect(rows.map((r) => r[4])).toEqual([73, 55, 70, 33, 56, 99]);
    [76.86531, 74.88843, 73.04554, 71.32166, 69.70412, 68.18213].forEach((w, i) => {
      near(rows[i][5] as number, w, 0.001);
    });
  });

  it('daily BG/NBD periods 11–14 match lifetimes test_expected_cumulative_transactions_date_index (dates 1997-01-11..14)', () => {
    // lifetimes fits BetaGeoFitter to the daily calibration summary first; so do we (core fit, then the cell function).
    const daily = summaryFromTransactions(cdnow, { unit: 'day', calibrationEnd: CALIBRATION_END });
    const { r, alpha, a, b } = fitTransactionModel('bgnbd', daily).params as unknown as Record<string, number>;
    const table = call('CLV_TRACKING', cdnowIds, cdnowDates, [[r, alpha, a, b]], 14, 'bgnbd', 'day') as unknown[][];
    const last = table.slice(-4);
    expect(last.map((row) => row[1])).toEqual(['1997-01-11', '1997-01-12', '1997-01-13', '1997-01-14']);
    expect(last.map((row) => row[2])).toEqual([11, 12, 15, 19]);
    [10.67, 12.67, 14.87, 17.24].forEach((w, i) => {
      near(last[i][3] as number, w, 0.01);
    });
  });

  it('refuses a missing or silly period count', () => {
    expect(() => call('CLV_TRACKING', ids, dates, [[0.243, 4.414, 0.793, 2.426]], '')).toThrow('CLV_TRACKING: periods is required');
    expect(() => call('CLV_TRACKING', ids, dates, [[0.243, 4.414, 0.793, 2.426]], 2.5)).toThrow(/CLV_TRACKING: periods must be a whole number/);
  });
});

describe('PROB_N_PURCHASES', () => {
  const BG = [[0.243, 4.414, 0.793, 2.426]]; // lifetimes test params (FHL 2005 CDNOW estimates)

  it('BG/NBD matches R BTYD bgnbd.pmf (lifetimes test_probability_of_n_purchases_up_to_time_same_as_R_BTYD)', () => {
    near(call('PROB_N_PURCHASES', 10, 2, BG, 'bgnbd') as number, 1.07869e-7, 1e-9);
    near(call('PROB_N_PURCHASES', 0, 39, BG, 'bgnbd') as number, 0.5737864, 1e-6);
    const pmf = [0.0019995214, 0.0015170236, 0.001163315, 0.0009003148, 0.0007023638, 0.0005517902, 0.0004361913, 0.0003467171, 0.0002769613, 0.000222226];
    const got = call('PROB_N_PURCHASES', col([11, 12, 13, 14, 15, 16, 17, 18, 19, 20]), 30, BG, 'bgnbd') as number[][];
    pmf.forEach((w, i) => {
      near(got[i][0], w, 5e-6);
    }); // lifetimes: decimal=5
  });

  it('MBG/NBD is within lifetimes\' own tolerance of the same R figures (ModifiedBetaGeoFitter test, rtol 0.5)', () => {
    const pmf = [0.0019995214, 0.0015170236, 0.001163315, 0.0009003148, 0.0007023638, 0.0005517902, 0.0004361913, 0.0003467171, 0.0002769613, 0.000222226];
    const got = call('PROB_N_PURCHASES', col([11, 12, 13, 14, 15, 16, 17, 18, 19, 20]), 30, BG) as number[][];
    pmf.forEach((w, i) => {
      expect(Math.abs(got[i][0] - w)).toBeLessThanOrEqual(0.5 * w);
    });
    near(call('PROB_N_PURCHASES', 10, 2, BG, 'mbgnbd') as number, 1.07869e-7, 1e-4);
  });

  it('refuses Pareto/NBD and a fractional n', () => {
    expect(() => call('PROB_N_PURCHASES', 1, 39, [['r', 'alpha', 's', 'beta'], [0.553, 10.578, 0.606, 11.669]])).toThrow(/PROB_N_PURCHASES: model must be bgnbd or mbgnbd/);
    expect(() => call('PROB_N_PURCHASES', col([1, 1.5]), 39, BG, 'bgnbd')).toThrow('PROB_N_PURCHASES: n (row 2) must be a whole number ≥ 0');
  });
});

describe('PROB_NO_PURCHASE', () => {
  it('for a customer just acquired (x = 0, T = 0) it is P(X(39) = 0) = 0.5737864 (R BTYD bgnbd.pmf via lifetimes test)', () => {
    near(call('PROB_NO_PURCHASE', 39, 0, 0, 0, [[0.243, 4.414, 0.793, 2.426]], 'bgnbd') as number, 0.5737864, 1e-6);
  });

  it('works over columns and names the row of a bad history', () => {
    const out = call('PROB_NO_PURCHASE', 39, col([0, 2]), col([0, 30.43]), col([0, 38.86]), [[0.243, 4.414, 0.793, 2.426]], 'bgnbd') as number[][];
    expect(out).toHaveLength(2);
    expect(() => call('PROB_NO_PURCHASE', 39, col([1, 2]), col([5, 9]), col([10, 8]), [[0.243, 4.414, 0.793, 2.426]])).toThrow(/PROB_NO_PURCHASE: recency \(row 2\) \(9\) must not exceed T \(8\)/);
  });
});

describe('CLV_LOGLIK', () => {
  const summary = cdnowSummary();
  const [x, tx, T] = [col(summary.map((r) => r.frequency)), col(summary.map((r) => r.recency)), col(summary.map((r) => r.T))];
  const total = (out: number[][]) => out.reduce((s, r) => s + r[0], 0);

  it('summed over the CDNOW sample: BG/NBD −9582.429 (BTYD walkthrough, bgnbd.cbs.LL) and Pareto/NBD −9594.976 (CLVTools correct.LL.nocov)', () => {
    near(total(call('CLV_LOGLIK', x, tx, T, [[0.2425982, 4.4136842, 0.7929899, 2.4261667]], 'bgnbd') as number[][]), -9582.429, 0.01);
    const pareto = [['r', 'alpha', 's', 'beta'], [0.55315, 10.57633, 0.60625, 11.6715]];
    near(total(call('CLV_LOGLIK', x, tx, T, pareto) as number[][]), -9594.976, 0.01);
  });
});

describe('SPEND_EXPECTED', () => {
  it('first 10 CDNOW customers at p = 6.25, q = 3.74, γ = 15.44 match Hardie\'s note 025 spreadsheet (lifetimes test_conditional_expected_average_profit, atol 0.1)', () => {
    const first = cdnowSummary().slice(0, 10);
    const got = call('SPEND_EXPECTED', col(first.map((r) => r.frequency)), col(first.map((r) => r.monetary)), [['p', 'q', 'v'], [6.25, 3.74, 15.44]]) as number[][];
    [24.65, 18.91, 35.17, 35.17, 35.17, 71.46, 18.91, 35.17, 27.28, 35.17].forEach((w, i) => {
      near(got[i][0], w, 0.1);
    });
  });

  it('refuses q ≤ 1 and a repeat buyer without spend', () => {
    expect(() => call('SPEND_EXPECTED', 2, 20, [[6.25, 0.9, 15.44]])).toThrow('SPEND_EXPECTED: spend_params: q must be > 1');
    expect(() => call('SPEND_EXPECTED', 2, 0, [[6.25, 3.74, 15.44]])).toThrow('SPEND_EXPECTED: monetary must be > 0 when frequency is 2');
  });
});

describe('BG/BB functions', () => {
  // BTYD walkthrough, p.matrix row 3 (bgbb.EstimateParameters on donationsSummary).
  const BTYD = [['alpha', 'beta', 'gamma', 'delta'], [1.203528, 0.749726, 0.6567808, 2.783796]];

  it('BGBB_PROB_ALIVE in 2002: 0.11, 0.59, 0.93 for (0, 0), (2, 4), (6, 6) in 6 years (FHS 2010 table 6; lifetimes test decimal=2)', () => {
    const published = [[1.204, 0.75, 0.657, 2.783]]; // FHS 2010 estimates
    const got = call('BGBB_PROB_ALIVE', col([0, 2, 6]), col([0, 4, 6]), 6, published) as number[][];
    [0.11, 0.59, 0.93].forEach((w, i) => {
      near(got[i][0], w, 0.015);
    });
  });

  it('BGBB_EXPECTED_PURCHASES over 10 years: customer A (0, 0) 0.1302169, B (4, 5) 3.627858 (BTYD walkthrough, bgbb.ConditionalExpectedTransactions)', () => {
    near(call('BGBB_EXPECTED_PURCHASES', 10, 0, 0, 6, BTYD) as number, 0.1302169, 1e-6);
    near(call('BGBB_EXPECTED_PURCHASES', 10, 4, 5, 6, BTYD) as number, 3.627858, 1e-6);
  });

  it('BGBB_EXPECTED_NEW: E[X(10)] = 3.179805 (BTYD bgbb.Expectation); × 11,104 donors it is the walkthrough\'s cumulative tracking line', () => {
    near(call('BGBB_EXPECTED_NEW', 10, BTYD) as number, 3.179805, 1e-6);
    // BTYD walkthrough cum.tracking "exp" row, 1996–2006 (all 11,104 donors first gave in 1995).
    const cum = [5535.833, 10252.89, 14400.51, 18125.18, 21521.07, 24652.71, 27566.49, 30296.97, 32870.7, 35308.56, 37627.29];
    const got = call('BGBB_EXPECTED_NEW', col(cum.map((_, i) => i + 1)), BTYD) as number[][];
    cum.forEach((w, i) => {
      near(11104 * got[i][0], w, 0.01);
    });
  });

  it('refuses a history that cannot happen in discrete time', () => {
    expect(() => call('BGBB_PROB_ALIVE', 3, 2, 6, BTYD)).toThrow('BGBB_PROB_ALIVE: frequency (3) must not exceed recency (2)');
    expect(() => call('BGBB_EXPECTED_PURCHASES', 5, col([1, 2]), col([1, 7]), 6, BTYD)).toThrow('BGBB_EXPECTED_PURCHASES: recency (row 2) (7) must not exceed periods (6)');
    expect(() => call('BGBB_EXPECTED_NEW', 10, [[1.2, 0.75, 0.66]])).toThrow(/BGBB_EXPECTED_NEW: params needs alpha, beta, gamma, delta/);
  });
});
