import type { Settings } from '../app/contract';
import { normaliseSettings, readSettings, shownValue, type SettingsProblem } from '../app/settings';
import { ownedTab, TAB_KEY, freeName } from './ownedTabs';
import { safeBlock } from './cellText';
import { userLang } from './session';
import type { Localized } from '../core/i18n';
import { LANGS } from '../core/types';

/**
 * Settings live on a hidden sheet of the workbook, one setting per row as JSON. A sheet certainly
 * travels with File > Make a copy (document properties are not documented to), and a consultant
 * can unhide it and read it. The sheet is found by its developer metadata, so its name, header and
 * notes are in the user's language and any name works.
 */
const SHEET_TEXT = {
  name: { en: 'Segment settings', 'zh-TW': '分群設定', 'zh-CN': '细分设置', ms: 'Tetapan segmen' },
  setting: { en: 'setting', 'zh-TW': '設定', 'zh-CN': '设置', ms: 'tetapan' },
  value: { en: 'value (JSON)', 'zh-TW': '值（JSON）', 'zh-CN': '值（JSON）', ms: 'nilai (JSON)' },
  about: {
    en: 'written by the Customer Segments add-on; edit in its sidebar',
    'zh-TW': '由「顧客分群」外掛程式寫入；請在其側邊欄中編輯',
    'zh-CN': '由“客户细分”插件写入；请在其侧边栏中编辑',
    ms: 'ditulis oleh alat tambah Segmen pelanggan; sunting dalam bar sisinya',
  },
  /** Column C marker of a hand-edited value that could not be used (recognised in every language). */
  kept: { en: 'not valid, kept as typed: ', 'zh-TW': '無效，保留原輸入：', 'zh-CN': '无效，保留原输入：', ms: 'tidak sah, disimpan seperti ditaip: ' },
} satisfies Record<string, Localized>;
const isKeptNote = (note: unknown) => typeof note === 'string' && LANGS.some((l) => note.startsWith(SHEET_TEXT.kept[l]));

/** The workbook's settings, with what could not be used (a hand-edited cell) replaced by defaults and reported. */
export function loadSettings(book: GoogleAppsScript.Spreadsheet.Spreadsheet): { settings: Settings; problems: SettingsProblem[] } {
  const sheet = ownedTab(book, 'settings');
  if (!sheet || sheet.getLastRow() < 2) return readSettings(null);
  const read = settingsFromRows(sheet.getRange(2, 1, sheet.getLastRow() - 1, 2).getValues());
  return { settings: read.settings, problems: read.problems.map((p) => (p.cell ? { ...p, sheet: sheet.getName() } : p)) };
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
  const lang = clean.lang ?? userLang();
  let sheet = ownedTab(book, 'settings');
  const active = book.getActiveSheet();
  if (!sheet) {
    sheet = book.insertSheet(freeName(book, SHEET_TEXT.name[lang]));
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
      if (bad.has(k as keyof Settings)) kept.set(k, `${SHEET_TEXT.kept[lang]}${String(v)}`);
      else if (isKeptNote(note)) kept.set(k, note as string);
    }
  }
  const rows: unknown[][] = [[SHEET_TEXT.setting[lang], SHEET_TEXT.value[lang], SHEET_TEXT.about[lang]], ...Object.entries(clean).map(([k, v]) => [k, JSON.stringify(v), kept.get(k) ?? ''])];
  sheet.clearContents();
  if (sheet.getMaxRows() < rows.length) sheet.insertRowsAfter(sheet.getMaxRows(), rows.length - sheet.getMaxRows());
  // Plain-text format first: JSON such as "-1" or "[...]" must stay text.
  sheet.getRange(1, 1, rows.length, 3).setNumberFormat('@');
  sheet.getRange(1, 1, rows.length, 3).setValues(safeBlock(rows, 3));
  return clean;
}
