/**
 * `segment --engine duckdb`: embedded DuckDB gives every customer the default engine's scores and
 * segment (the app layer's segmentRun on the add-on reader) on R `rfm` 0.3.0's sample orders
 * (rsquaredacademy/rfm commit 297ed8b, `rfm_data_orders`), refuses workbooks, and exits 2 with how to
 * install @duckdb/node-api when it is missing.
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
    expect(campaigns.stderr).toContain('--campaigns cannot be used with --engine duckdb');
    const workbookOut = await cli(['segment', FILE, '--engine', 'duckdb', '--out', join(dir, 'b.xlsx')]);
    expect(workbookOut.code).toBe(2);
    expect(workbookOut.stderr).toContain('--out must be a file name ending in .csv or .json');
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
