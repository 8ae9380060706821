import { bgnbdModel } from './bgnbd';
import type { FitOptions, FitResult } from './maximumLikelihood';
import { mbgnbdModel } from './mbgnbd';
import { nbdModel } from './nbd';
import { paretoNbdModel } from './paretoNbd';
import type { PurchaseModel } from './purchaseModel';
import type { BetaGeoParams, NbdParams, ParetoNbdParams, RepeatHistory, WeightedHistory } from './types';

/** Local alias: a global lookup per call is slow in some V8 embeddings (Node vm, where the add-on is tested). */
const M = Math;

/**
 * One interface over the continuous-time purchase models (three with dropout, and the NBD without), so predictions, model checks,
 * custom functions and the CLI can take any of them by name. Each model is one
 * {@link PurchaseModel} object in its own file; the functions here look it up in {@link MODELS}.
 */
export type TransactionModelName = 'bgnbd' | 'mbgnbd' | 'pareto' | 'nbd';
export const TRANSACTION_MODELS: readonly TransactionModelName[] = ['bgnbd', 'mbgnbd', 'pareto', 'nbd'];

/** The parameters of each model. */
interface ParamsOf {
  bgnbd: BetaGeoParams;
  mbgnbd: BetaGeoParams;
  pareto: ParetoNbdParams;
  nbd: NbdParams;
}

/** A model with its parameters. */
export type TransactionModel =
  | { model: 'bgnbd'; params: BetaGeoParams }
  | { model: 'mbgnbd'; params: BetaGeoParams }
  | { model: 'pareto'; params: ParetoNbdParams }
  | { model: 'nbd'; params: NbdParams };

/** Every model by name (a mapped Record, so each entry is typed with its own parameters). */
const MODELS: { readonly [N in TransactionModelName]: PurchaseModel<ParamsOf[N]> } = {
  bgnbd: bgnbdModel,
  mbgnbd: mbgnbdModel,
  pareto: paretoNbdModel,
  nbd: nbdModel,
};

/**
 * The model object of `m.model`, typed to take `m.params`: TypeScript cannot relate the two
 * fields of the union by itself, but can through the name N (the "correlated union" pattern).
 */
function modelOf<N extends TransactionModelName>(m: { model: N }): PurchaseModel<ParamsOf[N]> {
  return MODELS[m.model];
}

/** Parameter names of each model, in the order published tables give them. */
export const PARAM_NAMES: Record<TransactionModelName, readonly string[]> = {
  bgnbd: MODELS.bgnbd.paramNames,
  mbgnbd: MODELS.mbgnbd.paramNames,
  pareto: MODELS.pareto.paramNames,
  nbd: MODELS.nbd.paramNames,
};

/** Fits the named model. */
export function fitTransactionModel(
  name: TransactionModelName,
  rows: readonly (RepeatHistory | WeightedHistory)[],
  opts: FitOptions = {},
): FitResult<BetaGeoParams> | FitResult<ParetoNbdParams> | FitResult<NbdParams> {
  return MODELS[name].fit(rows, opts);
}

/** Log-likelihood of one history. */
export function logLikelihood(m: TransactionModel, x: number, tx: number, T: number): number {
  return modelOf(m).logLikelihood(m.params, x, tx, T);
}

/** P(alive | x, t_x, T). */
export function probabilityAlive(m: TransactionModel, x: number, tx: number, T: number): number {
  return modelOf(m).probabilityAlive(m.params, x, tx, T);
}

/** Expected repeat purchases in the next t, given the history. */
export function conditionalExpectedPurchases(m: TransactionModel, t: number, x: number, tx: number, T: number): number {
  return modelOf(m).conditionalExpectedPurchases(m.params, t, x, tx, T);
}

/** Expected repeat purchases in t after a new customer's first purchase. */
export function expectedPurchases(m: TransactionModel, t: number): number {
  return modelOf(m).expectedPurchases(m.params, t);
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
