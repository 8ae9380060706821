import { format, type Localized } from '../core/i18n';
import type { Lang } from '../core/types';
import { LANGS } from '../core/types';
import { isSegmentBy } from '../core/pipeline/segmentBy';
import { dayFromIso } from '../core/days';
import type { Settings } from './contract';
import { firstBadRule } from './rules';

/** Settings of a workbook that has never been configured. */
export function defaultSettings(): Settings {
  return {
    version: 1,
    lang: null,
    sourceSheet: null,
    mapping: {},
    extraSheets: [],
    extraMappings: {},
    analysisDate: null,
    bins: 5,
    preset: 'shopify',
    rules: null,
    currency: '',
    dateOrder: null,
    fitClv: true,
    marketingSpend: null,
    segmentBy: 'rfm',
    campaignTemplates: {},
    reviewMonths: 12,
    bigQuery: { table: '', run: false, projectId: '' },
  };
}

/** A stored or sent setting that could not be used and was replaced by its default. */
export type SettingsProblem = ({ kind: 'badRule'; n: number } | { kind: 'badValue'; setting: keyof Settings; value: string }) & {
  /** Where the bad value is, when it came from the settings sheet (e.g. "B5"). */
  cell?: string;
  /** That sheet's name (the hidden settings sheet's, in the language it was made in). */
  sheet?: string;
};

const PROBLEM_TEXT: Record<SettingsProblem['kind'] | 'where', Localized> = {
  badRule: {
    en: 'Saved rule {n} is not valid (it needs an id, a name and r, f, m ranges like [4, 5]), so the preset segments are used. Fix it in Settings → Segment rules.',
    'zh-TW': '已儲存的第 {n} 條規則無效（需要 id、名稱，以及像 [4, 5] 的 r、f、m 範圍），因此改用預設分群。請在「設定 → 分群規則」中修正。',
    'zh-CN': '已保存的第 {n} 条规则无效（需要 id、名称，以及像 [4, 5] 的 r、f、m 范围），因此改用预设细分。请在“设置 → 细分规则”中修正。',
    ms: 'Peraturan {n} yang disimpan tidak sah (ia memerlukan id, nama dan julat r, f, m seperti [4, 5]), jadi segmen pratetap digunakan. Betulkan dalam Tetapan → Peraturan segmen.',
  },
  where: {
    en: ' (cell {cell} of the hidden "{sheet}" sheet; its text is kept in column C when settings are next saved)',
    'zh-TW': '（隱藏工作表「{sheet}」的 {cell} 儲存格；下次儲存設定時，原文字會保留在 C 欄）',
    'zh-CN': '（隐藏工作表“{sheet}”的 {cell} 单元格；下次保存设置时，原文字会保留在 C 列）',
    ms: ' (sel {cell} helaian tersembunyi "{sheet}"; teksnya disimpan dalam lajur C apabila tetapan disimpan nanti)',
  },
  badValue: {
    en: 'The saved setting "{setting}" ({value}) is not valid, so its default is used.',
    'zh-TW': '已儲存的設定「{setting}」（{value}）無效，因此改用預設值。',
    'zh-CN': '已保存的设置“{setting}”（{value}）无效，因此改用默认值。',
    ms: 'Tetapan "{setting}" yang disimpan ({value}) tidak sah, jadi nilai lalainya digunakan.',
  },
};

/** A problem in the user's words. */
export function settingsProblemText(p: SettingsProblem, lang: Lang): string {
  const text = p.kind === 'badRule' ? format(PROBLEM_TEXT.badRule, lang, { n: p.n }) : format(PROBLEM_TEXT.badValue, lang, { setting: p.setting, value: p.value });
  return p.cell ? `${text}${format(PROBLEM_TEXT.where, lang, { cell: p.cell, sheet: p.sheet ?? '' })}` : text;
}

/** A setting's value as a message shows it: text as typed, anything else as JSON, at most 40 characters. */
export function shownValue(v: unknown): string {
  const text = typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v));
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** Longest campaign message: a text or chat message, not a newsletter (the sidebar's editor stops there too). */
export const MAX_TEMPLATE_CHARS = 500;

/** Campaign messages as the settings sheet can keep them: segment id → text, the JSON within one cell (Sheets holds 50,000 characters a cell). */
function isCampaignTemplates(v: unknown): boolean {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return false;
  const entries = Object.entries(v as Record<string, unknown>);
  return entries.every(([id, text]) => id !== '' && id.length <= 100 && typeof text === 'string' && text.length <= MAX_TEMPLATE_CHARS) && JSON.stringify(v).length <= 40_000;
}

/** Role → header choices as stored: each entry a header text or null (not used); anything else is dropped. */
function mappingFrom(v: unknown): Settings['mapping'] {
  const mapping: Record<string, string | null> = {};
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    for (const [role, header] of Object.entries(v as Record<string, unknown>)) if (header === null || typeof header === 'string') mapping[role] = header;
  }
  return mapping;
}

/** Most extra source sheets a run combines, and the longest name Sheets allows a sheet. */
const MAX_EXTRA_SHEETS = 20;
const MAX_SHEET_NAME = 100;

/** Extra source sheets as stored: a list of sheet names (duplicates are dropped when read). */
function isSheetList(v: unknown): boolean {
  return Array.isArray(v) && v.length <= MAX_EXTRA_SHEETS && v.every((n) => typeof n === 'string' && n !== '' && n.length <= MAX_SHEET_NAME);
}

/** BigQuery choices as stored: a table and project id as text (at most 1,100 characters) and an on/off switch. */
function isBigQuerySettings(v: unknown): boolean {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return false;
  const b = v as Record<string, unknown>;
  return typeof b.table === 'string' && b.table.length <= 1100 && typeof b.projectId === 'string' && b.projectId.length <= 100 && typeof b.run === 'boolean';
}

/**
 * Reads stored or sent settings: each field that is missing takes its default; each field that is
 * present but unusable (a hand-edited settings sheet, a workbook from an older version) takes its
 * default too and is reported, so a bad value never throws later in a run.
 */
export function readSettings(raw: unknown): { settings: Settings; problems: SettingsProblem[] } {
  const d = defaultSettings();
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { settings: d, problems: [] };
  const s = raw as Record<string, unknown>;
  const problems: SettingsProblem[] = [];
  const given = (k: keyof Settings) => s[k] !== undefined && s[k] !== null;
  function pick<K extends keyof Settings>(k: K, ok: (v: unknown) => boolean, fallback: Settings[K], allowEmpty = false): Settings[K] {
    if (!given(k) || (allowEmpty && s[k] === '')) return fallback;
    if (ok(s[k])) return s[k] as Settings[K];
    problems.push({ kind: 'badValue', setting: k, value: shownValue(s[k]) });
    return fallback;
  }
  const bins = given('bins') ? Number(s.bins) : d.bins;
  const binsOk = Number.isInteger(bins) && bins >= 2 && bins <= 10;
  if (!binsOk) problems.push({ kind: 'badValue', setting: 'bins', value: shownValue(s.bins) });
  let rules: Settings['rules'] = null;
  if (given('rules')) {
    if (!Array.isArray(s.rules)) problems.push({ kind: 'badValue', setting: 'rules', value: shownValue(s.rules) });
    else {
      const bad = firstBadRule(s.rules);
      if (bad >= 0) problems.push({ kind: 'badRule', n: bad + 1 });
      else rules = s.rules.length ? (s.rules as Settings['rules']) : null;
    }
  }
  const mapping = mappingFrom(s.mapping);
  const extraSheets = pick('extraSheets', isSheetList, d.extraSheets).filter((name, i, all) => all.indexOf(name) === i);
  const extraMappings: Settings['extraMappings'] = {};
  if (given('extraMappings') && (typeof s.extraMappings !== 'object' || Array.isArray(s.extraMappings))) problems.push({ kind: 'badValue', setting: 'extraMappings', value: shownValue(s.extraMappings) });
  else if (given('extraMappings')) for (const [sheet, m] of Object.entries(s.extraMappings as Record<string, unknown>)) if (extraSheets.includes(sheet)) extraMappings[sheet] = mappingFrom(m);
  const settings: Settings = {
    version: 1,
    lang: pick('lang', (v) => (LANGS as readonly unknown[]).includes(v), null),
    sourceSheet: pick('sourceSheet', (v) => typeof v === 'string', null, true),
    mapping,
    extraSheets,
    extraMappings,
    analysisDate: pick('analysisDate', (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && dayFromIso(v) !== null, null, true),
    bins: binsOk ? bins : d.bins,
    preset: pick('preset', (v) => typeof v === 'string' && v !== '', d.preset),
    rules,
    currency: typeof s.currency === 'string' ? s.currency.slice(0, 8) : '',
    dateOrder: pick('dateOrder', (v) => v === 'dmy' || v === 'mdy' || v === 'ymd', null),
    fitClv: pick('fitClv', (v) => typeof v === 'boolean', d.fitClv),
    marketingSpend: pick('marketingSpend', (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0, null),
    segmentBy: pick('segmentBy', isSegmentBy, d.segmentBy),
    campaignTemplates: pick('campaignTemplates', isCampaignTemplates, d.campaignTemplates),
    reviewMonths: pick('reviewMonths', (v) => typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 60, d.reviewMonths),
    bigQuery: pick('bigQuery', isBigQuerySettings, d.bigQuery),
  };
  if (settings.sourceSheet === '') settings.sourceSheet = null;
  return { settings, problems };
}

/** {@link readSettings} without the report, for settings already checked (e.g. sent back by the sidebar). */
export function normaliseSettings(raw: unknown): Settings {
  return readSettings(raw).settings;
}
