import type { Lang } from '../types';
import { qualityMessage, type QualityIssue } from '../parse';
import { LABELS, TAB_NAMES } from './labels';
import type { ReportCell, TabSpec } from './tabSpec';

const SEVERITY = {
  error: { en: 'Blocking', 'zh-TW': '無法處理', 'zh-CN': '无法处理', ms: 'Menghalang' },
  warning: { en: 'Check', 'zh-TW': '請檢查', 'zh-CN': '请检查', ms: 'Semak' },
  info: { en: 'For information', 'zh-TW': '供參考', 'zh-CN': '供参考', ms: 'Untuk makluman' },
} as const;

/** One data-quality finding as the sidebar and the Data quality tab show it. */
export interface QualityItem {
  id: string;
  severity: 'info' | 'warning' | 'error';
  count: number;
  rows: number[];
  message: string;
}

/** The reader's findings worded in the user's language. */
export function qualityItems(issues: readonly QualityIssue[], lang: Lang): QualityItem[] {
  return issues.map((q) => ({ id: q.check, severity: q.severity, count: q.count, rows: q.rows, message: qualityMessage(q, lang) }));
}

/** The Data quality tab: every check with its count and the first sheet rows, then how the data was read. */
export function qualityTab(items: QualityItem[], decisions: string[], lang: Lang): TabSpec {
  const rows: ReportCell[][] = [[LABELS.check[lang], LABELS.severity[lang], LABELS.count[lang], LABELS.exampleRows[lang], LABELS.message[lang]]];
  for (const q of items) rows.push([q.id, SEVERITY[q.severity][lang], q.count, q.rows.join(', '), q.message]);
  const how: ReportCell[][] = [[LABELS.decisions[lang]], ...decisions.map((d) => [d])];
  return {
    kind: 'quality',
    name: TAB_NAMES.quality[lang],
    blocks: [
      { row: 1, col: 1, values: rows, header: true, formats: { 2: 'integer', 3: 'text' }, wrapColumns: [4] },
      { row: rows.length + 3, col: 1, values: how, header: true, wrapColumns: [0] },
    ],
    frozenRows: 1,
    columnWidths: { 4: 180, 5: 420 },
  };
}
