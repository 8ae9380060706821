/**
 * The reader on the shared real data. Expected counts are those of the data READMEs:
 * - /work/shared/data/online-retail/README.md ("Counts over all files"): 541,909 rows, 25,900 distinct
 *   InvoiceNo, 9,288 rows with an InvoiceNo starting with "C", 135,080 rows with empty CustomerID,
 *   4,372 distinct CustomerID, first/last InvoiceDate 2010-12-01 / 2011-12-09, 5,268 exact duplicate rows.
 * - /work/shared/data/cdnow/README.md: 69,659 rows, 23,570 customers, 67,591 distinct (customer, day)
 *   pairs, 80 rows with a dollar value of 0, 167,881 CDs and $2,500,315.63.
 * - the same README for CDNOW_sample.txt (no header): 6,919 rows, 2,357 customers, 6,696 pairs, $244,091.94.
 * - /work/shared/data/rfm-package/README.md: 4,906 rows, 995 customers, revenue 464,158,
 *   order dates 2001-10-29 to 2006-12-30.
 * Online Retail is read once (the 305 by-day files concatenated keeping one header, as the README says).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCsv, readTextTable } from '../../../src/cli/io';
import { dayFromYmd } from '../../../src/core/days';
import { finishRead, mergeReadStates, readOrders, readPart, startRead, type ReadResult } from '../../../src/core/parse';

const DATA = '/work/shared/data';
const issue = (r: ReadResult, check: string) => r.quality.issues.find((i) => i.check === check);

describe('UCI Online Retail (541,909 rows)', () => {
  let values: string[][];
  let r: ReadResult;
  beforeAll(() => {
    const dir = join(DATA, 'online-retail/by-day');
    values = [];
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.csv')).sort()) {
      const t = parseCsv(readFileSync(join(dir, f), 'utf8'));
      if (values.length === 0) values.push(t[0]);
      for (let i = 1; i < t.length; i++) values.push(t[i]);
    }
    r = readOrders(values);
  }, 60_000);

  it('detects the columns and reads every row', () => {
    expect(r.errors).toEqual([]);
    expect(r.detection.roles).toEqual({ customerId: 6, orderId: 0, orderDate: 4, quantity: 3, unitPrice: 5, product: 1, productName: 2, country: 7 });
    expect(r.detection.amountFrom).toBe('quantityTimesPrice');
    expect(r.quality.rowsRead).toBe(541_909);
  });

  it('matches the README counts', () => {
    expect(r.quality.orderIdsSeen).toBe(25_900);
    expect(r.quality.customerIdsSeen).toBe(4_372);
    expect(issue(r, 'missingCustomerId')?.count).toBe(135_080);
    expect(issue(r, 'refunded')?.count).toBe(9_288);
    expect(issue(r, 'refunded')?.header).toBe('InvoiceNo');
    expect(issue(r, 'exactDuplicate')?.count).toBe(5_268);
    expect(Math.min(...r.orders.map((o) => o.day))).toBe(dayFromYmd(2010, 12, 1));
    expect(Math.max(...r.orders.map((o) => o.day))).toBe(dayFromYmd(2011, 12, 9));
  });

  it('keeps exactly the sales: customer id present, not a "C" invoice, no negative quantity or price', () => {
    // Independent recount from the raw cells, in cents, of what the reader must keep.
    let cents = 0;
    let negative = 0;
    const invoices = new Set<string>();
    const customers = new Set<string>();
    for (let i = 1; i < values.length; i++) {
      const [inv, , , q, , p, cid] = values[i];
      const qty = Number(q);
      const price = Number(p);
      if (!inv.startsWith('C') && (qty < 0 || qty * price < 0)) negative++;
      if (cid === '' || inv.startsWith('C') || qty < 0 || price < 0) continue;
      cents += Math.round(qty * price * 10_000);
      invoices.add(inv);
      customers.add(cid);
    }
    expect(r.quality.issues.filter((x) => x.check === 'negativeAmount').reduce((s, x) => s + x.count, 0)).toBe(negative);
    expect(r.orders.length).toBe(invoices.size);
    expect(r.customers.length).toBe(customers.size);
    const revenue = r.customers.reduce((s, c) => s + Math.round(c.revenue * 10_000), 0);
    expect(revenue).toBe(cents);
  });

  it('keeps each sale row as a line of its invoice: StockCode, Description, Quantity × UnitPrice, and the InvoiceDate minute', () => {
    // Independent rebuild from the raw cells: per invoice, its sale rows in file order.
    type Line = { product: string; name?: string; quantity: number; amount: number };
    const expected = new Map<string, { minute: number; lines: Line[] }>();
    for (let i = 1; i < values.length; i++) {
      const [inv, code, desc, q, date, p, cid] = values[i];
      const qty = Number(q);
      const price = Number(p);
      if (cid === '' || inv.startsWith('C') || qty < 0 || price < 0) continue;
      let e = expected.get(inv);
      if (!e) {
        // "2010-12-01 08:26:00": hours at 11-12, minutes at 14-15
        e = { minute: Number(date.slice(11, 13)) * 60 + Number(date.slice(14, 16)), lines: [] };
        expected.set(inv, e);
      }
      const line: Line = { product: code.trim(), quantity: qty, amount: Math.round(qty * price * 10_000) / 10_000 };
      if (desc.trim() !== '') line.name = desc.trim();
      e.lines.push(line);
    }
    let lines = 0;
    for (const o of r.orders) {
      const e = expected.get(o.orderId!)!;
      expect(o.minute).toBe(e.minute);
      expect(o.lines).toEqual(e.lines);
      lines += o.lines!.length;
    }
    expect(lines).toBe([...expected.values()].reduce((s, e) => s + e.lines.length, 0));
    // Spot checks against the first rows of the README's file 2010-12-01.csv, invoice 536365 (7 lines at 08:26).
    const first = r.orders.find((o) => o.orderId === '536365')!;
    expect(first.minute).toBe(8 * 60 + 26);
    expect(first.lines![0]).toEqual({ product: '85123A', name: 'WHITE HANGING HEART T-LIGHT HOLDER', quantity: 6, amount: 15.3 });
    expect(first.lines![1]).toEqual({ product: '71053', name: 'WHITE METAL LANTERN', quantity: 6, amount: 20.34 });
    expect(first.lines).toHaveLength(7);
  });

  it('reads the same result in chunks of 100,000 rows merged in reverse order', () => {
    const head = startRead(values.slice(0, 100_001));
    const parts = [];
    for (let i = 100_001; i < values.length; i += 100_000) parts.push(readPart(head, values.slice(i, i + 100_000), i + 1));
    const merged = [...parts.reverse(), head].reduce((a, b) => mergeReadStates(a, b));
    const chunked = finishRead(merged);
    expect(chunked.quality).toEqual(r.quality);
    expect(chunked.orders).toEqual(r.orders);
    expect(chunked.customers).toEqual(r.customers);
    expect(chunked.decisions).toEqual(r.decisions);
  }, 60_000);
});

describe('CDNOW master (Fader & Hardie cohort)', () => {
  it('matches the README counts', () => {
    const r = readOrders(readTextTable(join(DATA, 'cdnow/CDNOW_master.txt')));
    expect(r.errors).toEqual([]);
    expect(r.detection.roles).toEqual({ customerId: 0, orderDate: 1, amount: 3, quantity: 2 });
    expect(r.quality.rowsRead).toBe(69_659);
    expect(r.orders).toHaveLength(69_659);
    expect(r.customers).toHaveLength(23_570);
    expect(r.customers.reduce((s, c) => s + c.purchaseDays, 0)).toBe(67_591);
    expect(issue(r, 'zeroAmount')?.count).toBe(80);
    expect(r.orders.reduce((s, o) => s + (o.quantity ?? 0), 0)).toBe(167_881);
    expect(r.customers.reduce((s, c) => s + Math.round(c.revenue * 100), 0)).toBe(250_031_563);
    expect(Math.min(...r.orders.map((o) => o.day))).toBe(dayFromYmd(1997, 1, 1));
    expect(Math.max(...r.orders.map((o) => o.day))).toBe(dayFromYmd(1998, 6, 30));
  });
});

describe('CDNOW 1/10 sample (no header row)', () => {
  it('is read by content and matches the README counts', () => {
    // README: 6,919 rows, 2,357 customers, 6,696 distinct (customer, day) pairs, total $244,091.94
    const r = readOrders(readTextTable(join(DATA, 'cdnow/CDNOW_sample.txt')));
    expect(r.errors).toEqual([]);
    expect(r.detection.headerRow).toBe(-1);
    expect(r.detection.roles).toEqual({ customerId: 0, orderDate: 2, amount: 4 });
    expect(r.orders).toHaveLength(6_919);
    expect(r.customers).toHaveLength(2_357);
    expect(r.customers.reduce((s, c) => s + c.purchaseDays, 0)).toBe(6_696);
    expect(r.customers.reduce((s, c) => s + Math.round(c.revenue * 100), 0)).toBe(24_409_194);
  });
});

describe('rfm package sample orders', () => {
  it('matches the README counts', () => {
    const r = readOrders(readTextTable(join(DATA, 'rfm-package/rfm_data_orders.csv')));
    expect(r.errors).toEqual([]);
    expect(r.detection.roles).toEqual({ customerId: 0, orderDate: 1, amount: 2 });
    expect(r.orders).toHaveLength(4_906);
    expect(r.customers).toHaveLength(995);
    expect(r.customers.reduce((s, c) => s + c.revenue, 0)).toBe(464_158);
    expect(Math.min(...r.orders.map((o) => o.day))).toBe(dayFromYmd(2001, 10, 29));
    expect(Math.max(...r.orders.map((o) => o.day))).toBe(dayFromYmd(2006, 12, 30));
  });
});
