import type { TypicalValue } from './types';

const grouped = (whole: number) => String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/**
 * A count or a number of days as people write it: whole, with thousands separators.
 * @example wholeNumber(1168.6) // '1,169'
 */
export function wholeNumber(x: number): string {
  const whole = Math.round(x);
  return whole < 0 ? `-${grouped(-whole)}` : grouped(whole);
}

/**
 * A share as people write it: whole percents, one decimal below 10 % (where a whole percent would
 * hide the difference between 0.6 % and 1.4 %), ".0" left out; a share above 0 that rounds to
 * nothing is "<0.1 %" so it does not read as none.
 * @example [0.394, 0.049, 0.0996, 0.05].map(percent) // ['39 %', '4.9 %', '10 %', '5 %']
 */
export function percent(share: number): string {
  const p = share * 100;
  if (p > 0 && p < 0.05) return '<0.1 %';
  const tenths = Math.round(p * 10);
  if (tenths >= 100) return `${grouped(Math.round(p))} %`;
  return `${tenths % 10 === 0 ? tenths / 10 : (tenths / 10).toFixed(1)} %`;
}

/**
 * A typical value as "median (10th–90th percentile)", each written by `write`; the median alone
 * when the whole range writes the same ("1", not "1 (1–1)"); '' when there is none.
 * @example typicalText({ median: 5, low: 1.9, high: 11 }, wholeNumber) // '5 (2–11)'
 */
export function typicalText(v: TypicalValue | undefined, write: (x: number) => string): string {
  if (!v || !Number.isFinite(v.median)) return '';
  const [median, low, high] = [write(v.median), write(v.low), write(v.high)];
  return low === median && high === median ? median : `${median} (${low}–${high})`;
}
