import { isOwned } from './ownedTabs';
import { UserError, SERVER_MESSAGES } from '../app/messages';
import { SAMPLE_ROWS } from '../app/readPlan';
import type { ExtraSample, SetupSource } from '../app/setup';
import { sheetZoneOffset } from './zone';
import { format } from '../core/i18n';
import type { Lang } from '../core/types';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The sheet with the user's data: the named one, else the active one when it is not ours, else the first that is not ours. */
export function sourceSheet(name: string | null, lang: Lang): Sheet {
  const book = SpreadsheetApp.getActiveSpreadsheet();
  if (name) {
    const sheet = book.getSheetByName(name);
    if (!sheet) throw new UserError(format(SERVER_MESSAGES.noSheet, lang, { name }));
    if (isOwned(sheet)) throw new UserError(format(SERVER_MESSAGES.ownedSource, lang, { name }));
    return sheet;
  }
  const active = book.getActiveSheet();
  if (active && !isOwned(active)) return active;
  const first = book.getSheets().find((s) => !isOwned(s));
  if (!first) throw new UserError(format(SERVER_MESSAGES.emptySheet, lang, { name: active?.getName() ?? '' }));
  return first;
}

/** Names of the sheets that can be a source (not the add-on's own tabs). */
export function sourceSheetNames(): string[] {
  return SpreadsheetApp.getActiveSpreadsheet()
    .getSheets()
    .filter((s) => !isOwned(s))
    .map((s) => s.getName());
}

/** The first rows (header and sample) in one read. */
export function readSample(sheet: Sheet, lang: Lang): unknown[][] {
  const rows = sheet.getLastRow();
  const cols = sheet.getLastColumn();
  if (rows === 0 || cols === 0) throw new UserError(format(SERVER_MESSAGES.emptySheet, lang, { name: sheet.getName() }));
  return sheet.getRange(1, 1, Math.min(rows, SAMPLE_ROWS), cols).getValues();
}

/** Rows [startRow, startRow + numRows) (1-based), clipped to the data, in one read. */
export function readRows(sheet: Sheet, startRow: number, numRows: number): unknown[][] {
  const last = sheet.getLastRow();
  const n = Math.min(numRows, last - startRow + 1);
  if (n <= 0) return [];
  return sheet.getRange(startRow, 1, n, sheet.getLastColumn()).getValues();
}

/** Every sheet's grid (used or not, it counts against the 10-million-cell limit). */
export function sheetGrids(sheets: readonly Sheet[]): { rows: number; cols: number }[] {
  return sheets.map((s) => ({ rows: s.getMaxRows(), cols: s.getMaxColumns() }));
}

/** What the sidebar's setup needs from the workbook, in one sample read (and one per extra source sheet in `extras`). */
export function setupSource(sheet: Sheet, lang: Lang, extras: ExtraSample[] = []): SetupSource {
  const book = SpreadsheetApp.getActiveSpreadsheet();
  return {
    sheetName: sheet.getName(),
    sheets: sourceSheetNames(),
    rows: sheet.getLastRow(),
    columns: sheet.getLastColumn(),
    sample: readSample(sheet, lang),
    grids: sheetGrids(book.getSheets()),
    zoneOffsetMinutes: sheetZoneOffset(book.getSpreadsheetTimeZone()),
    extras,
  };
}

