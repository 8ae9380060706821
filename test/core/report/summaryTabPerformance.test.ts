/**
 * Per-segment performance on the Segment summary tab: repurchase rate (share of the segment's
 * customers with 2+ orders), average order value (revenue / orders) and the average predicted value,
 * shown only when the run's forecast beat past pace on the shop's own recent orders.
 * Repurchase rate and AOV are recounted here straight from the files, not from the code under test:
 * - the sample shop (scripts/sample-shop/orders.csv, README: 322 customers in 10 segments), where an
 *   order is a kept invoice (a customer id, not a `C…` cancellation);
 * - CDNOW's 1/10 sample (../shared/data/cdnow/README.md: 6,919 rows, 2,357 customers, $244,091.94,
 *   no order ids, so every row is an order), where the forecast is checked and used.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/cli/io';
import { dayFromYmd } from '../../../src/core/days';
import { readOrders } from '../../../src/core/parse';
import { segmentCustomers, type Segmentation } from '../../../src/core/pipeline/segmentCustomers';
import { LABELS } from '../../../src/core/report/labels';
import { numberPattern } from '../../../src/core/report/numberPattern';
import { segmentsTab } from '../../../src/core/report/segmentsTab';
import { summaryTab } from '../../../src/core/report/summaryTab';
import { shopifySegments } from '../../../src/core/rfm';
import { LANGS, type Lang } from '../../../src/core/types';

/** Orders and revenue of each customer, counted from the file's rows. */
type Counts = Map<string, { orders: number; revenue: number }>;

function add(counts: Counts, customer: string, amount: number): void {
  const c = counts.get(customer) ?? { orders: 0, revenue: 0 };
  c.orders++;
  c.revenue += amount;
  counts.set(customer, c);
}

/** The table of the Segment summary as rows keyed by header. */
function summaryRows(seg: Segmentation, lang: Lang = 'en'): Map<string, Record<string, unknown>> {
  const [header, ...rows] = summaryTab(seg, lang).blocks[0].values;
  return new Map(rows.map((r) => [String(r[0]), Object.fromEntries(header.map((h, i) => [String(h), r[i]]))]));
}

/** Repurchase rate and AOV of each segment from the file's counts and the run's segment of each customer. */
function expectedBySegment(seg: Segmentation, counts: Counts): Map<string, { repurchaseRate: number; aov: number }> {
  const acc = new Map<string, { customers: number; repeat: number; orders: number; revenue: number }>();
  for (const c of seg.customers) {
    // A customer the file does not have counts as none, and fails the comparison below.
    const own = counts.get(c.summary.customerId) ?? { orders: 0, revenue: 0 };
    const a = acc.get(c.segmentName) ?? { customers: 0, repeat: 0, orders: 0, revenue: 0 };
    a.customers++;
    if (own.orders >= 2) a.repeat++;
    a.orders += own.orders;
    a.revenue += own.revenue;
    acc.set(c.segmentName, a);
  }
  return new Map([...acc].map(([name, a]) => [name, { repurchaseRate: a.repeat / a.customers, aov: a.revenue / a.orders }]));
}

const en = (k: keyof typeof LABELS) => LABELS[k].en;

describe('the sample shop: past pace did better, so no predicted value', () => {
  const text = readFileSync('scripts/sample-shop/orders.csv', 'utf8');
  const counts: Counts = new Map();
  for (const line of text.trim().split(/\r?\n/).slice(1)) {
    const [invoice, customer, , amount] = line.split(',');
    if (customer !== '' && !invoice.startsWith('C')) add(counts, customer, Number(amount));
  }
  const read = readOrders(parseCsv(text));
  const seg = segmentCustomers(read.orders, read.customers, { bins: 5, rules: shopifySegments, lang: 'en', fitClv: true, segmentBy: 'rfm' });
  const rows = summaryRows(seg);

  it('counts the 322 customers the README names, in 10 segments', () => {
    expect(counts.size).toBe(322);
    expect(seg.customers).toHaveLength(322);
    expect(rows.size).toBe(10);
  });

  it('shows each segment’s repurchase rate and AOV as recounted from the invoices', () => {
    const expected = expectedBySegment(seg, counts);
    for (const [name, row] of rows) {
      expect(row[en('repurchaseRate')], name).toBeCloseTo(expected.get(name)?.repurchaseRate as number, 12);
      expect(row[en('aov')], name).toBeCloseTo(expected.get(name)?.aov as number, 9);
    }
    // Every Champion has ordered more than once; most Dormant customers once only.
    expect(rows.get('Champions')?.[en('repurchaseRate')]).toBe(1);
    expect(rows.get('Dormant')?.[en('repurchaseRate')] as number).toBeLessThan(0.5);
  });

  it('leaves the predicted value blank and says why under the table, in every language', () => {
    expect(seg.valueReport?.forecast.basis).toBe('pastPace');
    for (const row of rows.values()) expect(row[en('avgPredictedValue')]).toBeNull();
    for (const lang of LANGS) {
      const tab = summaryTab(seg, lang);
      const note = tab.blocks[tab.blocks.length - 1];
      expect(note.values).toEqual([[LABELS.avgPredictedValuePastPace[lang]]]);
      expect(note.row).toBe(tab.blocks[0].values.length + 2);
      // The note sits in the free row between the table and the grid's title.
      expect(note.row).toBeLessThan(tab.blocks[1].row - 1);
    }
  });

  it('says so when predicting value is off, rather than showing past pace', () => {
    const off = segmentCustomers(read.orders, read.customers, { bins: 5, rules: shopifySegments, lang: 'zh-TW', fitClv: false, segmentBy: 'rfm' });
    expect(summaryTab(off, 'zh-TW').blocks.at(-1)?.values).toEqual([['平均預測價值為空白：設定中未開啟「預測未來價值（CLV 模型）」。']]);
  });

  it('heads the columns in the four languages, formatted as % and as money in the run’s currency', () => {
    for (const lang of LANGS) {
      const block = summaryTab(seg, lang).blocks[0];
      const col = (k: keyof typeof LABELS) => block.values[0].indexOf(LABELS[k][lang]);
      expect(col('repurchaseRate'), lang).toBeGreaterThan(0);
      expect(block.formats?.[col('repurchaseRate')]).toBe('percent');
      expect(block.formats?.[col('aov')]).toBe('money');
      expect(block.formats?.[col('avgPredictedValue')]).toBe('money');
    }
    expect(summaryTab(seg, 'zh-CN').blocks[0].values[0]).toContain('复购率（2 笔以上订单）');
    expect(summaryTab(seg, 'ms').blocks[0].values[0]).toContain('Kadar belian semula (2+ pesanan)');
    expect(numberPattern('percent', 'GBP')).toBe('0.0%');
    expect(numberPattern('money', 'GBP')).toBe('"£"#,##0.00');
  });
});

describe('CDNOW: the forecast beat past pace, so the average predicted value is shown', () => {
  const text = readFileSync('../shared/data/cdnow/CDNOW_sample.txt', 'utf8');
  const table: (string | number)[][] = [['Customer', 'Sample id', 'Date', 'CDs', 'Amount']];
  const counts: Counts = new Map();
  let revenue = 0;
  for (const line of text.split(/\r?\n/)) {
    const p = line.trim().split(/\s+/);
    if (p.length !== 5) continue;
    table.push([p[0], Number(p[1]), Number(p[2]), Number(p[3]), Number(p[4])]);
    add(counts, p[0], Number(p[4]));
    revenue += Number(p[4]);
  }
  const read = readOrders(table);
  const seg = segmentCustomers(read.orders, read.customers, { analysisDay: dayFromYmd(1998, 7, 1), bins: 5, rules: shopifySegments, lang: 'en', fitClv: true, segmentBy: 'rfm' });
  const rows = summaryRows(seg);

  it('reads the figures the data set’s README gives', () => {
    expect(table.length - 1).toBe(6919);
    expect(counts.size).toBe(2357);
    expect(revenue).toBeCloseTo(244091.94, 6);
  });

  it('shows each segment’s repurchase rate and AOV as recounted from the rows', () => {
    const expected = expectedBySegment(seg, counts);
    expect(rows.size).toBe(expected.size);
    for (const [name, row] of rows) {
      expect(row[en('repurchaseRate')], name).toBeCloseTo(expected.get(name)?.repurchaseRate as number, 12);
      expect(row[en('aov')], name).toBeCloseTo(expected.get(name)?.aov as number, 9);
    }
  });

  it('averages the checked predicted value of the Segments tab per segment, with no note', () => {
    const forecast = seg.valueReport?.forecast;
    expect(forecast?.basis).toBe('model');
    const pastPace = forecast?.check?.candidates.find((c) => c.name === 'pastPace');
    expect(forecast?.used?.meanAbsoluteError).toBeLessThan(pastPace?.meanAbsoluteError as number);
    const [header, ...customers] = segmentsTab(seg, 'en', 0, new Map(), () => false).blocks[0].values;
    const segmentCol = header.indexOf(en('segment'));
    const valueCol = header.indexOf(en('predictedValue'));
    expect(valueCol).toBeGreaterThan(0);
    const sums = new Map<string, { total: number; n: number }>();
    for (const r of customers) {
      const s = sums.get(String(r[segmentCol])) ?? { total: 0, n: 0 };
      s.total += r[valueCol] as number;
      s.n++;
      sums.set(String(r[segmentCol]), s);
    }
    for (const [name, row] of rows) {
      const s = sums.get(name) ?? { total: Number.NaN, n: 1 };
      expect(row[en('avgPredictedValue')], name).toBeCloseTo(s.total / s.n, 9);
      expect(row[en('avgPredictedValue')] as number).toBeGreaterThanOrEqual(0);
    }
    const tab = summaryTab(seg, 'en');
    expect(tab.blocks).toHaveLength(3);
    // Customers who buy more often are worth more in the next 12 months.
    expect(rows.get('Champions')?.[en('avgPredictedValue')] as number).toBeGreaterThan(rows.get('Dormant')?.[en('avgPredictedValue')] as number);
  });
}, 60_000);
