/**
 * `segment --engine duckdb`: embedded DuckDB gives every customer the default engine's scores and
 * segment (the app layer's segmentRun on the add-on reader) on R `rfm` 0.3.0's sample orders
 * (rsquaredacademy/rfm commit 297ed8b, `rfm_data_orders`), refuses workbooks, and exits 2 with how to
 * install @duckdb/node-api when it is missing. With --out OUT.xlsx it writes the default engine's
 * tabs: on the R `rfm` orders, the bundled sample shop and UCI Online Retail (Chen, Sain & Guo 2012,
 * ../shared/data/online-retail, the raw 8-column export with cancellations and lines without a
 * customer) the read (orders, customers, data-quality counts) and every tab but Data quality equal
 * the add-on reader's run.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { segmentTable } from '../../src/app/run';
import { defaultSettings } from '../../src/app/settings';
import { errorReport, runCli } from '../../src/cli/commands';
import { duckdbSegmentation, openDuckDb } from '../../src/cli/engineDuckdb';
import type { RfmSqlRow } from '../../src/core/sql';
import { parseCsv, readTable } from '../../src/cli/io';
import { segmentFile } from '../../src/cli/segment';
import { dayFromDate } from '../../src/core/days';
import { segmentRead } from '../../src/app/run';
import { duckdbRead } from '../../src/cli/engineDuckdbRead';
import { detectColumns } from '../../src/core/parse';
import { onlineRetailTable } from '../helpers/onlineRetail';

const FILE = join(process.cwd(), '../shared/data/rfm-package/rfm_data_orders.csv');
const dir = mkdtempSync(join(tmpdir(), 'engine-duckdb-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

/** The default engine's customers: the app layer's run on the add-on reader, as `segment` writes them. */
async function defaultEngine(file: string, settings: Partial<ReturnType<typeof defaultSettings>>, lang: 'en' | 'zh-TW' = 'en') {
  const run = segmentTable(await readTable(file), { settings: { ...defaultSettings(), fitClv: false, ...settings }, lang, runDay: dayFromDate(new Date(), () => 0) });
  return { run, customers: run.segmentation.customers.map((c): RfmSqlRow => ({ customer_id: c.summary.customerId, recency_days: c.recencyDays, frequency: c.frequency, monetary: Math.round(c.monetary * 100) / 100, r: c.r, f: c.f, m: c.m, rfm_score: c.score, segment: c.segmentName })) };
}

/** Customers whose row differs between the two engines (either side missing counts). */
function mismatches(a: readonly RfmSqlRow[], b: readonly RfmSqlRow[]): string[] {
  const byId = new Map(b.map((c) => [c.customer_id, c]));
  const out = a.filter((c) => JSON.stringify(c) !== JSON.stringify(byId.get(c.customer_id))).map((c) => c.customer_id);
  return [...out, ...b.filter((c) => !a.some((x) => x.customer_id === c.customer_id)).map((c) => c.customer_id)];
}

/** runCli with stdout and stderr captured. */
async function cli(argv: string[]) {
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => {
    stdout += String(s);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => {
    stderr += String(s);
    return true;
  });
  const code = await runCli(argv);
  vi.restoreAllMocks();
  return { code, stdout, stderr };
}

describe('segment --engine duckdb', () => {
  for (const [preset, bins, lang] of [['shopify', 5, 'en'], ['rfm-package', 5, 'en'], ['shopify', 3, 'zh-TW']] as const) {
    it(`gives the default engine's scores and segment to every customer (${preset}, ${bins} bins, ${lang})`, async () => {
      const settings = { analysisDate: '2006-12-31', preset, bins };
      const duck = await duckdbSegmentation(FILE, { ...defaultSettings(), ...settings }, lang);
      const core = await defaultEngine(FILE, settings, lang);
      expect(duck.customers).toHaveLength(995);
      expect(core.customers).toHaveLength(995);
      expect(mismatches(duck.customers, core.customers)).toEqual([]);
      // The summary: same segments, customers and revenue as the run's.
      const coreSummary = core.run.segmentation.summary.filter((s) => s.customers > 0).map((s) => [s.name, s.customers, Math.round(s.revenue * 100) / 100]);
      expect(duck.summary.map((s) => [s.segment, s.customers, s.revenue])).toEqual(coreSummary);
    });
  }

  it('without --analysis-date counts to the day after the last order, as the default engine does', async () => {
    const duck = await duckdbSegmentation(FILE, defaultSettings(), 'en');
    const core = await defaultEngine(FILE, {});
    expect(duck.analysisDate).toBe('2006-12-31');
    expect(mismatches(duck.customers, core.customers)).toEqual([]);
  });

  it('scales recency for a small store (under 100 customers) as the default engine does', async () => {
    // The first 40 customers of the R rfm orders, every order of theirs.
    const [header, ...lines] = readFileSync(FILE, 'utf8').trim().split('\n');
    const keep = new Set(lines.map((l) => l.split(',')[0]).slice(0, 400).filter((id, i, all) => all.indexOf(id) === i).slice(0, 40));
    const small = join(dir, 'small.csv');
    writeFileSync(small, `${[header, ...lines.filter((l) => keep.has(l.split(',')[0]))].join('\n')}\n`);
    const settings = { analysisDate: '2006-12-31' };
    const duck = await duckdbSegmentation(small, { ...defaultSettings(), ...settings }, 'en');
    const core = await defaultEngine(small, settings);
    expect(core.run.segmentation.thresholds.recency.method).toBe('small-store-days');
    expect(duck.customers).toHaveLength(40);
    expect(mismatches(duck.customers, core.customers)).toEqual([]);
  });

  it('writes the customers and the segment summary as `rfm --format csv` does, and exits 0', async () => {
    const out = join(dir, 'segments.csv');
    const { code, stdout } = await cli(['segment', FILE, '--engine', 'duckdb', '--analysis-date', '2006-12-31', '--out', out]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^DuckDB: 995 customers in \d+ segments, analysis date 2006-12-31/);
    const [customers, summary] = readFileSync(out, 'utf8').split('\n\n');
    const rows = parseCsv(customers);
    expect(rows[0]).toEqual(['customer_id', 'recency_days', 'frequency', 'monetary', 'r', 'f', 'm', 'rfm_score', 'segment']);
    expect(rows.filter((r) => r.length > 1)).toHaveLength(996);
    expect(parseCsv(summary)[0].slice(0, 3)).toEqual(['segment', 'customers', 'customer_share']);
    const json = join(dir, 'segments.json');
    expect((await cli(['segment', FILE, '--engine', 'duckdb', '--analysis-date', '2006-12-31', '--out', json])).code).toBe(0);
    expect(JSON.parse(readFileSync(json, 'utf8')).customers).toHaveLength(995);
  });

  it('refuses an .xlsx input with a clear message (exit 2), and the flags and outputs it cannot honour', async () => {
    const book = join(dir, 'orders.xlsx');
    writeFileSync(book, 'not read');
    const xlsx = await cli(['segment', book, '--engine', 'duckdb', '--out', join(dir, 'a.csv')]);
    expect(xlsx.code).toBe(2);
    expect(xlsx.stderr).toContain('--engine duckdb reads CSV files only');
    expect(xlsx.stderr).toContain('is a workbook');
    const campaigns = await cli(['segment', FILE, '--engine', 'duckdb', '--out', join(dir, 'b.csv'), '--campaigns', join(dir, 'c')]);
    expect(campaigns.code).toBe(2);
    expect(campaigns.stderr).toContain('--campaigns need the workbook: use --out FILE.xlsx with --engine duckdb');
    const sheet = await cli(['segment', FILE, '--engine', 'duckdb', '--out', join(dir, 'b.xlsx'), '--sheet', 'Orders']);
    expect(sheet.code).toBe(2);
    expect(sheet.stderr).toContain('--sheet cannot be used with --engine duckdb');
    const textOut = await cli(['segment', FILE, '--engine', 'duckdb', '--out', join(dir, 'b.txt')]);
    expect(textOut.code).toBe(2);
    expect(textOut.stderr).toContain('ending in .xlsx or .csv or .json');
    const badEngine = await cli(['segment', FILE, '--engine', 'spark', '--out', join(dir, 'b.xlsx')]);
    expect(badEngine.code).toBe(2);
  });

  it('a file the SQL cannot read as the reader does exits 1 and says to use the default engine', async () => {
    const file = join(dir, 'totals.csv');
    writeFileSync(file, 'Customer,Orders,Total spent,Last order date\na,3,30,2024-01-01\nb,1,10,2024-02-01\n');
    const r = await cli(['segment', file, '--engine', 'duckdb', '--analysis-date', '2024-03-01', '--out', join(dir, 'd.csv')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('leave out --engine duckdb');
  });

  it('exits 2 saying to install @duckdb/node-api when the package is missing', async () => {
    const err = await openDuckDb('@duckdb/no-such-package').catch((e: unknown) => e);
    expect(errorReport(err, false)).toEqual({ code: 2, text: expect.stringContaining('npm install @duckdb/node-api') });
  });

  it('the default engine is unchanged without the flag', async () => {
    const out = join(dir, 'default.xlsx');
    const lines = await segmentFile(FILE, out, { 'analysis-date': '2006-12-31', 'no-clv': true });
    expect(lines).toContain('995 customers');
  });
});

/** The raw Online Retail export as one CSV file (Description holds commas and quotes). */
function onlineRetailFile(): string {
  const file = join(dir, 'online-retail.csv');
  const cell = (c: string) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  writeFileSync(file, `${onlineRetailTable().map((r) => r.map(cell).join(',')).join('\n')}\n`);
  return file;
}

const runDay = dayFromDate(new Date(), () => 0);

describe('segment --engine duckdb --out OUT.xlsx', () => {
  const cases = [
    { name: 'R rfm orders', file: () => FILE, settings: { analysisDate: '2006-12-31' } },
    { name: 'the sample shop, with CLV, zh-TW', file: () => join(process.cwd(), 'scripts/sample-shop/orders.csv'), settings: { fitClv: true }, lang: 'zh-TW' as const },
    { name: 'Online Retail (541,909 lines)', file: onlineRetailFile, settings: { analysisDate: '2011-12-10' } },
  ];
  for (const c of cases) {
    it(`reads as the add-on reader does and writes the same tabs: ${c.name}`, async () => {
      const file = c.file();
      const lang = c.lang ?? 'en';
      const settings = { ...defaultSettings(), fitClv: false, ...c.settings };
      const table = await readTable(file);
      const core = segmentTable(table, { settings, lang, runDay });
      const db = await openDuckDb();
      const read = await duckdbRead(db, { file, detection: detectColumns(table.slice(0, 1000)), lastDay: settings.analysisDate ?? new Date().toISOString().slice(0, 10), dateOrder: null, lang });
      const duck = segmentRead(read, { settings, lang, runDay });
      // The read: the same orders (row, customer, order id, day, amount) and customers.
      const order = (o: (typeof read.orders)[number]) => [o.row, o.customerId, o.orderId, o.day, o.amount, o.quantity, o.channel, o.minute];
      expect(read.orders.map(order)).toEqual(core.read.orders.map(order));
      expect(read.customers).toEqual(core.read.customers);
      // Product lines (the Products tab) are not brought back from SQL: the one tab the engine leaves out.
      const tabs = core.tabs.filter((t) => t.kind !== 'products');
      expect({ ...read.quality, issues: [] }).toEqual({ ...core.read.quality, issues: [] });
      // Every count the core reports, but the exact-duplicate rows (not counted in SQL; nothing is left out for them).
      expect(read.quality.issues).toEqual(core.read.quality.issues.filter((i) => i.check !== 'exactDuplicate'));
      expect(read.decisions.map((d) => d.text)).toEqual([...core.read.decisions.map((d) => d.text), expect.stringMatching(/^The file was read by DuckDB v/)]);
      // Every tab but Data quality (which adds the DuckDB line) is the default engine's, cell for cell.
      expect(duck.tabs.map((t) => t.kind)).toEqual(tabs.map((t) => t.kind));
      for (const [i, tab] of duck.tabs.entries()) if (tab.kind !== 'quality') expect(tab).toEqual(tabs[i]);
      expect(duck.summary).toBe(core.summary);
      const quality = JSON.stringify(duck.tabs.find((t) => t.kind === 'quality'));
      expect(quality).toContain('DuckDB v');
    }, 120_000);
  }

  it('counts what it leaves out as the add-on reader does: statuses, cancellations, blank and bad cells, conflicts, dates out of range', async () => {
    // Hand-made lines, one per case the reader checks (src/core/parse/readRows.ts, finish.ts): the expected
    // figures are the add-on reader's own on the same file, not ours.
    const lines = [
      'Order ID,Customer ID,Order Date,Quantity,Unit Price,Financial Status,Cancelled at,Channel,City',
      '1001,a,2024-01-05 10:15,2,5.5,paid,,web,Taipei',
      '1001,a,2024-01-05 10:15,1,3,paid,,web,Taipei',
      '1001,,2024-01-05,1,1,paid,,,',
      '1002,b,2024-01-06,1,7.25,refunded,,shop,Penang',
      '1003,c,2024-01-07T09:30:00,1,4,paid,2024-01-08,,',
      '1004,b,2024/2/3 14:20,3,2,paid,,,Ipoh',
      '1004,x,2024-02-03,1,2,paid,,,',
      '1005,d,not a date,1,2,paid,,,',
      '1006,d,2024-02-10,-1,2,paid,,,',
      '1007,e,2024-02-11,1,abc,paid,,,',
      '1008,e,1899-12-30,1,2,paid,,,',
      '1009,f,2030-01-01,1,2,paid,,,',
      '1010,f,2024-03-01,1,,paid,,,',
      '1011,g,2024-03-02,1,0,paid,,,',
      ',g,2024-03-03,2,1.5,paid,,,KL',
      ',,,,,,,,',
      'C1012,g,2024-03-04,-2,1.5,paid,,,',
      '1013,,2024-03-05,1,9,paid,,,',
      '1014,h,2024-03-06,,4,paid,,,',
      '1015,i,2024-03-07,1,1.234,paid,,,',
    ];
    const file = join(dir, 'cases.csv');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const settings = { ...defaultSettings(), fitClv: false, analysisDate: '2024-12-31' };
    const table = await readTable(file);
    const core = segmentTable(table, { settings, lang: 'en', runDay });
    const read = await duckdbRead(await openDuckDb(), { file, detection: detectColumns(table), lastDay: '2024-12-31', dateOrder: null, lang: 'en' });
    const order = (o: (typeof read.orders)[number]) => [o.row, o.customerId, o.orderId, o.day, o.amount, o.quantity, o.channel, o.minute];
    expect(read.orders.map(order)).toEqual(core.read.orders.map(order));
    expect(read.customers).toEqual(core.read.customers);
    expect(read.quality.issues).toEqual(core.read.quality.issues.filter((i) => i.check !== 'exactDuplicate'));
    expect({ ...read.quality, issues: [] }).toEqual({ ...core.read.quality, issues: [] });
    expect(read.decisions.map((d) => d.text)).toEqual([...core.read.decisions.map((d) => d.text), expect.stringMatching(/^The file was read by DuckDB v/)]);
    expect(read.quality.issues.map((i) => i.check)).toEqual(expect.arrayContaining(['refunded', 'missingCustomerId', 'unparseableDate', 'negativeAmount', 'unparseableAmount', 'earlyDate', 'futureDate', 'zeroAmount', 'orderCustomerConflict']));
  }, 60_000);

  it('writes the workbook from the command line, in the user\'s language', async () => {
    const out = join(dir, 'duck.xlsx');
    const { code, stdout } = await cli(['segment', FILE, '--engine', 'duckdb', '--analysis-date', '2006-12-31', '--no-clv', '--lang', 'ms', '--out', out]);
    expect(code).toBe(0);
    expect(stdout).toContain('995');
    expect(stdout).toContain(out);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  }, 60_000);

  it('refuses day/month dates and formatted amounts, which only the add-on reader reads, in the user\'s language', async () => {
    const dmy = join(dir, 'dmy.csv');
    writeFileSync(dmy, 'Customer ID,Order Date,Amount\na,25/12/2024,10\nb,26/12/2024,12\n');
    const r = await cli(['segment', dmy, '--engine', 'duckdb', '--analysis-date', '2025-01-01', '--out', join(dir, 'dmy.xlsx'), '--lang', 'zh-CN']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('“25/12/2024”');
    expect(r.stderr).toContain('请去掉 --engine duckdb');
    const money = join(dir, 'money.csv');
    writeFileSync(money, 'Customer ID,Order Date,Amount\na,2024-12-25,"$1,200.00"\nb,2024-12-26,$12\n');
    const m = await cli(['segment', money, '--engine', 'duckdb', '--analysis-date', '2025-01-01', '--out', join(dir, 'money.xlsx')]);
    expect(m.code).toBe(1);
    expect(m.stderr).toContain('currency marks or separators');
  }, 60_000);
});
