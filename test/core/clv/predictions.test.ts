import { describe, expect, it } from 'vitest';
import { bgnbdModel } from '../../../src/core/clv/bgnbd';
import { mbgnbdModel } from '../../../src/core/clv/mbgnbd';
import { clvTiers, discountedValue, predictCustomers } from '../../../src/core/clv/predictions';
import { probabilityNoPurchase } from '../../../src/core/clv/transactionModel';
import { periodsPerMonth } from '../../../src/core/clv/types';
import { CALIBRATION_END, cdnowSummary } from './cdnowData';

const rows = cdnowSummary();
const bg = { model: 'bgnbd' as const, params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 } };
const gg = { p: 6.25, q: 3.74, gamma: 15.44 };

describe('per-customer predictions', () => {
  const out = predictCustomers(bg, rows, { unit: 'week', months: 12, monthlyDiscountRate: 0.01, spend: gg, calibrationEnd: CALIBRATION_END });

  it('expected purchases over 12 months equal the conditional expectation at 12 × 4.348 weeks', () => {
    const t = 12 * periodsPerMonth('week');
    expect(out[0].expectedPurchases).toBeCloseTo(bgnbdModel.conditionalExpectedPurchases(bg.params, t, 2, 30.43, 38.86), 12);
  });

  it('CLV without discounting telescopes to spend × expected purchases; discounting lowers it', () => {
    const undiscounted = predictCustomers(bg, rows.slice(0, 3), { unit: 'week', monthlyDiscountRate: 0, spend: gg });
    expect(undiscounted[0].predictedClv).toBeCloseTo(undiscounted[0].expectedAverageSpend * undiscounted[0].expectedPurchases, 9);
    expect(out[0].predictedClv).toBeLessThan(undiscounted[0].predictedClv);
    // Expected spend is Gamma-Gamma's (Hardie note 025: 24.65 for customer 1).
    expect(Math.abs(out[0].expectedAverageSpend - 24.65)).toBeLessThan(0.1);
  });

  it('the unit is explicit: the same customers in days give the same 12-month figures', () => {
    const days = rows.slice(0, 5).map((r) => ({ ...r, recency: r.recency * 7, T: r.T * 7 }));
    const inDays = predictCustomers({ model: 'bgnbd', params: { ...bg.params, alpha: bg.params.alpha * 7 } }, days, { unit: 'day', spend: gg });
    const inWeeks = predictCustomers(bg, rows.slice(0, 5), { unit: 'week', spend: gg });
    inDays.forEach((p, i) => {
      expect(p.predictedClv).toBeCloseTo(inWeeks[i].predictedClv, 8);
      expect(p.averageDaysBetweenOrders ?? -1).toBeCloseTo(inWeeks[i].averageDaysBetweenOrders ?? -1, 8);
    });
    // lifetimes-style discounting with periods per month fixed at 30 for daily data is a different sum.
    const e = (t: number) => t / 10;
    expect(discountedValue(e, 1, 12, 30, 0)).toBeCloseTo(36, 10);
    expect(discountedValue(e, 1, 12, periodsPerMonth('day'), 0)).toBeCloseTo(36.525, 10);
  });

  it('P(no purchase), averages between orders, next order date, tiers', () => {
    const c = out[0]; // x = 2, t_x = 30.43, T = 38.86
    expect(c.probabilityNoPurchase).toBeCloseTo(probabilityNoPurchase(bg, 12 * periodsPerMonth('week'), 2, 30.43, 38.86), 12);
    expect(c.averageDaysBetweenOrders).toBeCloseTo((30.43 * 7) / 2, 9);
    expect(c.expectedNextOrderDay).toBeGreaterThan(CALIBRATION_END);
    expect(c.totalClv).toBe(c.historicClv + c.predictedClv);
    const counts = { High: 0, Medium: 0, Low: 0 };
    for (const p of out) counts[p.tier]++;
    expect(counts.High).toBeGreaterThan(0.15 * rows.length);
    expect(counts.High).toBeLessThanOrEqual(0.2 * rows.length + 1);
    expect(clvTiers([10, 5, 5, 0, 1])).toEqual(['High', 'Medium', 'Medium', 'Low', 'Low']);
    expect(clvTiers([0, 0])).toEqual(['Low', 'Low']);
  });

  it('churn of one-time buyers rises with time since the purchase under MBG/NBD (the add-on default), not under BG/NBD', () => {
    const mbg = { model: 'mbgnbd' as const, params: mbgnbdModel.fit(rows).params };
    const single = [4, 13, 26, 39].map((T) => ({ frequency: 0, recency: 0, T }));
    const churn = predictCustomers(mbg, single, { unit: 'week' }).map((p) => p.churnProbability);
    for (let i = 1; i < churn.length; i++) expect(churn[i]).toBeGreaterThan(churn[i - 1]);
    expect(predictCustomers(bg, single, { unit: 'week' }).every((p) => p.churnProbability === 0)).toBe(true);
  });

  it('P(no purchase) in BG/NBD equals 1 − P(alive) + P(alive)·((α+T)/(α+T+t))^{r+x} (FHL 2005 model assumptions)', () => {
    const { r, alpha, a, b } = bg.params;
    const [x, tx, T, t] = [3, 20, 38, 26];
    const pa = 1 / (1 + (a / (b + x - 1)) * ((alpha + T) / (alpha + tx)) ** (r + x));
    expect(probabilityNoPurchase(bg, t, x, tx, T)).toBeCloseTo(1 - pa + pa * ((alpha + T) / (alpha + T + t)) ** (r + x), 12);
  });
});
