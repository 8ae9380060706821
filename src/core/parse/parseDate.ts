import { dayFromDate, dayFromSerial, dayFromYmd, isDate } from '../days';
import type { DayNumber } from '../types';
import { timeAt, type TimeOfDay } from './parseTime';

/**
 * Reading one date cell into a {@link DayNumber}.
 * Handles `Date` objects (what Sheets gives for date cells), Sheets/Excel serial numbers,
 * `YYYYMMDD` numbers or text (CDNOW), ISO with or without time (`2010-12-01 08:26:00`,
 * `2024-03-05T14:22:31+08:00`: the written calendar date is kept), year-first slashes `2024/3/5`,
 * CJK `2024年3月5日`, month names (`5 Mar 2024`, `Mar 5, 2024`, Malay `5 Mac 2024`) and
 * day/month-first `5/3/2024`, `05.03.24`.
 * A time of day written after the date (`12/1/2010 8:26`, `2024年3月5日 下午2:30`), a serial's fraction
 * and a `Date`'s time in the sheet zone come back as {@link DateInfo.minute}. A text time with an
 * offset (`Z`, `+08:00`) is moved to the sheet zone when that zone is known, day and minute alike.
 *
 * Day/month-first dates are never decided from one cell: they come back as a *pending code*
 * (≥ {@link PENDING}) holding year and both numbers; the whole column decides the order
 * (`dateOrder.ts`) and {@link resolvePending} turns the code into a day.
 */

/** Codes at or above this value are undecided day/month dates: PENDING + year·10⁴ + first·10² + second. */
export const PENDING = 1e9;

/** How a date cell was written; used for decisions and mixed-type reports. */
export type DateKind = 'date' | 'serial' | 'yyyymmdd' | 'iso' | 'ymd' | 'cjk' | 'monthName' | 'dayMonth';

/** Side information about the last parsed cell. */
export interface DateInfo {
  kind: DateKind | '';
  /** The year was written with two digits and read as 19xx/20xx (see {@link fullYear}). */
  twoDigitYear: boolean;
  /**
   * Minutes after midnight (0–1439) of the time the cell carries, or -1 when it carries none
   * (a date-only text, a whole serial number, a `Date` at midnight in the sheet zone).
   */
  minute: number;
}

/** A fresh {@link DateInfo}. */
export function dateInfo(): DateInfo {
  return { kind: '', twoDigitYear: false, minute: -1 };
}

const MS_PER_DAY = 86_400_000;
/** Scratch for {@link timeAt}: one parse at a time. */
const TIME: TimeOfDay = { minute: -1, offset: NaN };

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** True when year/month/day is a real calendar date. @example isValidYmd(2023, 2, 29) // false */
export function isValidYmd(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || y < 1000 || y > 9999) return false;
  if (d <= DAYS_IN_MONTH[m - 1]) return true;
  return m === 2 && d === 29 && ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0);
}

function ymd(y: number, m: number, d: number): number {
  return isValidYmd(y, m, d) ? dayFromYmd(y, m, d) : NaN;
}

/**
 * Two-digit years: 00-69 → 2000-2069, 70-99 → 1970-1999 (the POSIX `strptime %y` rule, also Excel's
 * default cutoff of 2029 is close; we report every two-digit year as a decision).
 */
export function fullYear(y: number): number {
  return y >= 100 ? y : y < 70 ? 2000 + y : 1900 + y;
}

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, januari: 1, feb: 2, february: 2, februari: 2, mar: 3, march: 3, mac: 3,
  apr: 4, april: 4, may: 5, mei: 5, jun: 6, june: 6, jul: 7, july: 7, julai: 7, aug: 8, august: 8,
  ogo: 8, ogos: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, okt: 10, oktober: 10,
  nov: 11, november: 11, dec: 12, december: 12, dis: 12, disember: 12,
};

/** Reads consecutive ASCII digits of `s` from `i` (at most `max`); returns [value, next index]. */
function digitsAt(s: string, i: number, max: number): [number, number] {
  let n = 0;
  let j = i;
  while (j < s.length && j - i < max) {
    const c = s.charCodeAt(j);
    if (c < 48 || c > 57) break;
    n = n * 10 + (c - 48);
    j++;
  }
  return [j === i ? -1 : n, j];
}

/** Day of a YYYYMMDD integer, or NaN. @example dayFromYyyymmdd(19970101) // 9862 */
export function dayFromYyyymmdd(n: number): number {
  if (!Number.isInteger(n) || n < 10000101 || n > 99991231) return NaN;
  return ymd(Math.floor(n / 10000), Math.floor(n / 100) % 100, n % 100);
}

/** Serial numbers accepted as dates: 1927-10-16 (10000) to 2173-10-14 (100000). */
function isSerialRange(n: number): boolean {
  return n >= 10000 && n < 100000;
}

/**
 * Parses one date cell. Returns a day number, a pending code (≥ {@link PENDING}) for day/month-first
 * dates, or NaN when the cell is not a date (blank included).
 * @example parseDate('2024-03-05') // 19787
 * @example parseDate('2024年3月5日') // 19787
 * @example parseDate(45356) // 19787 (serial)
 */
export function parseDate(v: unknown, zoneOffsetMinutes?: (d: Date) => number, info?: DateInfo): number {
  if (info) {
    info.kind = '';
    info.twoDigitYear = false;
    info.minute = -1;
  }
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return NaN;
    if (v >= 10000101 && v <= 99991231) {
      if (info) info.kind = 'yyyymmdd';
      return dayFromYyyymmdd(v);
    }
    if (isSerialRange(v)) {
      if (info) {
        info.kind = 'serial';
        // The fraction of a serial is the time of day (0.75 = 18:00).
        const frac = v - Math.floor(v);
        if (frac > 0) info.minute = Math.min(1439, Math.round(frac * 1440));
      }
      return dayFromSerial(v);
    }
    return NaN;
  }
  if (typeof v === 'string') return parseDateText(v, info, zoneOffsetMinutes);
  if (isDate(v)) {
    if (info) {
      info.kind = 'date';
      const offset = zoneOffsetMinutes ? zoneOffsetMinutes(v) : -v.getTimezoneOffset();
      const local = v.getTime() + offset * 60_000;
      const ms = local - Math.floor(local / MS_PER_DAY) * MS_PER_DAY;
      // Sheets gives a date-only cell as midnight: no time of day.
      if (ms !== 0) info.minute = Math.floor(ms / 60_000);
      return Math.floor(local / MS_PER_DAY);
    }
    return dayFromDate(v, zoneOffsetMinutes);
  }
  return NaN;
}

/**
 * The time after a date at `i` into `info.minute`; with a written offset and a known sheet zone,
 * the instant moved to the sheet zone: returns the day there (else `day` unchanged).
 */
function withTime(s: string, i: number, day: number, info: DateInfo | undefined, zone: ((d: Date) => number) | undefined): number {
  if (!info || Number.isNaN(day)) return day;
  const t = timeAt(s, i, TIME);
  if (t.minute < 0) return day;
  if (!zone || Number.isNaN(t.offset)) {
    info.minute = t.minute;
    return day;
  }
  const instant = day * MS_PER_DAY + (t.minute - t.offset) * 60_000;
  const local = instant + zone(new Date(instant)) * 60_000;
  const localDay = Math.floor(local / MS_PER_DAY);
  info.minute = Math.floor((local - localDay * MS_PER_DAY) / 60_000);
  return localDay;
}

function parseDateText(raw: string, info?: DateInfo, zone?: (d: Date) => number): number {
  let s = raw;
  const c0 = s.charCodeAt(0);
  if (c0 === 32 || c0 === 9 || s.charCodeAt(s.length - 1) === 32) s = s.trim();
  if (s.length < 6) return NaN;
  // ISO "2010-12-01", "2010-12-01 08:26:00", "2024-03-05T14:22:31Z": the common exported form.
  const c4 = s.charCodeAt(4);
  const [y4, i4] = digitsAt(s, 0, 4);
  if (i4 === 4 && (c4 === 45 /* - */ || c4 === 47 /* / */ || c4 === 46 /* . */)) {
    const y = y4;
    const [m, i2] = digitsAt(s, 5, 2);
    if (m < 0 || s.charCodeAt(i2) !== c4) return NaN;
    const [d, i3] = digitsAt(s, i2 + 1, 2);
    if (d < 0) return NaN;
    if (i3 < s.length) {
      const next = s.charCodeAt(i3);
      if (next !== 32 && next !== 84 /* T */ && next !== 116) return NaN;
    }
    if (info) info.kind = c4 === 45 ? 'iso' : 'ymd';
    return i3 < s.length ? withTime(s, i3, ymd(y, m, d), info, zone) : ymd(y, m, d);
  }
  const c = s.charCodeAt(0);
  if (c >= 48 && c <= 57) {
    // CJK: 2024年3月5日
    const nian = s.indexOf('年');
    if (nian > 0) {
      const [y, i1] = digitsAt(s, 0, 4);
      if (i1 !== nian) return NaN;
      const [m, i2] = digitsAt(s, nian + 1, 2);
      if (m < 0 || s[i2] !== '月') return NaN;
      const [d, i3] = digitsAt(s, i2 + 1, 2);
      if (d < 0) return NaN;
      if (info) info.kind = 'cjk';
      const day = ymd(fullYear(y), m, d);
      return s[i3] === '日' && i3 + 1 < s.length ? withTime(s, i3 + 1, day, info, undefined) : day;
    }
    // YYYYMMDD as text
    if (s.length === 8) {
      const [n, i] = digitsAt(s, 0, 8);
      if (i === 8) {
        if (info) info.kind = 'yyyymmdd';
        return dayFromYyyymmdd(n);
      }
    }
    // a/b/y, a.b.y, a-b-y
    const [a, i1] = digitsAt(s, 0, 2);
    const sep = s.charCodeAt(i1);
    if (sep === 47 || sep === 46 || sep === 45) {
      const [b, i2] = digitsAt(s, i1 + 1, 2);
      if (b >= 0 && s.charCodeAt(i2) === sep) {
        const [y, i3] = digitsAt(s, i2 + 1, 4);
        const yLen = i3 - i2 - 1;
        if (y >= 0 && (yLen === 4 || yLen === 2) && (i3 === s.length || s.charCodeAt(i3) === 32)) {
          if (info) {
            info.kind = 'dayMonth';
            info.twoDigitYear = yLen === 2;
          }
          const year = fullYear(y);
          if (a < 1 || b < 1 || a > 31 || b > 31 || (a > 12 && b > 12)) return NaN;
          const code = PENDING + year * 10000 + a * 100 + b;
          // The day is pending, so a written offset cannot move it: the time is kept as written.
          return i3 < s.length ? withTime(s, i3, code, info, undefined) : code;
        }
      }
    }
  }
  return parseMonthName(s, info);
}

/** "5 Mar 2024", "Mar 5, 2024", "05-Mar-2024", "March 5 2024", "5 Mac 2024". */
function parseMonthName(s: string, info?: DateInfo): number {
  const parts = s.toLowerCase().split(/[\s,.\-/]+/).filter((p) => p !== '');
  if (parts.length < 3 || parts.length > 5) return NaN;
  let month = -1;
  const nums: number[] = [];
  const lens: number[] = [];
  for (const p of parts.slice(0, 3)) {
    if (/^\d+$/.test(p)) {
      nums.push(Number(p));
      lens.push(p.length);
    } else if (MONTHS[p] !== undefined && month < 0) month = MONTHS[p];
    else return NaN;
  }
  if (month < 0 || nums.length !== 2) return NaN;
  const yearFirst = lens[0] === 4;
  const y = yearFirst ? nums[0] : nums[1];
  const d = yearFirst ? nums[1] : nums[0];
  if (info) {
    info.kind = 'monthName';
    info.twoDigitYear = (yearFirst ? lens[0] : lens[1]) === 2;
  }
  const day = ymd(fullYear(y), month, d);
  return parts.length > 3 ? withTime(parts.slice(3).join(' '), 0, day, info, undefined) : day;
}

/** Year, first and second number of a pending code. */
export function pendingParts(code: number): { year: number; first: number; second: number } {
  const r = code - PENDING;
  return { year: Math.floor(r / 10000), first: Math.floor(r / 100) % 100, second: r % 100 };
}

/**
 * The day of a pending day/month code once the column's order is known, or NaN if that order
 * makes it impossible (e.g. 25/3 read month-first).
 * @example resolvePending(parseDate('5/3/2024'), 'dmy') // 2024-03-05
 */
export function resolvePending(code: number, order: 'dmy' | 'mdy'): DayNumber {
  if (!(code >= PENDING)) return code;
  const { year, first, second } = pendingParts(code);
  return order === 'dmy' ? ymd(year, second, first) : ymd(year, first, second);
}
