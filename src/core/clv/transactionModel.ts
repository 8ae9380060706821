import { bgnbdConditionalExpectedPurchases, bgnbdExpectedPurchases, bgnbdLogLikelihood, bgnbdProbabilityAlive, fitBgnbd } from './bgnbd';
import type { FitOptions, FitResult } from './maximumLikelihood';
import { fitMbgnbd, mbgnbdConditionalExpectedPurchases, mbgnbdExpectedPurchases, mbgnbdLogLikelihood, mbgnbdProbabilityAlive } from './mbgnbd';
import { fitParetoNbd, paretoConditionalExpectedPurchases, paretoExpectedPurchases, paretoLogLikelihood, paretoProbabilityAlive } from './paretoNbd';
import type { BetaGeoParams, ParetoNbdParams, RepeatHistory, WeightedHistory } from './types';

/** Local alias: a global lookup per call is slow in some V8 embeddings (Node vm, where the add-on is tested). */
const M = Math;

/**
 * One interface over the three continuous-time purchase models, so predictions, model checks,
 * custom functions and the CLI can take any of them by name.
 */
export type TransactionModelName = 'bgnbd' | 'mbgnbd' | 'pareto';
export const TRANSACTION_MODELS: readonly TransactionModelName[] = ['bgnbd', 'mbgnbd', 'pareto'];

/** A model with its parameters. */
export type TransactionModel = { model: 'bgnbd'; params: BetaGeoParams } | { model: 'mbgnbd'; params: BetaGeoParams } | { model: 'pareto'; params: ParetoNbdParams };

/** Parameter names of each model, in the order published tables give them. */
export const PARAM_NAMES: Record<TransactionModelName, readonly string[]> = {
  bgnbd: ['r', 'alpha', 'a', 'b'],
  mbgnbd: ['r', 'alpha', 'a', 'b'],
  pareto: ['r', 'alpha', 's', 'beta'],
};

/** Fits the named model. */
export function fitTransactionModel(name: TransactionModelName, rows: readonly (RepeatHistory | WeightedHistory)[], opts: FitOptions = {}): FitResult<BetaGeoParams> | FitResult<ParetoNbdParams> {
  if (name === 'bgnbd') return fitBgnbd(rows, opts);
  if (name === 'mbgnbd') return fitMbgnbd(rows, opts);
  return fitParetoNbd(rows, opts);
}

/** Log-likelihood of one history. */
export function logLikelihood(m: TransactionModel, x: number, tx: number, T: number): number {
  if (m.model === 'bgnbd') return bgnbdLogLikelihood(m.params, x, tx, T);
  if (m.model === 'mbgnbd') return mbgnbdLogLikelihood(m.params, x, tx, T);
  return paretoLogLikelihood(m.params, x, tx, T);
}

/** P(alive | x, t_x, T). */
export function probabilityAlive(m: TransactionModel, x: number, tx: number, T: number): number {
  if (m.model === 'bgnbd') return bgnbdProbabilityAlive(m.params, x, tx, T);
  if (m.model === 'mbgnbd') return mbgnbdProbabilityAlive(m.params, x, tx, T);
  return paretoProbabilityAlive(m.params, x, tx, T);
}

/** Expected repeat purchases in the next t, given the history. */
export function conditionalExpectedPurchases(m: TransactionModel, t: number, x: number, tx: number, T: number): number {
  if (m.model === 'bgnbd') return bgnbdConditionalExpectedPurchases(m.params, t, x, tx, T);
  if (m.model === 'mbgnbd') return mbgnbdConditionalExpectedPurchases(m.params, t, x, tx, T);
  return paretoConditionalExpectedPurchases(m.params, t, x, tx, T);
}

/** Expected repeat purchases in t after a new customer's first purchase. */
export function expectedPurchases(m: TransactionModel, t: number): number {
  if (m.model === 'bgnbd') return bgnbdExpectedPurchases(m.params, t);
  if (m.model === 'mbgnbd') return mbgnbdExpectedPurchases(m.params, t);
  return paretoExpectedPurchases(m.params, t);
}

/**
 * P(no purchase in (T, T+t] | x, t_x, T) = L(x, t_x, T+t) / L(x, t_x, T): the likelihood of a
 * history is the probability of its purchases *and no other purchase up to T*, so extending
 * the silent stretch by t gives exactly this ratio in all three models (for Pareto/NBD it is
 * Hardie note 028, eq. 16 at n = 0).
 */
export function probabilityNoPurchase(m: TransactionModel, t: number, x: number, tx: number, T: number): number {
  if (t <= 0) return 1;
  return M.exp(logLikelihood(m, x, tx, T + t) - logLikelihood(m, x, tx, T));
}
