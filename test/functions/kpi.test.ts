/**
 * The KPI custom functions called through the built bundle (dist/Code.js, `npm run build` first),
 * exactly as Sheets calls them: single cells as values, ranges as 2-D arrays, CUSTOM_FUNCTION mode.
 * Expected figures name their published source; the math itself is tested in test/core/kpi.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type AddOn, DIST, loadAddOn } from '../harness';
import { cdnowSampleRows } from '../core/kpi/cdnowSample';

const NAMES = [
  'CLTV', 'CLTV_RETENTION', 'CLTV_HISTORIC', 'LTV_CAC_RATIO', 'CAC_PAYBACK', 'CAC', 'CONVERSION_RATE', 'CTR', 'AD_FUNNEL',
  'REPURCHASE_RATE', 'RETENTION_RATE', 'CHURN_RATE', 'AOV', 'NPS', 'CSAT', 'AB_TEST',
];

let addon: AddOn;
/** Calls a custom function and returns plain host values. */
const call = (name: string, ...args: unknown[]): any => {
  const out = addon.callCustomFunction(name, ...args);
  return out === undefined ? undefined : JSON.parse(JSON.stringify(out));
};
const col = (...values: unknown[]) => values.map((v) => [v]);

beforeAll(() => {
  addon = loadAddOn();
});

describe('registration', () => {
  it('declares every KPI function as a top-level @customfunction with its parameters', () => {
    const code = readFileSync(join(DIST, 'Code.js'), 'utf8');
    for (const name of NAMES) {
      expect(addon.globals(), name).toContain(name);
      expect(code, name).toMatch(new RegExp(`@customfunction\\s*\\*/\\s*function ${name}\\(`));
    }
    expect(code).toMatch(/@param \{\*\} \[gross_margin\][^\n]*\n[\s\S]*?function CLTV\(avg_purchase_value, purchase_frequency, lifespan, gross_margin, cac\)/);
  });
});

describe('CLTV', () => {
  it('Kissmetrics Starbucks: 52 × $24.30 × 20 years × 21.3 % = $5,382.94 (percent text accepted)', () => {
    expect(call('CLTV', 24.3, 52, 20, 0.213)).toBeCloseTo(5382.94, 2);
    expect(call('CLTV', 24.3, 52, 20, '21.3%')).toBeCloseTo(5382.94, 2);
    expect(call('CLTV', 24.3, 52, 20)).toBeCloseTo(25272, 6);
  });
  it('maps a column in one call, leaving blank rows blank and broadcasting single values', () => {
    const out = call('CLTV', col(24.3, '', 5.9), 52, col(20, '', 20), col(0.213, '', ''), 0);
    expect(out).toHaveLength(3);
    expect(out[0][0]).toBeCloseTo(5382.94, 2);
    expect(out[1][0]).toBe('');
    expect(out[2][0]).toBeCloseTo(5.9 * 52 * 20, 6);
  });
  it('says what is wrong and where', () => {
    expect(() => call('CLTV', col(1, 2), 52, col(20, 'ten'))).toThrow('CLTV: lifespan must be a number, got "ten" (row 2 of the range)');
    expect(() => call('CLTV', '#N/A', 52, 20)).toThrow('CLTV: avg_purchase_value is an error cell (#N/A)');
    expect(() => call('CLTV', col(1, 2, 3), col(1, 2), 20)).toThrow('CLTV: purchase_frequency has 2 cells but avg_purchase_value has 3; use ranges of the same size');
    expect(() => call('CLTV', 10, -1, 20)).toThrow('CLTV: purchase_frequency must be ≥ 0, got -1');
    expect(() => call('CLTV', 10, 1, 20, 30)).toThrow('CLTV: gross_margin must be between 0 and 1');
    expect(() => call('CLTV', 10, 1)).toThrow('CLTV: lifespan is required');
  });
});

describe('CLTV_RETENTION', () => {
  it('Gupta & Lehmann (2003) Table 1 margin multiple 2.5 at r = 80 %, i = 12 %; ivypanda Starbucks essay ≈ $11,232', () => {
    expect(call('CLTV_RETENTION', 100, 0, 0.8, 0.12)).toBeCloseTo(250, 9);
    expect(call('CLTV_RETENTION', 5241.6, 0, '75%', '10%')).toBeCloseTo(11232, 6);
    expect(call('CLTV_RETENTION', col(120, 100), col(20, 0), 0.8, 0.12, col(50, ''))).toEqual([[200.00000000000003], [249.99999999999994]].map(([v]) => [expect.closeTo(v, 9)]));
  });
  it('refuses a retention rate typed as 80 and text', () => {
    expect(() => call('CLTV_RETENTION', 100, 0, 80, 0.1)).toThrow('CLTV_RETENTION: retention_rate must be between 0 and 1 (0 % to 100 %), got 80');
    expect(() => call('CLTV_RETENTION', 'much', 0, 0.8, 0.1)).toThrow('CLTV_RETENTION: avg_revenue_per_period must be a number, got "much"');
  });
});

describe('CLTV_HISTORIC', () => {
  it('reads Date cells, serial numbers and ISO text; most valuable customer first, with a header', () => {
    const out = call('CLTV_HISTORIC', col('a', 'a', 'b', ''), col(new Date(2024, 0, 1), 45356, '2024-02-01', ''), col(10, 5, 20, ''), 0.5);
    expect(out).toEqual([['customer', 'value'], ['b', 10], ['a', 7.5]]);
  });
  it('adds up to the CDNOW sample total ($244,091.94 over 2,357 customers, data README)', () => {
    const rows = cdnowSampleRows();
    const out = call('CLTV_HISTORIC', rows.map((r) => [r.customerId]), rows.map((r) => [r.yyyymmdd]), rows.map((r) => [r.amount]));
    expect(out).toHaveLength(2358);
    expect(out.slice(1).reduce((s: number, r: [string, number]) => s + r[1], 0)).toBeCloseTo(244091.94, 2);
  });
  it('reports bad dates, amounts, empty ids and mismatched ranges with the row', () => {
    expect(() => call('CLTV_HISTORIC', col('a', 'b'), col('2024-01-01', 'next week'), col(1, 2))).toThrow('CLTV_HISTORIC: dates must be a date, got "next week" (row 2 of the range)');
    expect(() => call('CLTV_HISTORIC', col('a', 'b'), col('2024-01-01', '2024-01-02'), col(1, '#VALUE!'))).toThrow('CLTV_HISTORIC: amounts is an error cell (#VALUE!) (row 2 of the range)');
    expect(() => call('CLTV_HISTORIC', col('a', ''), col('2024-01-01', '2024-01-02'), col(1, 2))).toThrow('CLTV_HISTORIC: customer_ids is empty (row 2 of the range)');
    expect(() => call('CLTV_HISTORIC', col('a', 'b'), col('2024-01-01'), col(1, 2))).toThrow('CLTV_HISTORIC: dates has 1 cells but customer_ids has 2');
    expect(() => call('CLTV_HISTORIC', col('a'), col('5/3/2024'), col(1))).toThrow('could be day/month or month/day');
  });
});

describe('CAC', () => {
  it('divides spend by new customers, per row for columns', () => {
    expect(call('CAC', 5000, 100)).toBe(50);
    expect(call('CAC', col(1000, 600, ''), col(10, 20, ''))).toEqual([[100], [30], ['']]);
  });
  it('gives a table per channel with organic and paid CAC and a total', () => {
    const out = call('CAC', col(1000, 600, 500, 500), col(10, 20, 0, 10), col('Facebook', 'SEO', 'Google', 'Facebook'), col('paid', 'organic', 'Paid', 'paid'));
    expect(out).toEqual([
      ['channel', 'cost', 'new customers', 'CAC'],
      ['Facebook', 1500, 20, 75],
      ['SEO', 600, 20, 30],
      ['Google', 500, 0, 'no new customers'],
      ['organic', 600, 20, 30],
      ['paid', 2000, 20, 100],
      ['total', 2600, 40, 65],
    ]);
    expect(call('CAC', col(100, 300), col(4, 2), '', col('付費', '自然'))).toEqual([
      ['channel', 'cost', 'new customers', 'CAC'],
      ['organic', 300, 2, 150],
      ['paid', 100, 4, 25],
      ['total', 400, 6, expect.closeTo(66.667, 3)],
    ]);
  });
  it('names the bad row', () => {
    const spend = col(1, 1, 1, 1, 1, 1, 1);
    const news = col(1, 1, 1, 1, 1, 1, 0);
    expect(() => call('CAC', spend, news)).toThrow('CAC: new_customers must be > 0, got 0 (row 7 of the range)');
    expect(() => call('CAC', col(1, -5), col(1, 1), col('a', 'b'))).toThrow('CAC: marketing_and_sales_cost must be ≥ 0, got -5 (row 2 of the range)');
    expect(() => call('CAC', col(1, 1), col(1, 1), '', col('paid', 'tv'))).toThrow('CAC: organic_or_paid must be "organic" or "paid", got "tv" (row 2 of the range)');
    expect(() => call('CAC', 100, 5, col('a'))).toThrow('must be ranges of the same size');
    expect(() => call('CAC', 'lots', 5)).toThrow('CAC: marketing_and_sales_cost must be a number, got "lots"');
  });
});

describe('LTV_CAC_RATIO and CAC_PAYBACK', () => {
  it('LTV:CAC = 300 / 100 = 3; payback = 600 / (100 × 50 %) = 12 periods (Skok, SaaS Metrics 2.0 definitions)', () => {
    expect(call('LTV_CAC_RATIO', 300, 100)).toBe(3);
    expect(call('LTV_CAC_RATIO', col(300, 50), col(100, 100))).toEqual([[3], [0.5]]);
    expect(call('CAC_PAYBACK', 600, 100, '50%')).toBe(12);
    expect(call('CAC_PAYBACK', col(600, 300), 100)).toEqual([[6], [3]]);
  });
  it('refuses a zero CAC and a zero margin', () => {
    expect(() => call('LTV_CAC_RATIO', 300, 0)).toThrow('LTV_CAC_RATIO: cac must be > 0, got 0');
    expect(() => call('CAC_PAYBACK', 600, 100, 0)).toThrow('CAC_PAYBACK: gross_margin is 0, so the CAC is never paid back');
  });
});

describe('CONVERSION_RATE, CTR and AD_FUNNEL', () => {
  it('computes fractions, a whole column in one call', () => {
    expect(call('CONVERSION_RATE', 25, 1000)).toBe(0.025);
    expect(call('CONVERSION_RATE', col(25, 10), col(1000, 200))).toEqual([[0.025], [0.05]]);
    expect(call('CTR', 30, 2000)).toBe(0.015);
    expect(call('AD_FUNNEL', 2000, 30, 3, 60)).toEqual([
      ['CTR', 'CVR', 'conversions per impression', 'cost per click', 'cost per conversion'],
      [0.015, 0.1, 0.0015, 2, 20],
    ]);
    expect(call('AD_FUNNEL', col(2000, 1000), col(30, 0), col(3, 0))).toEqual([
      ['CTR', 'CVR', 'conversions per impression'],
      [0.015, 0.1, 0.0015],
      [0, '', 0],
    ]);
  });
  it('refuses visitors < conversions and negative counts, with the row', () => {
    expect(() => call('CONVERSION_RATE', col(5, 30), col(10, 20))).toThrow('CONVERSION_RATE: conversions (30) cannot be more than visitors (20) (row 2 of the range)');
    expect(() => call('CTR', -1, 100)).toThrow('CTR: clicks must be ≥ 0, got -1');
    expect(() => call('AD_FUNNEL', 100, 10, 11)).toThrow('AD_FUNNEL: conversions (11) cannot be more than clicks (10)');
    expect(() => call('AD_FUNNEL', col(1, 2), col(1, 1, 1), 0)).toThrow('AD_FUNNEL: impressions has 2 cells but clicks has 3; use ranges of the same size');
  });
});

describe('NPS and CSAT', () => {
  it('DELA annual report 2018 glossary: 30 % promoters, 20 % detractors → +10; blanks are unanswered', () => {
    expect(call('NPS', col(9, 10, 10, '', 7, 8, 7, 8, 8, 6, 0))).toBeCloseTo(10, 12);
    expect(call('NPS', [[10, 9], [0, '']])).toBeCloseTo(100 / 3, 12);
  });
  it('refuses scores off the 0–10 scale and error cells, naming the row', () => {
    expect(() => call('NPS', col(9, 10, 11))).toThrow('NPS: scores_range must hold whole numbers from 0 to 10, got 11 (row 3 of the range)');
    expect(() => call('NPS', col(9, '', 'great'))).toThrow('NPS: scores_range must be a number, got "great" (row 3 of the range)');
    expect(() => call('NPS', col(9, '#N/A'))).toThrow('NPS: scores_range is an error cell (#N/A) (row 2 of the range)');
    expect(() => call('NPS', col('', ''))).toThrow('NPS: scores_range has no scores');
  });
  it('CSAT: top two boxes of 1–5 (Farris et al.), or a threshold', () => {
    expect(call('CSAT', col(5, 4, 3, 5))).toBe(0.75);
    expect(call('CSAT', col(10, 8, 7, 3), 8)).toBe(0.5);
    expect(() => call('CSAT', col(5, 9))).toThrow('CSAT: scores_range holds 9, above the 1–5 scale; give a threshold for another scale (e.g. 8 on 0–10) (row 2 of the range)');
  });
});

describe('REPURCHASE_RATE, RETENTION_RATE, CHURN_RATE and AOV', () => {
  const rows = cdnowSampleRows();
  it('CDNOW calibration (to 1997-09-30): 946 of 2,357 customers bought again (cdnow_customers_summary.csv, README)', () => {
    const ids = rows.map((r) => [r.customerId]);
    const dates = rows.map((r) => [r.yyyymmdd]);
    expect(call('REPURCHASE_RATE', ids, dates, '1997-01-01', new Date(1997, 8, 30))).toBeCloseTo(946 / 2357, 12);
  });
  it('reports bad dates and bounds', () => {
    expect(() => call('REPURCHASE_RATE', col('a', 'b'), col('2024-01-01', true))).toThrow('REPURCHASE_RATE: dates must be a date, got "true" (row 2 of the range)');
    expect(() => call('REPURCHASE_RATE', col('a'), col('2024-01-01'), '2024-02-01', '2024-01-01')).toThrow('REPURCHASE_RATE: period_end is before period_start');
  });
  it('retention (E − N) / S with the Starbucks exercise counts; churn is the rest', () => {
    expect(call('RETENTION_RATE', 107e6, 105e6, 3.5e6)).toBeCloseTo(101.5 / 107, 12);
    expect(call('CHURN_RATE', col(107e6, 200), col(105e6, 180), col(3.5e6, 20))).toEqual([[expect.closeTo(5.5 / 107, 12)], [expect.closeTo(0.2, 12)]]);
    expect(() => call('RETENTION_RATE', 100, 10, 20)).toThrow('RETENTION_RATE: new_customers (20) cannot be more than customers_at_end (10)');
  });
  it('AOV of the CDNOW sample: $244,091.94 / 6,919 rows, or / 6,696 (customer, day) orders', () => {
    const amounts = rows.map((r) => [r.amount]);
    expect(call('AOV', amounts)).toBeCloseTo(244091.94 / 6919, 9);
    expect(call('AOV', amounts, rows.map((r) => [`${r.customerId}/${r.yyyymmdd}`]))).toBeCloseTo(244091.94 / 6696, 9);
    expect(() => call('AOV', col(1, 'x'))).toThrow('AOV: amounts must be a number, got "x" (row 2 of the range)');
    expect(() => call('AOV', col(1, 2), col('A'))).toThrow('AOV: order_ids has 1 cells but amounts has 2');
  });
});

describe('AB_TEST', () => {
  it('reproduces R prop.test(correct = FALSE) published at influentialpoints.com (X² 6.1026, p 0.01350, CI 0.03074072..0.23838896)', () => {
    const out = call('AB_TEST', 39, 128, 94, 214);
    const v = Object.fromEntries(out);
    expect(v['conversion rate A']).toBeCloseTo(0.3046875, 7);
    expect(v['conversion rate B']).toBeCloseTo(0.4392523, 7);
    expect(v['p-value']).toBeCloseTo(0.0135, 4);
    expect(v['difference, lower bound (95 %)']).toBeCloseTo(0.03074072, 7);
    expect(v['difference, upper bound (95 %)']).toBeCloseTo(0.23838896, 7);
    expect(v.verdict).toBe('B converts better (43.93 % vs 30.47 %); the difference is real at 95 %');
  });
  it('says "not enough data yet" for small tests, in the language asked or the spreadsheet\'s', () => {
    expect(call('AB_TEST', 1, 10, 3, 10).at(-1)[1]).toMatch(/^not enough data yet/);
    expect(call('AB_TEST', 39, 128, 94, 214, '99%', 'zh-CN').at(-1)).toEqual(['结论', '数据还不够：A 30.47 % 对 B 43.93 %，在 99 % 置信水平下差异仍可能是偶然，请继续测试']);
    const taipei = loadAddOn({ locale: 'zh_TW' });
    const out = JSON.parse(JSON.stringify(taipei.callCustomFunction('AB_TEST', 39, 128, 94, 214)));
    expect(out.at(-1)).toEqual(['結論', 'B 的轉換率較高（43.93 % 對 30.47 %）；在 95 % 信心水準下差異是真實的']);
  });
  it('refuses visitors < conversions, text and ranges', () => {
    expect(() => call('AB_TEST', 30, 20, 1, 10)).toThrow('AB_TEST: conversions_a (30) cannot be more than visitors_a (20)');
    expect(() => call('AB_TEST', 'x', 20, 1, 10)).toThrow('AB_TEST: conversions_a must be a number, got "x"');
    expect(() => call('AB_TEST', col(1, 2), 20, 1, 10)).toThrow('AB_TEST: conversions_a must be a single value');
    expect(() => call('AB_TEST', 1, 20, 1, 10, 0.95, 'fr')).toThrow('AB_TEST: language must be en, zh-TW, zh-CN or ms');
  });
});
