/**
 * Who may be contacted (src/core/campaigns/consent.ts): the three states, the default rule (opted
 * out: never; no consent: only where the sheet has no consent column), per channel, and read from
 * sheets worded as shops word them in the four languages.
 */
import { describe, expect, it } from 'vitest';
import { consentColumnsOf, contactPermission, mayContact, STRICT_COLUMNS, type ConsentColumns } from '../../../src/core/campaigns/consent';
import { contactDetails } from '../../../src/core/campaigns/contactDetails';
import { readOrders } from '../../../src/core/parse';
import { CUSTOMERS, WORDINGS, allowedUnder, cellOf, consentRun, idOf } from './consentSheets';

const who = (attributes: Record<string, string | boolean>) => ({ attributes });
const consentColumn: ConsentColumns = { marketing: 'consent', sms: null };
const optOutColumn: ConsentColumns = { marketing: 'optOut', sms: null };
const noColumn: ConsentColumns = { marketing: null, sms: null };

describe('contactPermission and mayContact', () => {
  it('a consent column: yes is consent; no and blank are no consent, and both are left out', () => {
    expect(contactPermission(who({ marketingOptOut: false }), consentColumn)).toBe('consented');
    expect(contactPermission(who({ marketingOptOut: true }), consentColumn)).toBe('noConsent');
    expect(contactPermission(who({}), consentColumn)).toBe('noConsent');
    expect([false, true].map((v) => mayContact(who({ marketingOptOut: v }), consentColumn))).toEqual([true, false]);
    expect(mayContact(who({}), consentColumn)).toBe(false);
  });

  it('an opt-out column: yes is opted out and left out; no and blank record nothing, and may be contacted', () => {
    expect(contactPermission(who({ marketingOptOut: true }), optOutColumn)).toBe('optedOut');
    expect(contactPermission(who({ marketingOptOut: false }), optOutColumn)).toBe('noConsent');
    expect(contactPermission(who({}), optOutColumn)).toBe('noConsent');
    expect([true, false].map((v) => mayContact(who({ marketingOptOut: v }), optOutColumn))).toEqual([false, true]);
    expect(mayContact(who({}), optOutColumn)).toBe(true);
  });

  it('no marketing column: nothing says otherwise, so every customer may be contacted', () => {
    expect(contactPermission(who({}), noColumn)).toBe('noConsent');
    expect(mayContact(who({}), noColumn)).toBe(true);
  });

  it('read strictly when the columns are not known: only a customer whose own cell allows it', () => {
    expect(mayContact(who({}), STRICT_COLUMNS)).toBe(false);
    expect(mayContact(who({ marketingOptOut: false }), STRICT_COLUMNS)).toBe(true);
  });

  it('an SMS column governs messages, the marketing column email', () => {
    const both: ConsentColumns = { marketing: 'consent', sms: 'consent' };
    const emailOnly = who({ marketingOptOut: false, smsOptOut: true, email: 'a@x.test', phone: '+60123456789', messagingId: 'line-a' });
    expect(mayContact(emailOnly, both, 'email')).toBe(true);
    expect(mayContact(emailOnly, both, 'message')).toBe(false);
    expect(contactDetails(emailOnly, both)).toEqual({ name: null, email: 'a@x.test', phone: null, messagingId: null });
    const smsOnly = who({ marketingOptOut: true, smsOptOut: false, email: 'b@x.test', phone: '+60123456780' });
    expect(contactDetails(smsOnly, both)).toMatchObject({ email: null, phone: '+60123456780' });
    expect(contactPermission(smsOnly, both)).toBe('consented');
    // Opted out by SMS, nothing recorded for email in a consent sheet: left out, and counted as opted out.
    const neither = who({ smsOptOut: true });
    expect(mayContact(neither, { marketing: 'consent', sms: 'optOut' })).toBe(false);
    expect(contactPermission(neither, { marketing: 'consent', sms: 'optOut' })).toBe('optedOut');
  });
});

describe('consent wordings in four languages, read from a sheet', () => {
  it.each(WORDINGS.map((w) => [`${w.lang} "${w.header}" (${w.kind})`, w] as const))('%s', (_, w) => {
    const run = consentRun(w);
    expect(run.consent.marketing).toBe(w.kind);
    expect(run.seg.customers).toHaveLength(CUSTOMERS);
    for (const c of run.seg.customers) {
      const i = Number(c.summary.customerId.slice(1));
      const expected = cellOf(i) === 'yes' ? (w.kind === 'consent' ? 'consented' : 'optedOut') : 'noConsent';
      expect(contactPermission(c.summary, run.consent), idOf(i)).toBe(expected);
      expect(mayContact(c.summary, run.consent), idOf(i)).toBe(allowedUnder(w, i));
    }
  });

  it('a cell that names its state is read by its meaning, whatever the column says', () => {
    const sheet = (header: string, cells: string[]) => [['Customer', 'Date', 'Amount', header], ...cells.map((v, i) => [`K${i}`, '2024-05-01', '10', v])];
    const read = (header: string, cells: string[]) => {
      const r = readOrders(sheet(header, cells));
      const columns = consentColumnsOf(r.detection);
      return r.customers.map((c) => mayContact(c, columns));
    };
    // Shopify's states in a consent column: only "subscribed" may be contacted.
    expect(read('Accepts Email Marketing', ['subscribed', 'unsubscribed', 'not_subscribed', 'opted out'])).toEqual([true, false, false, false]);
    // In an opt-out column, "subscribed" and "opted in" are not opt-outs, "declined" and 已退訂 are.
    expect(read('Marketing Opt-out', ['subscribed', 'opted in', 'declined', '已退訂'])).toEqual([true, true, false, false]);
  });

  it('Shopify "Accepts Email Marketing" and "Accepts SMS Marketing": each channel by its own column', () => {
    const r = readOrders([
      ['Customer ID', 'Email', 'Phone', 'Accepts Email Marketing', 'Accepts SMS Marketing', 'Date', 'Total'],
      ['S1', 's1@x.test', '+60111111111', 'yes', 'no', '2024-05-01', '10'],
      ['S2', 's2@x.test', '+60122222222', 'no', 'yes', '2024-05-02', '10'],
      ['S3', 's3@x.test', '+60133333333', 'no', 'no', '2024-05-03', '10'],
    ]);
    const columns = consentColumnsOf(r.detection);
    expect(columns).toEqual({ marketing: 'consent', sms: 'consent' });
    expect(r.customers.map((c) => contactDetails(c, columns))).toEqual([
      { name: null, email: 's1@x.test', phone: null, messagingId: null },
      { name: null, email: null, phone: '+60122222222', messagingId: null },
      { name: null, email: null, phone: null, messagingId: null },
    ]);
    expect(r.customers.map((c) => mayContact(c, columns))).toEqual([true, true, false]);
  });
});
