import type { DayNumber } from '../types';
import { gammaGammaExpectedSpend } from './gammaGamma';
import { groupHistories } from './groupHistories';
import { conditionalExpectedPurchases, probabilityAlive, probabilityNoPurchase, type TransactionModel } from './transactionModel';
import { DAYS_PER_MONTH, DAYS_PER_UNIT, type GammaGammaParams, type RepeatHistory, type TimeUnit } from './types';

/** Local alias: a global lookup per call is slow in some V8 embeddings (Node vm, where the add-on is tested). */
const M = Math;

/** What a customer row may carry besides its history. */
export interface PredictionInput extends RepeatHistory {
  /** Mean repeat spend z̄ (for Gamma-Gamma); without it, or without `spend` params, spend is unknown. */
  monetary?: number;
  /** Spend to date (historic CLV). */
  totalSpend?: number;
}

export interface PredictionOptions {
  /** Unit of frequency/recency/T and of the fitted parameters. Required: the figures depend on it. */
  unit: TimeUnit;
  /** Horizon in months for purchases, P(no purchase) and CLV; default 12 (Klaviyo's 365 days). */
  months?: number;
  /** Monthly discount rate for CLV; default 0.01 (lifetimes' default; ≈ 12.7 % a year). */
  monthlyDiscountRate?: number;
  /** Gamma-Gamma parameters for expected spend; without them the customer's own mean spend is used. */
  spend?: GammaGammaParams;
  /** Last calibration day, to turn the expected wait into a date. */
  calibrationEnd?: DayNumber;
}

export type Tier = 'High' | 'Medium' | 'Low';

/** Per-customer outputs, covering Klaviyo's predictive analytics plus a plain tier. */
export interface CustomerPrediction {
  probabilityAlive: number;
  /** 1 − P(alive). */
  churnProbability: number;
  /** Expected repeat purchases over the horizon. */
  expectedPurchases: number;
  /** Probability of no purchase over the horizon. */
  probabilityNoPurchase: number;
  /** Expected spend per future purchase (Gamma-Gamma, else own mean), or NaN when unknown. */
  expectedAverageSpend: number;
  /** Discounted expected spend over the horizon. */
  predictedClv: number;
  historicClv: number;
  totalClv: number;
  tier: Tier;
  /** Median wait to the next purchase if still active, as a day; null when churn is likelier than not. */
  expectedNextOrderDay: DayNumber | null;
  /** Days between purchase days so far (recency / frequency); null without repeats. */
  averageDaysBetweenOrders: number | null;
}

/**
 * Discounted expected spend over `months` months, month by month as lifetimes'
 * `customer_lifetime_value`: Σᵢ spend · (E[X(i·f)] − E[X((i−1)·f)]) / (1+d)^i with
 * f = periods per month. Here f comes from the unit (30.44 days or 4.35 weeks per month),
 * never from a separate setting that can disagree with the data.
 * @param expectedBy cumulative expected purchases after t units
 */
export function discountedValue(expectedBy: (t: number) => number, spend: number, months: number, periodsPerMonth: number, monthlyDiscountRate: number): number {
  let value = 0;
  let previous = 0;
  for (let i = 1; i <= M.ceil(months); i++) {
    const t = M.min(i, months) * periodsPerMonth;
    const cumulative = expectedBy(t);
    value += (spend * (cumulative - previous)) / (1 + monthlyDiscountRate) ** M.min(i, months);
    previous = cumulative;
  }
  return value;
}

/**
 * Tiers by predicted CLV: High = the top 20 % of customers, Medium = the next 30 %, Low = the rest
 * and everyone with nothing predicted; equal values share a tier.
 */
export function clvTiers(values: readonly number[]): Tier[] {
  // Ascending in a typed array (its sort compares numbers natively, no comparator call per pair).
  const ascending = Float64Array.from(values.filter((v) => v > 0)).sort();
  const n = values.length;
  const top = ascending.length;
  // The value of the customer ranked ceil(share · n) from the top.
  const cut = (share: number) => (top ? ascending[top - M.min(top, M.max(1, M.ceil(share * n)))] : Infinity);
  const high = cut(0.2);
  const medium = cut(0.5);
  return values.map((v) => (v > 0 && v >= high ? 'High' : v > 0 && v >= medium ? 'Medium' : 'Low'));
}

/**
 * Per-customer predictions from a fitted purchase model (and optionally Gamma-Gamma spend).
 * Computed once per distinct (frequency, recency, T) and copied to the customers who share it.
 *
 * Churn: 1 − P(alive) of the model given. With BG/NBD that is 0 for every one-time buyer
 * (lifetimes issues #239, #165), so the add-on fits MBG/NBD by default, whose P(alive) falls
 * as a single purchase ages.
 */
export function predictCustomers(model: TransactionModel, rows: readonly PredictionInput[], opts: PredictionOptions): CustomerPrediction[] {
  const months = opts.months ?? 12;
  const d = opts.monthlyDiscountRate ?? 0.01;
  const dpu = DAYS_PER_UNIT[opts.unit];
  const f = DAYS_PER_MONTH / dpu;
  const horizon = months * f;
  const g = groupHistories(rows);
  const k = g.x.length;
  const alive = new Float64Array(k);
  const purchases = new Float64Array(k);
  const none = new Float64Array(k);
  // Discounted purchases per unit of spend: spend is per customer, purchases per group.
  const discounted = new Float64Array(k);
  const wait = new Float64Array(k);
  const { r, alpha } = model.params;
  for (let i = 0; i < k; i++) {
    const x = g.x[i];
    const tx = g.tx[i];
    const T = g.T[i];
    alive[i] = probabilityAlive(model, x, tx, T);
    none[i] = probabilityNoPurchase(model, horizon, x, tx, T);
    discounted[i] = discountedValue((t) => conditionalExpectedPurchases(model, t, x, tx, T), 1, months, f, d);
    purchases[i] = conditionalExpectedPurchases(model, horizon, x, tx, T);
    // Median wait to the next purchase while alive: the rate is gamma(r+x, α+T) given the history.
    wait[i] = (alpha + T) * M.expm1(M.LN2 / (r + x));
  }
  const out = rows.map((row, j): CustomerPrediction => {
    const i = g.groupOf[j];
    const own = row.monetary ?? NaN;
    const spend = opts.spend ? gammaGammaExpectedSpend(opts.spend, row.frequency, own) : row.frequency > 0 ? own : NaN;
    const predicted = Number.isFinite(spend) ? spend * discounted[i] : 0;
    const historic = row.totalSpend ?? 0;
    return {
      probabilityAlive: alive[i],
      churnProbability: 1 - alive[i],
      expectedPurchases: purchases[i],
      probabilityNoPurchase: none[i],
      expectedAverageSpend: spend,
      predictedClv: predicted,
      historicClv: historic,
      totalClv: historic + predicted,
      tier: 'Low',
      expectedNextOrderDay: opts.calibrationEnd !== undefined && alive[i] >= 0.5 && Number.isFinite(wait[i]) ? opts.calibrationEnd + M.round(wait[i] * dpu) : null,
      averageDaysBetweenOrders: row.frequency > 0 ? (row.recency * dpu) / row.frequency : null,
    };
  });
  const tiers = clvTiers(out.map((p) => p.predictedClv));
  out.forEach((p, j) => {
    p.tier = tiers[j];
  });
  return out;
}
