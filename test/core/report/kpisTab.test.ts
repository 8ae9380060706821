/**
 * The KPIs tab says how its figures were found (issue 19): the active window's rule with its
 * numbers, CAC's spend period and new customers, and the satisfaction column as NPS or CSAT with
 * a trend by month of first order, in the four languages.
 */
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../src/app/settings';
import { segmentTable } from '../../../src/app/run';
import { dayFromYmd } from '../../../src/core/days';
import { storeKpis } from '../../../src/core/kpi/storeKpis';
import { kpisTab } from '../../../src/core/report/kpisTab';
import type { ReportCell, TabSpec } from '../../../src/core/report/tabSpec';
import { type CustomerSummary, LANGS, type Order } from '../../../src/core/types';

/** 12 customers, each buying twice 50 days apart, first orders over three months of 2024; answers on 0–10 or 1–5. */
function shop(answers: readonly number[]) {
  const orders: Order[] = [];
  const customers: CustomerSummary[] = answers.map((satisfaction, i) => {
    const first = dayFromYmd(2024, 1 + (i % 3), 1 + i);
    orders.push({ row: 2 * i + 2, customerId: `c${i}`, day: first, amount: 40 }, { row: 2 * i + 3, customerId: `c${i}`, day: first + 50, amount: 60 });
    return { customerId: `c${i}`, firstOrderDay: first, lastOrderDay: first + 50, orders: 2, purchaseDays: 2, revenue: 100, averageOrderValue: 50, attributes: { satisfaction } };
  });
  return storeKpis(orders, customers, { analysisDay: dayFromYmd(2024, 6, 1), marketingSpend: 600 });
}

const NPS_ANSWERS = [10, 9, 9, 8, 7, 6, 3, 0, 10, 10, 9, 5];
const STAR_ANSWERS = [5, 4, 4, 3, 5, 2, 4, 5, 1, 4, 3, 5];

/** The figures block as label → [value, note]. */
function figures(tab: TabSpec): Map<string, [ReportCell, ReportCell]> {
  return new Map(tab.blocks[0].values.slice(1).map((r) => [String(r[0]), [r[1], r[2]]]));
}

describe('the KPIs tab explains its figures', () => {
  it('says how the active window was chosen, with its numbers', () => {
    const tab = kpisTab(shop(NPS_ANSWERS), 'en');
    expect(figures(tab).get('Active customers')?.[1]).toBe(
      'Ordered within the last 100 days: twice the median time between purchases of the 12 repeat customers (50 days), since a customer who misses two usual cycles has most likely drifted away',
    );
    expect(figures(kpisTab(shop(NPS_ANSWERS), 'zh-TW')).get('活躍顧客')?.[1]).toBe('最近 100 天內有購買：12 位回購顧客購買間隔中位數（50 天）的兩倍，因為錯過兩次平常購買週期的顧客多半已經流失');
  });

  it('says the CAC period and how many customers it acquired', () => {
    const k = shop(NPS_ANSWERS);
    const [value, note] = figures(kpisTab(k, 'en')).get('CAC')!;
    expect(value).toBe(50); // 600 / the 12 customers first ordering in 2024-01-01..2024-05-01
    expect(note).toBe('Marketing spend / new customers: 12 placed their first order between 2024-01-01 and 2024-05-01 (all the data, which spans under 12 months); enter the spend of those dates');
    expect(figures(kpisTab(k, 'ms')).get('CAC')?.[1]).toContain('12 membuat pesanan pertama antara 2024-01-01 hingga 2024-05-01 (semua data, kurang daripada 12 bulan)');
  });

  it('shows NPS on 0–10 answers, with a trend by month of first order and its chart', () => {
    const tab = kpisTab(shop(NPS_ANSWERS), 'en');
    const [value, note] = figures(tab).get('Net Promoter Score (NPS)')!;
    expect(value).toBeCloseTo(((6 - 4) / 12) * 100, 12); // 10, 9, 9, 10, 10, 9 promote; 6, 3, 0, 5 detract
    expect(note).toBe('% promoters (9–10) − % detractors (0–6) of the 0–10 answers (n = 12), from −100 to 100');
    const trend = tab.blocks[2];
    expect(trend.title).toBe('NPS by month of the customers’ first order (the data has no answer date)');
    expect(trend.values).toEqual([
      ['Month', 'Answers', 'NPS'],
      ['2024-01', 4, 25], // 10, 8, 3, 10
      ['2024-02', 4, 25], // 9, 7, 0, 9
      ['2024-03', 4, 0], // 9, 6, 10, 5
    ]);
    expect(trend.formats?.[2]).toBe('decimal');
    expect(tab.charts?.[1]).toEqual({ type: 'line', title: 'NPS by month of first order', block: 2, columns: [0, 2], anchor: { row: trend.row, col: 5 } });
    // The trend starts below the new-customers chart (20 rows), not under it.
    expect(trend.row).toBeGreaterThanOrEqual(tab.blocks[1].row + 20);
  });

  it('shows CSAT (% satisfied, top two boxes) on 1–5 answers, with the scale it read', () => {
    const tab = kpisTab(shop(STAR_ANSWERS), 'en');
    const [value, note] = figures(tab).get('Satisfied customers (CSAT)')!;
    expect(value).toBeCloseTo(8 / 12, 12);
    expect(note).toBe('Share of answers rated 4–5 on the 1–5 scale (top two boxes, n = 12); the scale is read from the answers (highest 5, no 0)');
    expect(tab.rowFormats?.formats.at(-1)).toBe('percent');
    expect(tab.blocks[2].values[0]).toEqual(['Month', 'Answers', 'CSAT (% satisfied)']);
    expect(tab.blocks[2].formats?.[2]).toBe('percent');
  });

  it('counts answers on no known scale (e.g. averages like 4.5) and says why they are not scored, without a trend', () => {
    const tab = kpisTab(shop(STAR_ANSWERS.map((a, i) => (i === 3 ? 4.5 : a))), 'zh-CN');
    expect(figures(tab).get('满意度回答')).toEqual([12, '未计分：像 4.5 这样的回答不是 0–10、1–5 或 1–7 分量表上的整数；请对该列使用 =NPS 或带阈值的 =CSAT']);
    expect(tab.blocks).toHaveLength(2);
  });

  it('speaks every language: no placeholder is left unfilled', () => {
    for (const lang of LANGS) {
      for (const answers of [NPS_ANSWERS, STAR_ANSWERS]) {
        const tab = kpisTab(shop(answers), lang);
        const text = JSON.stringify([tab.blocks, tab.charts]);
        expect(text, lang).not.toMatch(/\{\w+\}/);
        expect(tab.blocks).toHaveLength(3);
      }
    }
  });

  it('has no satisfaction block without answers, and a CAC line that says why it is empty', () => {
    const orders: Order[] = [{ row: 2, customerId: 'a', day: dayFromYmd(2022, 1, 5), amount: 10 }, { row: 3, customerId: 'a', day: dayFromYmd(2024, 1, 5), amount: 10 }];
    const customers: CustomerSummary[] = [{ customerId: 'a', firstOrderDay: orders[0].day, lastOrderDay: orders[1].day, orders: 2, purchaseDays: 2, revenue: 20, averageOrderValue: 10, attributes: {} }];
    const tab = kpisTab(storeKpis(orders, customers, { analysisDay: dayFromYmd(2024, 2, 1), marketingSpend: 100 }), 'en');
    expect(tab.blocks).toHaveLength(2);
    expect(tab.charts).toHaveLength(1);
    expect(figures(tab).get('CAC')).toEqual([null, 'No customer’s first order is between 2023-01-06 and 2024-01-05 (the last 12 months of the data), so there is no new customer to divide the spend by']);
    expect(figures(tab).get('Active customers')?.[1]).toBe(
      'Ordered within the last 365 days, the usual 12-month rule: too few customers bought on two or more days (1, under 10) to measure the shop’s rhythm',
    );
  });
});

describe('a satisfaction column reaches the KPIs tab through the whole run', () => {
  it('推薦分數 answers on a zh-TW order sheet become the NPS line and its trend, with the CAC period', () => {
    const rows: unknown[][] = [['客戶編號', '訂單日期', '金額', '推薦分數']];
    const answers = [10, 9, 7, 3, 10, 8, 9, 6, 10, 2, 9, 9];
    answers.forEach((a, i) => {
      rows.push([`C${i}`, `2024-0${1 + (i % 3)}-${String(10 + i).padStart(2, '0')}`, 500, a]);
      rows.push([`C${i}`, `2024-0${4 + (i % 3)}-${String(10 + i).padStart(2, '0')}`, 300, '']);
    });
    const run = segmentTable(rows, { settings: { ...defaultSettings(), fitClv: false, marketingSpend: 2400 }, lang: 'zh-TW', runDay: dayFromYmd(2024, 7, 1) });
    const tab = run.tabs.find((t) => t.kind === 'kpis')!;
    const lines = figures(tab);
    expect(lines.get('淨推薦值 (NPS)')?.[0]).toBeCloseTo(((7 - 3) / 12) * 100, 12);
    expect(lines.get('顧客取得成本 (CAC)')).toEqual([200, '行銷支出 / 新顧客：12 位在 2024-01-10 至 2024-06-21（全部資料，不足 12 個月）首次購買；請填入這段期間的支出']);
    expect(tab.blocks[2].title).toBe('依顧客首次購買月份的 NPS（資料中沒有回答日期）');
    expect(tab.charts?.map((c) => c.type)).toEqual(['column', 'line']);
  });
});
