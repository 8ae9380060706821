import { isOwned } from './ownedTabs';
import { UserError, SERVER_MESSAGES } from '../server/messages';
import { format } from '../core/i18n';
import type { Lang } from '../core/types';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Rows read for column detection and the sample data-quality summary. */
export const SAMPLE_ROWS = 500;
/** Cells per read call: about 25 s of `getValues` at the slowest published speeds, far inside 6 minutes. */
export const CELLS_PER_CALL = 400_000;

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

/** Rows per read call for a sheet of this width. */
export function chunkRowsFor(columns: number): number {
  return Math.max(1000, Math.floor(CELLS_PER_CALL / Math.max(1, columns)));
}

