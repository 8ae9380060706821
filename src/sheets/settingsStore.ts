import type { Settings } from '../app/contract';
import { normaliseSettings, readSettings, shownValue, type SettingsProblem } from '../app/settings';
import { ownedTab, TAB_KEY, freeName } from './ownedTabs';
import { safeBlock } from './cellText';

/**
 * Settings live on a hidden sheet of the workbook, one setting per row as JSON. A sheet certainly
 * travels with File > Make a copy (document properties are not documented to), and a consultant
 * can unhide it and read it.
 */
const SHEET_NAME = 'Segment settings';
const HEADER = ['setting', 'value (JSON)', 'written by the Customer Segments add-on; edit in its sidebar'];
/** Column C marker of a hand-edited value that could not be used. */
const KEPT_PREFIX = 'not valid, kept as typed: ';

/** The workbook's settings, with what could not be used (a hand-edited cell) replaced by defaults and reported. */
export function loadSettings(book: GoogleAppsScript.Spreadsheet.Spreadsheet): { settings: Settings; problems: SettingsProblem[] } {
  const sheet = ownedTab(book, 'settings');
  if (!sheet || sheet.getLastRow() < 2) return readSettings(null);
  return settingsFromRows(sheet.getRange(2, 1, sheet.getLastRow() - 1, 2).getValues());
}

/** Settings from the sheet's rows below the header (setting, JSON value), each problem with its cell. */
function settingsFromRows(values: readonly unknown[][]): { settings: Settings; problems: SettingsProblem[] } {
  const raw: Record<string, unknown> = {};
  const cellOf: Record<string, string> = {};
  const unreadable: SettingsProblem[] = [];
  values.forEach(([k, v], i) => {
    if (typeof k !== 'string' || k === '') return;
    cellOf[k] = `B${i + 2}`;
    try {
      raw[k] = JSON.parse(String(v));
    } catch {
      // A hand-edited cell that is not JSON: the default for that setting, and the user is told where.
      unreadable.push({ kind: 'badValue', setting: k as keyof Settings, value: shownValue(String(v)), cell: cellOf[k] });
    }
  });
  const read = readSettings(raw);
  const located = read.problems.map((p) => ({ ...p, cell: cellOf[p.kind === 'badRule' ? 'rules' : p.setting] }));
  return { settings: read.settings, problems: [...unreadable, ...located] };
}

export function storeSettings(book: GoogleAppsScript.Spreadsheet.Spreadsheet, settings: Settings): Settings {
  const clean = normaliseSettings(settings);
  let sheet = ownedTab(book, 'settings');
  const active = book.getActiveSheet();
  if (!sheet) {
    sheet = book.insertSheet(freeName(book, SHEET_NAME));
    sheet.addDeveloperMetadata(TAB_KEY, 'settings');
    sheet.hideSheet();
    if (active) book.setActiveSheet(active);
  }
  // A hand-edited value we could not use is not lost: its text moves to column C of its row.
  const kept = new Map<string, string>();
  if (sheet.getLastRow() >= 2) {
    const before = sheet.getRange(2, 1, sheet.getLastRow() - 1, 3).getValues();
    const bad = new Set(settingsFromRows(before).problems.map((p) => (p.kind === 'badRule' ? 'rules' : p.setting)));
    for (const [k, v, note] of before) {
      if (typeof k !== 'string') continue;
      if (bad.has(k as keyof Settings)) kept.set(k, `${KEPT_PREFIX}${String(v)}`);
      else if (typeof note === 'string' && note.startsWith(KEPT_PREFIX)) kept.set(k, note);
    }
  }
  const rows: unknown[][] = [HEADER, ...Object.entries(clean).map(([k, v]) => [k, JSON.stringify(v), kept.get(k) ?? ''])];
  sheet.clearContents();
  if (sheet.getMaxRows() < rows.length) sheet.insertRowsAfter(sheet.getMaxRows(), rows.length - sheet.getMaxRows());
  // Plain-text format first: JSON such as "-1" or "[...]" must stay text.
  sheet.getRange(1, 1, rows.length, 3).setNumberFormat('@');
  sheet.getRange(1, 1, rows.length, 3).setValues(safeBlock(rows, 3));
  return clean;
}
