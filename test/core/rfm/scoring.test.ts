import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '../../../src/core/days';
import {
  equalCountScores,
  quantile7Sorted,
  rPackageCutPoints,
  rfmInputsFromCustomers,
  rfmScores,
  rfmWarningText,
  scoreByCutPoints,
  seqProbs,
  smallStoreRecencyCutPoints,
  typicalDaysBetweenOrders,
  type RfmInput,
} from '../../../src/core/rfm';
import { LANGS, type CustomerSummary } from '../../../src/core/types';

const customer = (customerId: string, recencyDays: number, frequency: number, monetary: number, tenureDays?: number): RfmInput => ({ customerId, recencyDays, frequency, monetary, tenureDays });

describe('quantile7Sorted (R quantile type 7)', () => {
  it('matches R for small cases: quantile(1:4, .5) = 2.5, quantile(c(1, 2, 3, 4, 10), .9) = 7.6', () => {
    expect(quantile7Sorted([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile7Sorted([1, 2, 3, 4, 10], 0.9)).toBeCloseTo(7.6, 12);
    expect(quantile7Sorted([7], 0.3)).toBe(7);
  });

  it('uses R seq() probabilities: the third of five is 0.6000000000000001, not 0.6', () => {
    expect(seqProbs(5)).toEqual([0, 0.2, 0.4, 0.6000000000000001, 0.8, 1]);
    // With 11 values, 1 + 10 * 0.6000000000000001 = 7.000000000000001, so R interpolates a hair above
    // the 7th value. With 7 zeros and 4 ones (e.g. recency days) the cut point is 1.0000000000000009,
    // not 1, and a value of 1 falls below it.
    const cuts = rPackageCutPoints([0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1], 5);
    expect(cuts[2]).toBe(1.0000000000000009);
    expect(scoreByCutPoints(1, cuts)).toBe(3);
  });
});

describe('scoreByCutPoints', () => {
  it('is 1 + the number of cut points <= value (half-open intervals)', () => {
    const cuts = [4, 5, 6, 8];
    expect([1, 3.99, 4, 4.5, 5, 6, 7.99, 8, 100].map((v) => scoreByCutPoints(v, cuts))).toEqual([1, 1, 2, 2, 3, 4, 4, 5, 5]);
    // Coinciding cut points leave a score empty (R rfm issue #17): nothing can score 2.
    expect([1, 2, 3].map((v) => scoreByCutPoints(v, [2, 2, 3, 4]))).toEqual([1, 3, 4]);
  });
});

describe('rfmScores', () => {
  const many = Array.from({ length: 200 }, (_, i) => customer(`c${String(i).padStart(3, '0')}`, i, (i % 7) + 1, 10 * ((i * 37) % 101) + 5, 100));

  it('gives recency the reverse order: fewest days scores highest; ties always share a score', () => {
    const { customers } = rfmScores(many);
    expect(customers[0].r).toBe(5);
    expect(customers[199].r).toBe(1);
    const byF = new Map<number, Set<number>>();
    for (const c of customers) byF.set(c.frequency, (byF.get(c.frequency) ?? new Set()).add(c.f));
    for (const set of byF.values()) expect(set.size).toBe(1);
    expect(customers[0].score).toBe(`${customers[0].r}${customers[0].f}${customers[0].m}`);
    expect(customers[0].fm).toBe((customers[0].f + customers[0].m) / 2);
  });

  it('warns when ties crowd one score or leave one empty (R rfm issue #17), suggesting fewer scores', () => {
    // 150 of 200 customers with one order: the frequency quantiles all sit at 1.
    const skewed = many.map((c, i) => ({ ...c, frequency: i < 150 ? 1 : 2 + (i % 5) }));
    const r = rfmScores(skewed);
    const codes = r.thresholds.frequency.warnings.map((w) => w.code);
    expect(codes).toContain('crowdedScore');
    expect(codes).toContain('emptyScore');
    expect(r.thresholds.frequency.countsPerScore[0]).toBe(150);
    const text = rfmWarningText(r.thresholds.frequency.warnings.find((w) => w.code === 'crowdedScore')!, 'en');
    expect(text).toMatch(/^Frequency: score 1 holds 75% of customers \(150\)/);
    // Equal-count splits the ties instead: no empty score, 40 customers each.
    const even = rfmScores(skewed, { method: 'equal-count' });
    expect(even.thresholds.frequency.countsPerScore).toEqual([40, 40, 40, 40, 40]);
    expect(even.thresholds.frequency.warnings).toEqual([]);
  });

  it('equal-count splits ties by customer id, whatever the row order', () => {
    const a = equalCountScores([5, 1, 3, 3], ['a', 'b', 'c', 'd'], 2);
    const b = equalCountScores([3, 3, 5, 1], ['d', 'c', 'a', 'b'], 2);
    expect(a).toEqual({ scores: [2, 1, 1, 2], cutPoints: [3] });
    expect(b.scores).toEqual([2, 1, 2, 1]);
  });

  it('accepts bins per dimension and custom cut points, and reports intervals like R threshold table', () => {
    const r = rfmScores(many, { bins: { recency: 3, frequency: 4 }, cutPoints: { monetary: [100, 500] } });
    expect(r.thresholds.recency.bins).toBe(3);
    expect(r.thresholds.frequency.bins).toBe(4);
    expect(r.thresholds.monetary).toMatchObject({ method: 'custom', bins: 3, cutPoints: [100, 500] });
    const iv = r.thresholds.recency.intervals;
    expect(iv.map((x) => x.score)).toEqual([1, 2, 3]);
    expect(iv[2].lower).toBe(0); // score 3 = fewest days, from the minimum
    expect(iv[0].upper).toBe(200); // score 1 up to max + 1
    expect(iv.reduce((a, x) => a + x.customers, 0)).toBe(200);
    expect(() => rfmScores(many, { cutPoints: { monetary: [500, 100] } })).toThrow(/ascending/);
    expect(() => rfmScores(many, { bins: 1 })).toThrow(/bins/);
  });

  it('scores spend per order with monetaryMode "average"', () => {
    const two = [customer('a', 1, 10, 100), customer('b', 1, 1, 50), ...many];
    const total = rfmScores(two).customers;
    const avg = rfmScores(two, { monetaryMode: 'average' }).customers;
    expect(total[0].m).toBeLessThan(total[1].m + 5); // sanity: both scored
    expect(avg[0].m).toBeLessThanOrEqual(avg[1].m); // 10 per order < 50 per order
  });

  it('gives prospects (no orders) scores 0 and leaves them out of the cut points', () => {
    const withProspect = [...many, customer('p', 0, 0, 0)];
    const r = rfmScores(withProspect);
    expect(r.customers[200]).toMatchObject({ r: 0, f: 0, m: 0, score: '000' });
    expect(r.thresholds.frequency.cutPoints).toEqual(rfmScores(many).thresholds.frequency.cutPoints);
  });

  it('falls back to day cut-offs for a small store and says so in every language', () => {
    const small = Array.from({ length: 30 }, (_, i) => customer(`s${i}`, i * 5, 1 + (i % 4), 20 + i, 30 * (i % 4)));
    // gaps: tenure 30k / (orders - 1) = 30 / 1, 60 / 2, 90 / 3 → 30 days
    expect(typicalDaysBetweenOrders(small)).toBe(30);
    const r = rfmScores(small);
    expect(r.thresholds.recency).toMatchObject({ method: 'small-store-days', cutPoints: [30, 60, 120, 240] });
    expect(r.customers.find((c) => c.recencyDays === 25)!.r).toBe(5);
    expect(r.customers.find((c) => c.recencyDays === 30)!.r).toBe(4);
    const w = r.warnings.find((x) => x.code === 'smallStore')!;
    for (const lang of LANGS) expect(rfmWarningText(w, lang)).toContain('30, 60, 120, 240');
    expect(rfmScores(small, { smallStoreThreshold: false }).thresholds.recency.method).toBe('r-rfm');
    expect(smallStoreRecencyCutPoints(14, 5)).toEqual([14, 28, 56, 112]);
  });

  it('keeps quantiles, with a warning, when a small store has no repeat customer', () => {
    const once = Array.from({ length: 10 }, (_, i) => customer(`o${i}`, i, 1, 10 + i, 0));
    const r = rfmScores(once);
    expect(r.thresholds.recency.method).toBe('r-rfm');
    expect(r.warnings.map((w) => w.code)).toContain('smallStoreNoGap');
  });

  it('copes with no customers at all: every score empty, every bound unknown', () => {
    const r = rfmScores([]);
    expect(r.customers).toEqual([]);
    expect(r.thresholds.recency.countsPerScore).toEqual([0, 0, 0, 0, 0]);
    expect(r.thresholds.recency.intervals).toHaveLength(5);
  });

  it('refuses non-numeric values with the customer named', () => {
    expect(() => rfmScores([customer('x', Number.NaN, 1, 1)])).toThrow(/"x"/);
  });
});

describe('rfmInputsFromCustomers', () => {
  it('takes recency from the analysis day, frequency = orders, monetary = revenue', () => {
    const s: CustomerSummary = { customerId: 'a', firstOrderDay: dayFromYmd(2006, 1, 1), lastOrderDay: dayFromYmd(2006, 6, 9), orders: 6, purchaseDays: 6, revenue: 472, averageOrderValue: 472 / 6, attributes: {} };
    const [input] = rfmInputsFromCustomers([s], dayFromYmd(2006, 12, 31));
    expect(input).toMatchObject({ customerId: 'a', recencyDays: 205, frequency: 6, monetary: 472, tenureDays: 159 });
  });
});
