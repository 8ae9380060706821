/**
 * The R `rfm` package's sample orders (rsquaredacademy/rfm commit 297ed8b34addaa4dcfdd5ab872fc6eba35e5db1c,
 * `data/rfm_data_orders.rda`, converted to CSV in /work/shared/data/rfm-package) summarised per customer
 * exactly as `rfm_prep_table_data()` does (`R/rfm-table-transaction.R`): last order date, sum of revenue,
 * number of rows; recency = analysis date − last order date in days.
 */
import { readFileSync } from 'node:fs';
import { parseCsv } from '../../../src/cli/io';
import { dayFromIso, dayFromYmd } from '../../../src/core/days';
import type { RfmInput } from '../../../src/core/rfm';

export const RFM_PACKAGE_CSV = '/work/shared/data/rfm-package/rfm_data_orders.csv';
/** The analysis date every published output of the package uses. */
export const ANALYSIS_DAY = dayFromYmd(2006, 12, 31);

export function loadRfmPackageCustomers(): RfmInput[] {
  const rows = parseCsv(readFileSync(RFM_PACKAGE_CSV, 'utf8'));
  const [header, ...data] = rows;
  const [ci, di, ri] = ['customer_id', 'order_date', 'revenue'].map((h) => header.indexOf(h));
  const by = new Map<string, { first: number; last: number; revenue: number; orders: number }>();
  for (const row of data) {
    if (row.length < 3) continue;
    const day = dayFromIso(row[di]);
    if (day === null) throw new Error(`bad date ${row[di]}`);
    const c = by.get(row[ci]) ?? { first: day, last: day, revenue: 0, orders: 0 };
    c.first = Math.min(c.first, day);
    c.last = Math.max(c.last, day);
    c.revenue += Number(row[ri]);
    c.orders += 1;
    by.set(row[ci], c);
  }
  return [...by.entries()].map(([customerId, c]) => ({
    customerId,
    recencyDays: ANALYSIS_DAY - c.last,
    frequency: c.orders,
    monetary: c.revenue,
    tenureDays: c.last - c.first,
  }));
}
