import type { DayNumber } from '../types';
import type { CalibrationHoldoutRow } from './calibrationHoldout';
import type { Purchase } from './summaryFromTransactions';
import { conditionalExpectedPurchases, expectedPurchases, type TransactionModel } from './transactionModel';
import { DAYS_PER_UNIT, type TimeUnit } from './types';

/** Local alias: a global lookup per call is slow in some V8 embeddings (Node vm, where the add-on is tested). */
const M = Math;

/**
 * Model checks as plain rows a tab can chart (the two figures of Fader, Hardie & Lee 2005).
 */

export interface HoldoutCheckRow {
  /** Calibration frequency, the last bin as "7+". */
  frequency: string;
  customers: number;
  /** Mean holdout repeat purchases, actual. */
  actual: number;
  /** Mean holdout repeat purchases the model expected. */
  expected: number;
}

/** Calibration frequency bins with the mean actual holdout purchases and the mean of each named expectation. */
export function holdoutByFrequency<K extends string>(
  rows: readonly CalibrationHoldoutRow[],
  expectations: Record<K, (row: CalibrationHoldoutRow) => number>,
  maxFrequency = 7,
): ({ frequency: string; customers: number; actual: number } & Record<K, number>)[] {
  const names = Object.keys(expectations) as K[];
  const bins = Array.from({ length: maxFrequency + 1 }, (_, i) => ({ frequency: i === maxFrequency ? `${i}+` : String(i), customers: 0, actual: 0, sums: names.map(() => 0) }));
  for (const r of rows) {
    const b = bins[M.min(r.frequency, maxFrequency)];
    b.customers++;
    b.actual += r.frequencyHoldout;
    names.forEach((k, j) => {
      b.sums[j] += expectations[k](r);
    });
  }
  return bins
    .filter((b) => b.customers > 0)
    .map((b) => ({ frequency: b.frequency, customers: b.customers, actual: b.actual / b.customers, ...(Object.fromEntries(names.map((k, j) => [k, b.sums[j] / b.customers])) as Record<K, number>) }));
}

/**
 * Calibration vs holdout: for customers grouped by calibration frequency, the mean actual
 * holdout purchases against the conditional expectation (FHL 2005, figure 4).
 */
export function calibrationVsHoldout(model: TransactionModel, rows: readonly CalibrationHoldoutRow[], maxFrequency = 7): HoldoutCheckRow[] {
  return holdoutByFrequency(rows, { expected: (r) => conditionalExpectedPurchases(model, r.durationHoldout, r.frequency, r.recency, r.T) }, maxFrequency);
}

export interface CumulativeCheckRow {
  /** 1-based period number. */
  period: number;
  /** First day after the period (periods are [start + (j−1)·unit, start + j·unit)). */
  endDay: DayNumber;
  actual: number;
  expected: number;
}

/**
 * Cumulative repeat transactions, actual against expected, period by period from the first
 * purchase in the data (FHL 2005, figure 2; lifetimes' `expected_cumulative_transactions`,
 * which reproduces the BTYD walkthrough's tracking table). Purchase days are counted (same-day
 * purchases merged); each customer's first day is not a repeat. Expected: the sum over
 * customers who had started of E[X(time since their first purchase)].
 */
export function cumulativeRepeatTransactions(model: TransactionModel, purchases: readonly Purchase[], opts: { unit: TimeUnit; periods: number }): CumulativeCheckRow[] {
  const dpu = DAYS_PER_UNIT[opts.unit];
  const daysOf = new Map<string, Set<DayNumber>>();
  let start = Infinity;
  for (const p of purchases) {
    let s = daysOf.get(p.customerId);
    if (!s) {
      s = new Set();
      daysOf.set(p.customerId, s);
    }
    s.add(p.day);
    if (p.day < start) start = p.day;
  }
  const firstCount = new Map<DayNumber, number>();
  const repeatsByOffset = new Float64Array(opts.periods * dpu);
  for (const s of daysOf.values()) {
    let first = Infinity;
    for (const d of s) if (d < first) first = d;
    firstCount.set(first, (firstCount.get(first) ?? 0) + 1);
    for (const d of s) if (d !== first && d - start < repeatsByOffset.length) repeatsByOffset[d - start]++;
  }
  const out: CumulativeCheckRow[] = [];
  let actual = 0;
  for (let j = 1; j <= opts.periods; j++) {
    for (let o = (j - 1) * dpu; o < j * dpu; o++) actual += repeatsByOffset[o];
    const end = start + j * dpu;
    let expected = 0;
    for (const [first, count] of firstCount) if (first < end) expected += count * expectedPurchases(model, (end - first) / dpu);
    out.push({ period: j, endDay: end, actual, expected });
  }
  return out;
}
