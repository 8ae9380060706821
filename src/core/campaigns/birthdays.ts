import { dayFromIso, dayFromYmd, ymdFromDay } from '../days';
import type { AttributeValue, DayNumber } from '../types';
import type { CampaignContact, CampaignLists } from './campaignLists';

/** One customer whose birthday comes within the month ahead. */
export interface BirthdayContact {
  /** The segment's name, in the run's language. */
  segment: string;
  contact: CampaignContact;
  /** The day of the coming birthday (this year's or next year's). */
  day: DayNumber;
}

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** Month and day of a birthday cell: a day number, or a date written "YYYY-MM-DD" (how the reader keeps dates). */
export function birthdayOf(v: AttributeValue | undefined): { month: number; day: number } | null {
  let day: number | null = null;
  if (typeof v === 'number' && Number.isInteger(v)) day = v;
  else if (typeof v === 'string') day = dayFromIso(v.trim().slice(0, 10));
  if (day === null) return null;
  const { month, day: d } = ymdFromDay(day);
  return { month, day: d };
}

/**
 * The birthday's day in `year`. Feb 29 in a year without one is kept on Feb 28, so the greeting
 * arrives before the day rather than after it (the convention of shops and most birthday clubs;
 * UK law counts a leapling's age from Mar 1, which is about legal age, not offers).
 */
export function birthdayIn(year: number, b: { month: number; day: number }): DayNumber {
  return b.month === 2 && b.day === 29 && !isLeap(year) ? dayFromYmd(year, 2, 28) : dayFromYmd(year, b.month, b.day);
}

/** The same day one month later, or the month's last day when it is shorter (Jan 31 → Feb 28/29). */
export function oneMonthLater(day: DayNumber): DayNumber {
  const { year, month, day: d } = ymdFromDay(day);
  const [y, m] = month === 12 ? [year + 1, 1] : [year, month + 1];
  const last = ymdFromDay(dayFromYmd(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, 1) - 1).day;
  return dayFromYmd(y, m, Math.min(d, last));
}

/**
 * Customers whose birthday falls in the month ahead: from the run day (included) to the same day
 * next month (excluded), soonest first, ties by customer id. Only customers on the campaign lists
 * appear — the lists hold those who may be contacted (`consent.ts` `mayContact`) with only the
 * details each channel allows — so no one who opted out or gave no consent where it is recorded is
 * ever on it.
 */
export function upcomingBirthdays(lists: CampaignLists, runDay: DayNumber): BirthdayContact[] {
  const end = oneMonthLater(runDay);
  const year = ymdFromDay(runDay).year;
  const out: BirthdayContact[] = [];
  for (const s of lists.segments) {
    for (const contact of s.contacts) {
      const b = birthdayOf(contact.customer.summary.attributes.birthday);
      if (!b) continue;
      let day = birthdayIn(year, b);
      if (day < runDay) day = birthdayIn(year + 1, b);
      if (day < end) out.push({ segment: s.name, contact, day });
    }
  }
  return out.sort((a, b) => a.day - b.day || (a.contact.customer.summary.customerId < b.contact.customer.summary.customerId ? -1 : 1));
}
