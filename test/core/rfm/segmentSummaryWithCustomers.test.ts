/** `segmentSummary`'s `onlyWithCustomers`: the rule order without the empty segments, as results show it. */
import { describe, expect, it } from 'vitest';
import { assignSegments, OTHERS_ID, rfmScores, segmentSummary, shopifySegments } from '../../../src/core/rfm';
import { segmentsWithCustomers } from '../../../src/core/rfm/segmentSummary';
import { loadRfmPackageCustomers } from './rfmPackageFixture';

describe('segmentSummary onlyWithCustomers', () => {
  const segmented = assignSegments(rfmScores(loadRfmPackageCustomers(), { bins: 5 }).customers, shopifySegments);

  it('leaves out the empty Prospects of the R rfm orders and keeps the rule order of the rest', () => {
    const all = segmentSummary(segmented, { rules: shopifySegments });
    expect(all[0]).toMatchObject({ segment: 'prospects', customers: 0 });
    const rows = segmentSummary(segmented, { rules: shopifySegments, onlyWithCustomers: true });
    expect(rows).toEqual(all.filter((r) => r.customers > 0));
    expect(rows.map((r) => r.segment)).toEqual(shopifySegments.map((r) => r.id).filter((id) => id !== 'prospects'));
    expect(rows.reduce((n, r) => n + r.customers, 0)).toBe(995);
  });

  it('keeps shares of all customers and "Others" last when it has customers', () => {
    const customers = [
      { segment: 'champions', recencyDays: 2, frequency: 10, monetary: 1000 },
      { segment: OTHERS_ID, recencyDays: 100, frequency: 2, monetary: 500 },
    ];
    const rows = segmentsWithCustomers(segmentSummary(customers, { rules: shopifySegments }));
    expect(rows.map((r) => [r.segment, r.customerShare])).toEqual([['champions', 0.5], [OTHERS_ID, 0.5]]);
  });
});
