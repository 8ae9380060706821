/**
 * The data that crosses `google.script.run` between the sidebar and the server: plain JSON only
 * (no Date; dates are ISO `YYYY-MM-DD` strings). The sidebar imports these types, so a change on
 * one side fails the other's type-check.
 */
import type { Lang } from '../core/types';
import type { Role } from '../core/parse';
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

/** Saved settings: they live in the workbook (a settings sheet) so a copy of the file carries them. */
export interface Settings {
  version: 1;
  /** null = follow the user's locale. */
  lang: Lang | null;
  /** Source sheet name; null = the active sheet when the sidebar opens. */
  sourceSheet: string | null;
  /** Role → header text of the column the user chose (headers survive columns being moved); null = not used. */
  mapping: Partial<Record<RoleName, string | null>>;
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
}

/** One step of reading: rows [startRow, startRow + numRows) of the source, 1-based sheet rows. */
export interface ReadRequest {
  runId: string;
  sheetName: string;
  startRow: number;
  numRows: number;
  settings: Settings;
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
