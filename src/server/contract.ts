/**
 * The data that crosses `google.script.run` between the sidebar and the server: plain JSON only
 * (no Date; dates are ISO `YYYY-MM-DD` strings). The sidebar imports these types, so a change on
 * one side fails the other's type-check.
 */
import type { Lang } from '../core/types';

/** Column roles the sidebar lets the user set (the reading module's roles). */
export type RoleName = string;

/** Saved settings: they live in the workbook (a settings sheet) so a copy of the file carries them. */
export interface Settings {
  version: 1;
  /** null = follow the user's locale. */
  lang: Lang | null;
  /** Source sheet name; null = the active sheet when the sidebar opens. */
  sourceSheet: string | null;
  /** Role → header text of the column the user chose (headers survive columns being moved); null = not used. */
  mapping: Record<RoleName, string | null>;
  /** ISO date; null = the day after the latest order. */
  analysisDate: string | null;
  /** Score bins per dimension (R rfm default 5). */
  bins: number;
  /** Segment rule preset id, e.g. 'shopify' or 'rfm-package'. */
  preset: string;
  /** Custom rules replacing the preset; null = use the preset. Same shape as the core's SegmentRule. */
  rules: unknown[] | null;
  /** Currency code or symbol for number formats (e.g. 'TWD', 'MYR', 'NT$'); '' = none. */
  currency: string;
  /** Day/month order when the sheet's text dates are ambiguous. */
  dateOrder: 'dmy' | 'mdy' | 'ymd' | null;
  /** Fit predictive CLV (BG/NBD + Gamma-Gamma). */
  fitClv: boolean;
  /** Marketing and sales spend for the analysed period, for CAC; null = not given. */
  marketingSpend: number | null;
  /** Segment by RFM rules, clusters, or both (clusters within RFM segments). */
  segmentBy: 'rfm' | 'clusters' | 'both';
}

export interface ColumnInfo {
  index: number;
  letter: string;
  header: string;
  role: RoleName | null;
  confidence: number;
  reason: string;
}

export type { QualityItem } from '../core/report/qualityTab';
import type { QualityItem } from '../core/report/qualityTab';

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
  presets: { id: string; name: string; rules: unknown[] }[];
  ruleWarnings: string[];
  /** Rows per read call so one call stays well inside the 6-minute limit. */
  chunkRows: number;
  /** Refusal reason when source plus output would pass the 10-million-cell limit; null = fine. */
  refusal: string | null;
}

/** One step of reading: rows [startRow, startRow + numRows) of the source, 1-based sheet rows. */
export interface ReadRequest {
  runId: string;
  sheetName: string;
  startRow: number;
  numRows: number;
  settings: Settings;
}

export interface Progress {
  runId: string;
  stage: string;
  percent: number;
  message: string;
  cancelled: boolean;
  done: boolean;
}

export interface TabLink {
  kind: string;
  name: string;
  sheetId: number;
}

export interface RunSummary {
  runId: string;
  summary: string;
  customers: number;
  segments: { name: string; customers: number; revenueShare: number }[];
  tabs: TabLink[];
  warnings: string[];
}
