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
import { sheetValuesFromCsv } from '../harness/sheetValues';
import { parseCsv } from '../../src/cli/io';
import { runFlow } from '../../sidebar/runFlow';
import { mergeReadStates } from '../../src/core/parse';
import { defaultSettings } from '../../src/app/settings';

const SAMPLE = 'scripts/sample-shop/orders.csv';

describe('segment / demo', () => {
  it('writes the add-on tabs to .xlsx with the same customers and segments as the add-on', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'segment-')), 'out.xlsx');
    const text = await segmentFile(SAMPLE, out, { 'no-clv': true });
    expect(text).toMatch(/^\d+ customers in \d+ segments;/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Orders', 'Segments', 'Segment summary', 'Personas', 'KPIs', 'Data quality', 'History (runs)']);
    const xlsxSegments = new Map<string, string>();
    wb.getWorksheet('Segments')!.eachRow((row, n) => {
      if (n > 1) xlsxSegments.set(String(row.getCell(1).value), String(row.getCell(2).value));
    });

    const addon = loadAddOn({ sheets: { Orders: sheetValuesFromCsv(parseCsv(readFileSync(SAMPLE, 'utf8'))) } });
    const call = ((name: string, ...args: unknown[]) => Promise.resolve(addon.runFromSidebar(name, ...args))) as never;
    const result = await runFlow(call, 'Orders', { ...defaultSettings(), fitClv: false }, {}, mergeReadStates as never);
    expect(result.status).toBe('done');
    const sheetRows = addon.spreadsheet.getSheetByName('Segments')!.snapshot().slice(1);
    expect(sheetRows.length).toBe(xlsxSegments.size);
    for (const r of sheetRows) expect(xlsxSegments.get(String(r[0])), String(r[0])).toBe(r[1]);
  }, 60_000);
});
