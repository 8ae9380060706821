/**
 * The generated DuckDB query against the TypeScript core on UCI Online Retail (../shared/data/online-retail,
 * Chen, Sain & Guo 2012; CC BY 4.0) as a 4-column export: InvoiceNo, InvoiceDate (the day),
 * CustomerID, Amount = Quantity × UnitPrice rounded to cents. Cancellations ("C…" invoices,
 * negative amounts), adjustments and lines without a customer are in it, as in the raw file.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rulesAtScores, shopifySegments } from '../../../src/core/rfm';
import { rfmSql } from '../../../src/core/sql';
import { onlineRetailTable } from '../../helpers/onlineRetail';
import { coreRfm, differences, duckCutPoints, duckRows } from './sqlCompare';
import type { RfmSqlRow } from '../../../src/core/sql';

const dir = mkdtempSync(join(tmpdir(), 'rfm-sql-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The 4-column table, header first, as text cells (what a CSV export holds). */
function fourColumns(): string[][] {
  const [header, ...rows] = onlineRetailTable();
  const col = (name: string) => header.indexOf(name);
  const [inv, qty, day, price, cust] = ['InvoiceNo', 'Quantity', 'InvoiceDate', 'UnitPrice', 'CustomerID'].map(col);
  return [
    ['InvoiceNo', 'InvoiceDate', 'CustomerID', 'Amount'],
    ...rows.map((r) => [r[inv], r[day].slice(0, 10), r[cust].replace(/\.0$/, ''), String(Math.round(Number(r[qty]) * Number(r[price]) * 100) / 100)]),
  ];
}

describe('rfmSql on DuckDB: Online Retail', () => {
  it('matches the core on every customer and cut point (order lines grouped by invoice)', async () => {
    const table = fourColumns();
    const file = join(dir, 'online-retail.csv');
    writeFileSync(file, `${table.map((r) => r.join(',')).join('\n')}\n`);
    const rules = rulesAtScores(shopifySegments, 5);
    const sql = rfmSql({ dialect: 'duckdb', from: `read_csv('${file}')`, columns: { customer: 'CustomerID', date: 'InvoiceDate', amount: 'Amount', order: 'InvoiceNo' }, analysisDate: '2011-12-10', rules });
    const rows = (await duckRows(sql)) as unknown as RfmSqlRow[];
    const core = coreRfm(table, { orderId: 0, orderDate: 1, customerId: 2, amount: 3 }, '2011-12-10', 5, rules);
    expect(table.length).toBeGreaterThan(500_000);
    expect(rows).toHaveLength(4339);
    expect(differences(rows, core.customers, await duckCutPoints(sql, 5), core.cutPoints)).toEqual([]);
  });
});
