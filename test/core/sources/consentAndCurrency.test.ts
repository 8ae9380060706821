/**
 * Combining consent and currencies across sources. Consent: an opt-out in any source wins; where a
 * source records consent, a customer is contacted only when every source that records it allows it
 * (core/sources/combinedConsent.ts, read through campaigns/consent.ts's `mayContact`). Currencies:
 * order files in two currencies are reported, never silently converted.
 */
import { describe, expect, it } from 'vitest';
import { consentColumnsOf, mayContact } from '../../../src/core/campaigns/consent';
import { readOrders } from '../../../src/core/parse';
import { combineSources, sourcesQualityItems } from '../../../src/core/sources';

const orders = (optOut: string[]) =>
  readOrders([
    ['Customer ID', 'Order Date', 'Amount', 'Marketing Opt-out'],
    ['A', '2024-01-05', 10, optOut[0]],
    ['B', '2024-01-06', 20, optOut[1]],
    ['C', '2024-01-07', 30, optOut[2]],
    ['D', '2024-01-08', 40, optOut[3]],
  ]);
const list = (consent: string[]) =>
  readOrders([
    ['Customer ID', 'Accepts Marketing', 'Total Spent', 'Last Order Date'],
    ['A', consent[0], 1, '2024-01-01'],
    ['B', consent[1], 1, '2024-01-01'],
    ['C', consent[2], 1, '2024-01-01'],
  ]);

describe('consent across sources', () => {
  // Orders: opt-out column. List: consent column. D is not in the list.
  const combined = combineSources([
    { name: 'orders.csv', read: orders(['No', 'Yes', 'No', 'No']) },
    { name: 'list.csv', read: list(['yes', 'yes', '']) },
  ]);
  const columns = consentColumnsOf(combined.detection);
  const may = (id: string) => mayContact(combined.customers.find((c) => c.customerId === id)!, columns);

  it('reads the combined columns as consent, since one source asks for a yes', () => {
    expect(columns).toEqual({ marketing: 'consent', sms: null });
  });
  it('contacts A (no opt-out, consented), never B (opted out in the orders, though the list says yes)', () => {
    expect(may('A')).toBe(true);
    expect(may('B')).toBe(false);
  });
  it('does not contact C, whose consent cell in the list is blank; contacts D, whom only the orders know, and they allow it', () => {
    expect(may('C')).toBe(false);
    expect(may('D')).toBe(true);
  });
  it('with opt-out columns only, an opt-out in either source wins and the rest may be contacted', () => {
    const both = combineSources([
      { name: 'a.csv', read: orders(['No', 'Yes', 'No', '']) },
      { name: 'b.csv', read: orders(['Yes', 'No', 'No', 'No']) },
    ]);
    const cols = consentColumnsOf(both.detection);
    expect(cols.marketing).toBe('optOut');
    const allowed = both.customers.filter((c) => mayContact(c, cols)).map((c) => c.customerId);
    expect(allowed).toEqual(['C', 'D']);
  });
});

describe('currencies across sources', () => {
  it('reports order files in two currencies', () => {
    const twd = readOrders([['Customer ID', 'Order Date', 'Amount'], ['A', '2024-01-05', 'NT$100']]);
    const myr = readOrders([['Customer ID', 'Order Date', 'Amount'], ['B', '2024-01-05', 'RM 10']]);
    const combined = combineSources([
      { name: 'tw.csv', read: twd },
      { name: 'my.csv', read: myr },
    ]);
    expect(combined.sources.currencies).toEqual([
      { name: 'tw.csv', currency: 'TWD' },
      { name: 'my.csv', currency: 'MYR' },
    ]);
    expect(sourcesQualityItems(combined.sources, 'en').map((q) => q.id)).toContain('mixedSourceCurrencies');
    const same = combineSources([
      { name: 'a.csv', read: twd },
      { name: 'b.csv', read: twd },
    ]);
    expect(same.sources.currencies).toEqual([]);
  });
});

describe('a list keyed by email', () => {
  it('joins by its customer column when that is the email', () => {
    const shop = readOrders([['Customer ID', 'Order Date', 'Amount', 'Email'], ['C1', '2024-01-05', 10, 'ann@shop.my']]);
    const newsletter = readOrders([['Email', 'City', 'Total Spent', 'Last Order Date'], ['Ann@Shop.my', 'Ipoh', 1, '2024-01-01']]);
    expect(newsletter.detection.roles.customerId).toBe(0);
    const combined = combineSources([
      { name: 'shop.csv', read: shop },
      { name: 'newsletter.csv', read: newsletter },
    ]);
    expect(combined.sources.matched.email).toBe(1);
    expect(combined.customers[0].attributes.city).toBe('Ipoh');
  });
});
