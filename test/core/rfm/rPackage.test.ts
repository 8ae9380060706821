/**
 * R `rfm` 0.3.0 reproduced on its own sample data. Every expected figure is a published output of the
 * package at rsquaredacademy/rfm commit 297ed8b34addaa4dcfdd5ab872fc6eba35e5db1c; the file is named at
 * each test.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { assignSegments, rPackageCutPoints, rfmPackageSegments, rfmScores, segmentSummary, validateRules, type RfmResult, type SegmentRule } from '../../../src/core/rfm';
import { loadRfmPackageCustomers } from './rfmPackageFixture';

let result: RfmResult;
beforeAll(() => {
  result = rfmScores(loadRfmPackageCustomers());
});

/** R `rfm_segment()` arguments as vectors, turned into our rules (names double as ids). */
function rulesFromVectors(names: string[], v: number[][]): SegmentRule[] {
  const [rl, ru, fl, fu, ml, mu] = v;
  return names.map((name, i) => ({ id: name, name, r: [rl[i], ru[i]], f: [fl[i], fu[i]], m: [ml[i], mu[i]] }));
}

describe('bins() — tests/testthat/test-utils.R', () => {
  it('bins(mtcars, "mpg", 5) is c(16.20, 18.92, 22.00, 25.08)', () => {
    // mtcars$mpg, R datasets package (32 cars, row order of the data set).
    const mpg = [21, 21, 22.8, 21.4, 18.7, 18.1, 14.3, 24.4, 22.8, 19.2, 17.8, 16.4, 17.3, 15.2, 10.4, 10.4, 14.7, 32.4, 30.4, 33.9, 21.5, 15.5, 15.2, 13.3, 19.2, 27.3, 26, 30.4, 15.8, 19.7, 15, 21.4];
    const cuts = rPackageCutPoints(mpg, 5);
    for (const [i, e] of [16.2, 18.92, 22.0, 25.08].entries()) expect(cuts[i]).toBeCloseTo(e, 10);
  });
});

describe('rfm_table_order() on rfm_data_orders, analysis date 2006-12-31', () => {
  it('has 995 customers and 4,906 orders (tests/testthat/test-rfm-table.R: sum(transaction_count) == 4906)', () => {
    expect(result.customers).toHaveLength(995);
    expect(result.customers.reduce((a, c) => a + c.frequency, 0)).toBe(4906);
  });

  it('scores the first 10 customers as published (README.md and docs/articles/rfm-introduction.html)', () => {
    // customer_id, recency_days, transaction_count, amount, rfm_score
    const published: [string, number, number, number, string][] = [
      ["Abbey O'Reilly", 205, 6, 472, '343'],
      ['Add Senger', 140, 3, 340, '412'],
      ['Aden Lesch', 194, 4, 405, '323'],
      ['Aden Murphy', 98, 7, 596, '544'],
      ['Admiral Senger', 132, 5, 448, '433'],
      ["Agness O'Keefe", 90, 9, 843, '555'],
      ['Aileen Barton', 84, 9, 763, '555'],
      ['Ailene Hermann', 281, 8, 699, '355'],
      ['Aiyanna Bruen', 246, 4, 157, '321'],
      ['Akeelah Walsh', 160, 7, 779, '445'],
    ];
    const byId = new Map(result.customers.map((c) => [c.customerId, c]));
    for (const [id, days, orders, amount, score] of published) {
      const c = byId.get(id)!;
      expect([c.recencyDays, c.frequency, c.monetary, c.score], id).toEqual([days, orders, amount, score]);
    }
  });

  it('uses quantile cut points close to the custom thresholds of the package examples (man/rfm_table_order.Rd)', () => {
    // The package's examples offer recency_bins = c(115, 181, 297, 482), frequency_bins = c(4, 5, 6, 8),
    // monetary_bins = c(256, 382, 506, 666): the default cut points, rounded.
    expect(result.thresholds.recency.cutPoints.map(Math.round)).toEqual([115, 181, 297, 482]);
    expect(result.thresholds.frequency.cutPoints).toEqual([4, 5, 6, 8]);
    expect(result.thresholds.monetary.cutPoints.map(Math.round)).toEqual([256, 382, 506, 666]);
  });

  it('heat map data sums to 12634 and uses all 5 recency scores (tests/testthat/test-utils.R)', () => {
    const cells = new Map<string, { sum: number; n: number }>();
    for (const c of result.customers) {
      const cell = cells.get(`${c.f},${c.r}`) ?? { sum: 0, n: 0 };
      cell.sum += c.monetary;
      cell.n++;
      cells.set(`${c.f},${c.r}`, cell);
    }
    const total = [...cells.values()].reduce((a, b) => a + b.sum / b.n, 0);
    expect(Math.round(total)).toBe(12634);
    expect([...new Set(result.customers.map((c) => c.r))].sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it('with custom thresholds keeps 4,906 orders and reports the cut points given (test-rfm-table.R)', () => {
    const custom = rfmScores(loadRfmPackageCustomers(), {
      cutPoints: { recency: [115, 181, 297, 482], frequency: [4, 5, 6, 8], monetary: [256, 382, 506, 666] },
    });
    expect(custom.customers.reduce((a, c) => a + c.frequency, 0)).toBe(4906);
    expect(custom.thresholds.recency.method).toBe('custom');
    expect(custom.thresholds.monetary.cutPoints).toEqual([256, 382, 506, 666]);
    expect(custom.thresholds.frequency.countsPerScore.reduce((a, b) => a + b, 0)).toBe(995);
  });
});

describe('rfm_segment() + rfm_segment_summary()', () => {
  it('reproduces the vignette segment summary (vignettes/rfm-introduction.Rmd, rendered in docs/articles/rfm-introduction.html)', () => {
    const rows = segmentSummary(assignSegments(result.customers, rfmPackageSegments), { rules: rfmPackageSegments });
    // segment, customers, orders, revenue, aov as printed (a tibble shows round(revenue / orders, 2)
    // to 3 significant digits, so the check allows half a unit of the last printed digit)
    const published: [string, number, number, number, string][] = [
      ['About To Sleep', 102, 283, 23449, '82.9'],
      ['At Risk', 28, 216, 22227, '103'],
      ["Can't Lose Them", 47, 274, 32446, '118'],
      ['Champions', 35, 316, 31646, '100'],
      ['Lost', 148, 393, 35324, '89.9'],
      ['Loyal Customers', 170, 799, 76562, '95.8'],
      ['Need Attention', 10, 57, 4562, '80.0'],
      ['New Customers', 104, 329, 28837, '87.6'],
      ['Potential Loyalist', 342, 2211, 204856, '92.6'],
      ['Promising', 9, 28, 4249, '152'],
    ];
    expect(rows.map((r) => r.segment)).not.toContain('others');
    for (const [name, customers, orders, revenue, aov] of published) {
      const row = rows.find((r) => r.name === name)!;
      expect([row.customers, row.orders, row.revenue], name).toEqual([customers, orders, revenue]);
      const unit = aov.includes('.') ? 0.1 : 1;
      expect(Math.abs(Math.round(row.averageOrderValue * 100) / 100 - Number(aov)), name).toBeLessThanOrEqual(unit / 2 + 1e-9);
    }
  });

  it('reproduces the test rule set: Champions 158 / 1234 / 120178 and the per-segment bar charts (tests/testthat/test-rfm-segment.R, _snaps/rfm-plots/*.svg)', () => {
    const rules = rulesFromVectors(
      ['Champions', 'Loyal Customers', 'Potential Loyalist', 'New Customers', 'Promising', 'Need Attention', 'About To Sleep', 'At Risk', "Can't Lose Them", 'Lost'],
      [
        [4, 2, 3, 4, 3, 2, 2, 1, 1, 1],
        [5, 5, 5, 5, 4, 3, 3, 2, 1, 2],
        [4, 3, 1, 1, 1, 2, 1, 2, 4, 1],
        [5, 5, 3, 1, 1, 3, 2, 5, 5, 2],
        [4, 3, 1, 1, 1, 2, 1, 2, 4, 1],
        [5, 5, 3, 1, 1, 3, 2, 5, 5, 2],
      ],
    );
    const rows = segmentSummary(assignSegments(result.customers, rules));
    const pick = (k: 'customers' | 'orders' | 'revenue') => Object.fromEntries(rows.filter((r) => r[k] > 0).map((r) => [r.name, r[k]]));
    // customers-by-segment.svg, orders-by-segment.svg, revenue-by-segment-descending-new.svg
    expect(pick('customers')).toEqual({ 'About To Sleep': 50, 'At Risk': 86, Champions: 158, Lost: 111, 'Loyal Customers': 278, 'Need Attention': 35, Others: 48, 'Potential Loyalist': 229 });
    expect(pick('orders')).toEqual({ 'About To Sleep': 127, 'At Risk': 438, Champions: 1234, Lost: 244, 'Loyal Customers': 1708, 'Need Attention': 144, Others: 210, 'Potential Loyalist': 801 });
    expect(pick('revenue')).toEqual({ 'About To Sleep': 10914, 'At Risk': 44178, Champions: 120178, Lost: 20955, 'Loyal Customers': 166712, 'Need Attention': 13287, Others: 22061, 'Potential Loyalist': 65873 });
    // Why those charts have no "New Customers", "Promising" or "Can't Lose Them" bar (rfm issue #56):
    // earlier rules take all their score combinations. validateRules says so before running.
    const check = validateRules(rules, 5);
    expect(check.shadowedRules).toEqual([
      { id: 'New Customers', by: ['Potential Loyalist'] },
      { id: 'Promising', by: ['Potential Loyalist'] },
      { id: "Can't Lose Them", by: ['At Risk'] },
    ]);
    expect(check.unreachedCombinations).toHaveLength(36);
  });
});
