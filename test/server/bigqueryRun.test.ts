/**
 * "Run in BigQuery" end to end through the built dist/Code.js in the Apps Script harness, with the
 * Connected Sheets fakes (test/harness/fakeBigQuery.ts). BigQuery itself cannot run here: the fake
 * answers the exact BigQuery query the add-on sends with the rows DuckDB (@duckdb/node-api, an
 * independent engine) computes from the DuckDB dialect of the same query on the same file,
 * ../shared/data/rfm-package/rfm_data_orders.csv (R rfm 0.3.0's `rfm_data_orders`: 995 customers,
 * 4,906 orders). The tabs written must equal those of the normal run on that file imported as a sheet.
 */
import { readFileSync } from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import { packedRunSql, sqlOptionsFor } from '../../src/app/bigquerySql';
import type { BigQueryAccess, BigQueryExport, BigQueryStep } from '../../src/app/bigqueryContract';
import type { Settings } from '../../src/app/contract';
import { defaultSettings } from '../../src/app/settings';
import { parseCsv } from '../../src/cli/io';
import { rfmSql } from '../../src/core/sql';
import { runFlow } from '../../sidebar/runFlow';
import { bigQueryFlow } from '../../sidebar/views/bigquery';
import { loadAddOn, type AddOn } from '../harness';
import { FakeBigQuery, type FakeResult } from '../harness/fakeBigQuery';
import { sheetValuesFromCsv } from '../harness/sheetValues';
import { sidebarCall } from '../helpers/sidebarCall';

const FILE = '../shared/data/rfm-package/rfm_data_orders.csv';
const VALUES = sheetValuesFromCsv(parseCsv(readFileSync(FILE, 'utf8')));
const TABLE = 'my-shop-123.sales.orders';
const COLUMNS = { customer: 'customer_id', date: 'order_date', amount: 'revenue' };
const SETTINGS: Settings = { ...defaultSettings(), analysisDate: '2006-12-31', bigQuery: { run: true, projectId: 'my-shop-123', table: TABLE } };

/** The query the add-on must send for these settings, and DuckDB's rows for it. */
async function duckAnswer(settings: Settings): Promise<{ sql: string; result: FakeResult }> {
  const date = settings.analysisDate as string;
  const sql = packedRunSql(sqlOptionsFor(settings, COLUMNS, `\`${TABLE}\``, date, 'en'));
  const db = await (await DuckDBInstance.create(':memory:')).connect();
  const duck = packedRunSql(sqlOptionsFor(settings, COLUMNS, `read_csv('${FILE}', header = true, all_varchar = true)`, date, 'en', 'duckdb'));
  const rows = (await db.runAndReadAll(duck)).getRowObjectsJS();
  db.closeSync();
  return { sql, result: { columns: { part: rows.map((r) => Number(r.part)), parts: rows.map((r) => Number(r.parts)), customers: rows.map((r) => String(r.customers)) } } };
}

const OUTPUT = ['Segments', 'Segment summary', 'Campaign lists', 'Personas', 'KPIs', 'CLV model'];

/**
 * Every cell of the output tabs (the Data quality, History and Movement tabs describe the reading
 * and the runs, not the customers), each tab's rows sorted: a database table has no row order, so
 * customers come back in another order than the sheet's rows.
 */
function tabs(addon: AddOn): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const name of OUTPUT) {
    const sheet = addon.spreadsheet.getSheetByName(name);
    // The CLV model tab's error sums run over customers in their order, so its last bits differ (1e-15 relative): 12 digits there.
    const cell = (v: unknown) => (name === 'CLV model' && typeof v === 'number' ? Number(v.toPrecision(12)) : v);
    if (sheet) out[name] = sheet.snapshot().map((row) => JSON.stringify(row.map(cell))).sort();
  }
  return out;
}

/** The workbook as the owner sees it: sheet names and every cell. */
const workbook = (addon: AddOn) => JSON.stringify(addon.spreadsheet.sheets.map((s) => [s.name, s.snapshot()]));

let normal: Record<string, string[]>;
let answer: { sql: string; result: FakeResult };

beforeAll(async () => {
  const addon = loadAddOn({ sheets: { Orders: VALUES }, locale: 'en_US' });
  const result = await runFlow(sidebarCall(addon), 'Orders', SETTINGS, {});
  expect(result.status).toBe('done');
  normal = tabs(addon);
  answer = await duckAnswer(SETTINGS);
}, 120_000);

function bigQueryAddOn(fake: FakeBigQuery) {
  return loadAddOn({ sheets: { Orders: VALUES }, locale: 'en_US', bigQuery: fake });
}

describe('Run in BigQuery (harness, DuckDB as the engine)', () => {
  it('writes the same tabs as the normal run, and removes its temporary sheet', () => {
    const fake = new FakeBigQuery().answer(answer.sql, answer.result);
    const addon = bigQueryAddOn(fake);
    const step = addon.runFromSidebar('runInBigQuery', SETTINGS) as BigQueryStep;
    expect(step.status).toBe('done');
    if (step.status !== 'done') return;
    expect(fake.queries).toEqual([{ projectId: 'my-shop-123', sql: answer.sql }]);
    expect(step.summary.customers).toBe(995);
    expect(Object.keys(normal)).toContain('Segments');
    const written = tabs(addon);
    for (const name of Object.keys(normal)) expect(written[name], name).toEqual(normal[name]);
    expect(addon.spreadsheet.sheets.some((s) => s.name.startsWith('~bigquery'))).toBe(false);
    expect(step.summary.warnings.join(' ')).toContain('Ran in BigQuery: each order came back as its day and amount only');
    // BigQuery's own scores (the DuckDB dialect of the same SQL here) equal the add-on's for all 995 customers.
    expect(step.summary.warnings.join(' ')).not.toMatch(/scored \d+ customers differently/);
    // The setting travels with the workbook: its hidden settings sheet.
    const stored = addon.spreadsheet.sheets.find((s) => s.metadata.some((m) => m.key === 'csa.tab' && m.value === 'settings'));
    expect(stored?.snapshot().find((r) => r[0] === 'bigQuery')?.[1]).toBe(JSON.stringify(SETTINGS.bigQuery));
    // The query never waited near the 6-minute limit.
    expect(addon.executions.at(-1)?.virtualMs).toBeLessThan(10_000);
  });

  it("polls while the query runs (the sidebar's own driver), then writes the tabs", async () => {
    const fake = new FakeBigQuery({ runningChecks: 3 }).answer(answer.sql, answer.result);
    const addon = bigQueryAddOn(fake);
    const waited: number[] = [];
    const summary = await bigQueryFlow(sidebarCall(addon), SETTINGS, (s) => waited.push(s));
    expect(waited).toEqual([120, 360]);
    expect(addon.executions.map((e) => e.name)).toEqual(['runInBigQuery', 'pollBigQueryRun', 'pollBigQueryRun']);
    expect(summary.customers).toBe(995);
    expect(tabs(addon).Segments).toEqual(normal.Segments);
    for (const e of addon.executions) expect(e.wallMs + e.virtualMs, e.name).toBeLessThan(360_000);
  });

  it('gives up after its polls with a clear sentence, the workbook unchanged', () => {
    const fake = new FakeBigQuery({ runningChecks: Infinity }).answer(answer.sql, answer.result);
    const addon = bigQueryAddOn(fake);
    const before = workbook(addon);
    let step = addon.runFromSidebar('runInBigQuery', SETTINGS) as BigQueryStep;
    let error: Error | null = null;
    try {
      while (step.status === 'running') step = addon.runFromSidebar('pollBigQueryRun', step.runId, step.attempt, SETTINGS) as BigQueryStep;
    } catch (e) {
      error = e as Error;
    }
    expect(error?.message).toMatch(/^BigQuery did not finish the query within 18 minutes, so it was stopped; nothing was changed\./);
    expect(workbook(addon)).toBe(before);
    for (const e of addon.executions) expect(e.wallMs + e.virtualMs, e.name).toBeLessThan(360_000);
  });

  it("reports BigQuery's error with what to check, the workbook unchanged", () => {
    const fake = new FakeBigQuery().answer(answer.sql, { error: 'Not found: Table my-shop-123:sales.orders was not found in location US' });
    const addon = bigQueryAddOn(fake);
    const before = workbook(addon);
    expect(() => addon.runFromSidebar('runInBigQuery', SETTINGS)).toThrow(/^BigQuery could not run the query: Not found: Table my-shop-123:sales\.orders was not found in location US\. Check the table name/);
    expect(workbook(addon)).toBe(before);
  });

  it('refuses without a project id or when turned off, before any query', () => {
    const fake = new FakeBigQuery().answer(answer.sql, answer.result);
    const addon = bigQueryAddOn(fake);
    const before = workbook(addon);
    expect(() => addon.runFromSidebar('runInBigQuery', { ...SETTINGS, bigQuery: { ...SETTINGS.bigQuery, projectId: '' } })).toThrow(/^Type the Google Cloud project id/);
    expect(() => addon.runFromSidebar('runInBigQuery', { ...SETTINGS, bigQuery: { ...SETTINGS.bigQuery, projectId: 'My Project' } })).toThrow(/is not a Google Cloud project id/);
    expect(() => addon.runFromSidebar('runInBigQuery', { ...SETTINGS, bigQuery: { ...SETTINGS.bigQuery, run: false } })).toThrow(/^Run in BigQuery is off/);
    expect(() => addon.runFromSidebar('runInBigQuery', { ...SETTINGS, lang: 'zh-TW', bigQuery: { ...SETTINGS.bigQuery, table: 'orders' } })).toThrow(/^「orders」以點分隔出 1 段/);
    expect(fake.queries).toEqual([]);
    expect(workbook(addon)).toBe(before);
  });

  it("a poll never touches a sheet that is not the run's own temporary sheet", () => {
    const fake = new FakeBigQuery().answer(answer.sql, answer.result);
    const addon = bigQueryAddOn(fake);
    const before = workbook(addon);
    const orders = String(addon.spreadsheet.getSheetByName('Orders')?.getSheetId());
    expect(() => addon.runFromSidebar('pollBigQueryRun', orders, 1, SETTINGS)).toThrow(/^BigQuery returned rows this version of the add-on cannot read/);
    expect(() => addon.runFromSidebar('pollBigQueryRun', 'x; 1', 1, SETTINGS)).toThrow(/^The sidebar sent data this version of the add-on cannot read \(BigQuery run\)/);
    expect(workbook(addon)).toBe(before);
  });

  it('without the scope: says how to turn it on, asks Google for it on Run, and changes nothing', () => {
    const fake = new FakeBigQuery({ scopeGranted: false }).answer(answer.sql, answer.result);
    const addon = bigQueryAddOn(fake);
    const before = workbook(addon);
    const access = addon.runFromSidebar('bigQueryAccess', 'en') as BigQueryAccess;
    expect(access.scopeGranted).toBe(false);
    expect(access.text).toMatch(/npm run build -- --bigquery/);
    expect(fake.scopeRequests).toEqual([]); // checking asks for nothing
    expect(() => addon.runFromSidebar('runInBigQuery', SETTINGS)).toThrow(/Authorization is required/);
    expect(fake.scopeRequests).toEqual([['https://www.googleapis.com/auth/bigquery.readonly']]);
    expect(fake.queries).toEqual([]);
    expect(workbook(addon)).toBe(before);
    fake.scopeGranted = true;
    expect((addon.runFromSidebar('bigQueryAccess', 'en') as BigQueryAccess).scopeGranted).toBe(true);
  });

  it('exports the SQL of the settings for a typed table, or says what is wrong with the table', () => {
    const addon = loadAddOn({ sheets: { Orders: VALUES }, locale: 'en_US' });
    const out = addon.runFromSidebar('exportBigQuerySql', SETTINGS, ` \`${TABLE}\` `) as BigQueryExport;
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.sql).toBe(rfmSql(sqlOptionsFor(SETTINGS, COLUMNS, `\`${TABLE}\``, '2006-12-31', 'en')));
    expect(out.fileName).toBe('orders-rfm.sql');
    expect(out.columns).toEqual(['customer_id', 'order_date', 'revenue']);
    const bad = (table: string, lang: Settings['lang'] = 'en') => addon.runFromSidebar('exportBigQuerySql', { ...SETTINGS, lang }, table) as BigQueryExport;
    expect(bad('')).toEqual({ ok: false, problem: 'Type the BigQuery table as project.dataset.table, e.g. my-shop.sales.orders.' });
    expect(bad('my-shop-123.sales')).toMatchObject({ ok: false, problem: expect.stringMatching(/has 2 part\(s\)/) });
    expect(bad('My_Shop.sales.orders')).toMatchObject({ ok: false, problem: expect.stringMatching(/"My_Shop" is not a Google Cloud project id/) });
    expect(bad('my-shop-123.sales-eu.orders', 'ms')).toMatchObject({ ok: false, problem: expect.stringMatching(/^Set data "sales-eu"/) });
    expect(bad('my-shop-123.sales.orders`; DROP TABLE x; --')).toMatchObject({ ok: false });
  });
});
