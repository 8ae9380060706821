import { bgbbConditionalExpectedPurchases, bgbbExpectedPurchases, bgbbProbabilityAlive } from '../core/clv/bgbb';
import type { BgBbParams } from '../core/clv/types';
import { type Arg, type Cell, failWith, mapRows, numberArg, optionalNumberArg, rowPlace } from './args';
import { readParams } from './clv';
import { CLV_FUNCTION_ERRORS as ERRORS, NUMBER_PROBLEMS } from './errorText';
import type { CustomFunctionSpec } from './spec';

/**
 * BG/BB in cells (issue 13): the discrete-time model of Fader, Hardie & Shang 2010 ("Customer-Base
 * Analysis in a Discrete-Time Noncontractual Setting", Marketing Science 29(6)) for businesses
 * whose customers can buy only at fixed occasions (a yearly donation drive, an annual event).
 * A history is x transactions in n opportunities, the last at opportunity t_x, as R BTYD and
 * lifetimes' BetaGeoBetaBinomFitter count them; time is in opportunities, not calendar units.
 */

const NAMES = ['alpha', 'beta', 'gamma', 'delta'] as const;

function bgbbParams(fn: string, arg: Arg): BgBbParams {
  return readParams(fn, 'params', arg, NAMES).values as unknown as BgBbParams;
}

/** A discrete history: whole numbers with 0 ≤ x ≤ t_x ≤ n (t_x read as 0 when x = 0). */
function discreteHistory(fn: string, [x, tx, n]: Cell[], row: number): [number, number, number] {
  const whole = (name: string, c: Cell) => numberArg(fn, () => `${name}${rowPlace(row)}`, c, (v) => (v >= 0 && Number.isInteger(v) ? null : NUMBER_PROBLEMS.notWhole));
  const frequency = whole('frequency', x);
  const recency = frequency === 0 ? 0 : whole('recency', tx);
  const periods = whole('periods', n);
  if (frequency > recency) failWith(fn, ERRORS.frequencyOverRecency, { place: rowPlace(row), value: frequency, recency });
  if (recency > periods) failWith(fn, ERRORS.recencyOverPeriods, { place: rowPlace(row), value: recency, periods });
  return [frequency, recency, periods];
}

const HISTORY = [
  { name: 'frequency', description: 'Repeat transactions x in the calibration opportunities; a cell or a column.' },
  { name: 'recency', description: 'Opportunity t_x of the last transaction (0 when frequency is 0); a cell or a column.' },
  { name: 'periods', description: 'Number of calibration opportunities n; a cell or a column.' },
];
const PARAMS = { name: 'params', description: 'BG/BB parameters alpha, beta, gamma, delta as a row or column, optionally with a label row/column (donations data, FHS 2010: 1.204, 0.750, 0.657, 2.783).' };

const BGBB_PROB_ALIVE: CustomFunctionSpec = {
  name: 'BGBB_PROB_ALIVE',
  description: 'BG/BB probability that each customer is still alive at opportunity n + future_periods (Fader, Hardie & Shang 2010, eq. A10 and table 6; lifetimes BetaGeoBetaBinomFitter.conditional_probability_alive).',
  params: [...HISTORY, PARAMS, { name: 'future_periods', description: 'Opportunities after the last calibration one; default 1, "alive at the next opportunity" as FHS 2010 table 6.', optional: true }],
  example: '=BGBB_PROB_ALIVE(B2:B, C2:C, 6, Model!B2:E2)',
  returns: 'a probability between 0 and 1 per row',
  run: (frequency: Arg, recency: Arg, periods: Arg, params: Arg, futurePeriods?: Arg) => {
    const FN = 'BGBB_PROB_ALIVE';
    const p = bgbbParams(FN, params);
    const m = optionalNumberArg(FN, 'future_periods', futurePeriods, 1, (v) => (v >= 0 && Number.isInteger(v) ? null : NUMBER_PROBLEMS.notWhole));
    return mapRows(FN, ['frequency', 'recency', 'periods'], [frequency, recency, periods], (v, row) => bgbbProbabilityAlive(p, m, ...discreteHistory(FN, v, row)));
  },
};

const BGBB_EXPECTED_PURCHASES: CustomFunctionSpec = {
  name: 'BGBB_EXPECTED_PURCHASES',
  description: 'BG/BB expected transactions of each customer in the next future_periods opportunities, given the history (Fader, Hardie & Shang 2010, eq. 13; R BTYD bgbb.ConditionalExpectedTransactions).',
  params: [{ name: 'future_periods', description: 'Number of future opportunities n* (e.g. 5 yearly drives).' }, ...HISTORY, PARAMS],
  example: '=BGBB_EXPECTED_PURCHASES(5, B2:B, C2:C, 6, Model!B2:E2)',
  returns: 'expected transactions per row',
  run: (futurePeriods: Arg, frequency: Arg, recency: Arg, periods: Arg, params: Arg) => {
    const FN = 'BGBB_EXPECTED_PURCHASES';
    const p = bgbbParams(FN, params);
    const m = numberArg(FN, 'future_periods', futurePeriods, (v) => (v >= 0 && Number.isInteger(v) ? null : NUMBER_PROBLEMS.notWhole));
    return mapRows(FN, ['frequency', 'recency', 'periods'], [frequency, recency, periods], (v, row) => bgbbConditionalExpectedPurchases(p, m, ...discreteHistory(FN, v, row)));
  },
};

const BGBB_EXPECTED_NEW: CustomFunctionSpec = {
  name: 'BGBB_EXPECTED_NEW',
  description: 'BG/BB expected transactions of a new customer in the first n opportunities, E[X(n)] (Fader, Hardie & Shang 2010, eq. 8; R BTYD bgbb.Expectation). Times the cohort size it is the expected cumulative tracking line.',
  params: [{ name: 'periods', description: 'Number of opportunities n; a cell or a column.' }, PARAMS],
  example: '=BGBB_EXPECTED_NEW(10, Model!B2:E2)',
  returns: 'expected transactions per row',
  run: (periods: Arg, params: Arg) => {
    const FN = 'BGBB_EXPECTED_NEW';
    const p = bgbbParams(FN, params);
    return mapRows(FN, ['periods'], [periods], (v, row) =>
      bgbbExpectedPurchases(p, numberArg(FN, () => `periods${rowPlace(row)}`, v[0], (n) => (n >= 0 && Number.isInteger(n) ? null : NUMBER_PROBLEMS.notWhole))),
    );
  },
};

/** Custom functions of this area. */
export const bgbbFunctions: CustomFunctionSpec[] = [BGBB_PROB_ALIVE, BGBB_EXPECTED_PURCHASES, BGBB_EXPECTED_NEW];
