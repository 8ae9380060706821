/**
 * Turns CSV text cells into what `getValues()` returns after the CSV was imported into Sheets:
 * numbers as numbers, `YYYY-MM-DD[ HH:MM[:SS]]` as `Date` (midnight/time in the sheet's zone),
 * everything else as text, blanks as ''.
 */
const NUMBER = /^-?\d+(\.\d+)?$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

export function sheetValuesFromCsv(rows: string[][], zoneOffsetMinutes = 480): (string | number | Date)[][] {
  return rows.map((row, r) =>
    row.map((cell) => {
      if (r === 0) return cell;
      const s = cell.trim();
      if (s === '') return '';
      if (NUMBER.test(s)) return Number(s);
      const m = ISO.exec(s);
      if (m) {
        const utc = Date.UTC(+m[1], +m[2] - 1, +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
        return new Date(utc - zoneOffsetMinutes * 60_000);
      }
      return cell;
    }),
  );
}
