import { dayFromDate, isDate } from '../core/days';
import { SEGMENTS_COLUMNS, type PreviousPlacement } from '../core/report/segmentsTab';
import { HISTORY_COLUMNS, type HistoryLine } from '../core/report/historyTab';
import type { StoredRun } from '../app/previousRun';
import { ownedTab } from './ownedTabs';
import { sheetZoneOffset } from './zone';

/**
 * The day of the newest run in the History tab (its first data row), or null before any run: one
 * small read, for the sidebar's review reminder.
 */
export function lastRunDay(book: GoogleAppsScript.Spreadsheet.Spreadsheet): number | null {
  const tab = ownedTab(book, 'history');
  if (!tab || tab.getLastRow() < 2) return null;
  const v = tab.getRange(2, HISTORY_COLUMNS.runDay + 1, 1, 1).getValues()[0][0];
  return isDate(v) ? dayFromDate(v, sheetZoneOffset(book.getSpreadsheetTimeZone())) : null;
}

/**
 * What the previous run left: each customer's segment and since when (from the Segments tab) and
 * the History lines, read with one `getValues` each. The app layer matches them to this run's segments.
 */
export function readPreviousRun(book: GoogleAppsScript.Spreadsheet.Spreadsheet): StoredRun {
  const zone = sheetZoneOffset(book.getSpreadsheetTimeZone());
  const dayOf = (v: unknown): number | null => (isDate(v) ? dayFromDate(v, zone) : null);
  const placements = new Map<string, PreviousPlacement>();
  const segments = ownedTab(book, 'segments');
  if (segments && segments.getLastRow() > 1) {
    const values = segments.getRange(2, 1, segments.getLastRow() - 1, SEGMENTS_COLUMNS.since + 1).getValues();
    for (const row of values) {
      const id = String(row[SEGMENTS_COLUMNS.customer]);
      if (id) placements.set(id, { segment: String(row[SEGMENTS_COLUMNS.segment]), sinceDay: dayOf(row[SEGMENTS_COLUMNS.since]) });
    }
  }
  const history: HistoryLine[] = [];
  const tab = ownedTab(book, 'history');
  if (tab && tab.getLastRow() > 1) {
    const width = Math.max(HISTORY_COLUMNS.revenueShare + 1, Math.min(tab.getLastColumn(), HISTORY_COLUMNS.segmentId + 1));
    const c = HISTORY_COLUMNS;
    for (const row of tab.getRange(2, 1, tab.getLastRow() - 1, width).getValues()) {
      const run = Number(row[c.run]);
      const runDay = dayOf(row[c.runDay]);
      const analysisDay = dayOf(row[c.analysisDay]);
      if (!Number.isFinite(run) || runDay === null || analysisDay === null) continue;
      const segmentId = row[c.segmentId] === undefined ? '' : String(row[c.segmentId]);
      history.push({ run, runDay, analysisDay, segmentId, segment: String(row[c.segment]), customers: Number(row[c.customers]) || 0, revenueShare: Number(row[c.revenueShare]) || 0 });
    }
  }
  return { placements, history };
}
