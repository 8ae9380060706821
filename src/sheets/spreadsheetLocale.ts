/**
 * The spreadsheet's locale for the custom functions' text results. Reading it is allowed in a
 * custom function (read-only). No service is touched when this module loads.
 */

/** The spreadsheet's locale, e.g. `zh_TW`; null outside Sheets (no `SpreadsheetApp`, as in Node) or when it cannot be read. */
export function spreadsheetLocale(): string | null {
  if (typeof SpreadsheetApp === 'undefined') return null;
  try {
    return SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale();
  } catch {
    // No active spreadsheet, or the service refused: the caller falls back.
    return null;
  }
}
