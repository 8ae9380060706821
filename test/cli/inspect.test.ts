/**
 * `inspect` command (issue 4): detected roles with confidence and reason, parse decisions and the
 * data-quality report, as text or JSON. Figures: CDNOW_master.txt README (/work/shared/data/cdnow/README.md:
 * 69,659 rows, 23,570 customers, 80 zero-value rows) and our fixtures (test/fixtures/parse).
 */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { commands } from '../../src/cli/commands';
import { inspectCommand } from '../../src/cli/inspect';

let out = '';
beforeEach(() => {
  out = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
});
afterEach(() => vi.restoreAllMocks());

const FIXTURES = join(__dirname, '../fixtures/parse');

describe('inspect', () => {
  it('is registered', () => expect(commands.inspect).toBe(inspectCommand));

  it('prints roles, decisions and the quality report of CDNOW_master.txt', async () => {
    const code = await inspectCommand.run(['/work/shared/data/cdnow/CDNOW_master.txt'], {});
    expect(code).toBe(0);
    expect(out).toContain('CDNOW_master.txt: 69,659 data rows, header row 1');
    expect(out).toMatch(/A\s+customer_id\s+Customer ID\s+95%/);
    expect(out).toContain('Dates in “date” are unambiguous');
    expect(out).toContain('Rows with an amount of 0 in “dollar_value”: 80 (rows 1550, 2448, 3068, 3120, 3625 and 75 more)');
    expect(out).toContain('Result: 69,659 orders, 23,570 customers, revenue 2,500,315.63');
  });

  it('prints JSON with --json, in the language asked', async () => {
    const code = await inspectCommand.run([join(FIXTURES, 'zh-TW-orders.csv')], { json: true, lang: 'zh-TW' });
    expect(code).toBe(0);
    const j = JSON.parse(out);
    expect(j.columns[0]).toMatchObject({ column: 'A', header: '客戶編號', role: 'customerId', label: '客戶編號', confidence: 0.95 });
    expect(j.quality.issues[0]).toMatchObject({ check: 'refunded', count: 1, rows: [4], column: 'G' });
    expect(j.quality.issues[0].message).toContain('退款或取消');
    expect(j.decisions.find((d: { topic: string }) => d.topic === 'currency')).toMatchObject({ value: 'TWD', column: 'E' });
    expect(j.summary).toEqual({ orders: 5, customers: 3, revenue: 5914 });
  });

  it('exits 1 and says why when the sheet cannot be analysed; --date-order resolves it', async () => {
    const { writeFileSync, mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const file = join(mkdtempSync(join(tmpdir(), 'inspect-')), 'ambiguous.csv');
    writeFileSync(file, 'Customer,Date,Amount\nA,5/3/2024,10\nB,7/4/2024,12\n');
    expect(await inspectCommand.run([file], {})).toBe(1);
    expect(out).toContain('can be read day-first or month-first');
    out = '';
    expect(await inspectCommand.run([file], { 'date-order': 'dmy', json: true })).toBe(0);
    expect(JSON.parse(out).errors).toEqual([]);
  });

  it('reads .xlsx files, with Date cells as Sheets gives them', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const file = join(mkdtempSync(join(tmpdir(), 'inspect-')), 'orders.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Orders');
    ws.addRow(['訂單編號', '客戶編號', '訂單日期', '金額']);
    ws.addRow(['T1', 'A', new Date(Date.UTC(2024, 2, 5)), 1234]);
    ws.addRow(['T2', 'B', new Date(Date.UTC(2024, 2, 6)), 560]);
    ws.addRow(['T3', 'A', new Date(Date.UTC(2024, 3, 1)), 90]);
    await wb.xlsx.writeFile(file);
    expect(await inspectCommand.run([file], { json: true })).toBe(0);
    const j = JSON.parse(out);
    expect(j.columns.map((c: { role: string }) => c.role)).toEqual(['orderId', 'customerId', 'orderDate', 'amount']);
    expect(j.summary).toEqual({ orders: 3, customers: 2, revenue: 1884 });
  });

  it('reports usage and bad files plainly', async () => {
    expect(await inspectCommand.run([], {})).toBe(2);
    await expect(inspectCommand.run(['/nope.csv'], {})).rejects.toThrow('/nope.csv: no such file');
    await expect(inspectCommand.run([join(FIXTURES, 'en-orders.csv')], { 'date-order': 'xyz' })).rejects.toThrow('--date-order must be dmy or mdy');
  });
});
