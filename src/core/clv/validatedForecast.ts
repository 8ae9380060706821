import type { DayNumber } from '../types';
import { fitGammaGamma, gammaGammaExpectedSpend } from './gammaGamma';
import { groupHistories, weightedHistories } from './groupHistories';
import { type CandidateCheck, cappedExpected, checkOnHoldout, type HoldoutCheck, holdoutWindow, paceCap, pastPaceExpected, usable } from './holdoutCheck';
import type { FitResult } from './maximumLikelihood';
import { discountedValue } from './predictions';
import { type Purchase, summaryFromTransactions } from './summaryFromTransactions';
import { conditionalExpectedPurchases, fitTransactionModel, probabilityNoPurchase, type TransactionModel } from './transactionModel';
import { DAYS_PER_MONTH, DAYS_PER_UNIT, type CustomerHistory, type GammaGammaParams, type TimeUnit } from './types';

/** Local alias: a global lookup per call is slow in some V8 embeddings (Node vm, where the add-on is tested). */
const M = Math;

/**
 * Predicted value that earned its place: the purchase model that did best on the shop's own
 * hidden recent past ({@link checkOnHoldout}), refitted on the whole history, or — when no model
 * beat "each customer keeps their past pace" — that simpler rule, said as such. Spend per order is
 * Gamma-Gamma's (Fader, Hardie & Lee 2005b) when it fits, else each customer's own average order.
 */

/** Why no forecast could be checked. */
export type NoForecastReason = 'shortHistory' | 'fewCustomers' | 'noRepeats';

/** One customer's forecast over the horizon. */
export interface CustomerForecast {
  customerId: string;
  /** Expected orders (purchase days) in the horizon, never above the customer's own pace. */
  expectedOrders: number;
  /** Discounted expected spend in the horizon. */
  predictedValue: number;
  /** Chance of at least one order in the horizon; null for the past-pace rule. */
  chanceOfOrdering: number | null;
}

export interface ValidatedForecast {
  /** 'model': a checked model; 'pastPace': the simpler rule did better; 'none': nothing could be checked. */
  basis: 'model' | 'pastPace' | 'none';
  reason: NoForecastReason | null;
  /** The model behind the figures (refitted on the whole history), null unless basis is 'model'. */
  model: TransactionModel | null;
  fit: FitResult<object> | null;
  /** The holdout line of what is shown: the model's (with its penalty) or past pace's; null when nothing was checked. */
  used: CandidateCheck | null;
  /** Gamma-Gamma parameters when the spend model fitted; null = each customer's own average order. */
  spend: GammaGammaParams | null;
  /** No dropout model could be fitted: the data shows no sign yet of customers leaving for good. */
  noDropout: boolean;
  check: HoldoutCheck | null;
  customers: CustomerForecast[];
  /** Customers whose model forecast was lowered to their own pace. */
  capped: number;
  horizonMonths: number;
  unit: TimeUnit;
  /** Last day of the history used. */
  end: DayNumber;
}

export interface ForecastOptions {
  /** Last day of the history (inclusive). */
  end: DayNumber;
  /** Horizon in months; default 12. */
  months?: number;
  monthlyDiscountRate?: number;
  unit?: TimeUnit;
}

/** Fewer customers than this cannot be checked meaningfully. */
const MIN_CUSTOMERS = 10;

/** Checks, chooses and forecasts. Pure; never throws on data (a reason is returned instead). */
export function validatedForecast(purchases: readonly Purchase[], opts: ForecastOptions): ValidatedForecast {
  const unit = opts.unit ?? 'week';
  const months = opts.months ?? 12;
  const d = opts.monthlyDiscountRate ?? 0.01;
  const perMonth = DAYS_PER_MONTH / DAYS_PER_UNIT[unit];
  const horizon = months * perMonth;
  const histories = summaryFromTransactions(purchases, { unit, calibrationEnd: opts.end });
  const none = (reason: NoForecastReason, check: HoldoutCheck | null = null): ValidatedForecast => ({
    basis: 'none', reason, model: null, fit: null, used: null, spend: null, noDropout: false, check, customers: [], capped: 0, horizonMonths: months, unit, end: opts.end,
  });
  if (histories.length < MIN_CUSTOMERS) return none('fewCustomers');
  if (!histories.some((h) => h.frequency > 0)) return none('noRepeats');
  const first = histories.reduce((m, h) => M.min(m, h.firstDay), Infinity);
  const window = holdoutWindow(first, opts.end, months * DAYS_PER_MONTH);
  if (!window) return none('shortHistory');
  const inWindow = purchases.filter((p) => p.day <= opts.end);
  const check = checkOnHoldout(inWindow, window, unit);
  if (check.customers < MIN_CUSTOMERS) return none('fewCustomers', check);
  if (!check.rows.some((r) => r.frequency > 0)) return none('noRepeats', check);
  const noDropout = !check.candidates.some((c) => c.model !== null && c.name !== 'nbd');

  const aov = (h: CustomerHistory) => h.totalSpend / M.max(1, h.purchaseDays);
  const gg = fitGammaGamma(histories);
  const spendParams = gg.converged ? gg.params : null;
  const spendOf = (h: CustomerHistory) => (spendParams ? gammaGammaExpectedSpend(spendParams, h.frequency, h.monetary) : aov(h));

  // The models that beat past pace, best first; the first that refits on the whole history is used.
  const base = pastPace(check);
  const winners = check.candidates
    .filter((c): c is CandidateCheck & { model: TransactionModel } => c.model !== null && c.meanAbsoluteError < base.meanAbsoluteError)
    .sort((a, b) => a.meanAbsoluteError - b.meanAbsoluteError);
  // Customers who share (x, t_x, T) share the fit's data and the forecast per unit of spend.
  const g = groupHistories(histories);
  const weighted = weightedHistories(g);
  for (const w of winners) {
    const fit = fitTransactionModel(w.model.model, weighted, w.penalty ? { penalty: w.penalty } : {});
    if (!usable(fit, w.penalty)) continue;
    const model = { model: w.model.model, params: fit.params } as TransactionModel;
    let capped = 0;
    const perGroup = weighted.map(({ frequency: x, recency: tx, T }) => ({
      raw: conditionalExpectedPurchases(model, horizon, x, tx, T),
      expected: cappedExpected(model, horizon, x, tx, T),
      discounted: discountedValue((t) => conditionalExpectedPurchases(model, t, x, tx, T), 1, months, perMonth, d),
      chance: 1 - probabilityNoPurchase(model, horizon, x, tx, T),
    }));
    const customers = histories.map((h, j): CustomerForecast => {
      const f = perGroup[g.groupOf[j]];
      if (f.expected < f.raw) capped++;
      const scale = f.raw > 0 ? f.expected / f.raw : 0;
      return { customerId: h.customerId, expectedOrders: f.expected, predictedValue: spendOf(h) * f.discounted * scale, chanceOfOrdering: f.chance };
    });
    if (customers.some((c) => !Number.isFinite(c.expectedOrders) || !Number.isFinite(c.predictedValue))) continue;
    return { basis: 'model', reason: null, model, fit, used: w, spend: spendParams, noDropout, check, customers, capped, horizonMonths: months, unit, end: opts.end };
  }
  const customers = histories.map((h): CustomerForecast => {
    const rate = pastPaceExpected(h.frequency, h.T, 1);
    return {
      customerId: h.customerId,
      expectedOrders: M.min(rate * horizon, paceCap(h.frequency, h.T, horizon)),
      predictedValue: aov(h) * discountedValue((t) => rate * t, 1, months, perMonth, d),
      chanceOfOrdering: null,
    };
  });
  return { basis: 'pastPace', reason: null, model: null, fit: null, used: base, spend: null, noDropout, check, customers, capped: 0, horizonMonths: months, unit, end: opts.end };
}

/** The past-pace line of a check. */
export function pastPace(check: HoldoutCheck): CandidateCheck {
  return check.candidates.find((c) => c.name === 'pastPace') as CandidateCheck;
}
