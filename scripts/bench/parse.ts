/**
 * Sheet reading speed (issue 4): detect columns, parse every row, build the quality report and the
 * customer table for the full UCI Online Retail data (541,909 rows), as `Range.getValues()` would
 * hand it over: numbers for numeric cells (InvoiceNo 536365, Quantity, UnitPrice, CustomerID, numeric
 * StockCodes), `Date` objects for InvoiceDate, strings for text, '' for blanks. The array is built
 * once before timing. Target: ≤ 600 ms for all rows, linear in rows (10k, 100k, all).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../../src/cli/io';
import { finishRead, ReadAccumulator, readOrders, readPart, startRead } from '../../src/core/parse';
import { report, timeMs } from './_util';

const DIR = '/work/shared/data/online-retail/by-day';

/** A CSV cell as Sheets would store it after import: numbers become numbers. */
function asSheetValue(text: string): string | number {
  if (text === '') return '';
  const n = Number(text);
  return Number.isFinite(n) && /^-?\d/.test(text) ? n : text;
}

/** "2010-12-01 08:26:00" as the `Date` a datetime cell gives (the sheet zone = this process's zone). */
function asDate(text: string): Date {
  return new Date(Number(text.slice(0, 4)), Number(text.slice(5, 7)) - 1, Number(text.slice(8, 10)), Number(text.slice(11, 13)), Number(text.slice(14, 16)), Number(text.slice(17, 19)));
}

export function onlineRetailValues(): unknown[][] {
  const values: unknown[][] = [];
  for (const f of readdirSync(DIR).filter((n) => n.endsWith('.csv')).sort()) {
    const t = parseCsv(readFileSync(join(DIR, f), 'utf8'));
    if (values.length === 0) values.push(t[0]);
    for (let i = 1; i < t.length; i++) {
      const r = t[i];
      // InvoiceNo, StockCode, Description, Quantity, InvoiceDate, UnitPrice, CustomerID, Country
      values.push([asSheetValue(r[0]), asSheetValue(r[1]), r[2], Number(r[3]), asDate(r[4]), Number(r[5]), r[6] === '' ? '' : Number(r[6]), r[7]]);
    }
  }
  return values;
}

export default async function bench(): Promise<void> {
  const values = onlineRetailValues();
  const all = values.length - 1;
  console.log(`Online Retail as getValues(): ${all.toLocaleString('en-US')} rows × 8 columns, built before timing`);
  for (const n of [10_000, 100_000, all]) {
    const slice = values.slice(0, n + 1);
    let kept = 0;
    const ms = timeMs(() => {
      const r = readOrders(slice);
      kept = r.customers.length;
    }, 3, 1);
    const label = `detect + parse + summarise ${n.toLocaleString('en-US')} rows`;
    report(label, ms, `${Math.round((n / ms) * 1000).toLocaleString('en-US')} rows/s, ${kept} customers`, n === all ? 600 : undefined);
  }
  // Issue 9 reads large sheets in chunks (one Apps Script call each) and merges the partial states
  // into one accumulator, as the sidebar does (sidebar/runFlow.ts).
  const chunk = 10_000;
  const ms = timeMs(() => {
    const head = startRead(values.slice(0, chunk + 1));
    const acc = new ReadAccumulator(head);
    for (let i = chunk + 1; i < values.length; i += chunk) acc.add(readPart(head, values.slice(i, i + chunk), i + 1));
    finishRead(acc.state());
  }, 3, 1);
  report(`same in ${Math.ceil(all / chunk)} chunks of ${chunk.toLocaleString('en-US')} rows, merged`, ms, `${Math.round((all / ms) * 1000).toLocaleString('en-US')} rows/s`);
}
