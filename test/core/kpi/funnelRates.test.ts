import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adFunnel, clickThroughRate, conversionRate } from '../../../src/core/kpi/funnelRates';

// Definitions (Farris et al., Marketing Metrics 2nd ed. 2010): conversion rate = conversions / visitors,
// click-through rate = clicks / impressions; CVR = conversions / clicks, CPC = cost / clicks,
// cost per acquisition = cost / conversions. Figures are those definitions worked by hand.
describe('funnel rates', () => {
  it('conversion rate 25 / 1,000 = 2.5 %', () => {
    expect(conversionRate(25, 1000)).toBe(0.025);
  });
  it('CTR 30 / 2,000 = 1.5 %', () => {
    expect(clickThroughRate(30, 2000)).toBe(0.015);
  });
  it('ad funnel of 2,000 impressions, 30 clicks, 3 conversions, $60', () => {
    expect(adFunnel(2000, 30, 3, 60)).toEqual({ ctr: 0.015, cvr: 0.1, conversionsPerImpression: 0.0015, costPerClick: 2, costPerConversion: 20 });
    expect(adFunnel(2000, 0, 0)).toEqual({ ctr: 0, cvr: null, conversionsPerImpression: 0, costPerClick: null, costPerConversion: null });
  });
  it('refuses more conversions than visitors, negative counts and no visitors', () => {
    expect(() => conversionRate(30, 20)).toThrow('conversions (30) cannot be more than visitors (20)');
    expect(() => conversionRate(-1, 20)).toThrow('conversions must be ≥ 0');
    expect(() => conversionRate(0, 0)).toThrow('visitors must be > 0');
    expect(() => adFunnel(100, 10, 11)).toThrow('conversions (11) cannot be more than clicks (10)');
  });
  it('rates stay in [0, 1] (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e7 }), fc.double({ min: 0, max: 1, noNaN: true }), (visitors, share) => {
        const r = conversionRate(Math.floor(visitors * share), visitors);
        return r >= 0 && r <= 1;
      }),
    );
  });
});
