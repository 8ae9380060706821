import type { Lang } from '../types';
import type { Segmentation } from '../pipeline/segmentCustomers';
import type { SegmentRule } from '../rfm';
import { segmentsWithCustomers } from '../rfm/segmentSummary';
import { DIMENSION_NAMES } from '../rfm/messages';
import { LABELS, TAB_NAMES } from './labels';
import type { ReportCell, TabSpec } from './tabSpec';

/** "R 4–5 · F 1–2 · M 1–5 · FM 1–2": the rule written out (Shopify hides it; we show it). */
export function ruleText(rule: SegmentRule | undefined): string {
  if (!rule) return '';
  const part = (k: string, r?: [number, number]) => (r ? `${k} ${r[0] === r[1] ? r[0] : `${r[0]}–${r[1]}`}` : null);
  return [part('R', rule.r), part('F', rule.f), part('M', rule.m), part('FM', rule.fm)].filter(Boolean).join(' · ');
}

/**
 * The Segment summary tab: per segment with customers (in rule order) size, orders, revenue and
 * shares, averages of R, F and M, what the segment is and what to do; a bar chart of customer and
 * revenue shares; an R×F grid of average spend with a colour scale; and the score thresholds used,
 * so nothing is hidden. Empty segments are left out of the table and so of the chart.
 */
export function summaryTab(seg: Segmentation, lang: Lang): TabSpec {
  const L = (k: keyof typeof LABELS) => LABELS[k][lang];
  const ruleById = new Map(seg.rules.map((r) => [r.id, r]));
  const table: ReportCell[][] = [[L('segment'), L('customers'), L('customerShare'), L('orders'), L('revenue'), L('revenueShare'), L('aov'), L('avgRecency'), L('avgFrequency'), L('avgMonetary'), L('description'), L('action'), L('rule')]];
  for (const s of segmentsWithCustomers(seg.summary)) {
    const rule = ruleById.get(s.segment);
    table.push([
      s.name,
      s.customers,
      s.customerShare,
      s.orders,
      s.revenue,
      s.revenueShare,
      s.averageOrderValue,
      s.averageRecencyDays,
      s.averageFrequency,
      s.averageMonetary,
      rule?.description?.[lang] ?? '',
      rule?.action?.[lang] ?? '',
      ruleText(rule),
    ]);
  }

  // R×F grid of average spend: rows R = bins..1 (best first), columns F = 1..bins.
  const bins = seg.thresholds.recency.bins;
  const fBins = seg.thresholds.frequency.bins;
  const sum = new Map<string, { total: number; n: number }>();
  for (const c of seg.customers) {
    const k = `${c.r},${c.f}`;
    const e = sum.get(k) ?? { total: 0, n: 0 };
    e.total += c.monetary;
    e.n++;
    sum.set(k, e);
  }
  const grid: ReportCell[][] = [['R \\ F', ...Array.from({ length: fBins }, (_, i) => `F${i + 1}`)]];
  for (let r = bins; r >= 1; r--) {
    const row: ReportCell[] = [`R${r}`];
    for (let f = 1; f <= fBins; f++) {
      const e = sum.get(`${r},${f}`);
      row.push(e ? e.total / e.n : null);
    }
    grid.push(row);
  }

  const thresholds: ReportCell[][] = [[L('dimension'), 'Score', L('lower'), L('upper'), L('customers')]];
  for (const dim of ['recency', 'frequency', 'monetary'] as const) {
    for (const iv of seg.thresholds[dim].intervals) thresholds.push([DIMENSION_NAMES[dim][lang], iv.score, iv.lower, iv.upper, iv.customers]);
  }

  const gridRow = table.length + 4;
  const thresholdsRow = gridRow + grid.length + 3;
  return {
    kind: 'summary',
    name: TAB_NAMES.summary[lang],
    blocks: [
      { row: 1, col: 1, values: table, header: true, formats: { 1: 'integer', 2: 'percent', 3: 'integer', 4: 'money', 5: 'percent', 6: 'money', 7: 'decimal', 8: 'decimal', 9: 'money' }, wrapColumns: [10, 11] },
      { row: gridRow, col: 1, values: grid, header: true, title: L('gridTitle'), colourScale: true, formats: Object.fromEntries(Array.from({ length: fBins }, (_, i) => [i + 1, 'money' as const])) },
      { row: thresholdsRow, col: 1, values: thresholds, header: true, title: L('thresholdsTitle'), formats: { 1: 'integer', 4: 'integer' } },
    ],
    charts: [{ type: 'bar', title: L('chartCustomersRevenue'), block: 0, columns: [0, 2, 5], anchor: { row: gridRow - 1, col: fBins + 3 } }],
    frozenRows: 1,
    columnWidths: { 11: 280, 12: 320 },
  };
}
