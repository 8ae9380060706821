/**
 * sheetZoneOffset: the sheet's offset at every hour of a year equals what the time-zone database
 * says (Intl, independent of the code under test), with few Utilities.formatDate calls.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { sheetZoneOffset } from '../../src/sheets/zone';

/** The offset in minutes at an instant, from Intl (the IANA database Node ships). */
const formats = new Map<string, Intl.DateTimeFormat>();
function intlOffset(ms: number, timeZone: string): number {
  let f = formats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
    formats.set(timeZone, f);
  }
  const p = Object.fromEntries(
    f.formatToParts(new Date(ms))
      .map((x) => [x.type, x.value]),
  );
  const asUtc = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second));
  return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / 60_000);
}

let calls = 0;
/** Apps Script's Utilities.formatDate for the 'Z' pattern only, counting calls. */
function installUtilities(): void {
  calls = 0;
  (globalThis as Record<string, unknown>).Utilities = {
    formatDate(d: Date, timeZone: string, pattern: string) {
      expect(pattern).toBe('Z');
      calls++;
      const m = intlOffset(d.getTime(), timeZone);
      const a = Math.abs(m);
      return `${m < 0 ? '-' : '+'}${String(Math.floor(a / 60)).padStart(2, '0')}${String(a % 60).padStart(2, '0')}`;
    },
  };
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Utilities;
});

describe('sheetZoneOffset', () => {
  // London and New York change twice a year, Sao Paulo had DST in 2011 (southern summer), Kuala
  // Lumpur never changes, Lord Howe changes by 30 minutes, Kathmandu is +05:45.
  for (const zone of ['Europe/London', 'America/New_York', 'America/Sao_Paulo', 'Asia/Kuala_Lumpur', 'Australia/Lord_Howe', 'Asia/Kathmandu']) {
    it(`gives the database's offset at every 5 minutes of 2011 in ${zone}`, () => {
      installUtilities();
      const offset = sheetZoneOffset(zone);
      const start = Date.UTC(2011, 0, 1);
      const end = Date.UTC(2012, 0, 1);
      let wrong = 0;
      for (let t = start; t < end; t += 5 * 60_000) if (offset(new Date(t + 60_000)) !== intlOffset(t + 60_000, zone)) wrong++;
      expect(wrong).toBe(0);
      // One call per day boundary, and 11 more on each day the offset changes (at most two a year here).
      expect(calls).toBeLessThanOrEqual(366 + 2 * 11);
    });
  }
});
