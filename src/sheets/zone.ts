/**
 * The spreadsheet's time-zone offset at an instant, so a `Date` cell is read as the calendar day
 * the sheet shows even when the script runs in another zone (Apps Script scripts and sheets each
 * have their own zone).
 */

const MINUTE = 60_000;
const DAY = 1440 * MINUTE;

/**
 * Offsets in minutes, asked of `Utilities.formatDate` as rarely as possible: each call is a service
 * call, and a year of orders touches thousands of hours. A UTC day whose two ends have the same
 * offset has no change inside (zones change at most once in a day), so it costs one look-up per day
 * boundary; on the few days with a change, the minute it happens is found by halving the day
 * (11 look-ups; some zones, such as Lord Howe's, do not change on the UTC hour).
 */
export function sheetZoneOffset(timeZone: string): (d: Date) => number {
  const atInstant = new Map<number, number>();
  const offsetAt = (ms: number): number => {
    let off = atInstant.get(ms);
    if (off === undefined) {
      const z = Utilities.formatDate(new Date(ms), timeZone, 'Z'); // e.g. +0800
      off = (z.startsWith('-') ? -1 : 1) * (Number(z.slice(1, 3)) * 60 + Number(z.slice(3, 5)));
      atInstant.set(ms, off);
    }
    return off;
  };
  /** Per UTC day: the offset before and after the minute it changes (the day's end when it does not). */
  const ofDay = new Map<number, { before: number; after: number; change: number }>();
  return (d: Date) => {
    const t = d.getTime();
    const day = Math.floor(t / DAY);
    let known = ofDay.get(day);
    if (known === undefined) {
      let lo = day * DAY;
      let hi = lo + DAY;
      const before = offsetAt(lo);
      const after = offsetAt(hi);
      if (before !== after) {
        // The first minute with the new offset is in (lo, hi].
        while (hi - lo > MINUTE) {
          const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
          if (offsetAt(mid) === before) lo = mid;
          else hi = mid;
        }
      }
      known = { before, after, change: hi };
      ofDay.set(day, known);
    }
    return t < known.change ? known.before : known.after;
  };
}
