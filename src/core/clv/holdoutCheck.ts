import type { DayNumber } from '../types';
import { calibrationAndHoldout, type CalibrationHoldoutRow } from './calibrationHoldout';
import type { FitResult } from './maximumLikelihood';
import { weightedAreaUnderCurve } from './rankQuality';
import type { Purchase } from './summaryFromTransactions';
import { conditionalExpectedPurchases, fitTransactionModel, probabilityNoPurchase, TRANSACTION_MODELS, type TransactionModel, type TransactionModelName } from './transactionModel';
import { groupHistories, weightedHistories } from './groupHistories';
import type { RepeatHistory, TimeUnit, WeightedHistory } from './types';

/** Local alias: a global lookup per call is slow in some V8 embeddings (Node vm, where the add-on is tested). */
const M = Math;

/**
 * Checks purchase forecasts against what happened next, on the shop's own history: the last part
 * of the history is hidden (the holdout), each candidate is fitted on the rest (calibration) and
 * scored on the hidden part, as Fader, Hardie & Lee (2005, section 5) validate BG/NBD on CDNOW
 * and lifetimes' `calibration_and_holdout_data` sets up. A simple rule, "each customer keeps the
 * pace of their past repeat purchases", is scored the same way: a model is only worth showing
 * when it beats it.
 */

/** The shortest holdout worth judging a forecast on (four weeks). */
export const MIN_HOLDOUT_DAYS = 28;
/** Penalty tried for a dropout model whose plain fit runs to a boundary (lifetimes' `penalizer_coef`). */
export const BOUNDARY_PENALTY = 0.01;
/**
 * Models retried with the penalty. Not Pareto/NBD: shrunk towards zero its likelihood needs the
 * Gauss hypergeometric series where it converges slowest (a minute on 234 customers).
 */
const PENALISED: readonly TransactionModelName[] = ['bgnbd', 'mbgnbd'];

/** The hidden part of the history: calibration up to `calibrationEnd`, holdout (`calibrationEnd`, `holdoutEnd`]. */
export interface HoldoutWindow {
  calibrationEnd: DayNumber;
  holdoutEnd: DayNumber;
  days: number;
}

/**
 * The holdout: the forecast horizon or a third of the history, whichever is shorter, and at least
 * {@link MIN_HOLDOUT_DAYS}; null when the history is too short for that.
 * @example holdoutWindow(0, 900, 365) // { calibrationEnd: 600, holdoutEnd: 900, days: 300 }
 */
export function holdoutWindow(firstDay: DayNumber, lastDay: DayNumber, horizonDays: number): HoldoutWindow | null {
  const days = M.floor(M.min(horizonDays, (lastDay - firstDay) / 3));
  if (!(days >= MIN_HOLDOUT_DAYS)) return null;
  return { calibrationEnd: lastDay - days, holdoutEnd: lastDay, days };
}

/** A forecast the check compares: a fitted purchase model, or the past-pace rule. */
export type ForecastName = TransactionModelName | 'pastPace';

/**
 * The most repeat purchases a history supports over t: the customer's own pace so far, the first
 * purchase included ((x + 1) / T per unit). A forecast never goes above it, so a customer who has
 * been away long is never predicted to buy faster than they ever did.
 */
export function paceCap(x: number, T: number, t: number): number {
  return T > 0 ? ((x + 1) / T) * t : Infinity;
}

/** Past pace: x / T repeat purchases per unit, continued for t. */
export function pastPaceExpected(x: number, T: number, t: number): number {
  return T > 0 ? (x / T) * t : 0;
}

/** A model's expected repeat purchases in t after its history, capped at the history's pace ({@link paceCap}). */
export function cappedExpected(model: TransactionModel, t: number, x: number, tx: number, T: number): number {
  return M.min(conditionalExpectedPurchases(model, t, x, tx, T), paceCap(x, T, t));
}

/** How one forecast did on the holdout. */
export interface CandidateCheck {
  name: ForecastName;
  /** L2 penalty of the fit (0 = plain maximum likelihood). */
  penalty: number;
  /** The model fitted on the calibration part; null for past pace or when the fit failed. */
  model: TransactionModel | null;
  /** Why the model could not be fitted (the optimiser's reason); null when it was. */
  failure: string | null;
  /** Mean over customers of |expected − actual| holdout purchases; NaN when not fitted. */
  meanAbsoluteError: number;
  /** Expected and actual holdout purchases, all customers together. */
  expectedTotal: number;
  actualTotal: number;
  /** How well the chance of buying (or, for past pace, the pace) ranks who came back; null when not computable. */
  rankQuality: number | null;
}

export interface HoldoutCheck {
  window: HoldoutWindow;
  unit: TimeUnit;
  /** Customers who had bought by the end of calibration, and how many of them bought in the holdout. */
  customers: number;
  cameBack: number;
  candidates: CandidateCheck[];
  /** The candidate with the smallest per-customer error; past pace when no model beats it. */
  chosen: CandidateCheck;
  /** The fitted model with the smallest error, whether or not it beats past pace. */
  bestModel: CandidateCheck | null;
  rows: CalibrationHoldoutRow[];
}

/** A fit worth using: converged, or (penalised) stopped at a point whose curvature only the penalty defines. */
export function usable(fit: FitResult<object>, penalty: number): boolean {
  return fit.converged || (penalty > 0 && Boolean(fit.reason?.startsWith('the Hessian')));
}

/** Distinct histories of the calibration rows, as weighted rows for the fits and a group per row for the scores. */
interface Groups {
  weighted: WeightedHistory[];
  groupOf: Int32Array;
  /** Customers of each group who bought in the holdout, and who did not. */
  cameBack: Float64Array;
  stayedAway: Float64Array;
}

function groupsOf(rows: readonly CalibrationHoldoutRow[]): Groups {
  const g = groupHistories(rows);
  const cameBack = new Float64Array(g.x.length);
  const stayedAway = new Float64Array(g.x.length);
  rows.forEach((r, i) => {
    if (r.frequencyHoldout > 0) cameBack[g.groupOf[i]]++;
    else stayedAway[g.groupOf[i]]++;
  });
  return { weighted: weightedHistories(g), groupOf: g.groupOf, cameBack, stayedAway };
}

/**
 * Scores one forecast. The holdout is the same length for everyone, so customers who share
 * (x, t_x, T) share the forecast: it is computed once per distinct history, then compared with
 * each customer's own holdout purchases.
 */
function score(name: ForecastName, penalty: number, model: TransactionModel | null, rows: readonly CalibrationHoldoutRow[], groups: Groups, expectedOf: (h: RepeatHistory, t: number) => number, chanceOf: (h: RepeatHistory, t: number) => number): CandidateCheck {
  const t = rows.length ? rows[0].durationHoldout : 0;
  const k = groups.weighted.length;
  const expected = new Float64Array(k);
  const chance = new Float64Array(k);
  groups.weighted.forEach((h, i) => {
    expected[i] = expectedOf(h, t);
    chance[i] = chanceOf(h, t);
  });
  let error = 0;
  let actualTotal = 0;
  for (let i = 0; i < rows.length; i++) {
    error += M.abs(expected[groups.groupOf[i]] - rows[i].frequencyHoldout);
    actualTotal += rows[i].frequencyHoldout;
  }
  let expectedTotal = 0;
  for (let i = 0; i < k; i++) expectedTotal += expected[i] * groups.weighted[i].weight;
  return { name, penalty, model, failure: null, meanAbsoluteError: error / M.max(1, rows.length), expectedTotal, actualTotal, rankQuality: weightedAreaUnderCurve(chance, groups.cameBack, groups.stayedAway) };
}

/**
 * Fits every purchase model (BG/NBD, MBG/NBD, Pareto/NBD, NBD; a dropout model that runs to a
 * boundary is tried again with {@link BOUNDARY_PENALTY}) on the calibration part and scores it,
 * with past pace, on the holdout. Throws when no customer bought by the end of calibration.
 */
export function checkOnHoldout(purchases: readonly Purchase[], window: HoldoutWindow, unit: TimeUnit, models: readonly TransactionModelName[] = TRANSACTION_MODELS): HoldoutCheck {
  const rows = calibrationAndHoldout(purchases, { unit, calibrationEnd: window.calibrationEnd, holdoutEnd: window.holdoutEnd });
  if (rows.length === 0) throw new Error('no customer bought before the holdout');
  const groups = groupsOf(rows);
  const candidates: CandidateCheck[] = [score('pastPace', 0, null, rows, groups, (h, t) => pastPaceExpected(h.frequency, h.T, t), (h) => (h.T > 0 ? h.frequency / h.T : 0))];
  const tryFit = (name: TransactionModelName, penalty: number): boolean => {
    const fit = fitTransactionModel(name, groups.weighted, penalty ? { penalty } : {});
    if (!usable(fit, penalty)) {
      candidates.push({ name, penalty, model: null, failure: fit.reason ?? 'did not fit', meanAbsoluteError: NaN, expectedTotal: NaN, actualTotal: NaN, rankQuality: null });
      return false;
    }
    const model = { model: name, params: fit.params } as TransactionModel;
    const scored = score(
      name,
      penalty,
      model,
      rows,
      groups,
      (h, t) => cappedExpected(model, t, h.frequency, h.recency, h.T),
      (h, t) => 1 - probabilityNoPurchase(model, t, h.frequency, h.recency, h.T),
    );
    if (!Number.isFinite(scored.meanAbsoluteError)) {
      candidates.push({ ...scored, model: null, failure: 'its predictions are not finite at the estimate', meanAbsoluteError: NaN, rankQuality: null });
      return false;
    }
    candidates.push(scored);
    return true;
  };
  for (const name of models) if (!tryFit(name, 0) && PENALISED.includes(name)) tryFit(name, BOUNDARY_PENALTY);
  const scored = candidates.filter((c) => Number.isFinite(c.meanAbsoluteError));
  // Smallest error wins; on a tie the simpler rule (listed first) stays.
  const chosen = scored.reduce((best, c) => (c.meanAbsoluteError < best.meanAbsoluteError ? c : best));
  const fitted = scored.filter((c) => c.model !== null);
  const bestModel = fitted.length ? fitted.reduce((best, c) => (c.meanAbsoluteError < best.meanAbsoluteError ? c : best)) : null;
  return { window, unit, customers: rows.length, cameBack: rows.filter((r) => r.frequencyHoldout > 0).length, candidates, chosen, bestModel, rows };
}
