import type { Localized } from '../i18n';
import type { Lang } from '../types';
import { hourBand, WEEKDAY_HABIT } from './calendar';
import type { TimingTally } from './tally';

/** Hours in a "time slot": two, the width of a lunch break or an evening, readable as an offer window. */
export const SLOT_HOURS = 2;

/**
 * Orders needed before a busiest time is named: a two-hour slot from {@link MIN_ORDERS_FOR_SLOT}
 * orders with a time of day (a week has 84 such slots, about 40 of them in shop hours, so fewer
 * orders leave one or two per slot and the top one is chance), a weekday from
 * {@link MIN_ORDERS_FOR_WEEKDAY} orders (about four per weekday). Below both, nothing is said.
 */
export const MIN_ORDERS_FOR_SLOT = 100;
export const MIN_ORDERS_FOR_WEEKDAY = 30;

/** When a group buys most: a weekday, and the two-hour slot of it when the dates carry times. */
export interface BusiestTime {
  /** 0 = Monday … 6 = Sunday. */
  weekday: number;
  /** First hour of the slot (0–22), null when the dates carry no time of day. */
  startHour: number | null;
  /** Orders in that weekday (slot), and their share of the group's orders (timed orders for a slot). */
  orders: number;
  share: number;
}

/**
 * χ² at p = 0.05 with 6 degrees of freedom (scipy.stats.chi2.ppf(0.95, 6) = 12.5916): the weekday
 * counts of a group must differ this much from an even spread before one weekday is called its habit.
 */
const CHI2_95_6DF = 12.5916;

/** Pearson's χ² of the weekday counts against the same number of orders every weekday. */
export function weekdayChiSquare(weekdayOrders: readonly number[]): number {
  const total = weekdayOrders.reduce((a, b) => a + b, 0);
  const expected = total / 7;
  return expected > 0 ? weekdayOrders.reduce((x, o) => x + (o - expected) ** 2 / expected, 0) : 0;
}

/** Index of the largest value, the first one on ties (Monday before Tuesday, morning before noon). */
function argMax(xs: readonly number[]): number {
  let best = 0;
  for (let i = 1; i < xs.length; i++) if (xs[i] > xs[best]) best = i;
  return best;
}

/**
 * The weekday and two-hour slot with the most orders (the slot within one day, so it never spans
 * midnight); the busiest weekday alone when too few orders carry a time of day; null when the group
 * has too few orders to tell by (see {@link MIN_ORDERS_FOR_SLOT}), or when without hours its orders
 * spread over the week as evenly as chance would (χ² test at 5 %, {@link weekdayChiSquare}).
 */
export function busiestTime(t: TimingTally): BusiestTime | null {
  if (t.timedOrders >= MIN_ORDERS_FOR_SLOT) {
    let best: { weekday: number; startHour: number; orders: number } | null = null;
    for (let w = 0; w < 7; w++) {
      for (let h = 0; h + SLOT_HOURS <= 24; h++) {
        let n = 0;
        for (let k = 0; k < SLOT_HOURS; k++) n += t.hourOrders[w][h + k];
        if (!best || n > best.orders) best = { weekday: w, startHour: h, orders: n };
      }
    }
    if (best) return { ...best, share: best.orders / t.timedOrders };
  }
  // Without hours, a weekday is named only when the week is not spread evenly (else it is chance).
  if (t.orders < MIN_ORDERS_FOR_WEEKDAY || weekdayChiSquare(t.weekdayOrders) < CHI2_95_6DF) return null;
  const weekday = argMax(t.weekdayOrders);
  return { weekday, startHour: null, orders: t.weekdayOrders[weekday], share: t.weekdayOrders[weekday] / t.orders };
}

/**
 * A busiest time in words, as a habit.
 * @example busiestTimeText({ weekday: 3, startHour: 12, orders: 585, share: 0.03 }, 'en') // 'Thursdays 12:00–14:00'
 * @example busiestTimeText({ weekday: 3, startHour: 12, orders: 585, share: 0.03 }, 'ms') // 'hari Khamis 12:00–14:00'
 */
export function busiestTimeText(b: BusiestTime, lang: Lang): string {
  const day = WEEKDAY_HABIT[b.weekday][lang];
  return b.startHour === null ? day : `${day} ${hourBand(b.startHour, SLOT_HOURS)}`;
}

/** A persona's busiest time as a habit sentence. */
export const BUSIEST_HABIT: Localized = {
  en: 'Order most on {when} ({share} of their orders).',
  'zh-TW': '下單最多的時間：{when}（占其訂單 {share}）。',
  'zh-CN': '下单最多的时间：{when}（占其订单 {share}）。',
  ms: 'Paling kerap membuat pesanan pada {when} ({share} daripada pesanan mereka).',
};

/** What is left to fill in when the dates give the weekday but no time of day. */
export const HOURS_TO_FILL: Localized = { en: 'which hours they buy', 'zh-TW': '在什麼時段購買', 'zh-CN': '在什么时段购买', ms: 'waktu mereka membeli' };
