import { LocalizedError } from '../i18n';
import type { DayNumber } from '../types';
import { fitGammaGamma } from './gammaGamma';
import type { FitResult } from './maximumLikelihood';
import { CLV_ERRORS } from './messages';
import { type CustomerPrediction, predictCustomers } from './predictions';
import { type Purchase, summaryFromTransactions } from './summaryFromTransactions';
import { fitTransactionModel, type TransactionModel, type TransactionModelName } from './transactionModel';
import type { CustomerHistory, GammaGammaParams, TimeUnit } from './types';

/** Local alias: a global lookup per call is slow in some V8 embeddings (Node vm, where the add-on is tested). */
const M = Math;

export interface ClvRunOptions {
  /** Purchase model; default MBG/NBD, so one-time buyers' churn rises with time (see predictions.ts). */
  model?: TransactionModelName;
  unit?: TimeUnit;
  months?: number;
  monthlyDiscountRate?: number;
  calibrationEnd?: DayNumber;
  penalty?: number;
}

export interface ClvRun {
  model: TransactionModel;
  fit: FitResult<object>;
  spend: FitResult<GammaGammaParams>;
  customers: { history: CustomerHistory; prediction: CustomerPrediction }[];
}

/**
 * Orders in, per-customer predicted CLV out: summary (weeks by default), purchase model,
 * Gamma-Gamma spend, predictions. Throws with the optimiser's reason when a fit fails,
 * rather than predicting from an estimate that is not one.
 */
export function clvFromPurchases(purchases: readonly Purchase[], opts: ClvRunOptions = {}): ClvRun {
  const unit = opts.unit ?? 'week';
  const name = opts.model ?? 'mbgnbd';
  const histories = summaryFromTransactions(purchases, { unit, calibrationEnd: opts.calibrationEnd });
  if (histories.length < 10) throw new LocalizedError(CLV_ERRORS.fewCustomers, { count: histories.length });
  if (!histories.some((h) => h.frequency > 0)) throw new LocalizedError(CLV_ERRORS.noRepeats);
  const fit = fitTransactionModel(name, histories, { penalty: opts.penalty });
  if (!fit.converged) throw new LocalizedError(CLV_ERRORS.purchaseFit, { model: name, reason: fit.reason ?? '' });
  const spend = fitGammaGamma(histories, { penalty: opts.penalty });
  if (!spend.converged) throw new LocalizedError(CLV_ERRORS.spendFit, { reason: spend.reason ?? '' });
  const model = { model: name, params: fit.params } as TransactionModel;
  const end = opts.calibrationEnd ?? M.max(...histories.map((h) => h.lastDay));
  const predictions = predictCustomers(model, histories, { unit, months: opts.months, monthlyDiscountRate: opts.monthlyDiscountRate, spend: spend.params, calibrationEnd: end });
  return { model, fit, spend, customers: histories.map((history, i) => ({ history, prediction: predictions[i] })) };
}
