/**
 * The timing building blocks on small hand-made cases: weekdays (checked against Python's
 * `datetime.date(y, m, d).weekday()`, 0 = Monday: 1970-01-01 → 3, 2000-01-01 → 5, 2024-02-29 → 3,
 * 1969-12-31 → 2, 2026-12-01 → 1), months of data over partial months (days counted by hand),
 * the busiest time and its thresholds, and what counts as "dates with a time of day".
 */
import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '../../../src/core/days';
import { busiestTime, busiestTimeText, MIN_ORDERS_FOR_SLOT, MIN_ORDERS_FOR_WEEKDAY, weekdayChiSquare } from '../../../src/core/timing/busiestSlot';
import { weekdayOf } from '../../../src/core/timing/calendar';
import { monthsCovered } from '../../../src/core/timing/monthsCovered';
import { ordersHaveTime, tallyOrders } from '../../../src/core/timing/tally';
import { personaBusiestTimes, timingReport } from '../../../src/core/timing/timingReport';
import type { Order } from '../../../src/core/types';

const order = (customerId: string, day: number, minute?: number, amount = 10): Order => ({ row: 0, customerId, day, amount, ...(minute === undefined ? {} : { minute }) });
/** `n` orders of one customer on a day at a time. */
const many = (n: number, customerId: string, day: number, minute?: number): Order[] => Array.from({ length: n }, () => order(customerId, day, minute));

describe('weekdayOf', () => {
  it('matches Python datetime.weekday()', () => {
    const cases: [number, number, number, number][] = [[1970, 1, 1, 3], [2000, 1, 1, 5], [2024, 2, 29, 3], [1969, 12, 31, 2], [2026, 12, 1, 1]];
    for (const [y, m, d, w] of cases) expect(weekdayOf(dayFromYmd(y, m, d))).toBe(w);
  });
});

describe('monthsCovered', () => {
  it('counts a partial first and last month by their share of days', () => {
    // 2024-02-10 to 2024-02-20: 11 of February 2024's 29 days.
    const one = monthsCovered(dayFromYmd(2024, 2, 10), dayFromYmd(2024, 2, 20));
    expect(one[1]).toBeCloseTo(11 / 29, 12);
    expect(one.filter((x, m) => m !== 1 && x !== 0)).toEqual([]);
    // 2022-03-17 to 2024-03-16: March 2022 15/31, March 2023 whole, March 2024 16/31; every other month twice.
    const two = monthsCovered(dayFromYmd(2022, 3, 17), dayFromYmd(2024, 3, 16));
    expect(two[2]).toBeCloseTo(15 / 31 + 1 + 16 / 31, 12);
    for (const [m, x] of two.entries()) if (m !== 2) expect(x).toBeCloseTo(2, 12);
  });
});

describe('busiestTime', () => {
  const wednesday = dayFromYmd(2024, 1, 3);
  const thursday = dayFromYmd(2024, 1, 4);

  it('names the two-hour slot with most orders from 100 timed orders', () => {
    // Thursday 11:xx and 12:xx hold 60 (the best pair of hours), Wednesday 12:xx alone 45.
    const orders = [...many(30, 'a', thursday, 11 * 60 + 5), ...many(30, 'a', thursday, 12 * 60 + 59), ...many(45, 'b', wednesday, 12 * 60)];
    expect(MIN_ORDERS_FOR_SLOT).toBe(100);
    const b = busiestTime(tallyOrders(orders));
    expect(b).toEqual({ weekday: 3, startHour: 11, orders: 60, share: 60 / 105 });
    expect(busiestTimeText(b!, 'en')).toBe('Thursdays 11:00–13:00');
  });

  it('falls back to the weekday under 100 timed orders, and says nothing under 30 orders', () => {
    const fewTimes = [...many(20, 'a', thursday, 600), ...many(15, 'a', wednesday)];
    expect(busiestTime(tallyOrders(fewTimes))).toEqual({ weekday: 3, startHour: null, orders: 20, share: 20 / 35 });
    expect(busiestTimeText(busiestTime(tallyOrders(fewTimes))!, 'zh-TW')).toBe('每週四');
    expect(MIN_ORDERS_FOR_WEEKDAY).toBe(30);
    expect(busiestTime(tallyOrders(many(29, 'a', thursday, 600)))).toBeNull();
  });
});

describe('weekdayChiSquare', () => {
  it('is Pearson χ² against an even week, as scipy.stats.chisquare gives it', () => {
    // scipy.stats.chisquare([20,0,0,0,0,0,15]) → 90.0; [6,5,5,5,5,5,4] → 0.4; [12,4,4,4,4,4,4] → 10.6667.
    expect(weekdayChiSquare([20, 0, 0, 0, 0, 0, 15])).toBeCloseTo(90, 12);
    expect(weekdayChiSquare([6, 5, 5, 5, 5, 5, 4])).toBeCloseTo(0.4, 12);
    expect(weekdayChiSquare([12, 4, 4, 4, 4, 4, 4])).toBeCloseTo(32 / 3, 12);
  });

  it('keeps a weekday out of the habits when the week is spread as evenly as chance would', () => {
    // 12 orders on Monday, 4 on every other day: χ² = 10.67 < 12.59 (p = 0.05, 6 df), so no weekday is named.
    const days = [1, 2, 3, 4, 5, 6, 7].map((d) => dayFromYmd(2024, 1, d));
    const orders = days.flatMap((d, i) => many(i === 0 ? 12 : 4, 'a', d));
    expect(busiestTime(tallyOrders(orders))).toBeNull();
    expect(busiestTime(tallyOrders([...orders, ...many(4, 'a', days[0])]))).toEqual({ weekday: 0, startHour: null, orders: 16, share: 16 / 40 });
  });
});

describe('ordersHaveTime', () => {
  it('is false for dates at midnight only (date cells read as Dates) and true once one has a time', () => {
    expect(ordersHaveTime([order('a', 1), order('a', 2, 0)])).toBe(false);
    expect(ordersHaveTime([order('a', 1, 0), order('a', 2, 1)])).toBe(true);
  });

  it('keeps midnight-only dates out of the hour grid', () => {
    const r = timingReport([order('a', 1, 0), order('b', 2, 0)], new Map([['a', 's'], ['b', 's']]), ['s']);
    expect(r.hasTime).toBe(false);
    expect(r.overall.tally.timedOrders).toBe(0);
  });
});

describe('timingReport and personaBusiestTimes', () => {
  it('reports the groups asked for, in that order, with their customers, skipping empty ones', () => {
    const orders = [order('a', 10, 60), order('b', 11, 120), order('b', 12, 120), order('c', 13, 180)];
    const r = timingReport(orders, new Map([['a', 'x'], ['b', 'y'], ['c', 'y']]), ['y', 'empty', 'x']);
    expect(r.groups.map((g) => [g.id, g.customers, g.tally.orders])).toEqual([['y', 2, 3], ['x', 1, 1]]);
    expect([r.firstDay, r.lastDay, r.overall.tally.orders]).toEqual([10, 13, 4]);
  });

  it('pools the groups of each persona', () => {
    const orders = [...many(20, 'a', dayFromYmd(2024, 1, 1)), ...many(20, 'b', dayFromYmd(2024, 1, 2)), ...many(5, 'c', dayFromYmd(2024, 1, 3))];
    const groups = ['g1', 'g2', 'g3'];
    const times = personaBusiestTimes(orders, ['a', 'b', 'c'], (i) => groups[i], [['g1', 'g3'], ['g2']], false);
    // Persona 0 has a's 20 Monday orders and c's 5 Wednesday ones (25 < 30: too few); persona 1 has 20.
    expect(times).toEqual([null, null]);
    const more = [...orders, ...many(10, 'c', dayFromYmd(2024, 1, 3))];
    expect(personaBusiestTimes(more, ['a', 'b', 'c'], (i) => groups[i], [['g1', 'g3'], ['g2']], false)).toEqual([{ weekday: 0, startHour: null, orders: 20, share: 20 / 35 }, null]);
  });
});
