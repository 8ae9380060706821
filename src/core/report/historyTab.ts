import type { Localized } from '../i18n';
import type { Lang } from '../types';
import type { Segmentation } from '../pipeline/segmentCustomers';
import { segmentsWithCustomers } from '../rfm/segmentSummary';
import { LABELS, TAB_NAMES } from './labels';
import type { ReportCell, TabSpec } from './tabSpec';

/** One History line: a segment's size in one run. Columns are fixed ({@link HISTORY_COLUMNS}) so earlier runs can be read back. */
export interface HistoryLine {
  /** Run number, 1 for the first run of the workbook. */
  run: number;
  runDay: number;
  analysisDay: number;
  /** The segment's rule id (`champions`, `others`): lines are matched across runs by it, so renaming or switching language is no move. */
  segmentId: string;
  /** The segment's name as shown in that run. */
  segment: string;
  customers: number;
  revenueShare: number;
}

/** Column of each History field (0-based), for reading earlier runs back. The id is last: tabs written before it existed have 7 columns. */
export const HISTORY_COLUMNS = { run: 0, runDay: 1, analysisDay: 2, segment: 3, customers: 4, revenueShare: 5, segmentId: 7 } as const;

/**
 * The lines this run adds: one per segment with customers, and a 0 line for a segment that had
 * customers in the previous run and has none now (an owner watches exactly that drop: "12 → 0").
 * A segment empty in both runs gets no line. Earlier runs' lines are kept as they were written.
 */
export function historyLines(seg: Segmentation, runDay: number, previous: HistoryLine[]): HistoryLine[] {
  const last = previous.reduce((m, l) => Math.max(m, l.run), 0);
  const hadCustomers = new Set(previous.filter((l) => l.run === last && l.customers > 0).flatMap((l) => [l.segmentId, l.segment]));
  const listed = new Set(segmentsWithCustomers(seg.summary).map((s) => s.segment));
  return seg.summary
    .filter((s) => listed.has(s.segment) || hadCustomers.has(s.segment) || hadCustomers.has(s.name))
    .map((s) => ({ run: last + 1, runDay, analysisDay: seg.analysisDay, segmentId: s.segment, segment: s.name, customers: s.customers, revenueShare: s.revenueShare }));
}

/**
 * The History tab: every run's segment sizes, newest run first, with the change against the run
 * before (Champions 120 → 98), so owners see segments grow and shrink between reviews.
 */
export function historyTab(previous: HistoryLine[], current: HistoryLine[], lang: Lang): TabSpec {
  const all = [...current, ...previous];
  const runs = [...new Set(all.map((l) => l.run))].sort((a, b) => b - a);
  const rows: ReportCell[][] = [['#', LABELS.runDate[lang], LABELS.analysisDate[lang], LABELS.segment[lang], LABELS.customers[lang], LABELS.revenueShare[lang], LABELS.change[lang], LABELS.segmentId[lang]]];
  runs.forEach((run, i) => {
    const lines = all.filter((l) => l.run === run);
    const before = runs[i + 1] !== undefined ? new Map(all.filter((l) => l.run === runs[i + 1]).map((l) => [l.segmentId, l.customers])) : null;
    for (const l of lines) {
      const was = before?.get(l.segmentId);
      const change = before ? `${was ?? 0} → ${l.customers}` : '';
      rows.push([l.run, { day: l.runDay }, { day: l.analysisDay }, l.segment, l.customers, l.revenueShare, change, l.segmentId]);
    }
  });
  const trend = sizeTrend(all, lang);
  const trendCol = rows[0].length + 2;
  return {
    kind: 'history',
    name: TAB_NAMES.history[lang],
    blocks: [
      { row: 1, col: 1, values: rows, header: true, formats: { 0: 'integer', 1: 'date', 2: 'date', 4: 'integer', 5: 'percent', 6: 'text', 7: 'text' } },
      { row: 2, col: trendCol, title: TREND_TITLE[lang], values: trend, header: true, formats: Object.fromEntries(trend[0].map((_, c) => [c, c === 0 ? 'date' : 'integer'])) },
    ],
    // A line per segment across runs, once there are two runs to join.
    charts: runs.length >= 2 ? [{ type: 'line', title: TREND_TITLE[lang], block: 1, columns: trend[0].map((_, c) => c), anchor: { row: trend.length + 4, col: trendCol } }] : [],
    frozenRows: 1,
  };
}

const TREND_TITLE: Localized = { en: 'Customers per segment, run by run', 'zh-TW': '各分群顧客數（逐次執行）', 'zh-CN': '各细分客户数（逐次运行）', ms: 'Pelanggan setiap segmen, mengikut larian' };

/**
 * Segment sizes across runs, oldest run first: one row per run (its date), one column per segment
 * (by rule id, headed with its latest name), 0 where a run had no line for it. What the review
 * cadence asks owners to look at: which groups grow and which shrink.
 */
function sizeTrend(all: HistoryLine[], lang: Lang): ReportCell[][] {
  const runs = [...new Set(all.map((l) => l.run))].sort((a, b) => a - b);
  const ids: string[] = [];
  const names = new Map<string, string>();
  for (const run of [...runs].reverse()) {
    for (const l of all.filter((x) => x.run === run)) {
      const id = l.segmentId || l.segment;
      if (!names.has(id)) {
        names.set(id, l.segment);
        ids.push(id);
      }
    }
  }
  const table: ReportCell[][] = [[LABELS.runDate[lang], ...ids.map((id) => names.get(id) ?? id)]];
  for (const run of runs) {
    const lines = all.filter((l) => l.run === run);
    const size = new Map(lines.map((l) => [l.segmentId || l.segment, l.customers]));
    table.push([{ day: lines[0].runDay }, ...ids.map((id) => size.get(id) ?? 0)]);
  }
  return table;
}
