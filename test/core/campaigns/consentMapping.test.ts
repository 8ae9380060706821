/**
 * A consent column the owner picks by hand in the sidebar (the detection did not find it) is read as
 * consent, not as opt-out: "no" keeps the customer off every list, "yes" lets them on. Before, the
 * consent reading was taken only from the detected columns, so a chosen 同意行銷 column read "是"
 * (yes, may contact) as "opted out" and "否" as "may contact".
 */
import { describe, expect, it } from 'vitest';
import { consentColumnsOf, mayContact } from '../../../src/core/campaigns/consent';
import { readOrders } from '../../../src/core/parse';

const sheet = [
  ['Customer', 'Date', 'Amount', '同意行銷（是/否）備註'],
  ['A', '2024-01-02', '100', '是'],
  ['B', '2024-01-03', '200', '否'],
  ['C', '2024-01-04', '300', ''],
];

describe('a consent column mapped by hand', () => {
  it('is read as consent: yes may be contacted, no and blank may not', () => {
    const read = readOrders(sheet, { mapping: { marketingOptOut: 3 } });
    expect(read.errors).toEqual([]);
    expect(read.detection.marketingIsConsent).toBe(true);
    const columns = consentColumnsOf(read.detection);
    const may = Object.fromEntries(read.customers.map((c) => [c.customerId, mayContact(c, columns)]));
    expect(may).toEqual({ A: true, B: false, C: false });
  });

  it('mapping the role away leaves no consent column', () => {
    const read = readOrders(sheet, { mapping: { marketingOptOut: null } });
    expect(consentColumnsOf(read.detection).marketing).toBeNull();
  });
});
