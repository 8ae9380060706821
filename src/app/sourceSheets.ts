/**
 * Several source sheets in one run (issue 18: online shop + shop counter + marketplace orders, a
 * customer list): which sheets a run reads, the column choices each is read with, and the
 * sentences that name a sheet that cannot be read. Each sheet has its own columns, so each is
 * detected and mapped on its own; the first keeps `settings.mapping` (old one-sheet settings read
 * exactly as before), the others `settings.extraMappings[name]` (missing = detected).
 */
import type { Localized } from '../core/i18n';
import type { ColumnMapping, Settings } from './contract';

/** The sheets a run reads, in order: `first` (the source sheet), then each extra sheet once. */
export function runSheets(settings: Pick<Settings, 'extraSheets'>, first: string): string[] {
  return [first, ...(settings.extraSheets ?? []).filter((name, i, all) => name !== first && all.indexOf(name) === i)];
}

/** True when the run reads more than its source sheet (then each sheet's read state is kept apart). */
export function isMultiSource(settings: Pick<Settings, 'extraSheets'>, first: string): boolean {
  return runSheets(settings, first).length > 1;
}

/** The column choices `sheet` is read with: an extra sheet's own, else the source sheet's `mapping`. */
export function mappingOf(settings: Pick<Settings, 'extraSheets' | 'extraMappings' | 'mapping' | 'sourceSheet'>, sheet: string): ColumnMapping {
  const extra = (settings.extraSheets ?? []).includes(sheet) && sheet !== settings.sourceSheet;
  return extra ? (settings.extraMappings?.[sheet] ?? {}) : settings.mapping;
}

/** The settings `sheet` is read with (the same settings, that sheet's column choices). */
export function settingsForSheet(settings: Settings, sheet: string): Settings {
  return { ...settings, mapping: mappingOf(settings, sheet) };
}

/** `settings` with `sheet`'s column choices replaced (the source sheet's go to `mapping`). */
export function withSheetMapping(settings: Settings, sheet: string, mapping: ColumnMapping): Settings {
  if (mappingOf(settings, sheet) === settings.mapping) return { ...settings, mapping };
  return { ...settings, extraMappings: { ...settings.extraMappings, [sheet]: mapping } };
}

export const SOURCE_TEXT = {
  missing: {
    en: 'The sheet "{name}" chosen as a source is not in this workbook any more (renamed or deleted?). Choose the source sheets again in the sidebar; nothing was changed.',
    'zh-TW': '選為資料來源的工作表「{name}」已不在此活頁簿中（是否已重新命名或刪除？）。請在側邊欄重新選擇來源工作表；活頁簿沒有任何變更。',
    'zh-CN': '选为数据来源的工作表“{name}”已不在此工作簿中（是否已重命名或删除？）。请在侧边栏重新选择来源工作表；工作簿没有任何更改。',
    ms: 'Helaian "{name}" yang dipilih sebagai sumber tiada lagi dalam buku kerja ini (dinamakan semula atau dipadam?). Pilih helaian sumber sekali lagi dalam bar sisi; tiada apa-apa diubah.',
  },
  unreadable: {
    en: 'The source sheet "{name}" cannot be read: {reason} Nothing was changed.',
    'zh-TW': '無法讀取來源工作表「{name}」：{reason} 活頁簿沒有任何變更。',
    'zh-CN': '无法读取来源工作表“{name}”：{reason} 工作簿没有任何更改。',
    ms: 'Helaian sumber "{name}" tidak dapat dibaca: {reason} Tiada apa-apa diubah.',
  },
} satisfies Record<string, Localized>;
