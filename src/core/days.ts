import type { DayNumber } from './types';

/**
 * Calendar-day arithmetic on {@link DayNumber}s (whole days since 1970-01-01).
 * Why whole days: RFM recency, CLV's T and "same-day orders merged" are all defined on days.
 */

const MS_PER_DAY = 86_400_000;

/**
 * True for a valid `Date` from any realm (a sheet's `Date` is not `instanceof` the caller's `Date`
 * in tests). `instanceof` first: the tag check calls into the runtime, and readers ask this of every
 * cell they hash or tally (it was a fifth of the row hashing's time on dated rows).
 */
export function isDate(v: unknown): v is Date {
  if (typeof v !== 'object' || v === null) return false;
  if (!(v instanceof Date) && Object.prototype.toString.call(v) !== '[object Date]') return false;
  return !Number.isNaN((v as Date).getTime());
}

/** Day number of a calendar date. @example dayFromYmd(2006, 12, 31) // 13513 */
export function dayFromYmd(year: number, month: number, day: number): DayNumber {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** Days a `Date` reaches either side of 1970-01-01 (ECMA-262 TimeClip: ±8.64e15 ms). */
const DATE_RANGE_DAYS = 100_000_000;

/**
 * The calendar date of a day number. Counted, not read off a `Date`: Howard Hinnant's
 * `civil_from_days` ("chrono-Compatible Low-Level Date Algorithms", 2013), exact on the proleptic
 * Gregorian calendar as `Date` is. Why: reports turn every order's day into a month or a date, and
 * a `Date` per call was a third of the KPIs' time in the 541,909-row sidebar run (CPU profile).
 * A day no `Date` can hold (not finite, or beyond its range) gives what `Date` gives (NaN).
 * @example ymdFromDay(13513) // { year: 2006, month: 12, day: 31 }
 */
export function ymdFromDay(day: DayNumber): { year: number; month: number; day: number } {
  if (!(Math.abs(day) <= DATE_RANGE_DAYS)) {
    const d = new Date(day * MS_PER_DAY);
    return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
  }
  // The day of the instant a Date would hold (its time value drops the fraction of a millisecond).
  const whole = Math.floor(Math.trunc(day * MS_PER_DAY) / MS_PER_DAY);
  // Days from 0000-03-01, in 400-year eras of 146,097 days; a year counted from March puts the leap day last.
  const z = whole + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day: doy - Math.floor((153 * mp + 2) / 5) + 1 };
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** ISO `YYYY-MM-DD` of a day number. @example isoFromDay(13513) // '2006-12-31' */
export function isoFromDay(day: DayNumber): string {
  const { year, month, day: d } = ymdFromDay(day);
  // Years of four digits; `Date` writes the others with a sign and six digits (and refuses NaN).
  if (!(year >= 0 && year <= 9999)) return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
  return `${year < 1000 ? String(year).padStart(4, '0') : year}-${pad2(month)}-${pad2(d)}`;
}

/** Day number of an ISO `YYYY-MM-DD` (time part ignored), or null. */
export function dayFromIso(iso: string): DayNumber | null {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(iso.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  const day = dayFromYmd(y, mo, d);
  return ymdFromDay(day).day === d ? day : null;
}

/**
 * Calendar day of a `Date` as the sheet shows it.
 * `zoneOffsetMinutes(date)` gives the sheet time zone's offset from UTC at that instant
 * (e.g. +480 for Asia/Taipei); the sheet layer derives it from the spreadsheet's time zone.
 * Without it the runtime's local zone is used, which in Apps Script is the script's zone.
 */
export function dayFromDate(date: Date, zoneOffsetMinutes?: (d: Date) => number): DayNumber {
  const offset = zoneOffsetMinutes ? zoneOffsetMinutes(date) : -date.getTimezoneOffset();
  return Math.floor((date.getTime() + offset * 60_000) / MS_PER_DAY);
}

/**
 * Day number of a Google Sheets / Excel serial date (days since 1899-12-30; the fraction is the time of day).
 * @example dayFromSerial(45356) // 2024-03-05
 */
export function dayFromSerial(serial: number): DayNumber {
  return Math.floor(serial) - 25569;
}

/** A `Date` at UTC midnight of a day number, for writing back (the sheet layer shifts it to the sheet zone). */
export function dateFromDay(day: DayNumber): Date {
  return new Date(day * MS_PER_DAY);
}
