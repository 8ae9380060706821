import { calibrationAndHoldout } from '../core/clv/calibrationHoldout';
import { cumulativeRepeatTransactions } from '../core/clv/modelChecks';
import { summaryFromTransactions } from '../core/clv/summaryFromTransactions';
import type { TimeUnit } from '../core/clv/types';
import { isoFromDay } from '../core/days';
import { format } from '../core/i18n';
import { type Arg, failWith, isMissing, numberArg, optionalDay, resultLang } from './args';
import { MODEL_PARAM, PARAMS_PARAM, coreCall, purchasesArg, readModel, unitArg } from './clv';
import { CLV_HEADERS } from './clvHeaders';
import { CLV_FUNCTION_ERRORS as ERRORS, NUMBER_PROBLEMS } from './errorText';
import type { CustomFunctionSpec } from './spec';

/**
 * Tables from order rows (issue 13): the per-customer summary the CLV models take (lifetimes'
 * `summary_data_from_transaction_data`), its calibration/holdout split
 * (`calibration_and_holdout_data`) and the tracking table of actual against expected repeat
 * purchases (`expected_cumulative_transactions`; R BTYD's tracking plots). Each returns a table
 * with a header row; same-day orders of a customer count as one purchase day, amounts summed.
 */

const ORDER_PARAMS = [
  { name: 'customer_ids', description: 'Customer id of each order row (a column).' },
  { name: 'dates', description: 'Order date of each row (dates, YYYY-MM-DD text or serial numbers).' },
];
const AMOUNTS = { name: 'amounts', description: 'Amount of each order row.' };
const UNIT = { name: 'unit', description: '"week" (default) or "day": the unit of recency, T and durations (a week is 7 days).', optional: true };

const plural = { week: 'weeks', day: 'days' } as const;

/** The header row of a table, in the spreadsheet's language, with the time unit in words. */
function headerRow(fn: string, keys: (keyof typeof CLV_HEADERS)[], unit: TimeUnit): string[] {
  const lang = resultLang(fn, undefined);
  return keys.map((k) => format(CLV_HEADERS[k], lang, { unit: CLV_HEADERS[plural[unit]][lang] }));
}

const CLV_SUMMARY: CustomFunctionSpec = {
  name: 'CLV_SUMMARY',
  description:
    'Per-customer frequency (repeat purchase days), recency, T and monetary value (mean spend per repeat purchase day) from order rows, as lifetimes summary_data_from_transaction_data and the CDNOW summary of Fader, Hardie & Lee 2005; same-day orders merged.',
  params: [...ORDER_PARAMS, AMOUNTS, { name: 'observation_end', description: 'Last day of the data to use (inclusive); default the last order date. Orders after it are left out.', optional: true }, UNIT],
  example: '=CLV_SUMMARY(Orders!A2:A, Orders!B2:B, Orders!C2:C, DATE(1997,9,30), "week")',
  returns: 'a table with a header row: customer, frequency, recency, T, monetary value',
  run: (customerIds: Arg, dates: Arg, amounts: Arg, observationEnd?: Arg, unit?: Arg) => {
    const FN = 'CLV_SUMMARY';
    const u = unitArg(FN, unit as Arg);
    const end = optionalDay(FN, 'observation_end', observationEnd as Arg);
    const rows = summaryFromTransactions(purchasesArg(FN, customerIds, dates, amounts), { unit: u, calibrationEnd: end });
    if (rows.length === 0) failWith(FN, end === undefined ? ERRORS.noOrderRows : ERRORS.noOrdersBy, { param: 'observation_end', date: end === undefined ? '' : isoFromDay(end) });
    return [headerRow(FN, ['customer', 'frequency', 'recency', 'age', 'monetary'], u), ...rows.map((r) => [r.customerId, r.frequency, r.recency, r.T, r.monetary])];
  },
};

const CLV_HOLDOUT: CustomFunctionSpec = {
  name: 'CLV_HOLDOUT',
  description:
    'Splits order rows at calibration_end into each customer\'s calibration summary (frequency, recency, T, monetary value) and holdout purchase days, holdout mean spend and holdout length, as lifetimes calibration_and_holdout_data. Customers whose first order is after calibration_end are left out.',
  params: [
    ...ORDER_PARAMS,
    AMOUNTS,
    { name: 'calibration_end', description: 'Last day of the calibration period (inclusive), e.g. DATE(1997,9,30).' },
    { name: 'observation_end', description: 'Last day of the holdout period (inclusive); default the last order date.', optional: true },
    UNIT,
  ],
  example: '=CLV_HOLDOUT(Orders!A2:A, Orders!B2:B, Orders!C2:C, DATE(1997,9,30), DATE(1998,6,30))',
  returns: 'a table with a header row: customer, calibration frequency, recency, T, monetary value, holdout frequency, holdout monetary value, holdout duration',
  run: (customerIds: Arg, dates: Arg, amounts: Arg, calibrationEnd: Arg, observationEnd?: Arg, unit?: Arg) => {
    const FN = 'CLV_HOLDOUT';
    const u = unitArg(FN, unit as Arg);
    const cal = optionalDay(FN, 'calibration_end', calibrationEnd);
    if (cal === undefined) failWith(FN, ERRORS.calibrationEnd);
    const end = optionalDay(FN, 'observation_end', observationEnd as Arg);
    if (end !== undefined && end <= cal) failWith(FN, ERRORS.observationEnd, { end: isoFromDay(end), cal: isoFromDay(cal) });
    const purchases = purchasesArg(FN, customerIds, dates, amounts);
    if (!purchases.some((p) => p.day <= cal)) failWith(FN, ERRORS.noOrdersBy, { param: 'calibration_end', date: isoFromDay(cal) });
    const rows = coreCall(FN, () => calibrationAndHoldout(purchases, { unit: u, calibrationEnd: cal, holdoutEnd: end }));
    return [
      headerRow(FN, ['customer', 'frequencyCalibration', 'recency', 'age', 'monetaryCalibration', 'frequencyHoldout', 'monetaryHoldout', 'durationHoldout'], u),
      ...rows.map((r) => [r.customerId, r.frequency, r.recency, r.T, r.monetary, r.frequencyHoldout, r.monetaryHoldout, r.durationHoldout]),
    ];
  },
};

const CLV_TRACKING: CustomFunctionSpec = {
  name: 'CLV_TRACKING',
  description:
    'Tracking table: actual and expected repeat purchases per period since the first order in the data, cumulative and incremental (Fader, Hardie & Lee 2005, figure 2; lifetimes expected_cumulative_transactions; R BTYD bgnbd.PlotTrackingCum). Expected: each customer\'s E[X(t)] since their first purchase, summed.',
  params: [
    ...ORDER_PARAMS,
    PARAMS_PARAM,
    { name: 'periods', description: 'Number of periods (weeks or days, as unit) to track, e.g. 78.' },
    MODEL_PARAM,
    { name: 'unit', description: '"week" (default) or "day": the length of a period and the unit the parameters were fitted in.', optional: true },
  ],
  example: '=CLV_TRACKING(Orders!A2:A, Orders!B2:B, Model!B2:E2, 78, "bgnbd", "week")',
  returns: 'a table with a header row: period, period end date, actual and expected cumulative repeat purchases, actual and expected incremental repeat purchases',
  run: (customerIds: Arg, dates: Arg, params: Arg, periods: Arg, model?: Arg, unit?: Arg) => {
    const FN = 'CLV_TRACKING';
    const m = readModel(FN, params, model);
    const u = unitArg(FN, unit as Arg);
    if (isMissing(periods)) failWith(FN, ERRORS.periods);
    const n = numberArg(FN, 'periods', periods, (v) => (Number.isInteger(v) && v >= 1 && v <= 5000 ? null : NUMBER_PROBLEMS.periods));
    const purchases = purchasesArg(FN, customerIds, dates, null);
    if (purchases.length === 0) failWith(FN, ERRORS.noOrderRows);
    const rows = cumulativeRepeatTransactions(m, purchases, { unit: u, periods: n });
    return [
      headerRow(FN, ['period', 'periodEnd', 'actualCumulative', 'expectedCumulative', 'actualIncremental', 'expectedIncremental'], u),
      ...rows.map((r, i) => {
        const prev = i ? rows[i - 1] : { actual: 0, expected: 0 };
        return [r.period, isoFromDay(r.endDay - 1), r.actual, r.expected, r.actual - prev.actual, r.expected - prev.expected];
      }),
    ];
  },
};

/** Custom functions of this area. */
export const clvTableFunctions: CustomFunctionSpec[] = [CLV_SUMMARY, CLV_HOLDOUT, CLV_TRACKING];
