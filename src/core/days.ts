import type { DayNumber } from './types';

/**
 * Calendar-day arithmetic on {@link DayNumber}s (whole days since 1970-01-01).
 * Why whole days: RFM recency, CLV's T and "same-day orders merged" are all defined on days.
 */

const MS_PER_DAY = 86_400_000;

/** True for a `Date` from any realm (a sheet's `Date` is not `instanceof` the caller's `Date` in tests). */
export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]' && !Number.isNaN((v as Date).getTime());
}

/** Day number of a calendar date. @example dayFromYmd(2006, 12, 31) // 13513 */
export function dayFromYmd(year: number, month: number, day: number): DayNumber {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** The calendar date of a day number. */
export function ymdFromDay(day: DayNumber): { year: number; month: number; day: number } {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** ISO `YYYY-MM-DD` of a day number. @example isoFromDay(13513) // '2006-12-31' */
export function isoFromDay(day: DayNumber): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
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
