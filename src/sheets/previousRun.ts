import { LANGS } from '../core/types';
import { dayFromDate, isDate } from '../core/days';
import { OTHERS_ID, OTHERS_NAME, type SegmentRule } from '../core/rfm';
import { SEGMENTS_COLUMNS, type PreviousPlacement } from '../core/report/segmentsTab';
import type { HistoryLine } from '../core/report/historyTab';
import { ownedTab } from './ownedTabs';
import { sheetZoneOffset } from './zone';

/**
 * What the previous run left: each customer's segment and since when (from the Segments tab) and
 * the History lines, read with one `getValues` each. Segment names are compared in every language,
 * so switching the language between runs does not look like everyone moved.
 */
export function readPreviousRun(book: GoogleAppsScript.Spreadsheet.Spreadsheet, rules: readonly SegmentRule[]) {
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
    for (const row of tab.getRange(2, 1, tab.getLastRow() - 1, 6).getValues()) {
      const run = Number(row[0]);
      const runDay = dayOf(row[1]);
      const analysisDay = dayOf(row[2]);
      if (!Number.isFinite(run) || runDay === null || analysisDay === null) continue;
      history.push({ run, runDay, analysisDay, segment: String(row[3]), customers: Number(row[4]) || 0, revenueShare: Number(row[5]) || 0 });
    }
  }
  const namesOf = (id: string): string[] => {
    if (id === OTHERS_ID) return LANGS.map((l) => OTHERS_NAME[l]);
    const rule = rules.find((r) => r.id === id);
    if (!rule) return [id];
    return typeof rule.name === 'string' ? [rule.name] : LANGS.map((l) => (rule.name as Record<string, string>)[l]);
  };
  const sameSegment = (previousName: string, segmentId: string) => namesOf(segmentId).includes(previousName);
  return { placements, history, sameSegment };
}
