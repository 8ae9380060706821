/**
 * Builds `orders.csv`, the sample shop the local preview (`npm start`) and `npm run demo` use, from
 * the UCI "Online Retail" data set (Chen, Sain & Guo 2012; CC BY 4.0) as daily CSV files.
 *
 * One row per invoice: `Invoice,Customer ID,Invoice Date,Amount,Country`, where Amount is the sum of
 * Quantity × UnitPrice over the invoice's lines (GBP, 2 decimals). Only customers in a few non-UK
 * countries are kept so the file stays small (a few hundred customers) while keeping what makes real
 * data awkward: cancellations stay as negative invoices numbered `C…`, and the invoices those countries
 * have without a customer id are kept (blank Customer ID) so the data-quality report has work to do.
 *
 * Usage: node scripts/sample-shop/make.mjs [by-day folder]   (default /work/shared/data/online-retail/by-day)
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const source = process.argv[2] ?? '/work/shared/data/online-retail/by-day';
/** Non-UK countries with 8-95 customers each: a small multinational shop. */
const COUNTRIES = new Set(['Germany', 'France', 'Spain', 'Belgium', 'Switzerland', 'Portugal', 'Italy', 'Finland', 'Austria', 'Norway']);

/** RFC 4180 fields of one line (the descriptions contain quoted commas). */
function fields(line) {
  const out = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') { field += '"'; i++; }
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { out.push(field); field = ''; }
    else field += ch;
  }
  out.push(field);
  return out;
}

/** Invoice number → its aggregate; insertion order = file order (by day, then as listed). */
const invoices = new Map();
for (const file of readdirSync(source).filter((f) => f.endsWith('.csv')).sort()) {
  const lines = readFileSync(join(source, file), 'utf8').split('\n');
  for (const line of lines.slice(1)) {
    if (!line) continue;
    const [invoice, , , quantity, date, unitPrice, customerId, country] = fields(line);
    if (!COUNTRIES.has(country)) continue;
    let inv = invoices.get(invoice);
    if (!inv) {
      // "12345.0" → "12345"; a blank stays blank.
      inv = { invoice, customer: customerId ? String(Math.round(Number(customerId))) : '', date: date.slice(0, 16), cents: 0, country };
      invoices.set(invoice, inv);
    }
    inv.cents += Math.round(Number(quantity) * Number(unitPrice) * 100);
  }
}

const rows = [...invoices.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
const csv = ['Invoice,Customer ID,Invoice Date,Amount,Country'];
for (const r of rows) csv.push([r.invoice, r.customer, r.date, (r.cents / 100).toFixed(2), r.country].join(','));
writeFileSync(join(here, 'orders.csv'), `${csv.join('\n')}\n`);

const customers = new Set(rows.filter((r) => r.customer).map((r) => r.customer));
const cancelled = rows.filter((r) => r.invoice.startsWith('C')).length;
const noCustomer = rows.filter((r) => !r.customer).length;
console.log(`orders.csv: ${rows.length} invoices, ${customers.size} customers, ${cancelled} cancellations, ${noCustomer} without customer id, ${rows[0].date} .. ${rows[rows.length - 1].date}`);
