import type { FitOptions, FitResult } from './maximumLikelihood';
import type { TransactionModelName } from './transactionModel';
import type { RepeatHistory, WeightedHistory } from './types';

/**
 * One continuous-time purchase model (BG/NBD, MBG/NBD, Pareto/NBD) as a single object: its name,
 * its parameters and the functions every caller needs. Each model file exports one such object
 * (`bgnbdModel`, `mbgnbdModel`, `paretoNbdModel`) and `transactionModel.ts` looks them up by name,
 * so a fourth model is one more file and one more table entry.
 *
 * Histories use the lifetimes conventions (see {@link RepeatHistory}): x = repeat purchases,
 * t_x = recency, T = age at the end of calibration, t = a horizon after T; all in one time unit.
 */
export interface PurchaseModel<P extends object> {
  /** The name the sheet formulas, the CLI and {@link TransactionModelName} use. */
  readonly name: TransactionModelName;
  /** Parameter names in the order published tables give them (and the order `FitOptions.start` takes). */
  readonly paramNames: readonly (keyof P & string)[];
  /** Fits the model by maximum likelihood to (optionally weighted) histories. */
  readonly fit: (rows: readonly (RepeatHistory | WeightedHistory)[], opts?: FitOptions) => FitResult<P>;
  /** Log-likelihood of one history. */
  readonly logLikelihood: (p: P, x: number, tx: number, T: number) => number;
  /** P(alive | x, t_x, T). */
  readonly probabilityAlive: (p: P, x: number, tx: number, T: number) => number;
  /** E[X(T, T+t) | x, t_x, T]: expected repeat purchases in the next t, given the history. */
  readonly conditionalExpectedPurchases: (p: P, t: number, x: number, tx: number, T: number) => number;
  /** E[X(t)]: expected repeat purchases in t after a new customer's first purchase. */
  readonly expectedPurchases: (p: P, t: number) => number;
}
