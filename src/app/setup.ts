import type { Lang } from '../core/types';
import type { DayNumber } from '../core/types';
import { reviewReminder } from './review';
import { format } from '../core/i18n';
import { readOrders, detectColumns, ROLES, roleLabel, localize, type Detection, type Role } from '../core/parse';
import { columnLetter } from '../core/parse/cells';
import { OTHERS_ID, segmentName } from '../core/rfm';
import { suggestedMessage } from '../core/campaigns/suggestedMessage';
import { qualityItems } from '../core/report/qualityTab';
import type { ColumnInfo, Settings, SetupInfo, SourceSetup } from './contract';
import { settingsForSheet, SOURCE_TEXT } from './sourceSheets';
import { sourceKind } from '../core/sources';
import { SERVER_MESSAGES } from './messages';
import { readOptionsFor } from './readOptions';
import { presetsAt, ruleWarnings, runRules } from './rules';
import { settingsProblemText, type SettingsProblem } from './settings';
import { CELL_LIMIT, estimateSourcesOutputCells, workbookCells, type Grid } from './cellBudget';
import { chunkRowsFor } from './readPlan';

/** What the sheet adapter read for the sidebar's setup. */
export interface SetupSource {
  sheetName: string;
  /** Source sheets the user can choose (not the add-on's own tabs). */
  sheets: string[];
  /** Used rows and columns of the source. */
  rows: number;
  columns: number;
  /** The header and first rows ({@link SAMPLE_ROWS}). */
  sample: unknown[][];
  /** Every sheet's grid, for the 10-million-cell check. */
  grids: Grid[];
  zoneOffsetMinutes: (d: Date) => number;
  /** The extra source sheets (`settings.extraSheets`), each read like the source; absent = none. */
  extras?: ExtraSample[];
}

/** An extra source sheet as the sheet adapter read it: its size and sample, or why it could not be read. */
export interface ExtraSample {
  sheetName: string;
  rows: number;
  columns: number;
  /** Header and first rows; null with `problem` when the sheet is missing or empty. */
  sample: unknown[][] | null;
  problem: string | null;
}

/** What the sidebar shows when it opens: detection, sample quality, settings, presets. Pure. */
/** When the segments were last run (the History tab's newest run) and today, for the review cadence. */
export interface RunDates {
  lastRunDay: DayNumber | null;
  today: DayNumber;
}

export function setupInfo(source: SetupSource, settings: Settings, problems: readonly SettingsProblem[], lang: Lang, dates: RunDates | null = null): SetupInfo {
  // Detection alone resolves the saved headers to columns; then one read of the sample with them.
  const read = readSample(source.sample, settingsForSheet(settings, source.sheetName), source.zoneOffsetMinutes);
  const d = read.detection;
  const columns = columnInfos(d, lang);
  const extras = source.extras ?? [];
  // Every source sheet counts: the output has at most a customer per row of any of them.
  const needed = workbookCells(source.grids) + estimateSourcesOutputCells([source, ...extras]);
  const rules = runRules(settings);
  // The segments the Campaign lists tab can show (rule order, "Others" last); a repeated id is one segment there too.
  const segmentIds = [...new Set([...rules.map((r) => r.id), OTHERS_ID])];
  return {
    lang,
    sheetName: source.sheetName,
    sheets: source.sheets,
    rows: source.rows,
    columns: source.columns,
    shape: d.shape,
    detectedColumns: columns,
    roles: ROLES.map((role) => ({ role, label: roleLabel(role, lang) })),
    sampleQuality: [...qualityItems(read.quality.issues, lang), ...read.errors.map((e) => ({ id: e.key, severity: 'error' as const, count: 0, rows: [], message: localize(e, lang) }))],
    sampleRows: source.sample.length - 1,
    settings,
    settingsWarnings: problems.map((p) => settingsProblemText(p, lang)),
    presets: presetsAt(settings.bins).map((p) => ({ id: p.id, name: p.name[lang], rules: p.rules })),
    ruleWarnings: ruleWarnings(rules, settings.bins, lang),
    chunkRows: chunkRowsFor(source.columns),
    refusal: needed > CELL_LIMIT ? format(SERVER_MESSAGES.tooManyCells, lang, { cells: needed.toLocaleString('en-US') }) : null,
    review: dates ? reviewReminder(dates.lastRunDay, dates.today, settings.reviewMonths, lang) : { lastRunDay: null, due: false, text: '' },
    campaignMessages: segmentIds.map((id) => ({ segmentId: id, segmentName: segmentName(id, rules, lang), builtIn: suggestedMessage(id, rules, {}, lang) })),
    extraSources: extras.map((x) => extraSetup(x, settings, lang, source.zoneOffsetMinutes)),
  };
}

/** One read of a sheet's sample with its column choices (detection alone resolves the saved headers). */
function readSample(sample: unknown[][], settings: Settings, zoneOffsetMinutes: (d: Date) => number) {
  return readOrders(sample, readOptionsFor(settings, detectColumns(sample), { zoneOffsetMinutes }));
}

/** The columns as the sidebar's drop-downs show them: letter, header, role in force and why. */
function columnInfos(d: Detection, lang: Lang): ColumnInfo[] {
  const roleOf = new Map<number, Role>();
  for (const [role, col] of Object.entries(d.roles)) if (typeof col === 'number') roleOf.set(col, role as Role);
  return d.columns.map((c) => ({
    index: c.index,
    letter: columnLetter(c.index),
    header: c.header,
    role: roleOf.get(c.index) ?? null,
    confidence: roleOf.has(c.index) ? c.confidence : 0,
    reason: c.reason ? localize(c.reason, lang) : '',
  }));
}

/** An extra source sheet's detected columns with its own choices; a sheet without usable columns says so by name. */
function extraSetup(x: ExtraSample, settings: Settings, lang: Lang, zoneOffsetMinutes: (d: Date) => number): SourceSetup {
  const none: SourceSetup = { sheetName: x.sheetName, rows: x.rows, columns: x.columns, shape: 'transactions', detectedColumns: [], problem: x.problem };
  if (!x.sample) return none;
  const read = readSample(x.sample, settingsForSheet(settings, x.sheetName), zoneOffsetMinutes);
  const blocking = read.detection.columns.length === 0 || Object.keys(read.detection.roles).length === 0;
  return {
    ...none,
    // A sheet with no order dates (a CRM export, a hand-made list) is a customer list joined to the orders.
    shape: sourceKind(read.detection) === 'customers' ? 'customers' : 'transactions',
    detectedColumns: columnInfos(read.detection, lang),
    problem: blocking ? format(SOURCE_TEXT.unreadable, lang, { name: x.sheetName, reason: read.errors.map((e) => localize(e, lang)).join(' ') }) : null,
  };
}
