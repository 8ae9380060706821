import type { Localized } from '../i18n';
import { ymdFromDay } from '../days';
import type { DayNumber } from '../types';

/**
 * Weekdays and months of a {@link DayNumber}, and their names in the four languages.
 *
 * Weekday index 0 = Monday … 6 = Sunday (ISO 8601, as pandas `dt.dayofweek`), and every table
 * lists Monday first in every language. Why Monday first: it is the first day of the week in the
 * conventions of the Malaysian, mainland Chinese and UK users (CLDR `firstDay` for MY, CN, GB and
 * the world default 001 is Monday), Chinese writes the week 星期一 … 星期日 in that order, and it keeps
 * Saturday and Sunday side by side at the end of a heat map, where a weekend pattern reads at a
 * glance. (The US and Taiwan calendars start on Sunday; one order for all keeps tabs comparable.)
 */

/** 1970-01-01, day 0, was a Thursday (index 3). */
const DAY0_WEEKDAY = 3;

/** Weekday of a day number, 0 = Monday … 6 = Sunday. @example weekdayOf(0) // 3 (Thursday 1970-01-01) */
export function weekdayOf(day: DayNumber): number {
  return (((day + DAY0_WEEKDAY) % 7) + 7) % 7;
}

/** Calendar month of a day number, 0 = January … 11 = December. */
export function monthOf(day: DayNumber): number {
  return ymdFromDay(day).month - 1;
}

/** Weekday names as a table column shows them, Monday first. */
export const WEEKDAY_NAMES: readonly Localized[] = [
  { en: 'Monday', 'zh-TW': '星期一', 'zh-CN': '星期一', ms: 'Isnin' },
  { en: 'Tuesday', 'zh-TW': '星期二', 'zh-CN': '星期二', ms: 'Selasa' },
  { en: 'Wednesday', 'zh-TW': '星期三', 'zh-CN': '星期三', ms: 'Rabu' },
  { en: 'Thursday', 'zh-TW': '星期四', 'zh-CN': '星期四', ms: 'Khamis' },
  { en: 'Friday', 'zh-TW': '星期五', 'zh-CN': '星期五', ms: 'Jumaat' },
  { en: 'Saturday', 'zh-TW': '星期六', 'zh-CN': '星期六', ms: 'Sabtu' },
  { en: 'Sunday', 'zh-TW': '星期日', 'zh-CN': '星期日', ms: 'Ahad' },
];

/** A weekday as a habit ("on Thursdays"): English plural, Malay "hari …", Chinese 每週/每周. */
export const WEEKDAY_HABIT: readonly Localized[] = [
  { en: 'Mondays', 'zh-TW': '每週一', 'zh-CN': '每周一', ms: 'hari Isnin' },
  { en: 'Tuesdays', 'zh-TW': '每週二', 'zh-CN': '每周二', ms: 'hari Selasa' },
  { en: 'Wednesdays', 'zh-TW': '每週三', 'zh-CN': '每周三', ms: 'hari Rabu' },
  { en: 'Thursdays', 'zh-TW': '每週四', 'zh-CN': '每周四', ms: 'hari Khamis' },
  { en: 'Fridays', 'zh-TW': '每週五', 'zh-CN': '每周五', ms: 'hari Jumaat' },
  { en: 'Saturdays', 'zh-TW': '每週六', 'zh-CN': '每周六', ms: 'hari Sabtu' },
  { en: 'Sundays', 'zh-TW': '每週日', 'zh-CN': '每周日', ms: 'hari Ahad' },
];

/** Month names, January first. */
export const MONTH_NAMES: readonly Localized[] = [
  ['January', 'Januari'],
  ['February', 'Februari'],
  ['March', 'Mac'],
  ['April', 'April'],
  ['May', 'Mei'],
  ['June', 'Jun'],
  ['July', 'Julai'],
  ['August', 'Ogos'],
  ['September', 'September'],
  ['October', 'Oktober'],
  ['November', 'November'],
  ['December', 'Disember'],
].map(([en, ms], i) => ({ en, 'zh-TW': `${i + 1}月`, 'zh-CN': `${i + 1}月`, ms }));

/** An hour band as the clock writes it. @example hourBand(12, 2) // '12:00–14:00' */
export function hourBand(startHour: number, hours: number): string {
  const hh = (h: number) => `${String(h).padStart(2, '0')}:00`;
  return `${hh(startHour)}–${hh(startHour + hours)}`;
}
