/**
 * Several source sheets in one run (issue 18), end to end through the built bundle in the Apps
 * Script harness, driven by the sidebar's own run driver: two order sheets with their own columns
 * (an online shop in English, a shop counter in Traditional Chinese) and a customer list give one
 * customer base; the chosen sheets are saved with the settings; a renamed, deleted or unreadable
 * source sheet is named and leaves the workbook as it was; old one-sheet settings run unchanged.
 *
 * The figures come from DuckDB (an independent engine) on scripts/sample-shop/orders.csv itself:
 * customers, invoices and spend per customer of the invoices that are not cancellations (README:
 * a leading C) and have a customer — the rows this test splits over the two order sheets.
 */
import { readFileSync } from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadAddOn, type AddOn } from '../harness';
import { sidebarCall } from '../helpers/sidebarCall';
import { sheetValuesFromCsv } from '../harness/sheetValues';
import { parseCsv } from '../../src/cli/io';
import { runFlow, type FlowProgress } from '../../sidebar/runFlow';
import { defaultSettings } from '../../src/app/settings';
import type { Settings, SetupInfo } from '../../src/app/contract';

const CSV = 'scripts/sample-shop/orders.csv';
const table = sheetValuesFromCsv(parseCsv(readFileSync(CSV, 'utf8')));
// Invoice, Customer ID, Invoice Date, Amount, Country: the kept invoices, split over two channels.
const kept = table.slice(1).filter((r) => !String(r[0]).startsWith('C') && r[1] !== '');
const online = [table[0], ...kept.filter((_, i) => i % 2 === 0)];
// The shop counter's own columns: another order, Chinese headers, no country.
const counter = [['訂單編號', '訂單日期', '顧客編號', '金額'], ...kept.filter((_, i) => i % 2 === 1).map((r) => [r[0], r[2], r[1], r[3]])];
const ids = [...new Set(kept.map((r) => String(r[1])))];
// A hand-made customer list: every customer with an email and a city, plus two with no order yet.
const list = [['Customer ID', 'Email', 'City'], ...ids.map((id, i) => [id, `c${id}@example.com`, i % 2 ? 'Taipei' : 'Kuala Lumpur']), ['L-1', 'new1@example.com', 'Taipei'], ['L-2', 'new2@example.com', 'Penang']];

const SHEETS = { 'Online shop': online, 'Shop counter': counter, Customers: list };
const EXTRAS = ['Shop counter', 'Customers'];
const base = (): Settings => ({ ...defaultSettings(), fitClv: false, sourceSheet: 'Online shop', extraSheets: EXTRAS });

function run(addon: AddOn, settings: Settings, hooks = {}) {
  return runFlow(sidebarCall(addon), settings.sourceSheet ?? '', settings, hooks);
}

const owned = (addon: AddOn, kind: string) => addon.spreadsheet.sheets.find((s) => s.metadata.some((m) => m.key === 'csa.tab' && m.value === kind));
const snapshotOf = (addon: AddOn) => JSON.stringify(addon.spreadsheet.sheets.map((s) => [s.name, s.snapshot()]));

/** DuckDB on the CSV: customer → [invoices, spend] over the invoices the two order sheets hold. */
let expected: Map<string, [number, number]>;
beforeAll(async () => {
  const db = await (await DuckDBInstance.create(':memory:')).connect();
  const rows = (
    await db.runAndReadAll(
      `SELECT CAST("Customer ID" AS VARCHAR) AS id, COUNT(*) AS n, SUM("Amount") AS spend FROM read_csv('${CSV}', header = true, all_varchar = false)
       WHERE NOT starts_with(CAST("Invoice" AS VARCHAR), 'C') AND "Customer ID" IS NOT NULL GROUP BY 1`,
    )
  ).getRowObjectsJS() as { id: string; n: bigint | number; spend: number }[];
  expected = new Map(rows.map((r) => [r.id, [Number(r.n), r.spend]]));
});

describe('several source sheets combined (issue 18)', () => {
  it('two order sheets and a customer list give one customer base with the DuckDB figures', async () => {
    const addon = loadAddOn({ sheets: SHEETS, locale: 'en_US' });
    const before = JSON.stringify(Object.keys(SHEETS).map((n) => addon.spreadsheet.getSheetByName(n)!.snapshot()));
    const progress: FlowProgress[] = [];
    const result = await run(addon, base(), { onProgress: (p: FlowProgress) => progress.push(p) });
    expect(result.status).toBe('done');
    if (result.status !== 'done') return;
    // DuckDB's customers; the list's two customers without an order are not segmented.
    expect(expected.size).toBeGreaterThan(300);
    expect(result.summary.customers).toBe(expected.size);
    const segments = owned(addon, 'segments')!.snapshot();
    const header = segments[0] as string[];
    const spendCol = header.indexOf('Total spend');
    const ordersCol = header.indexOf('Orders');
    expect(spendCol).toBeGreaterThan(0);
    expect(ordersCol).toBeGreaterThan(0);
    const byId = new Map(segments.slice(1).map((r) => [String(r[0]), r]));
    expect([...byId.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [id, [n, spend]] of expected) {
      expect(byId.get(id)![ordersCol], id).toBe(n);
      expect(byId.get(id)![spendCol] as number, id).toBeCloseTo(spend, 6);
    }
    // The list's city reached the customers (a column of the Segments tab).
    const cityCol = header.findIndex((h) => /city/i.test(h));
    expect(cityCol).toBeGreaterThan(0);
    expect(byId.get(ids[1])![cityCol]).toBe('Taipei');
    // Every sheet read in blocks on its own; the bar counted all their rows and never went back.
    const reads = progress.filter((p) => p.stage === 'read');
    expect(reads[reads.length - 1].rowsTotal).toBe(online.length - 1 + counter.length - 1 + list.length - 1);
    const percents = progress.map((p) => p.percent);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    expect(addon.executions.map((e) => e.name)).toContain('finishSourcesRun');
    // The sources are untouched, and the chosen sheets were saved with the settings.
    expect(JSON.stringify(Object.keys(SHEETS).map((n) => addon.spreadsheet.getSheetByName(n)!.snapshot()))).toBe(before);
    const saved = (addon.runFromSidebar('getSetup', null, null, null) as SetupInfo).settings;
    expect(saved.extraSheets).toEqual(EXTRAS);
    expect(saved.sourceSheet).toBe('Online shop');
  });

  it('shows each extra sheet with its own detected columns, and keeps each sheet its own column choices', () => {
    const addon = loadAddOn({ sheets: SHEETS });
    const setup = addon.runFromSidebar('getSetup', 'Online shop', 'en', base()) as SetupInfo;
    expect(setup.extraSources.map((s) => s.sheetName)).toEqual(EXTRAS);
    const counterSetup = setup.extraSources[0];
    expect(counterSetup.problem).toBeNull();
    const role = (h: string) => counterSetup.detectedColumns.find((c) => c.header === h)?.role;
    expect([role('顧客編號'), role('訂單日期'), role('金額'), role('訂單編號')]).toEqual(['customerId', 'orderDate', 'amount', 'orderId']);
    expect(setup.extraSources[1].shape).toBe('customers');
    // The counter's order number is set to "not used" for that sheet only.
    const chosen: Settings = { ...base(), extraMappings: { 'Shop counter': { orderId: null } } };
    const again = addon.runFromSidebar('getSetup', 'Online shop', 'en', chosen) as SetupInfo;
    expect(again.extraSources[0].detectedColumns.find((c) => c.header === '訂單編號')?.role).toBeNull();
    expect(again.detectedColumns.find((c) => c.header === 'Invoice')?.role).toBe('orderId');
  });

  it('saves the chosen sheets and their column choices in the settings sheet and reads them back', () => {
    const addon = loadAddOn({ sheets: SHEETS });
    const settings: Settings = { ...base(), extraMappings: { 'Shop counter': { orderId: null, customerId: '顧客編號' } } };
    addon.runFromSidebar('saveSettings', settings);
    const sheet = addon.spreadsheet.sheets.find((s) => s.metadata.some((m) => m.key === 'csa.tab' && m.value === 'settings'))!;
    const rows = new Map(sheet.snapshot().map((r) => [r[0], r[1]]));
    expect(JSON.parse(String(rows.get('extraSheets')))).toEqual(EXTRAS);
    expect(JSON.parse(String(rows.get('extraMappings')))).toEqual({ 'Shop counter': { orderId: null, customerId: '顧客編號' } });
    // A copy of the workbook (the sheet travels with it) reads them back.
    const copy = loadAddOn({ spreadsheet: addon.spreadsheet });
    const setup = copy.runFromSidebar('getSetup', null, null, null) as SetupInfo;
    expect(setup.settings.extraSheets).toEqual(EXTRAS);
    expect(setup.settings.extraMappings).toEqual(settings.extraMappings);
    expect(setup.settingsWarnings).toEqual([]);
  });

  it('old one-sheet settings (no extra sheets saved) read and run exactly as before', async () => {
    const addon = loadAddOn({ sheets: { Orders: table } });
    // The settings sheet as the one-source version wrote it: no extraSheets, no extraMappings rows.
    const sheet = addon.spreadsheet.addSheetWithValues('Segment settings', [
      ['setting', 'value (JSON)', 'written by the Customer Segments add-on; edit in its sidebar'],
      ['version', '1', ''],
      ['sourceSheet', '"Orders"', ''],
      ['mapping', '{"orderId":"Invoice"}', ''],
      ['fitClv', 'false', ''],
    ]);
    sheet.addDeveloperMetadata('csa.tab', 'settings');
    const setup = addon.runFromSidebar('getSetup', null, null, null) as SetupInfo;
    expect(setup.settingsWarnings).toEqual([]);
    expect(setup.settings.extraSheets).toEqual([]);
    expect(setup.extraSources).toEqual([]);
    const result = await run(addon, setup.settings);
    expect(result.status).toBe('done');
    const calls = addon.executions.map((e) => e.name);
    expect(calls).toContain('finishRun');
    expect(calls).not.toContain('finishSourcesRun');
    // The whole sheet, cancellations included: the customers are those with an invoice kept (DuckDB, above).
    expect(result.status === 'done' && result.summary.customers).toBe(expected.size);
  });

  it.each([
    ['renamed', (addon: AddOn) => addon.spreadsheet.getSheetByName('Shop counter')!.setName('Counter 2026')],
    ['deleted', (addon: AddOn) => addon.spreadsheet.deleteSheet(addon.spreadsheet.getSheetByName('Shop counter')!)],
  ])('a source sheet %s since it was chosen is named, and the previous output stays as it was', async (_how, change) => {
    const addon = loadAddOn({ sheets: SHEETS });
    await run(addon, base());
    change(addon);
    const before = snapshotOf(addon);
    const setup = addon.runFromSidebar('getSetup', null, 'zh-TW', null) as SetupInfo;
    expect(setup.extraSources[0].problem).toBe('選為資料來源的工作表「Shop counter」已不在此活頁簿中（是否已重新命名或刪除？）。請在側邊欄重新選擇來源工作表；活頁簿沒有任何變更。');
    expect(setup.extraSources[1].problem).toBeNull();
    await expect(run(addon, base())).rejects.toThrow('The sheet "Shop counter" chosen as a source is not in this workbook any more (renamed or deleted?).');
    expect(snapshotOf(addon)).toBe(before);
  });

  it('an order sheet left without a customer column is named when the run finishes, and nothing is written', async () => {
    const addon = loadAddOn({ sheets: SHEETS });
    const before = snapshotOf(addon);
    const settings: Settings = { ...base(), extraMappings: { 'Shop counter': { customerId: null } } };
    await expect(run(addon, settings)).rejects.toThrow(/^“Shop counter”: /);
    expect(snapshotOf(addon)).toBe(before);
    // A stale or hand-made call with no usable states is refused in words, not deep inside the run.
    const begun = addon.runFromSidebar('beginRun', 'Online shop', base()) as { runId: string };
    expect(() => addon.runFromSidebar('finishSourcesRun', begun.runId, [{ name: 'Shop counter', state: { rows: 1 } }], base())).toThrow(/source sheets/);
    expect(snapshotOf(addon)).toBe(before);
  });

  it('the saved sheet with the orders renamed: the sidebar still opens, on another sheet, saying which one is gone', async () => {
    const addon = loadAddOn({ sheets: SHEETS });
    await run(addon, base());
    addon.spreadsheet.getSheetByName('Online shop')!.setName('Web orders');
    const setup = addon.runFromSidebar('getSetup', null, 'ms', null) as SetupInfo;
    expect(setup.settingsWarnings[0]).toBe('Helaian "Online shop" yang dipilih sebagai sumber tiada lagi dalam buku kerja ini (dinamakan semula atau dipadam?). Pilih helaian sumber sekali lagi dalam bar sisi; tiada apa-apa diubah.');
    expect(setup.sheetName).not.toBe('Online shop');
    expect(setup.settings.sourceSheet).toBeNull();
    // Asked for by name (the sidebar's sheet picker), a missing sheet is still refused.
    expect(() => addon.runFromSidebar('getSetup', 'Online shop', 'en', null)).toThrow('There is no sheet named "Online shop" in this workbook.');
  });

  it('a source sheet with no readable column is named before anything is read or written', async () => {
    const addon = loadAddOn({ sheets: { ...SHEETS, Notes: [['', ''], ['call the supplier', 'Monday']] } });
    const before = snapshotOf(addon);
    const settings = { ...base(), extraSheets: ['Notes', ...EXTRAS] };
    await expect(run(addon, settings)).rejects.toThrow(/^The source sheet "Notes" cannot be read: .+ Nothing was changed\.$/);
    expect(snapshotOf(addon)).toBe(before);
    expect(addon.executions.map((e) => e.name)).not.toContain('readChunk');
  });
});
