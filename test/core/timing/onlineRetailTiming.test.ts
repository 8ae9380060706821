/**
 * The timing tallies on UCI Online Retail (../shared/data/online-retail/by-day, all 541,909 rows),
 * checked against pandas 1.5.3. Every expected figure below is the output of
 *
 *   /usr/bin/python3 test/core/timing/online_retail_timing.py ../shared/data/online-retail/by-day
 *
 * (that script's docstring says how it counts: rows with a CustomerID, InvoiceNo not starting with
 * "C", one order per InvoiceNo dated by its first row, weekday `dt.dayofweek` 0 = Monday, `dt.hour`).
 * The orders fed to our tally are built here from the CSV text the same way, not by our reader, so
 * the test checks the weekday, hour and month arithmetic against pandas. Online Retail has no
 * orders on Saturdays, which the weekday arithmetic must reproduce.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/cli/io';
import { dayFromYmd } from '../../../src/core/days';
import { busiestTime, busiestTimeText } from '../../../src/core/timing/busiestSlot';
import { monthsCovered } from '../../../src/core/timing/monthsCovered';
import { tallyOrders } from '../../../src/core/timing/tally';
import type { Order } from '../../../src/core/types';

// ---- pandas output (see the header) ----
const PANDAS_ORDERS = 18536;
// prettier-ignore
const PANDAS_COUNTS = [
  [0, 0, 0, 0, 0, 0, 0, 4, 85, 251, 322, 340, 480, 436, 374, 317, 184, 70, 0, 0, 0, 0, 0, 0],
  [0, 0, 0, 0, 0, 0, 0, 5, 115, 291, 393, 405, 531, 475, 371, 345, 163, 88, 3, 0, 0, 0, 0, 0],
  [0, 0, 0, 0, 0, 0, 0, 5, 116, 290, 434, 413, 611, 493, 417, 371, 223, 79, 0, 2, 1, 0, 0, 0],
  [0, 0, 0, 0, 0, 0, 1, 9, 119, 294, 442, 370, 585, 480, 445, 421, 309, 245, 164, 133, 16, 0, 0, 0],
  [0, 0, 0, 0, 0, 0, 0, 6, 120, 266, 410, 364, 463, 397, 362, 254, 115, 62, 2, 9, 1, 0, 0, 0],
  [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  [0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 225, 385, 459, 356, 306, 330, 106, 0, 0, 0, 0, 0, 0, 0],
];
const PANDAS_WEEKDAY_REVENUE = [1367146.41, 1700634.63, 1588336.17, 1976859.07, 1485917.4, 0.0, 792514.22];
const PANDAS_MONTH_ORDERS = [987, 998, 1321, 1149, 1555, 1393, 1331, 1281, 1756, 1929, 2658, 2178];
const PANDAS_MONTH_REVENUE = [569445.04, 447137.35, 595500.76, 469200.36, 678594.56, 661213.69, 600091.01, 645343.9, 952838.38, 1039318.79, 1161817.38, 1090906.68];

/** Orders as the pandas script defines them, from the CSV text. */
function onlineRetailOrders(): Order[] {
  const dir = '../shared/data/online-retail/by-day';
  const byInvoice = new Map<string, Order>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.csv')).sort()) {
    const [, ...rows] = parseCsv(readFileSync(join(dir, file), 'utf8'));
    for (const [invoice, , , quantity, date, price, customer] of rows) {
      if (!customer || invoice.startsWith('C')) continue;
      const line = Number(quantity) * Number(price);
      const known = byInvoice.get(invoice);
      if (known) {
        known.amount += line;
        continue;
      }
      const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})/.exec(date);
      if (!m) throw new Error(`unexpected date ${date}`);
      const day = dayFromYmd(Number(m[1]), Number(m[2]), Number(m[3]));
      byInvoice.set(invoice, { row: 0, customerId: customer, orderId: invoice, day, amount: line, minute: Number(m[4]) * 60 + Number(m[5]) });
    }
  }
  return [...byInvoice.values()];
}

const orders = onlineRetailOrders();
const tally = tallyOrders(orders);

describe('Online Retail timing against pandas', () => {
  it('counts the same orders, all with a time of day', () => {
    expect(orders.length).toBe(PANDAS_ORDERS);
    expect(tally.orders).toBe(PANDAS_ORDERS);
    expect(tally.timedOrders).toBe(PANDAS_ORDERS);
  });

  it('has the weekday × hour counts pandas has (none on Saturday)', () => {
    expect(tally.hourOrders).toEqual(PANDAS_COUNTS);
    expect(tally.weekdayOrders[5]).toBe(0);
    expect(tally.weekdayOrders).toEqual(PANDAS_COUNTS.map((hours) => hours.reduce((a, b) => a + b, 0)));
  });

  it('has the revenue by weekday and the orders and revenue by month of year pandas has', () => {
    for (const [w, r] of tally.weekdayRevenue.entries()) expect(r).toBeCloseTo(PANDAS_WEEKDAY_REVENUE[w], 1);
    expect(tally.monthOrders).toEqual(PANDAS_MONTH_ORDERS);
    for (const [m, r] of tally.monthRevenue.entries()) expect(r).toBeCloseTo(PANDAS_MONTH_REVENUE[m], 1);
  });

  it('names the busiest two-hour slot: Wednesdays 12:00–14:00 (611 + 493 orders in the pandas grid)', () => {
    // The largest sum of two neighbouring hours in PANDAS_COUNTS is Wednesday 12 + 13 = 1,104
    // (Thursday 12 + 13 = 1,065, Tuesday 1,006).
    const b = busiestTime(tally);
    expect(b).toEqual({ weekday: 2, startHour: 12, orders: 1104, share: 1104 / PANDAS_ORDERS });
    expect(busiestTimeText(b!, 'en')).toBe('Wednesdays 12:00–14:00');
    expect(busiestTimeText(b!, 'zh-TW')).toBe('每週三 12:00–14:00');
    expect(busiestTimeText(b!, 'zh-CN')).toBe('每周三 12:00–14:00');
    expect(busiestTimeText(b!, 'ms')).toBe('hari Rabu 12:00–14:00');
  });

  it('counts December 1 + 9/31 months of data (2010-12-01 to 2011-12-09), every other month 1', () => {
    const first = Math.min(...orders.map((o) => o.day));
    const last = Math.max(...orders.map((o) => o.day));
    expect([first, last]).toEqual([dayFromYmd(2010, 12, 1), dayFromYmd(2011, 12, 9)]);
    const covered = monthsCovered(first, last);
    expect(covered.slice(0, 11)).toEqual(new Array(11).fill(1));
    expect(covered[11]).toBeCloseTo(1 + 9 / 31, 12);
  });
});
