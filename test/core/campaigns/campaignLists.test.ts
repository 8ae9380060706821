/**
 * Campaign lists per segment (who may be contacted, money at stake, who was left out and why), the
 * value basis (predicted CLV only from a checked forecast), and how segments rank for "slipped".
 */
import { describe, expect, it } from 'vitest';
import { campaignLists } from '../../../src/core/campaigns/campaignLists';
import { segmentRanks } from '../../../src/core/campaigns/segmentRank';
import { valueAtStake, valueBasis } from '../../../src/core/campaigns/valueAtStake';
import type { CustomerResult, Segmentation } from '../../../src/core/pipeline/segmentCustomers';
import { rfmPackageSegments, shopifySegments } from '../../../src/core/rfm';
import { CUSTOMERS, WORDINGS, allowedUnder, cellOf, consentRun } from './consentSheets';

describe('campaignLists', () => {
  const consent = WORDINGS.find((w) => w.header === 'Accepts Marketing')!;
  const optOut = WORDINGS.find((w) => w.header === 'Marketing Opt-out')!;

  it('counts every customer once: listed, or left out as opted out or without consent', () => {
    for (const w of [consent, optOut]) {
      const run = consentRun(w);
      const lists = campaignLists(run.seg, run.consent, 'en');
      const all = lists.segments.reduce((n, s) => n + s.contacts.length + s.optedOut + s.noConsent, 0);
      expect(all).toBe(CUSTOMERS);
      expect(lists.segments.reduce((n, s) => n + s.contacts.length, 0)).toBe(Array.from({ length: CUSTOMERS }, (_, i) => i).filter((i) => allowedUnder(w, i)).length);
      for (const s of lists.segments) expect(s.customers).toBe(s.contacts.length + s.optedOut + s.noConsent);
    }
    const yes = Array.from({ length: CUSTOMERS }, (_, i) => i).filter((i) => cellOf(i) === 'yes').length;
    // A consent sheet's "no" and blank are no consent; an opt-out sheet's "yes" is opted out.
    const sum = (w: typeof consent, k: 'optedOut' | 'noConsent') => campaignLists(consentRun(w).seg, consentRun(w).consent, 'en').segments.reduce((n, s) => n + s[k], 0);
    expect([sum(consent, 'optedOut'), sum(consent, 'noConsent')]).toEqual([0, CUSTOMERS - yes]);
    expect([sum(optOut, 'optedOut'), sum(optOut, 'noConsent')]).toEqual([yes, 0]);
  });

  it('lists segments in rule order, biggest money at stake first, with the names in the language', () => {
    const run = consentRun(WORDINGS.find((w) => w.lang === 'zh-TW' && w.kind === 'optOut')!);
    const lists = campaignLists(run.seg, run.consent, 'zh-TW');
    const order = shopifySegments.map((r) => r.id);
    const ids = lists.segments.map((s) => s.segment);
    expect([...ids].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(ids);
    expect(lists.segments.find((s) => s.segment === 'at_risk')?.name).toBe('流失風險');
    for (const s of lists.segments) for (let k = 1; k < s.contacts.length; k++) expect(s.contacts[k - 1].value).toBeGreaterThanOrEqual(s.contacts[k].value);
    expect(lists.basis).toBe('spend');
    for (const s of lists.segments) for (const c of s.contacts) expect(c.value).toBe(c.customer.monetary);
  });
});

describe('value at stake', () => {
  const customer = { monetary: 500, value: { predictedValue: 120, expectedOrders: 1, chanceOfOrdering: 0.5, risk: null } } as unknown as CustomerResult;
  const withForecast = (basis: 'model' | 'pastPace' | 'none', used: object | null) => ({ valueReport: { forecast: { basis, used } } }) as unknown as Pick<Segmentation, 'valueReport'>;

  it('is the predicted value only when a checked model is what the run shows', () => {
    expect(valueBasis(withForecast('model', { name: 'bgnbd' }))).toBe('predicted');
    expect(valueBasis(withForecast('pastPace', { name: 'pastPace' }))).toBe('spend');
    expect(valueBasis(withForecast('none', null))).toBe('spend');
    expect(valueBasis({ valueReport: null })).toBe('spend');
    expect(valueAtStake(customer, 'predicted')).toBe(120);
    expect(valueAtStake(customer, 'spend')).toBe(500);
    expect(valueAtStake({ ...customer, value: undefined }, 'predicted')).toBe(0);
  });
});

describe('segmentRanks', () => {
  it('ranks the Shopify-style preset by position, leaving Prospects out', () => {
    const ranks = segmentRanks(shopifySegments);
    expect(ranks.has('prospects')).toBe(false);
    expect(ranks.get('champions')).toBeLessThan(ranks.get('loyal')!);
    expect(ranks.get('at_risk')).toBeLessThan(ranks.get('dormant')!);
  });
  it('ranks the R rfm preset by its tiers: the six middle groups are alike', () => {
    const ranks = segmentRanks(rfmPackageSegments);
    expect(ranks.get('champions')).toBe(1);
    expect(ranks.get('loyal_customers')).toBe(ranks.get('at_risk'));
    expect(ranks.get('lost')).toBe(5);
  });
});
