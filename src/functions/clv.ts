import { clvFromPurchases } from '../core/clv/clvFromPurchases';
import { gammaGammaExpectedSpend } from '../core/clv/gammaGamma';
import { discountedValue } from '../core/clv/predictions';
import { purchasesFromColumns } from '../core/clv/purchasesFromColumns';
import type { Purchase } from '../core/clv/summaryFromTransactions';
import { conditionalExpectedPurchases, PARAM_NAMES, probabilityAlive, TRANSACTION_MODELS, type TransactionModel, type TransactionModelName } from '../core/clv/transactionModel';
import { type GammaGammaParams, periodsPerMonth, type TimeUnit } from '../core/clv/types';
import { isoFromDay } from '../core/days';
import { format, isLocalizedError } from '../core/i18n';
import { type Arg, type Cell, asRange, cells, errorLang, fail, failWith, isEmptyCell, isErrorText, isMissing, mapRows, numberArg, optionalNumberArg, refuseErrorCell, resultLang, rowPlace, textOf, toNumber } from './args';
import { CLV_HEADERS } from './clvHeaders';
import { CLV_FUNCTION_ERRORS as ERRORS, NUMBER_PROBLEMS } from './errorText';
import type { CustomFunctionSpec } from './spec';

/**
 * Predictive CLV in cells (issue 7). Fitted parameters come from cells (the Model tab): a row
 * or column of numbers in the published order (r, alpha, a, b / r, alpha, s, beta / p, q, gamma),
 * or two rows/columns with labels, which may include a `model` label naming the model.
 * The model defaults to MBG/NBD: unlike BG/NBD its P(alive) for one-time buyers falls with time.
 */

const LABELS: Record<string, string> = { r: 'r', alpha: 'alpha', 'α': 'alpha', a: 'a', b: 'b', s: 's', beta: 'beta', 'β': 'beta', p: 'p', q: 'q', gamma: 'gamma', 'γ': 'gamma', v: 'gamma', delta: 'delta', 'δ': 'delta', model: 'model' };

/** Label → value pairs of a parameter range, or null when it has no labels. */
function labelled(range: Cell[][]): Map<string, Cell> | null {
  const isLabel = (c: Cell) => typeof c === 'string' && LABELS[c.trim().toLowerCase()] !== undefined;
  const pairs = new Map<string, Cell>();
  if (range.length === 2 && range[0].some(isLabel)) range[0].forEach((c, i) => {
    if (isLabel(c)) pairs.set(LABELS[(c as string).trim().toLowerCase()], range[1][i]);
  });
  else if (range.length > 0 && range[0].length === 2 && range.some((row) => isLabel(row[0]))) range.forEach((row) => {
    if (isLabel(row[0])) pairs.set(LABELS[(row[0] as string).trim().toLowerCase()], row[1]);
  });
  else return null;
  return pairs;
}

export function modelName(fn: string, v: Cell): TransactionModelName {
  refuseErrorCell(fn, 'model', v, '');
  const t = textOf(v).toLowerCase().replace(/[^a-z]/g, '');
  const name = t === 'paretonbd' ? 'pareto' : t;
  if (!(TRANSACTION_MODELS as readonly string[]).includes(name)) failWith(fn, ERRORS.model, { choices: TRANSACTION_MODELS.join(', '), value: textOf(v) });
  return name as TransactionModelName;
}

/** Reads named positive parameters from a range, labelled or in the given order. */
export function readParams(fn: string, param: string, arg: Arg, names: readonly string[]): { values: Record<string, number>; labels: Map<string, Cell> | null } {
  if (isMissing(arg)) failWith(fn, ERRORS.paramsRequired, { param, names: names.join(', ') });
  const range = asRange(arg);
  const labels = labelled(range);
  const values: Record<string, number> = {};
  const numbers = labels ? null : cells(range).filter((c) => !isEmptyCell(c));
  names.forEach((name, i) => {
    const c = labels ? labels.get(name) : numbers![i];
    if (c === undefined) failWith(fn, labels ? ERRORS.noLabel : ERRORS.paramCount, { param, names: names.join(', '), name, count: numbers?.length ?? 0 });
    if (isErrorText(c)) failWith(fn, ERRORS.paramErrorCell, { param, name, value: c });
    const n = toNumber(c as Cell);
    if (n === null || !(n > 0)) failWith(fn, ERRORS.paramNotPositive, { param, name, value: textOf(c as Cell) });
    values[name] = n;
  });
  return { values, labels };
}

export function readModel(fn: string, paramsArg: Arg, modelArg: Arg): TransactionModel {
  const labels = labelled(asRange(paramsArg));
  let name: TransactionModelName = 'mbgnbd';
  if (!isMissing(modelArg)) name = modelName(fn, cells(modelArg)[0]);
  else if (labels?.has('model')) name = modelName(fn, labels.get('model') as Cell);
  else if (labels?.has('s') || labels?.has('beta')) name = 'pareto';
  const { values } = readParams(fn, 'params', paramsArg, PARAM_NAMES[name]);
  return { model: name, params: values } as unknown as TransactionModel;
}

export function history(fn: string, [x, tx, T]: Cell[], row: number): [number, number, number] {
  const num = (name: string, c: Cell) => numberArg(fn, () => `${name}${rowPlace(row)}`, c, (n) => (n >= 0 ? null : NUMBER_PROBLEMS.negative));
  const frequency = num('frequency', x);
  const recency = num('recency', tx);
  const age = num('T', T);
  if (!Number.isInteger(frequency)) failWith(fn, ERRORS.wholeFrequency, { place: rowPlace(row), value: frequency });
  if (recency > age) failWith(fn, ERRORS.recencyOverT, { place: rowPlace(row), value: recency, age });
  return [frequency, frequency === 0 ? 0 : recency, age];
}

export function unitArg(fn: string, v: Arg): TimeUnit {
  if (isMissing(v)) return 'week';
  refuseErrorCell(fn, 'unit', cells(v)[0], '');
  const t = textOf(cells(v)[0]).toLowerCase();
  if (t === 'week' || t === 'weeks' || t === 'w') return 'week';
  if (t === 'day' || t === 'days' || t === 'd') return 'day';
  return failWith(fn, ERRORS.unit, { value: t });
}

/** The prediction horizon in months and the monthly discount rate, shared by CLV_PREDICT and CLV_FROM_ORDERS. */
function horizonArgs(fn: string, months: Arg, monthlyDiscount: Arg): { horizon: number; discount: number } {
  return {
    horizon: optionalNumberArg(fn, 'months', months, 12, (n) => (n > 0 && n <= 600 ? null : NUMBER_PROBLEMS.months)),
    discount: optionalNumberArg(fn, 'monthly_discount', monthlyDiscount, 0.01, (n) => (n >= 0 && n < 1 ? null : NUMBER_PROBLEMS.discount)),
  };
}

/**
 * Runs a core call, turning its error into "FN: message", in the spreadsheet's language when the
 * core words it in every language (a message already starting with "FN: " or "FN：" is not prefixed twice).
 */
export function coreCall<R>(fn: string, compute: () => R): R {
  try {
    return compute();
  } catch (e) {
    const msg = isLocalizedError(e) ? format(e.text, errorLang(), e.params) : e instanceof Error ? e.message : String(e);
    return fail(fn, msg.replace(new RegExp(`^${fn}(: |：)`), ''));
  }
}

/**
 * Order rows from three equally long ranges (customer id, date, amount; `amounts` null when the
 * function takes none), read with the core's date and money readers ({@link purchasesFromColumns}).
 */
export function purchasesArg(fn: string, customerIds: Arg, dates: Arg, amounts: Arg | null): Purchase[] {
  const [idList, dateList] = [customerIds, dates].map((a) => cells(a));
  const amountList = amounts === null ? null : cells(amounts);
  if (idList.length !== dateList.length || (amountList && idList.length !== amountList.length)) failWith(fn, amountList ? ERRORS.ordersSizes : ERRORS.idsDatesSizes);
  return coreCall(fn, () => purchasesFromColumns(idList, dateList, amountList, 1, fn));
}

export const HISTORY_PARAMS = [
  { name: 'frequency', description: 'Repeat purchase days (purchase days after the first); a cell or a column.' },
  { name: 'recency', description: 'Time from first to last purchase, in the unit the model was fitted in; a cell or a column.' },
  { name: 'T', description: 'Time from first purchase to the end of the data, same unit; a cell or a column.' },
];
export const PARAMS_PARAM = { name: 'params', description: 'Fitted parameters: r, alpha, a, b (or r, alpha, s, beta for Pareto/NBD) as a row or column, optionally with a label row/column.' };
export const MODEL_PARAM = { name: 'model', description: '"mbgnbd" (default), "bgnbd", "pareto" or "nbd" (no dropout); a "model" label in params also works.', optional: true };

const PROB_ALIVE: CustomFunctionSpec = {
  name: 'PROB_ALIVE',
  description: 'Probability that each customer is still active, from a fitted BG/NBD, MBG/NBD or Pareto/NBD model.',
  params: [...HISTORY_PARAMS, PARAMS_PARAM, MODEL_PARAM],
  example: '=PROB_ALIVE(B2:B, C2:C, D2:D, Model!B2:E2)',
  returns: 'a probability between 0 and 1 per row',
  run: (frequency: Arg, recency: Arg, T: Arg, params: Arg, model?: Arg) => {
    const m = readModel('PROB_ALIVE', params, model);
    return mapRows('PROB_ALIVE', ['frequency', 'recency', 'T'], [frequency, recency, T], (v, row) => probabilityAlive(m, ...history('PROB_ALIVE', v, row)));
  },
};

const EXPECTED_PURCHASES: CustomFunctionSpec = {
  name: 'EXPECTED_PURCHASES',
  description: 'Expected repeat purchases of each customer in the next t time units, from a fitted purchase model.',
  params: [{ name: 't', description: 'Length of the future period, in the unit the model was fitted in (e.g. 52 weeks).' }, ...HISTORY_PARAMS, PARAMS_PARAM, MODEL_PARAM],
  example: '=EXPECTED_PURCHASES(52, B2:B, C2:C, D2:D, Model!B2:E2)',
  returns: 'expected purchases per row',
  run: (t: Arg, frequency: Arg, recency: Arg, T: Arg, params: Arg, model?: Arg) => {
    const m = readModel('EXPECTED_PURCHASES', params, model);
    const horizon = numberArg('EXPECTED_PURCHASES', 't', t, (n) => (n >= 0 ? null : NUMBER_PROBLEMS.negative));
    return mapRows('EXPECTED_PURCHASES', ['frequency', 'recency', 'T'], [frequency, recency, T], (v, row) => conditionalExpectedPurchases(m, horizon, ...history('EXPECTED_PURCHASES', v, row)));
  },
};

const CLV_PREDICT: CustomFunctionSpec = {
  name: 'CLV_PREDICT',
  description: 'Discounted predicted customer lifetime value over the next months, from fitted purchase and Gamma-Gamma spend models.',
  params: [
    ...HISTORY_PARAMS,
    { name: 'monetary', description: 'Mean spend per repeat purchase day (0 when frequency is 0); a cell or a column.' },
    PARAMS_PARAM,
    { name: 'spend_params', description: 'Gamma-Gamma parameters p, q, gamma as a row or column, optionally labelled.' },
    { name: 'months', description: 'Horizon in months (a month is 30.4375 days, 365.25 / 12; Python lifetimes uses 30); default 12.', optional: true },
    { name: 'monthly_discount', description: 'Monthly discount rate, e.g. 1% ; default 0.01.', optional: true },
    { name: 'unit', description: '"week" (default) or "day": the unit of recency, T and the fitted parameters.', optional: true },
    MODEL_PARAM,
  ],
  example: '=CLV_PREDICT(B2:B, C2:C, D2:D, E2:E, Model!B2:E2, Model!B3:D3, 12, 1%, "week")',
  returns: 'predicted CLV per row, in the currency of monetary',
  run: (frequency: Arg, recency: Arg, T: Arg, monetary: Arg, params: Arg, spendParams: Arg, months?: Arg, monthlyDiscount?: Arg, unit?: Arg, model?: Arg) => {
    const FN = 'CLV_PREDICT';
    const m = readModel(FN, params, model);
    const spend = readParams(FN, 'spend_params', spendParams, ['p', 'q', 'gamma']).values as unknown as GammaGammaParams;
    if (!(spend.q > 1)) failWith(FN, ERRORS.spendQ);
    const { horizon, discount: d } = horizonArgs(FN, months, monthlyDiscount);
    const f = periodsPerMonth(unitArg(FN, unit as Arg));
    return mapRows(FN, ['frequency', 'recency', 'T', 'monetary'], [frequency, recency, T, monetary], (v, row) => {
      const [fx, ftx, fT] = history(FN, v, row);
      const z = numberArg(FN, () => `monetary${rowPlace(row)}`, v[3], (n) => (n >= 0 ? null : NUMBER_PROBLEMS.negative));
      return discountedValue((t) => conditionalExpectedPurchases(m, t, fx, ftx, fT), gammaGammaExpectedSpend(spend, fx, z), horizon, f, d);
    });
  },
};

const CLV_FROM_ORDERS: CustomFunctionSpec = {
  name: 'CLV_FROM_ORDERS',
  description: 'Fits the CLV models to order rows and returns each customer\'s churn probability, expected orders and predicted CLV.',
  params: [
    { name: 'customer_ids', description: 'Customer id of each order row (a column).' },
    { name: 'dates', description: 'Order date of each row (dates, YYYY-MM-DD text or serial numbers).' },
    { name: 'amounts', description: 'Amount of each order row.' },
    { name: 'months', description: 'Prediction horizon in months (a month is 30.4375 days, 365.25 / 12; Python lifetimes uses 30); default 12.', optional: true },
    { name: 'monthly_discount', description: 'Monthly discount rate; default 0.01.', optional: true },
    MODEL_PARAM,
  ],
  example: '=CLV_FROM_ORDERS(Orders!A2:A, Orders!B2:B, Orders!C2:C)',
  returns: 'a table with a header row: customer, purchase days, P(alive), churn probability, expected orders, expected spend per order, predicted CLV, historic spend, tier, next order date',
  run: (customerIds: Arg, dates: Arg, amounts: Arg, months?: Arg, monthlyDiscount?: Arg, model?: Arg) => {
    const FN = 'CLV_FROM_ORDERS';
    const name = isMissing(model as Arg) ? 'mbgnbd' : modelName(FN, cells(model as Arg)[0]);
    const { horizon, discount: d } = horizonArgs(FN, months, monthlyDiscount);
    const purchases = purchasesArg(FN, customerIds, dates, amounts);
    const run = coreCall(FN, () => clvFromPurchases(purchases, { model: name, months: horizon, monthlyDiscountRate: d }));
    const round = (v: number, k: number) => Math.round(v * 10 ** k) / 10 ** k;
    const lang = resultLang(FN, undefined);
    const H = (key: keyof typeof CLV_HEADERS) => format(CLV_HEADERS[key], lang, { months: horizon });
    const header = [H('customer'), H('purchaseDays'), H('alive'), H('churn'), H('expectedOrders'), H('spendPerOrder'), H('predictedClv'), H('historicSpend'), H('tier'), H('nextOrder')];
    return [
      header,
      ...run.customers.map(({ history: h, prediction: p }) => [
        h.customerId,
        h.purchaseDays,
        round(p.probabilityAlive, 4),
        round(p.churnProbability, 4),
        round(p.expectedPurchases, 3),
        round(p.expectedAverageSpend, 2),
        round(p.predictedClv, 2),
        round(p.historicClv, 2),
        H(p.tier),
        p.expectedNextOrderDay === null ? '' : isoFromDay(p.expectedNextOrderDay),
      ]),
    ];
  },
};

/** Custom functions of this area. */
export const clvFunctions: CustomFunctionSpec[] = [PROB_ALIVE, EXPECTED_PURCHASES, CLV_PREDICT, CLV_FROM_ORDERS];
