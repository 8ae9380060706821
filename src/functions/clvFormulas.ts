import { gammaGammaExpectedSpend } from '../core/clv/gammaGamma';
import { probabilityOfPurchases } from '../core/clv/probabilityOfPurchases';
import { logLikelihood, probabilityNoPurchase } from '../core/clv/transactionModel';
import type { BetaGeoParams, GammaGammaParams } from '../core/clv/types';
import { type Arg, failWith, mapRows, numberArg, rowPlace } from './args';
import { HISTORY_PARAMS, MODEL_PARAM, PARAMS_PARAM, history, readModel, readParams } from './clv';
import { CLV_FUNCTION_ERRORS as ERRORS, NUMBER_PROBLEMS } from './errorText';
import type { CustomFunctionSpec } from './spec';

/**
 * Single formulas of the purchase and spend models at given parameters (issue 13), the ones
 * lifetimes, R BTYD and CLVTools offer besides P(alive) and expected purchases: P(X(t) = n),
 * P(no purchase in the next t), one customer's log-likelihood and the Gamma-Gamma expected spend.
 * Parameters are read as PROB_ALIVE reads them (a row or column, optionally labelled); each value
 * argument may be a cell or a column, computed row by row.
 */

const PROB_N_PURCHASES: CustomFunctionSpec = {
  name: 'PROB_N_PURCHASES',
  description:
    'P(X(t) = n): probability that a new customer makes exactly n repeat purchases in the t time units after the first purchase. BG/NBD: Fader, Hardie & Lee 2005 (Marketing Science), eq. 8, as R BTYD bgnbd.pmf; MBG/NBD: Batislam, Denizel & Filiztekin 2007, as lifetimes ModifiedBetaGeoFitter.',
  params: [
    { name: 'n', description: 'Number of repeat purchases (0, 1, 2, …); a cell or a column.' },
    { name: 't', description: 'Length of the period after the first purchase, in the unit the model was fitted in (e.g. 39 weeks); a cell or a column.' },
    { name: 'params', description: 'Fitted parameters r, alpha, a, b as a row or column, optionally with a label row/column.' },
    { name: 'model', description: '"mbgnbd" (default) or "bgnbd"; a "model" label in params also works. Pareto/NBD is not offered.', optional: true },
  ],
  example: '=PROB_N_PURCHASES(0, 39, Model!B2:E2, "bgnbd")',
  returns: 'a probability between 0 and 1 per row',
  run: (n: Arg, t: Arg, params: Arg, model?: Arg) => {
    const FN = 'PROB_N_PURCHASES';
    const m = readModel(FN, params, model);
    if (m.model !== 'bgnbd' && m.model !== 'mbgnbd') failWith(FN, ERRORS.countModel, { model: m.model, value: m.model });
    const name = m.model;
    const p = m.params as BetaGeoParams;
    return mapRows(FN, ['n', 't'], [n, t], (v, row) => {
      const count = numberArg(FN, () => `n${rowPlace(row)}`, v[0], (x) => (x >= 0 && Number.isInteger(x) ? null : NUMBER_PROBLEMS.notWhole));
      const horizon = numberArg(FN, () => `t${rowPlace(row)}`, v[1], (x) => (x >= 0 ? null : NUMBER_PROBLEMS.negative));
      return probabilityOfPurchases(name, p, horizon, count);
    });
  },
};

const PROB_NO_PURCHASE: CustomFunctionSpec = {
  name: 'PROB_NO_PURCHASE',
  description:
    'Probability that each customer makes no purchase in the next t time units, given the history: L(x, t_x, T+t) / L(x, t_x, T) of the fitted BG/NBD, MBG/NBD or Pareto/NBD model (for Pareto/NBD, Fader & Hardie note 028, eq. 16 at n = 0).',
  params: [{ name: 't', description: 'Length of the future period, in the unit the model was fitted in (e.g. 52 weeks).' }, ...HISTORY_PARAMS, PARAMS_PARAM, MODEL_PARAM],
  example: '=PROB_NO_PURCHASE(52, B2:B, C2:C, D2:D, Model!B2:E2)',
  returns: 'a probability between 0 and 1 per row',
  run: (t: Arg, frequency: Arg, recency: Arg, T: Arg, params: Arg, model?: Arg) => {
    const FN = 'PROB_NO_PURCHASE';
    const m = readModel(FN, params, model);
    const horizon = numberArg(FN, 't', t, (n) => (n >= 0 ? null : NUMBER_PROBLEMS.negative));
    return mapRows(FN, ['frequency', 'recency', 'T'], [frequency, recency, T], (v, row) => probabilityNoPurchase(m, horizon, ...history(FN, v, row)));
  },
};

const CLV_LOGLIK: CustomFunctionSpec = {
  name: 'CLV_LOGLIK',
  description:
    'Log-likelihood of each customer\'s history at the given parameters (BG/NBD: Fader, Hardie & Lee 2005, eq. 6; MBG/NBD: Batislam et al. 2007; Pareto/NBD: Fader & Hardie note 009, eq. 18). Summed over the CDNOW sample at the BTYD estimates it gives −9,582.4 (BG/NBD).',
  params: [...HISTORY_PARAMS, PARAMS_PARAM, MODEL_PARAM],
  example: '=CLV_LOGLIK(B2:B, C2:C, D2:D, Model!B2:E2, "bgnbd")',
  returns: 'a log-likelihood (a negative number) per row; SUM them for the sample\'s total',
  run: (frequency: Arg, recency: Arg, T: Arg, params: Arg, model?: Arg) => {
    const FN = 'CLV_LOGLIK';
    const m = readModel(FN, params, model);
    return mapRows(FN, ['frequency', 'recency', 'T'], [frequency, recency, T], (v, row) => logLikelihood(m, ...history(FN, v, row)));
  },
};

const SPEND_EXPECTED: CustomFunctionSpec = {
  name: 'SPEND_EXPECTED',
  description:
    'Gamma-Gamma expected spend per future purchase given a customer\'s repeat purchases and their mean value (Fader, Hardie & Lee 2005, JMR; Fader & Hardie note 025, eq. 5; lifetimes conditional_expected_average_profit). Without repeats: the population mean γp/(q−1).',
  params: [
    { name: 'frequency', description: 'Repeat purchase days (purchase days after the first); a cell or a column.' },
    { name: 'monetary', description: 'Mean spend per repeat purchase day (0 when frequency is 0); a cell or a column.' },
    { name: 'spend_params', description: 'Gamma-Gamma parameters p, q, gamma (lifetimes calls gamma "v") as a row or column, optionally labelled; q must be > 1.' },
  ],
  example: '=SPEND_EXPECTED(B2:B, E2:E, Model!B3:D3)',
  returns: 'expected spend per purchase per row, in the currency of monetary',
  run: (frequency: Arg, monetary: Arg, spendParams: Arg) => {
    const FN = 'SPEND_EXPECTED';
    const spend = readParams(FN, 'spend_params', spendParams, ['p', 'q', 'gamma']).values as unknown as GammaGammaParams;
    if (!(spend.q > 1)) failWith(FN, ERRORS.spendQ);
    return mapRows(FN, ['frequency', 'monetary'], [frequency, monetary], (v, row) => {
      const x = numberArg(FN, () => `frequency${rowPlace(row)}`, v[0], (n) => (n >= 0 && Number.isInteger(n) ? null : NUMBER_PROBLEMS.notWhole));
      const z = numberArg(FN, () => `monetary${rowPlace(row)}`, v[1], (n) => (n >= 0 ? null : NUMBER_PROBLEMS.negative));
      if (x > 0 && !(z > 0)) failWith(FN, ERRORS.monetaryWithRepeats, { place: rowPlace(row), value: x });
      return gammaGammaExpectedSpend(spend, x, z);
    });
  },
};

/** Custom functions of this area. */
export const clvFormulaFunctions: CustomFunctionSpec[] = [PROB_N_PURCHASES, PROB_NO_PURCHASE, CLV_LOGLIK, SPEND_EXPECTED];
