import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayFromIso, dayFromYmd, isDate, isoFromDay, ymdFromDay } from '../../src/core/days';

const MS_PER_DAY = 86_400_000;

/** What the previous code read off a `Date`: the reference the counted calendar must equal. */
function ymdOfDate(day: number) {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}
const isoOfDate = (day: number) => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);

describe('ymdFromDay and isoFromDay (Hinnant civil_from_days)', () => {
  it('give the dates of known days', () => {
    // 13513: the R rfm package's analysis date 2006-12-31 (rfm_data_orders); 0: the Unix epoch.
    expect(ymdFromDay(13513)).toEqual({ year: 2006, month: 12, day: 31 });
    expect(isoFromDay(0)).toBe('1970-01-01');
    expect(isoFromDay(-1)).toBe('1969-12-31');
    // Leap days: 2000 is a leap year (divisible by 400), 1900 and 2100 are not.
    expect(isoFromDay(dayFromYmd(2000, 2, 29))).toBe('2000-02-29');
    expect(isoFromDay(dayFromYmd(1900, 2, 28) + 1)).toBe('1900-03-01');
    expect(isoFromDay(dayFromYmd(2100, 2, 28) + 1)).toBe('2100-03-01');
    // 719,162 days from 0001-01-01 to the epoch (dayFromYmd cannot say year 1: Date.UTC reads 0–99 as 1900–1999).
    expect(isoFromDay(-719_162)).toBe('0001-01-01');
    expect(isoFromDay(-719_163)).toBe('0000-12-31');
  });

  it('equal what a Date gives on every day a Date can hold', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100_000_000, max: 100_000_000 }), (day) => {
        expect(ymdFromDay(day)).toEqual(ymdOfDate(day));
        expect(isoFromDay(day)).toBe(isoOfDate(day));
      }),
      { numRuns: 20_000 },
    );
    // Every day of 1899-12-30 (the sheets' day zero) to 2100, one by one.
    for (let day = dayFromYmd(1899, 12, 30); day <= dayFromYmd(2100, 12, 31); day++) {
      const want = isoOfDate(day);
      if (isoFromDay(day) !== want) expect(isoFromDay(day)).toBe(want);
    }
  });

  it('take the day of a fractional day number, as a Date does', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double({ min: -1e7, max: 1e7, noNaN: true }), fc.constantFrom(-5e-324, -1e-9, -0, 1e-9, -0.5, 0.5)), (day) => {
        expect(ymdFromDay(day)).toEqual(ymdOfDate(day));
      }),
    );
  });

  it('give what a Date gives beyond its range and for NaN', () => {
    expect(ymdFromDay(Number.NaN)).toEqual({ year: Number.NaN, month: Number.NaN, day: Number.NaN });
    expect(ymdFromDay(100_000_001)).toEqual(ymdOfDate(100_000_001));
    expect(() => isoFromDay(Number.NaN)).toThrow(RangeError);
    expect(isoFromDay(dayFromYmd(10_000, 1, 1))).toBe(isoOfDate(dayFromYmd(10_000, 1, 1)));
  });

  it('round-trips through dayFromIso', () => {
    fc.assert(
      fc.property(fc.integer({ min: dayFromYmd(1000, 1, 1), max: dayFromYmd(9999, 12, 31) }), (day) => {
        expect(dayFromIso(isoFromDay(day))).toBe(day);
      }),
    );
  });
});

describe('isDate', () => {
  it('is true for valid Dates of this realm and of another (a sheet read through the test harness), false for the rest', () => {
    expect(isDate(new Date(0))).toBe(true);
    expect(isDate(runInNewContext('new Date(0)'))).toBe(true);
    expect(isDate(new Date(Number.NaN))).toBe(false);
    expect(isDate(runInNewContext('new Date(NaN)'))).toBe(false);
    for (const v of ['2024-03-05', 45356, null, undefined, true, {}, [], { getTime: () => 0 }, Object.create(null)]) expect(isDate(v)).toBe(false);
  });
});
