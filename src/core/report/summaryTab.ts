import type { Lang } from '../types';
import type { Segmentation } from '../pipeline/segmentCustomers';
import type { SegmentRule } from '../rfm';
import { segmentsWithCustomers } from '../rfm/segmentSummary';
import { DIMENSION_NAMES } from '../rfm/messages';
import { mayContact, STRICT_COLUMNS, type ConsentColumns } from '../campaigns/consent';
import { LABELS, TAB_NAMES } from './labels';
import type { ReportCell, TabSpec } from './tabSpec';

/** "R 4–5 · F 1–2 · M 1–5 · FM 1–2": the rule written out (Shopify hides it; we show it). */
export function ruleText(rule: SegmentRule | undefined): string {
  if (!rule) return '';
  const part = (k: string, r?: [number, number]) => (r ? `${k} ${r[0] === r[1] ? r[0] : `${r[0]}–${r[1]}`}` : null);
  return [part('R', rule.r), part('F', rule.f), part('M', rule.m), part('FM', rule.fm)].filter(Boolean).join(' · ');
}

/**
 * Why the Segment summary's average predicted value is blank, or null when it is shown: only a
 * forecast that beat "each customer keeps their past pace" on the shop's own recent orders and is
 * used (`forecast.used`, src/core/pipeline/predictValue.ts) gives a figure; never an unchecked one.
 */
function predictedValueNote(seg: Segmentation, lang: Lang): string | null {
  const report = seg.valueReport;
  if (!report) return LABELS.avgPredictedValueOff[lang];
  if (report.forecast.basis === 'model' && report.forecast.used !== null) return null;
  return report.forecast.basis === 'pastPace' ? LABELS.avgPredictedValuePastPace[lang] : report.verdict(lang);
}

/**
 * The Segment summary tab: per segment with customers (in rule order) size, orders, revenue and
 * shares, averages of R, F and M, what the segment is and what to do, the share who may be contacted
 * (campaigns/consent.ts), the repurchase rate and the average checked predicted value; a bar chart of customer and
 * revenue shares; an R×F grid of average spend with a colour scale; and the score thresholds used,
 * so nothing is hidden. Empty segments are left out of the table and so of the chart.
 */
export function summaryTab(seg: Segmentation, lang: Lang, consent: ConsentColumns = STRICT_COLUMNS): TabSpec {
  const L = (k: keyof typeof LABELS) => LABELS[k][lang];
  const ruleById = new Map(seg.rules.map((r) => [r.id, r]));
  // Who may be contacted, by the one rule the Campaign lists tab uses.
  const contactable = new Map<string, number>();
  for (const c of seg.customers) if (mayContact(c.summary, consent)) contactable.set(c.segment, (contactable.get(c.segment) ?? 0) + 1);
  // Repurchase rate as docs/DOMAIN.md gives it: customers who bought again / all customers, here
  // the segment's customers with 2 or more orders (the Orders column's count) over the whole history.
  const repeat = new Map<string, number>();
  for (const c of seg.customers) if (c.frequency >= 2) repeat.set(c.segment, (repeat.get(c.segment) ?? 0) + 1);
  const note = predictedValueNote(seg, lang);
  const value = new Map<string, { total: number; n: number }>();
  if (note === null) {
    for (const c of seg.customers) {
      if (!c.value) continue;
      const e = value.get(c.segment) ?? { total: 0, n: 0 };
      e.total += c.value.predictedValue;
      e.n++;
      value.set(c.segment, e);
    }
  }
  const table: ReportCell[][] = [[L('segment'), L('customers'), L('customerShare'), L('orders'), L('revenue'), L('revenueShare'), L('aov'), L('avgRecency'), L('avgFrequency'), L('avgMonetary'), L('description'), L('action'), L('rule'), L('contactableShare'), L('repurchaseRate'), L('avgPredictedValue')]];
  for (const s of segmentsWithCustomers(seg.summary)) {
    const rule = ruleById.get(s.segment);
    const predicted = value.get(s.segment);
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
      (contactable.get(s.segment) ?? 0) / s.customers,
      (repeat.get(s.segment) ?? 0) / s.customers,
      predicted ? predicted.total / predicted.n : null,
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

  const thresholds: ReportCell[][] = [[L('dimension'), L('scoreLevel'), L('lower'), L('upper'), L('customers')]];
  for (const dim of ['recency', 'frequency', 'monetary'] as const) {
    for (const iv of seg.thresholds[dim].intervals) thresholds.push([DIMENSION_NAMES[dim][lang], iv.score, iv.lower, iv.upper, iv.customers]);
  }

  const gridRow = table.length + 4;
  const thresholdsRow = gridRow + grid.length + 3;
  return {
    kind: 'summary',
    name: TAB_NAMES.summary[lang],
    blocks: [
      { row: 1, col: 1, values: table, header: true, formats: { 1: 'integer', 2: 'percent', 3: 'integer', 4: 'money', 5: 'percent', 6: 'money', 7: 'decimal', 8: 'decimal', 9: 'money', 13: 'percent', 14: 'percent', 15: 'money' }, wrapColumns: [10, 11] },
      { row: gridRow, col: 1, values: grid, header: true, title: L('gridTitle'), colourScale: true, formats: Object.fromEntries(Array.from({ length: fBins }, (_, i) => [i + 1, 'money' as const])) },
      { row: thresholdsRow, col: 1, values: thresholds, header: true, title: L('thresholdsTitle'), formats: { 1: 'integer', 4: 'integer' } },
      // Under the table, in the free row above the grid's title.
      ...(note === null ? [] : [{ row: table.length + 2, col: 1, values: [[note]] }]),
    ],
    charts: [{ type: 'bar', title: L('chartCustomersRevenue'), block: 0, columns: [0, 2, 5], anchor: { row: gridRow - 1, col: fBins + 3 } }],
    frozenRows: 1,
    columnWidths: { 11: 280, 12: 320 },
  };
}
