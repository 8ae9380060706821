/**
 * The spreadsheet's time-zone offset at an instant, so a `Date` cell is read as the calendar day
 * the sheet shows even when the script runs in another zone (Apps Script scripts and sheets each
 * have their own zone).
 */
export function sheetZoneOffset(timeZone: string): (d: Date) => number {
  const cache = new Map<number, number>();
  return (d: Date) => {
    // Offsets change at most a few times a year: cache per hour bucket.
    const bucket = Math.floor(d.getTime() / 3_600_000);
    let off = cache.get(bucket);
    if (off === undefined) {
      const z = Utilities.formatDate(d, timeZone, 'Z'); // e.g. +0800
      off = (z.startsWith('-') ? -1 : 1) * (Number(z.slice(1, 3)) * 60 + Number(z.slice(3, 5)));
      cache.set(bucket, off);
    }
    return off;
  };
}
