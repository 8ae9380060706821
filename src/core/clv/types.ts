import type { DayNumber } from '../types';

/**
 * Time unit of frequency/recency/T. Every CLV function takes it explicitly: lifetimes' silent
 * default (days for fitting, `freq='D'` for CLV) mixed with weekly data is its users' most
 * reported mistake (lifetimes issues #137, #215).
 */
export type TimeUnit = 'day' | 'week';

/** Days in one time unit. */
export const DAYS_PER_UNIT: Record<TimeUnit, number> = { day: 1, week: 7 };

/** Average days in a month (365.25 / 12), the basis of the periods-per-month factor. */
export const DAYS_PER_MONTH = 365.25 / 12;

/** Time units in one month: 30.44 for days, 4.35 for weeks. @example periodsPerMonth('week') // 4.348… */
export function periodsPerMonth(unit: TimeUnit): number {
  return DAYS_PER_MONTH / DAYS_PER_UNIT[unit];
}

/**
 * One customer's calibration-period history in the lifetimes conventions (Fader, Hardie & Lee 2005 notation):
 * `frequency` = x, repeat purchase days; `recency` = t_x; `T` = age at the end of calibration.
 */
export interface RepeatHistory {
  frequency: number;
  recency: number;
  T: number;
}

/** A history with the number of customers who share it (Fader & Hardie fit on such grouped tables). */
export interface WeightedHistory extends RepeatHistory {
  weight: number;
}

/** Output of {@link summaryFromTransactions}: a history plus spend and the days it came from. */
export interface CustomerHistory extends RepeatHistory {
  customerId: string;
  /** Mean spend per repeat purchase day (each day's amounts summed first); 0 when frequency is 0. */
  monetary: number;
  /** Purchase days in calibration, the first included. */
  purchaseDays: number;
  /** All spend in calibration, the first purchase included. */
  totalSpend: number;
  firstDay: DayNumber;
  lastDay: DayNumber;
}

/** Parameters of the BG/NBD and MBG/NBD models. */
export interface BetaGeoParams {
  r: number;
  alpha: number;
  a: number;
  b: number;
}

/** Parameters of the NBD model (no dropout): purchase rates λ ~ Gamma(r, α). */
export interface NbdParams {
  r: number;
  alpha: number;
}

/** Parameters of the Pareto/NBD model. */
export interface ParetoNbdParams {
  r: number;
  alpha: number;
  s: number;
  beta: number;
}

/** Parameters of the Gamma-Gamma spend model (lifetimes calls γ `v`). */
export interface GammaGammaParams {
  p: number;
  q: number;
  gamma: number;
}

/** Parameters of the BG/BB model. */
export interface BgBbParams {
  alpha: number;
  beta: number;
  gamma: number;
  delta: number;
}
