/**
 * The data that crosses `google.script.run` between the sidebar and the server: plain JSON only
 * (no Date; dates are ISO `YYYY-MM-DD` strings). The sidebar imports these types, so a change on
 * one side fails the other's type-check.
 */
import type { Lang } from '../core/types';
import type { ReadState, Role } from '../core/parse';
import type { SegmentRule } from '../core/rfm';
import type { SegmentBy } from '../core/pipeline/segmentBy';
import type { TabKind } from '../core/report/tabSpec';
import type { QualityItem } from '../core/report/qualityTab';

export type { QualityItem } from '../core/report/qualityTab';
export type { ReadState } from '../core/parse';
export type { SegmentRule } from '../core/rfm';
export type { SegmentBy } from '../core/pipeline/segmentBy';

/** Column roles the sidebar lets the user set (the reading module's roles). */
export type RoleName = Role;

/** Role → header text of the chosen column; null = not used (a role left out = detected). */
export type ColumnMapping = Partial<Record<RoleName, string | null>>;

/** Saved settings: they live in the workbook (a settings sheet) so a copy of the file carries them. */
export interface Settings {
  version: 1;
  /** null = follow the user's locale. */
  lang: Lang | null;
  /** Source sheet name; null = the active sheet when the sidebar opens. */
  sourceSheet: string | null;
  /** Role → header text of the column the user chose (headers survive columns being moved); null = not used. */
  mapping: Partial<Record<RoleName, string | null>>;
  /**
   * More sheets read with the source sheet and combined into one customer base (orders from other
   * channels, a customer list), by name; [] = the source sheet alone. A name no longer in the
   * workbook is reported by name, never guessed.
   */
  extraSheets: string[];
  /** Each extra sheet's own column choices (sheet name → role → header), as `mapping` is the source sheet's; missing = detected. */
  extraMappings: Record<string, ColumnMapping>;
  /** ISO date; null = the day after the latest order. */
  analysisDate: string | null;
  /** Score bins per dimension (R rfm default 5). */
  bins: number;
  /** Segment rule preset id, e.g. 'shopify' or 'rfm-package'. */
  preset: string;
  /** Custom rules replacing the preset; null = use the preset. Checked when settings are read. */
  rules: SegmentRule[] | null;
  /** Currency code or symbol for number formats (e.g. 'TWD', 'MYR', 'NT$'); '' = the one the amounts show (none when they show none). */
  currency: string;
  /** Day/month order when the sheet's text dates are ambiguous. */
  dateOrder: 'dmy' | 'mdy' | 'ymd' | null;
  /** Fit predictive CLV (BG/NBD + Gamma-Gamma). */
  fitClv: boolean;
  /** Marketing and sales spend over the last 12 months of the data (the CAC period, see core/kpi/spendPeriod.ts); null = not given. */
  marketingSpend: number | null;
  /** Segment by RFM rules, clusters, or both (clusters within RFM segments). */
  segmentBy: SegmentBy;
  /** The owner's campaign message per segment id, for the Campaign lists tab; {} = the built-in messages. */
  campaignTemplates: Record<string, string>;
  /** Months after the last run when the sidebar suggests reviewing the segments (the articles: every 12–18 months at least). */
  reviewMonths: number;
  /** BigQuery: the table the exported SQL reads, and the opt-in "Run in BigQuery" (off by default) with the Cloud project that runs it. */
  bigQuery: BigQuerySettings;
}

/** The workbook's BigQuery choices; `run` adds nothing unless the owner turns it on. */
export interface BigQuerySettings {
  /** `project.dataset.table` as typed; '' = not given. */
  table: string;
  /** Run the segmentation in BigQuery through Connected Sheets (needs the bigquery.readonly scope). */
  run: boolean;
  /** The Google Cloud project that runs (and is billed for) the query; '' = not given. */
  projectId: string;
}

export interface ColumnInfo {
  index: number;
  letter: string;
  header: string;
  role: RoleName | null;
  confidence: number;
  reason: string;
}

/** A rule preset as the sidebar offers it. */
export interface PresetChoice {
  id: string;
  name: string;
  rules: SegmentRule[];
}

export interface SetupInfo {
  lang: Lang;
  sheetName: string;
  sheets: string[];
  rows: number;
  columns: number;
  shape: 'transactions' | 'customers';
  detectedColumns: ColumnInfo[];
  /** Roles offered in the drop-downs, with localized labels. */
  roles: { role: RoleName; label: string }[];
  /** Data-quality summary of the rows read for the preview (the run reports on all rows). */
  sampleQuality: QualityItem[];
  sampleRows: number;
  settings: Settings;
  /** Problems found in the saved settings (a hand-edited settings sheet), already replaced by defaults. */
  settingsWarnings: string[];
  presets: PresetChoice[];
  ruleWarnings: string[];
  /** Rows per read call so one call stays well inside the 6-minute limit. */
  chunkRows: number;
  /** Refusal reason when source plus output would pass the 10-million-cell limit; null = fine. */
  refusal: string | null;
  /** When the segments were last run and whether a review is due, in words. */
  review: ReviewReminder;
  /** Each segment of the rules in force ("Others" last) with its built-in campaign message, for the template editor. */
  campaignMessages: CampaignMessage[];
  /** The detected columns of each extra source sheet (`settings.extraSheets`), in that order. */
  extraSources: SourceSetup[];
}

/** An extra source sheet as the sidebar's column view shows it; `problem` says why it cannot be read (renamed, deleted, no columns). */
export interface SourceSetup {
  sheetName: string;
  rows: number;
  columns: number;
  shape: 'transactions' | 'customers';
  detectedColumns: ColumnInfo[];
  problem: string | null;
}

/** How to read one source sheet of a run in blocks (as {@link RunStart} says for the first). */
export interface SourcePlan {
  sheetName: string;
  totalRows: number;
  chunkRows: number;
  headerRow: number;
}

/** One source sheet's merged reading state, as the sidebar sends it to `finishSourcesRun`. */
export interface SourceState {
  name: string;
  state: ReadState;
}

/** A segment's built-in campaign message in the user's language: what an empty template falls back to. */
export interface CampaignMessage {
  segmentId: string;
  segmentName: string;
  builtIn: string;
}

/** The review cadence: the last run's day (null before any run) and the sentence the sidebar shows. */
export interface ReviewReminder {
  lastRunDay: number | null;
  due: boolean;
  text: string;
}

/** What `beginRun` tells the sidebar: the run's id and how to read the sheet in blocks. */
export interface RunStart {
  runId: string;
  totalRows: number;
  chunkRows: number;
  /** Sheet row of the header (1-based); data starts on the next row. */
  headerRow: number;
  /** Every source sheet of the run, the first being the one above; absent or one = a one-sheet run. */
  sources?: SourcePlan[];
}

/** One step of reading: rows [startRow, startRow + numRows) of the source, 1-based sheet rows. */
export interface ReadRequest {
  runId: string;
  sheetName: string;
  startRow: number;
  numRows: number;
  settings: Settings;
  /** Several source sheets: data rows of the sheets read before this one, and of all of them (for the progress bar). */
  rowsBefore?: number;
  rowsTotal?: number;
}

/** Where a run is on the server. */
export type RunStage = 'reading' | 'scoring' | 'writing' | 'done' | 'cancelled';

export interface Progress {
  runId: string;
  stage: RunStage;
  percent: number;
  message: string;
  cancelled: boolean;
  done: boolean;
}

export interface TabLink {
  kind: TabKind;
  name: string;
  sheetId: number;
}

/** One segment's line in the run's result. */
export interface SegmentLine {
  name: string;
  customers: number;
  revenueShare: number;
}

export interface RunSummary {
  runId: string;
  summary: string;
  customers: number;
  segments: SegmentLine[];
  tabs: TabLink[];
  warnings: string[];
}

/** What an imported rules file gives the sidebar. */
export interface ImportedRules {
  rules: SegmentRule[];
  warnings: string[];
}
