/**
 * Large sheets: the full UCI Online Retail data (541,909 rows × 8 columns, ../shared/data/online-retail)
 * read in chunks, each its own call, with a slow fake getValues. No call may exceed Apps Script's
 * 6-minute limit, and the result must equal the one-shot computation.
 */
import { describe, expect, it } from 'vitest';
import { loadAddOn, LIMITS } from '../harness';
import { sidebarCall } from '../helpers/sidebarCall';
import { onlineRetailTable } from '../helpers/onlineRetail';
import { sheetValuesFromCsv } from '../harness/sheetValues';
import { runFlow } from '../../sidebar/runFlow';
import { defaultSettings } from '../../src/app/settings';
import { segmentTable } from '../../src/app/run';

function onlineRetail(): (string | number | Date)[][] {
  // InvoiceDate is a date-time in Sheets; the sheet is in London time, as the retailer's.
  return sheetValuesFromCsv(onlineRetailTable(), 0);
}

describe('a 541,909-row sheet', () => {
  const values = onlineRetail();

  it('has the README row count', () => {
    // ../shared/data/online-retail/README.md: 541,909 data rows.
    expect(values.length - 1).toBe(541_909);
  });

  it('is read in chunks within the time limit and gives the one-shot result', async () => {
    const addon = loadAddOn({ sheets: { Orders: values }, timeZone: 'Europe/London' });
    // 0.1 ms per cell: reading all 4.3 M cells in one call would take 433 s, past the 360 s limit.
    addon.env.readCostMsPerCell = 0.1;
    const settings = { ...defaultSettings(), fitClv: false, analysisDate: '2011-12-10' };
    const result = await runFlow(sidebarCall(addon), 'Orders', settings, {});
    expect(result.status).toBe('done');
    const reads = addon.executions.filter((e) => e.name === 'readChunk');
    expect(reads.length).toBeGreaterThan(5);
    for (const e of addon.executions) expect(e.wallMs + e.virtualMs, e.name).toBeLessThan(LIMITS.server);
    const oneShotVirtual = values.length * 8 * addon.env.readCostMsPerCell;
    expect(oneShotVirtual).toBeGreaterThan(LIMITS.server);

    const oneShot = segmentTable(values, { settings, lang: 'en', runDay: 0 });
    const ours = addon.spreadsheet.sheets.find((s) => s.metadata.some((m) => m.value === 'segments'))!.snapshot();
    const header = ours[0] as string[];
    const byId = new Map(ours.slice(1).map((r) => [String(r[0]), r]));
    expect(byId.size).toBe(oneShot.segmentation.customers.length);
    const monetaryCol = header.indexOf('Total spend');
    for (const c of oneShot.segmentation.customers) {
      const row = byId.get(c.summary.customerId)!;
      expect(row[1], c.summary.customerId).toBe(c.segmentName);
      expect(row[monetaryCol] as number).toBeCloseTo(c.monetary, 6);
    }
  }, 240_000);

  it('refuses cleanly when source plus output would pass 10 million cells', () => {
    const small = values.slice(0, 2000);
    const addon = loadAddOn({ sheets: { Orders: small } });
    // A sheet sized to 9.9 million cells (most of them empty), as some workbooks are.
    addon.spreadsheet.addSheetWithValues('Big', []).maxRows = 380_000;
    const settings = { ...defaultSettings(), fitClv: false };
    const begun = addon.runFromSidebar('beginRun', 'Orders', settings) as { runId: string };
    const partial = addon.runFromSidebar('readChunk', { runId: begun.runId, sheetName: 'Orders', startRow: 2, numRows: 1999, settings });
    expect(() => addon.runFromSidebar('finishRun', begun.runId, partial, settings)).toThrow(/limit of 10,000,000 cells/);
    expect(addon.spreadsheet.sheets.map((s) => s.name)).toEqual(['Orders', 'Big']);
  });
});
