import { format, type Localized } from '../i18n';
import { activeWindowNote, cacNote, satisfactionLine, satisfactionTrendText } from '../kpi/kpiNotes';
import type { SatisfactionKpis } from '../kpi/satisfactionKpis';
import type { StoreKpiDetails } from '../kpi/storeKpis';
import type { Lang, StoreKpis } from '../types';
import { LABELS, TAB_NAMES } from './labels';
import type { Block, ChartSpec, NumberFormat, ReportCell, TabSpec } from './tabSpec';

type Kpi = { label: Localized; value: number | null; format: NumberFormat; note: Localized; params?: Record<string, string | number> };

/** What storeKpis returns; the details are optional only because `Segmentation.kpis` is typed `StoreKpis`. */
type KpiFigures = StoreKpis & Partial<StoreKpiDetails>;

/** The KPI lines, each with how it is computed (owners should see the formula, not trust a box). */
function kpiLines(k: KpiFigures): Kpi[] {
  const lines: Kpi[] = [
    { label: LABELS.customers, value: k.customers, format: 'integer', note: { en: 'Distinct customers with at least one valid order', 'zh-TW': '至少有一筆有效訂單的不重複顧客', 'zh-CN': '至少有一笔有效订单的不重复客户', ms: 'Pelanggan berbeza dengan sekurang-kurangnya satu pesanan sah' } },
    { label: LABELS.orders, value: k.orders, format: 'integer', note: { en: 'Distinct orders (refunds and cancellations excluded)', 'zh-TW': '不重複訂單（不含退款與取消）', 'zh-CN': '不重复订单（不含退款与取消）', ms: 'Pesanan berbeza (tidak termasuk bayaran balik dan pembatalan)' } },
    { label: LABELS.revenue, value: k.revenue, format: 'money', note: { en: 'Sum of order amounts', 'zh-TW': '訂單金額總和', 'zh-CN': '订单金额总和', ms: 'Jumlah nilai pesanan' } },
    { label: LABELS.aov, value: k.averageOrderValue, format: 'money', note: { en: 'Revenue / orders', 'zh-TW': '營收 / 訂單數', 'zh-CN': '收入 / 订单数', ms: 'Hasil / pesanan' } },
    { label: { en: 'Repurchase rate', 'zh-TW': '回購率', 'zh-CN': '复购率', ms: 'Kadar belian semula' }, value: k.repurchaseRate, format: 'percent', note: { en: 'Customers who bought on two or more days / all customers', 'zh-TW': '在兩天以上購買的顧客 / 全部顧客', 'zh-CN': '在两天以上购买的客户 / 全部客户', ms: 'Pelanggan yang membeli pada dua hari atau lebih / semua pelanggan' } },
    { label: { en: 'Average historic CLTV', 'zh-TW': '平均歷史顧客終身價值', 'zh-CN': '平均历史客户终身价值', ms: 'Purata CLTV sejarah' }, value: k.averageHistoricCltv, format: 'money', note: { en: 'Average total spend per customer so far', 'zh-TW': '每位顧客至今的平均總消費', 'zh-CN': '每位客户至今的平均总消费', ms: 'Purata jumlah perbelanjaan setiap pelanggan setakat ini' } },
    { label: { en: 'Active customers', 'zh-TW': '活躍顧客', 'zh-CN': '活跃客户', ms: 'Pelanggan aktif' }, value: k.activeCustomers, format: 'integer', ...activeWindowNote(k.activeWindow) },
    { label: { en: 'Lapsed customers', 'zh-TW': '流失中顧客', 'zh-CN': '流失中客户', ms: 'Pelanggan luput' }, value: k.lapsedCustomers, format: 'integer', note: { en: 'No order in the last {days} days', 'zh-TW': '最近 {days} 天內沒有購買', 'zh-CN': '最近 {days} 天内没有购买', ms: 'Tiada pesanan dalam {days} hari lepas' } },
  ];
  // Shown whenever a spend was given: with no new customer in the period the note says why CAC is empty.
  if (k.cacBasis) lines.push({ label: { en: 'CAC', 'zh-TW': '顧客取得成本 (CAC)', 'zh-CN': '获客成本 (CAC)', ms: 'CAC' }, value: k.cac, format: 'money', ...cacNote(k.cacBasis) });
  if (k.ltvToCac !== null) lines.push({ label: { en: 'LTV:CAC', 'zh-TW': 'LTV:CAC', 'zh-CN': 'LTV:CAC', ms: 'LTV:CAC' }, value: k.ltvToCac, format: 'decimal', note: { en: 'Average historic CLTV / CAC (3 or more is usually healthy)', 'zh-TW': '平均歷史 CLTV / CAC（一般 3 以上較健康）', 'zh-CN': '平均历史 CLTV / CAC（一般 3 以上较健康）', ms: 'Purata CLTV sejarah / CAC (3 atau lebih biasanya sihat)' } });
  if (k.satisfaction) lines.push(satisfactionLine(k.satisfaction));
  return lines;
}

/** Rows a chart covers on the tab (as tabExtent assumes): a block below a chart starts after them. */
const CHART_ROWS = 20;

/** The satisfaction score per month of first order, with a line chart beside it; `row` is the block's first row. */
function satisfactionTrend(s: SatisfactionKpis & { measure: 'nps' | 'csat' }, lang: Lang, row: number, blockIndex: number) {
  const measure = s.measure === 'nps' ? 'NPS' : 'CSAT';
  const header = [LABELS.month[lang], satisfactionTrendText.answers[lang], (s.measure === 'nps' ? satisfactionTrendText.npsScore : satisfactionTrendText.csatScore)[lang]];
  const values: ReportCell[][] = [header, ...s.byMonth.map((m) => [m.month, m.responses, m.score])];
  const block: Block = { row, col: 1, values, header: true, title: format(satisfactionTrendText.title, lang, { measure }), formats: { 0: 'text', 1: 'integer', 2: s.measure === 'nps' ? 'decimal' : 'percent' } };
  const chart: ChartSpec = { type: 'line', title: format(satisfactionTrendText.chart, lang, { measure }), block: blockIndex, columns: [0, 2], anchor: { row, col: 5 } };
  return { block, chart };
}

/**
 * The KPIs tab: the store's figures with how each is computed, new customers per month with a
 * chart, and, with a satisfaction column, its NPS or CSAT per month of first order with a chart.
 */
export function kpisTab(k: KpiFigures, lang: Lang): TabSpec {
  const lines = kpiLines(k);
  const figures: ReportCell[][] = [[LABELS.metric[lang], LABELS.value[lang], LABELS.note[lang]]];
  const formats: NumberFormat[] = [];
  for (const l of lines) {
    figures.push([l.label[lang], l.value, format(l.note, lang, { days: k.activeWithinDays, ...l.params })]);
    formats.push(l.format);
  }
  // A customer list has no revenue per month (only each customer's total): the column is left out, not zeros.
  const withRevenue = k.revenueByMonth !== false;
  const months: ReportCell[][] = [[LABELS.month[lang], LABELS.newCustomers[lang], ...(withRevenue ? [LABELS.revenue[lang]] : [])]];
  for (const m of k.newCustomersByMonth) months.push([m.month, m.newCustomers, ...(withRevenue ? [m.revenue] : [])]);
  const monthsRow = figures.length + 3;
  const s = k.satisfaction;
  const trend = s && s.measure !== 'unreadable' ? satisfactionTrend(s, lang, monthsRow + Math.max(months.length, CHART_ROWS) + 2, 2) : null;
  return {
    kind: 'kpis',
    name: TAB_NAMES.kpis[lang],
    blocks: [
      { row: 1, col: 1, values: figures, header: true, wrapColumns: [2] },
      { row: monthsRow, col: 1, values: months, header: true, formats: withRevenue ? { 0: 'text', 1: 'integer', 2: 'money' } : { 0: 'text', 1: 'integer' } },
      ...(trend ? [trend.block] : []),
    ],
    // Per-row formats of the figures block are applied through `rowFormats` below.
    rowFormats: { block: 0, column: 1, formats },
    charts: [{ type: 'column', title: LABELS.chartNewCustomers[lang], block: 1, columns: [0, 1], anchor: { row: monthsRow, col: 5 } }, ...(trend ? [trend.chart] : [])],
    frozenRows: 1,
    columnWidths: { 1: 200, 3: 360 },
  };
}
