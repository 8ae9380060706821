/**
 * RFM speed (issue 5): score + segment all 23,570 CDNOW master customers and the 4,372 UCI Online Retail
 * customers (customer summaries built outside the timing; Online Retail also timed from its parsed rows),
 * and =RFM_SCORE over 10,000 rows through the Apps Script harness.
 * Targets: RFM step ≤ 50 ms for 25k customers; =RFM_SCORE on 10,000 rows ≤ 1 s.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv, parseWhitespaceTable } from '../../src/cli/io';
import { dayFromIso, dayFromYmd } from '../../src/core/days';
import { assignSegments, rfmScores, segmentSummary, shopifySegments, type RfmInput } from '../../src/core/rfm';
import { report, timeMs } from './_util';

const DATA = '/work/shared/data';

/** CDNOW master: whitespace table, header line, dates YYYYMMDD. Analysis date: the day after the last order. */
function cdnowCustomers(): RfmInput[] {
  const rows = parseWhitespaceTable(readFileSync(join(DATA, 'cdnow/CDNOW_master.txt'), 'utf8')).slice(1);
  const by = new Map<string, { first: number; last: number; orders: number; amount: number }>();
  for (const [id, ymd, , dollars] of rows) {
    const day = dayFromYmd(Number(ymd.slice(0, 4)), Number(ymd.slice(4, 6)), Number(ymd.slice(6, 8)));
    const c = by.get(id) ?? { first: day, last: day, orders: 0, amount: 0 };
    c.first = Math.min(c.first, day);
    c.last = Math.max(c.last, day);
    c.orders++;
    c.amount += Number(dollars);
    by.set(id, c);
  }
  const analysis = dayFromYmd(1998, 7, 1);
  return [...by].map(([customerId, c]) => ({ customerId, recencyDays: analysis - c.last, frequency: c.orders, monetary: c.amount, tenureDays: c.last - c.first }));
}

interface RetailRow {
  invoice: string;
  customer: string;
  day: number;
  amount: number;
}

/** All 541,909 Online Retail rows, parsed (outside the timing). */
function retailRows(): RetailRow[] {
  const dir = join(DATA, 'online-retail/by-day');
  const out: RetailRow[] = [];
  for (const f of readdirSync(dir).sort()) {
    const [header, ...rows] = parseCsv(readFileSync(join(dir, f), 'utf8'));
    const [inv, qty, date, price, cust] = ['InvoiceNo', 'Quantity', 'InvoiceDate', 'UnitPrice', 'CustomerID'].map((h) => header.indexOf(h));
    for (const r of rows) {
      if (r.length < header.length) continue;
      out.push({ invoice: r[inv], customer: r[cust] === '' ? '' : String(Number(r[cust])), day: dayFromIso(r[date]) as number, amount: Number(r[qty]) * Number(r[price]) });
    }
  }
  return out;
}

/** Customer inputs from parsed rows: orders = distinct invoices, spend net of cancellations. */
function retailCustomers(rows: RetailRow[], analysisDay: number): RfmInput[] {
  const by = new Map<string, { first: number; last: number; invoices: Set<string>; amount: number }>();
  for (const r of rows) {
    if (r.customer === '') continue;
    let c = by.get(r.customer);
    if (!c) {
      c = { first: r.day, last: r.day, invoices: new Set(), amount: 0 };
      by.set(r.customer, c);
    }
    if (r.day < c.first) c.first = r.day;
    if (r.day > c.last) c.last = r.day;
    if (!r.invoice.startsWith('C')) c.invoices.add(r.invoice);
    c.amount += r.amount;
  }
  return [...by].map(([customerId, c]) => ({ customerId, recencyDays: analysisDay - c.last, frequency: c.invoices.size, monetary: c.amount, tenureDays: c.last - c.first }));
}

const rfmStep = (inputs: RfmInput[]) => {
  const scored = rfmScores(inputs);
  const segmented = assignSegments(scored.customers, shopifySegments);
  return segmentSummary(segmented, { rules: shopifySegments });
};

export default async function bench(): Promise<void> {
  const cdnow = cdnowCustomers();
  report(`CDNOW master: score + segment + summary, ${cdnow.length.toLocaleString('en')} customers`, timeMs(() => rfmStep(cdnow), 21, 5), '', 50);

  const rows = retailRows();
  const analysis = dayFromYmd(2011, 12, 10);
  const retail = retailCustomers(rows, analysis);
  report(`Online Retail: score + segment + summary, ${retail.length.toLocaleString('en')} customers`, timeMs(() => rfmStep(retail), 21, 5), '', 50);
  report(`Online Retail: from ${rows.length.toLocaleString('en')} parsed rows (aggregate + RFM)`, timeMs(() => rfmStep(retailCustomers(rows, analysis)), 5, 1));

  if (!existsSync('dist/Code.js')) {
    console.log('=RFM_SCORE through the harness: skipped (run npm run build first)');
    return;
  }
  const { loadAddOn } = await import('../../test/harness');
  const addon = loadAddOn();
  const sample = cdnow.slice(0, 10_000);
  const col = (f: (c: RfmInput) => unknown) => sample.map((c) => [f(c)]);
  const [R, F, M] = [col((c) => c.recencyDays), col((c) => c.frequency), col((c) => c.monetary)];
  const lastDates = col((c) => new Date(Date.UTC(1998, 6, 1) - c.recencyDays * 86_400_000));
  report('=RFM_SCORE, 10,000 rows (days), harness', timeMs(() => addon.callCustomFunction('RFM_SCORE', R, F, M), 5, 1), '', 1000);
  report('=RFM_SCORE, 10,000 rows (dates, output "all"), harness', timeMs(() => addon.callCustomFunction('RFM_SCORE', lastDates, F, M, 5, 'all', '1998-07-01'), 5, 1), '', 1000);
  report('=RFM_THRESHOLDS, 10,000 rows, harness', timeMs(() => addon.callCustomFunction('RFM_THRESHOLDS', R, F, M), 5, 1), '', 1000);
}
