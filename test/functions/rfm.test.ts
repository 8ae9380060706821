/**
 * =RFM_SCORE and =RFM_THRESHOLDS called as Sheets calls them (ranges as 2-D arrays). Expected scores are
 * R `rfm` 0.3.0's published ones (rsquaredacademy/rfm commit 297ed8b34addaa4dcfdd5ab872fc6eba35e5db1c,
 * README.md and docs/articles/rfm-introduction.html) on its sample data.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { dateFromDay } from '../../src/core/days';
import { type AddOn, DIST, loadAddOn } from '../harness';
import { RFM_SCORE, RFM_THRESHOLDS } from '../../src/functions/rfm';
import { customFunctions } from '../../src/functions/registry';
import { ANALYSIS_DAY, loadRfmPackageCustomers } from '../core/rfm/rfmPackageFixture';

const col = (xs: unknown[]) => xs.map((x) => [x]);
let ids: string[];
let R: unknown[][];
let F: unknown[][];
let M: unknown[][];
let lastDates: unknown[][];
const published: Record<string, number> = { "Abbey O'Reilly": 343, 'Add Senger': 412, 'Aden Lesch': 323, 'Aden Murphy': 544, 'Admiral Senger': 433, "Agness O'Keefe": 555, 'Aileen Barton': 555, 'Ailene Hermann': 355, 'Aiyanna Bruen': 321, 'Akeelah Walsh': 445 };

beforeAll(() => {
  const cs = loadRfmPackageCustomers();
  ids = cs.map((c) => c.customerId);
  R = col(cs.map((c) => c.recencyDays));
  F = col(cs.map((c) => c.frequency));
  M = col(cs.map((c) => c.monetary));
  // Last-order dates as the sheet passes them: Date objects at local midnight.
  lastDates = col(cs.map((c) => {
    const d = dateFromDay(ANALYSIS_DAY - c.recencyDays);
    return new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  }));
});

describe('=RFM_SCORE', () => {
  it('returns a column of R rfm scores in one call', () => {
    const out = RFM_SCORE.run(R, F, M) as number[][];
    expect(out).toHaveLength(995);
    for (const [id, score] of Object.entries(published)) expect(out[ids.indexOf(id)], id).toEqual([score]);
  });

  it('takes last-order dates with an analysis date, and the same dates give the same scores', () => {
    const days = RFM_SCORE.run(R, F, M) as number[][];
    const dated = RFM_SCORE.run(lastDates, F, M, 5, 'score', '2006-12-31') as number[][];
    expect(dated).toEqual(days);
  });

  it('gives R, F, M columns, segment names (localized) and everything at once', () => {
    const i = ids.indexOf("Abbey O'Reilly");
    expect((RFM_SCORE.run(R, F, M, 5, 'rfm') as number[][])[i]).toEqual([3, 4, 3]);
    // README.md: Abbey O'Reilly is a "Potential Loyalist" under the vignette rules.
    expect((RFM_SCORE.run(R, F, M, 5, 'rfm_segment') as string[][])[i]).toEqual(['Potential Loyalist']);
    expect((RFM_SCORE.run(R, F, M, 5, 'rfm_segment', '', 'zh-TW') as string[][])[i]).toEqual(['潛在忠實客戶']);
    const agness = ids.indexOf("Agness O'Keefe");
    expect((RFM_SCORE.run(R, F, M, 5, 'all') as unknown[][])[agness]).toEqual([555, 5, 5, 5, 'Champions']);
  });

  it('rescales the presets to the bins asked for: at 3 scores the top-scored customers are Champions, not "Needs attention"', () => {
    const all = RFM_SCORE.run(R, F, M, 3, 'all') as unknown[][];
    const top = all.filter((r) => r[0] === 333);
    expect(top.length).toBeGreaterThan(50);
    expect(new Set(top.map((r) => r[4]))).toEqual(new Set(['Champions']));
    const vignette = RFM_SCORE.run(R, F, M, 3, 'rfm_segment') as string[][];
    expect(new Set(all.flatMap((r, k) => (r[0] === 333 ? [vignette[k][0]] : [])))).toEqual(new Set(['Champions']));
  });

  it('leaves blank rows blank so a formula can cover a whole column', () => {
    const out = RFM_SCORE.run([...R, [''], ['']], [...F, [''], ['']], [...M, [''], ['']]) as unknown[][];
    expect(out).toHaveLength(997);
    expect(out[996]).toEqual(['']);
  });

  it('scores one customer, or new rows, against a thresholds table', () => {
    const table = RFM_THRESHOLDS.run(R, F, M) as unknown[][];
    for (const [id, score] of Object.entries(published)) {
      const i = ids.indexOf(id);
      expect(RFM_SCORE.run(R[i][0], F[i][0], M[i][0], table), id).toBe(score);
    }
    // Every customer scored on the fixed scale gets the score the batch gave.
    expect(RFM_SCORE.run(R, F, M, table)).toEqual(RFM_SCORE.run(R, F, M));
    // A customer beyond the original range still gets a score.
    expect(RFM_SCORE.run(0, 100, 100_000, table)).toBe(555);
  });

  it('explains mistakes with the function, parameter and row', () => {
    expect(() => RFM_SCORE.run(R[0][0], F[0][0], M[0][0])).toThrow(/^RFM_SCORE: to score one customer, pass the table RFM_THRESHOLDS returned/);
    expect(() => RFM_SCORE.run([[1], ['x']], [[1], [2]], [[1], [2]])).toThrow('RFM_SCORE: recency must be a date, got "x" (row 2 of the range)');
    expect(() => RFM_SCORE.run([[1], [2]], [[1], [2], [3]], [[1], [2]])).toThrow(/frequency has 3 cells but recency has 2/);
    expect(() => RFM_SCORE.run(R, F, M, 12)).toThrow('RFM_SCORE: bins must be a whole number from 2 to 9, got 12');
    expect(() => RFM_SCORE.run(R, F, M, 5, 'colour')).toThrow(/output must be one of/);
    expect(() => RFM_SCORE.run(lastDates[0][0], F[0][0], M[0][0], RFM_THRESHOLDS.run(R, F, M))).toThrow(/analysis_date is required/);
  });
});

describe('=RFM_THRESHOLDS', () => {
  it('shows the cut points and customers per score, as R rfm\'s threshold table', () => {
    const t = RFM_THRESHOLDS.run(R, F, M) as unknown[][];
    expect(t[0]).toEqual(['Dimension', 'Score', 'From (≥)', 'To (<)', 'Customers']);
    const f = t.filter((r) => r[0] === 'F');
    // lower bounds min, 4, 5, 6, 8 and upper bounds 4, 5, 6, 8, max + 1 (the package's custom-threshold example uses 4, 5, 6, 8)
    expect(f.map((r) => [r[1], r[2], r[3]])).toEqual([[1, 1, 4], [2, 4, 5], [3, 5, 6], [4, 6, 8], [5, 8, 15]]);
    expect(f.reduce((a, r) => a + (r[4] as number), 0)).toBe(995);
    expect(t.filter((r) => r[0] === 'R').map((r) => r[1])).toEqual([5, 4, 3, 2, 1]);
  });

  it('adds notes about crowded scores, in the chosen language', () => {
    const freq = col(Array.from({ length: 50 }, (_, i) => (i < 40 ? 1 : 2 + i)));
    const days = col(Array.from({ length: 50 }, (_, i) => i));
    const t = RFM_THRESHOLDS.run(days, freq, days, 5, '', 'zh-CN') as unknown[][];
    expect(t[0][0]).toBe('指标');
    expect(t.some((r) => r[0] === '注意' && String(r[1]).includes('80%'))).toBe(true);
  });
});

describe('registry', () => {
  it('lists RFM_SCORE and RFM_THRESHOLDS with help and an example', () => {
    for (const name of ['RFM_SCORE', 'RFM_THRESHOLDS']) {
      const spec = customFunctions.find((f) => f.name === name)!;
      expect(spec.description.length).toBeGreaterThan(20);
      expect(spec.example.startsWith(`=${name}(`)).toBe(true);
      expect(spec.params.every((p) => p.description.length > 10)).toBe(true);
    }
  });
});

describe('through the Apps Script harness (dist/Code.js, `npm run build` first)', () => {
  let addon: AddOn;
  const call = (name: string, ...args: unknown[]): any => JSON.parse(JSON.stringify(addon.callCustomFunction(name, ...args)));
  beforeAll(() => {
    addon = loadAddOn({ locale: 'zh_TW' });
  });

  it('declares RFM_SCORE and RFM_THRESHOLDS as top-level @customfunction stubs', () => {
    const code = readFileSync(join(DIST, 'Code.js'), 'utf8');
    for (const name of ['RFM_SCORE', 'RFM_THRESHOLDS']) {
      expect(addon.globals()).toContain(name);
      expect(code).toMatch(new RegExp(`@customfunction\\s*\\*/\\s*function ${name}\\(`));
    }
  });

  it('scores the 995 customers in one call as R rfm does, dates included, segment names in the sheet language', () => {
    const out = call('RFM_SCORE', R, F, M) as number[][];
    for (const [id, score] of Object.entries(published)) expect(out[ids.indexOf(id)], id).toEqual([score]);
    expect(call('RFM_SCORE', lastDates, F, M, 5, 'score', '2006-12-31')).toEqual(out);
    expect(call('RFM_SCORE', R, F, M, 5, 'segment')[ids.indexOf("Agness O'Keefe")]).toEqual(['冠軍客戶']);
  });

  it('scores one customer against the thresholds table the sheet shows', () => {
    const table = call('RFM_THRESHOLDS', R, F, M);
    expect(table[0]).toEqual(['指標', '分數', '從 (≥)', '至 (<)', '客戶數']);
    const i = ids.indexOf('Aiyanna Bruen');
    expect(call('RFM_SCORE', R[i][0], F[i][0], M[i][0], table)).toBe(321);
  });

  it('handles 10,000 rows in one call well within the 30 s custom-function limit', () => {
    const n = 10_000;
    const big = (f: (i: number) => number) => Array.from({ length: n }, (_, i) => [f(i)]);
    const t0 = performance.now();
    const out = addon.callCustomFunction('RFM_SCORE', big((i) => (i * 7919) % 700), big((i) => 1 + ((i * 31) % 12)), big((i) => (i * 104729) % 5000)) as unknown[][];
    expect(out).toHaveLength(n);
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});
