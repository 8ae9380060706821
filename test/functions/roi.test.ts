/**
 * =ROI through the built bundle (`npm run build` first), as Sheets calls it: single cells as values,
 * ranges as 2-D arrays. Figures: Investopedia, "How to Calculate the ROI of a Marketing Campaign"
 * ($1,000 of sales for $100 of cost: 900 %); kameir.com, "Marketing ROI" ($50,000 of revenue at a
 * 60 % margin for $10,000 of direct mail: $2 back per $1, 200 %). Errors come in the spreadsheet's language.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, loadAddOn } from '../harness';

const col = (...values: unknown[]) => values.map((v) => [v]);
const roi = (locale: string, ...args: unknown[]) => JSON.parse(JSON.stringify(loadAddOn({ locale }).callCustomFunction('ROI', ...args)));
const fails = (locale: string, ...args: unknown[]) => () => loadAddOn({ locale }).callCustomFunction('ROI', ...args);

describe('=ROI on one campaign', () => {
  it('is declared as a @customfunction with its optional gross_margin', () => {
    const code = readFileSync(join(DIST, 'Code.js'), 'utf8');
    expect(code).toMatch(/@param \{\*\} \[gross_margin\][^\n]*\n[\s\S]*?@customfunction\s*\*\/\s*function ROI\(revenue, cost, gross_margin\)/);
  });
  it('on revenue: ($1,000 − $100) / $100 = 9, i.e. 900 %; money text and % cells are read', () => {
    expect(roi('en_US', 1000, 100)).toBe(9);
    expect(roi('en_US', 'US$1,000', '$100.00')).toBe(9);
    expect(roi('zh_TW', 'NT$1,000', 100)).toBe(9);
  });
  it('on profit: ($50,000 × 60 % − $10,000) / $10,000 = 2, with the margin as a fraction or % text', () => {
    expect(roi('en_US', 50000, 10000, 0.6)).toBeCloseTo(2, 12);
    expect(roi('en_US', 50000, 10000, '60%')).toBeCloseTo(2, 12);
    expect(roi('en_US', 50000, 10000, '')).toBe(4);
  });
});

describe('=ROI on one row per campaign', () => {
  it('returns a column of ROIs, blank rows left blank, one margin for all or one per campaign', () => {
    expect(roi('en_US', col(1000, '', 500, 0), col(100, '', 500, 250))).toEqual([[9], [''], [0], [-1]]);
    const out = roi('en_US', col(50000, 1000), col(10000, 100), 0.6);
    expect(out[0][0]).toBeCloseTo(2, 12);
    expect(out[1][0]).toBeCloseTo(5, 12);
    expect(roi('en_US', col(50000, 1000), col(10000, 100), col(0.6, 1))).toEqual([[expect.closeTo(2, 12)], [9]]);
  });
  it('keeps the shape of a row of campaigns', () => {
    expect(roi('en_US', [[1000, 300]], [[100, 200]])).toEqual([[9, 0.5]]);
  });
});

describe('=ROI refuses what is not a campaign ROI, saying why', () => {
  it('English: cost 0 or blank, negative cost, mismatched ranges', () => {
    expect(fails('en_US', 1000, 0)).toThrow('ROI: cost is 0: ROI divides by what the campaign cost, so a campaign that cost nothing has no ROI');
    expect(fails('en_US', col(1000, 500), col(100, ''))).toThrow('ROI: cost is blank (row 2 of the range); give an amount for every campaign');
    expect(fails('en_US', 1000, -100)).toThrow('ROI: cost is -100, below 0; a cost is money spent, give it as a positive amount');
    expect(fails('en_US', col(1, 2, 3), col(1, 2))).toThrow(
      'ROI: revenue is a range of 3 × 1 cells (rows × columns) but cost is a range of 2 × 1 cells (rows × columns); give ranges of the same shape, one row per campaign',
    );
    expect(fails('en_US', col(1000, 500), 100)).toThrow('ROI: revenue is a range of 2 × 1 cells (rows × columns) but cost is a single value;');
    expect(fails('en_US', col(1000, 500), col(100, 50), col(0.4, 0.5, 0.6))).toThrow('ROI: gross_margin is a range of 3 × 1 cells');
  });
  it('English: text and error cells, rates where money belongs, a margin off 0–100 %', () => {
    expect(fails('en_US', col(1000, 'soon'), col(100, 50))).toThrow('ROI: revenue must be an amount of money, got "soon" (row 2 of the range)');
    expect(fails('en_US', '#N/A', 100)).toThrow('ROI: revenue is an error cell (#N/A)');
    expect(fails('en_US', 5000, 0.3)).toThrow(
      'ROI: cost is 30 %, which looks like a rate; ROI needs amounts of money here. A gross margin goes in gross_margin, the third argument; amounts below 1 (e.g. in thousands) must be written in full',
    );
    expect(fails('en_US', '25%', 100)).toThrow('ROI: revenue is 25 %, which looks like a rate');
    expect(fails('en_US', 5000, 1000, 40)).toThrow('ROI: gross_margin must be between 0 % and 100 % (a % cell or a fraction such as 0.3), got 40');
    expect(fails('en_US', 'NT$5,000', 'RM 100')).toThrow('ROI: the amounts are in two currencies (TWD and MYR); ROI compares amounts in one currency');
    expect(fails('en_US', -5, 100)).toThrow('ROI: revenue is -5, below 0; give the revenue the campaign brought, 0 if none');
  });
  it('Traditional Chinese, Simplified Chinese and Malay from the spreadsheet locale', () => {
    expect(fails('zh_TW', 1000, 0)).toThrow('ROI: cost 是 0：ROI 要除以活動成本，沒有成本的活動無法計算 ROI');
    expect(fails('zh_TW', col(1000, 'soon'), col(100, 50))).toThrow('ROI: revenue 必須是金額，收到「soon」（範圍第 2 列）');
    expect(fails('zh_CN', col(1, 2, 3), col(1, 2))).toThrow('ROI: revenue 是 3 × 1 格的范围（行 × 列），但 cost 是 2 × 1 格的范围（行 × 列）；请用相同大小的范围，每个活动一行');
    expect(fails('zh_CN', 5000, -100)).toThrow('ROI: cost 是 -100，小于 0；成本是花出去的钱，请填正数金额');
    expect(fails('ms_MY', 5000, 0.3)).toThrow('ROI: cost ialah 30 %, kelihatan seperti kadar; ROI memerlukan amaun wang di sini.');
    expect(fails('ms_MY', [[1000, 500]], [[100, '']])).toThrow('ROI: cost kosong (baris 1, lajur 2 julat); beri amaun bagi setiap kempen');
  });
  it('never gives Infinity: with a cost of at least 1, the largest amounts still give a number', () => {
    expect(roi('en_US', 1.7e308, 1)).toBeCloseTo(1.7e308, -300);
    expect(roi('en_US', col(1, 1.7e308), col(1, 1.5), 1)[1][0]).toBeGreaterThan(1e307);
    expect(fails('en_US', '1e999', 1)).toThrow('ROI: revenue must be an amount of money, got "1e999"');
  });
});
