/**
 * `npm run demo` / `node dist/cli.js segment` write the same tabs the add-on writes: same tab names,
 * same customers and segments as a run of the built add-on in the Apps Script harness on the same data.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { segmentFile } from '../../src/cli/segment';
import { loadAddOn } from '../harness';
import { sidebarCall } from '../helpers/sidebarCall';
import { sheetValuesFromCsv } from '../harness/sheetValues';
import { parseCsv, readTable } from '../../src/cli/io';
import { segmentTable } from '../../src/app/run';
import { writeFileSync } from 'node:fs';
import { dayFromDate } from '../../src/core/days';
import { runFlow } from '../../sidebar/runFlow';
import { defaultSettings } from '../../src/app/settings';

const SAMPLE = 'scripts/sample-shop/orders.csv';

describe('segment / demo', () => {
  it('reads a file of many blocks and batches into the same tabs as reading it whole, and copies every row', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'segment-blocks-'));
    const lines = ['Order ID,Customer,Order date,Total'];
    for (let i = 0; i < 40_000; i++) {
      const o = Math.floor(i / 2);
      lines.push(`#${o},cust-${(o * 7919) % 1201},2024-${String((o % 12) + 1).padStart(2, '0')}-${String((o % 27) + 1).padStart(2, '0')},"${((o % 90) + 10).toFixed(2)}"`);
    }
    const file = join(dir, 'orders.csv');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const out = join(dir, 'out.xlsx');
    await segmentFile(file, out, { 'no-clv': true, 'analysis-date': '2025-01-01' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const oneShot = segmentTable(await readTable(file), { settings: { ...defaultSettings(), fitClv: false, analysisDate: '2025-01-01' }, lang: 'en', runDay: dayFromDate(new Date(), () => 0) });
    const segments = oneShot.tabs.find((t) => t.name === 'Segments')!.blocks[0].values;
    const written: unknown[][] = [];
    wb.getWorksheet('Segments')!.eachRow((row) => written.push((row.values as unknown[]).slice(1, 3)));
    expect(written).toEqual(segments.map((r) => r.slice(0, 2)));
    const copy: string[] = [];
    wb.getWorksheet('Orders')!.eachRow((row) => copy.push((row.values as unknown[]).slice(1).join(',')));
    expect(copy.length).toBe(lines.length);
    expect(copy[40_000]).toBe(lines[40_000].replace(/"/g, ''));
  }, 60_000);

  it('writes the add-on tabs to .xlsx with the same customers and segments as the add-on', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'segment-')), 'out.xlsx');
    const text = await segmentFile(SAMPLE, out, { 'no-clv': true });
    expect(text).toMatch(/^\d+ customers in \d+ segments;/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Orders', 'Segments', 'Segment summary', 'Campaign lists', 'Personas', 'KPIs', 'Data quality', 'History (runs)', 'Movement', 'When they buy']);
    const xlsxSegments = new Map<string, string>();
    wb.getWorksheet('Segments')!.eachRow((row, n) => {
      if (n > 1) xlsxSegments.set(String(row.getCell(1).value), String(row.getCell(2).value));
    });

    const addon = loadAddOn({ sheets: { Orders: sheetValuesFromCsv(parseCsv(readFileSync(SAMPLE, 'utf8'))) } });
    const result = await runFlow(sidebarCall(addon), 'Orders', { ...defaultSettings(), fitClv: false }, {});
    expect(result.status).toBe('done');
    const sheetRows = addon.spreadsheet.getSheetByName('Segments')!.snapshot().slice(1);
    expect(sheetRows.length).toBe(xlsxSegments.size);
    for (const r of sheetRows) expect(xlsxSegments.get(String(r[0])), String(r[0])).toBe(r[1]);
  }, 60_000);

  it('the demo with predicted value: past pace on the sample shop, said in words, no model words outside the CLV model tab', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'segment-')), 'demo.xlsx');
    const text = await segmentFile(SAMPLE, out, { lang: 'ms' });
    // The sample shop's wholesale customers show no dropout: no model beats past pace on the hidden 4 months.
    expect(text).toMatch(/Catatan: Kami sembunyikan pesanan 4 bulan terakhir anda \(2011-08-08 hingga 2011-12-09\)/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const segments = wb.worksheets.find((w) => w.name === 'Segmen pelanggan' || w.name.startsWith('Segmen'))!;
    const header = (segments.getRow(1).values as unknown[]).map(String);
    expect(header).toContain('Nilai pada rentak lalu, 12 bulan akan datang');
    expect(header.some((h) => /Peluang/.test(h))).toBe(false);
    const jargon = /NBD|Pareto|Gamma|Hessian|likelihood|P\(alive\)|parameter/i;
    for (const ws of wb.worksheets.filter((w) => !/CLV/.test(w.name) && w.name !== 'Orders')) {
      const hits: string[] = [];
      ws.eachRow((row) => row.eachCell((c) => (jargon.test(String(c.value)) ? hits.push(String(c.value)) : undefined)));
      expect(hits, ws.name).toEqual([]);
    }
    expect(text.split('\n').filter((l) => l.startsWith('Note:') && jargon.test(l))).toEqual([]);
  }, 60_000);
});
