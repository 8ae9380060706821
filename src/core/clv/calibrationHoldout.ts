import { LocalizedError } from '../i18n';
import type { DayNumber } from '../types';
import { CLV_ERRORS } from './messages';
import { type Purchase, spendByCustomerDay, summaryFromTransactions } from './summaryFromTransactions';
import { type CustomerHistory, DAYS_PER_UNIT, type TimeUnit } from './types';

/** A calibration history plus what the customer did in the holdout period. */
export interface CalibrationHoldoutRow extends CustomerHistory {
  /** Purchase days in (calibrationEnd, holdoutEnd]. */
  frequencyHoldout: number;
  /** Mean spend per holdout purchase day; 0 without holdout purchases. */
  monetaryHoldout: number;
  /** Length of the holdout period in `unit`. */
  durationHoldout: number;
}

/**
 * Splits purchases by date into a calibration summary (see {@link summaryFromTransactions}) and
 * holdout counts, as lifetimes' `calibration_and_holdout_data`: only customers who bought by
 * `calibrationEnd` are kept; holdout purchase days are counted after it up to `holdoutEnd`.
 *
 * @example calibrationAndHoldout(purchases, { unit: 'week', calibrationEnd: dayFromYmd(1997, 9, 30), holdoutEnd: dayFromYmd(1998, 6, 30) })
 */
export function calibrationAndHoldout(
  purchases: readonly Purchase[],
  opts: { unit: TimeUnit; calibrationEnd: DayNumber; holdoutEnd?: DayNumber },
): CalibrationHoldoutRow[] {
  let holdoutEnd = opts.holdoutEnd;
  if (holdoutEnd === undefined) {
    holdoutEnd = -Infinity;
    for (const p of purchases) if (p.day > holdoutEnd) holdoutEnd = p.day;
  }
  if (holdoutEnd <= opts.calibrationEnd) throw new LocalizedError(CLV_ERRORS.holdoutEnd);
  const calibration = summaryFromTransactions(purchases, { unit: opts.unit, calibrationEnd: opts.calibrationEnd });
  const holdoutDays = spendByCustomerDay(purchases, opts.calibrationEnd, holdoutEnd);
  const durationHoldout = (holdoutEnd - opts.calibrationEnd) / DAYS_PER_UNIT[opts.unit];
  return calibration.map((c) => {
    const m = holdoutDays.get(c.customerId);
    let spend = 0;
    if (m) for (const v of m.values()) spend += v;
    const n = m ? m.size : 0;
    return { ...c, frequencyHoldout: n, monetaryHoldout: n ? spend / n : 0, durationHoldout };
  });
}
