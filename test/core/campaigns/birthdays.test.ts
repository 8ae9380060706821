/**
 * The month-ahead birthday list (campaigns/birthdays.ts): its window and Feb 29, dates checked
 * against the calendar (2024 is a leap year, 2025 and 2026 are not).
 */
import { describe, expect, it } from 'vitest';
import { birthdayIn, birthdayOf, oneMonthLater, upcomingBirthdays } from '../../../src/core/campaigns/birthdays';
import type { CampaignLists } from '../../../src/core/campaigns/campaignLists';
import { dayFromIso, isoFromDay } from '../../../src/core/days';

const d = (iso: string) => dayFromIso(iso)!;

describe('the window', () => {
  it('runs to the same day next month, or that month\'s last day', () => {
    expect(isoFromDay(oneMonthLater(d('2026-12-01')))).toBe('2027-01-01');
    expect(isoFromDay(oneMonthLater(d('2026-01-31')))).toBe('2026-02-28');
    expect(isoFromDay(oneMonthLater(d('2024-01-31')))).toBe('2024-02-29');
    expect(isoFromDay(oneMonthLater(d('2026-03-31')))).toBe('2026-04-30');
  });
  it('keeps a Feb 29 birthday on Feb 28 in other years', () => {
    const b = birthdayOf('1984-02-29')!;
    expect(isoFromDay(birthdayIn(2026, b))).toBe('2026-02-28');
    expect(isoFromDay(birthdayIn(2028, b))).toBe('2028-02-29');
  });
  it('reads day numbers and ISO dates; anything else is no birthday', () => {
    expect(birthdayOf(d('1990-07-15'))).toEqual({ month: 7, day: 15 });
    expect(birthdayOf('1990-07-15')).toEqual({ month: 7, day: 15 });
    expect(birthdayOf('July')).toBeNull();
    expect(birthdayOf(null)).toBeNull();
  });
});

describe('upcomingBirthdays', () => {
  const contact = (id: string, birthday: string) => ({ customer: { summary: { customerId: id, attributes: { birthday } } }, details: { name: null, email: `${id}@x.my`, phone: null, messagingId: null }, value: 0 });
  const lists = { basis: 'spend', segments: [{ segment: 'loyal', name: 'Loyal', customers: 4, optedOut: 0, noConsent: 0, contacts: [contact('A', '1990-12-31'), contact('B', '1980-01-01'), contact('C', '1984-02-29'), contact('D', '1970-11-30')] }] } as unknown as CampaignLists;
  it('lists the coming month from the run day, across the new year, soonest first', () => {
    expect(upcomingBirthdays(lists, d('2026-12-15')).map((b) => [b.contact.customer.summary.customerId, isoFromDay(b.day)])).toEqual([
      ['A', '2026-12-31'],
      ['B', '2027-01-01'],
    ]);
  });
  it('includes the run day and leaves out the same day next month', () => {
    expect(upcomingBirthdays(lists, d('2026-11-30')).map((b) => b.contact.customer.summary.customerId)).toEqual(['D']);
    expect(upcomingBirthdays(lists, d('2026-12-01')).map((b) => b.contact.customer.summary.customerId)).toEqual(['A']);
  });
  it('finds a Feb 29 birthday on Feb 28 of 2027', () => {
    expect(upcomingBirthdays(lists, d('2027-02-01')).map((b) => isoFromDay(b.day))).toEqual(['2027-02-28']);
  });
});
