/**
 * The BigQuery app layer: the table and project checks, the setting (off by default, kept in the
 * settings sheet's JSON), the packed query's shape (BigQuery text linted, DuckDB's rows within a
 * cell's size) and the read-back refusing a result that is not whole. The full run against the
 * normal run is test/server/bigqueryRun.test.ts.
 */
import { readFileSync } from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { readPackedRows, type PackedRow } from '../../src/app/bigqueryRead';
import { PART_CHARS, packedRunSql, sqlOptionsFor } from '../../src/app/bigquerySql';
import { parseBigQueryTable } from '../../src/app/bigqueryTable';
import { defaultSettings, readSettings } from '../../src/app/settings';
import { detectColumns } from '../../src/core/parse';
import { BIGQUERY_SCOPE } from '../../src/sheets/bigquery';
import { BIGQUERY_MESSAGES } from '../../src/app/bigqueryMessages';
import type { Lang } from '../../src/core/types';
import { leaksOf } from '../i18n/untranslated';

const FILE = '../shared/data/rfm-package/rfm_data_orders.csv';
const COLUMNS = { customer: 'customer_id', date: 'order_date', amount: 'revenue' };

describe('parseBigQueryTable', () => {
  it.each([
    ['my-shop-123.sales.orders', '`my-shop-123.sales.orders`'],
    ['  `my-shop-123.sales.orders`  ', '`my-shop-123.sales.orders`'],
    ['example.com:my-shop.sales_eu.orders 2024', '`example.com:my-shop.sales_eu.orders 2024`'],
    ['my-shop-123.sales.訂單', '`my-shop-123.sales.訂單`'],
  ])('accepts %j', (typed, from) => {
    const r = parseBigQueryTable(typed, 'en');
    expect(r.ok && r.table.from).toBe(from);
  });

  it.each([
    ['', /^Type the BigQuery table/],
    ['orders', /has 1 part\(s\)/],
    ['a.b.c.d', /has 4 part\(s\)/],
    ['shop.sales.orders', /"shop" is not a Google Cloud project id/], // 4 letters: too short
    ['my-shop-.sales.orders', /is not a Google Cloud project id/],
    ['my-shop-123.sales-eu.orders', /^The dataset "sales-eu"/],
    ['my-shop-123.sales.orders`x', /^The table name "orders`x"/],
    ["my-shop-123.sales.o'rders", /^The table name/],
    ['my-shop-123.sales.orders\\', /^The table name/],
  ])('refuses %j, saying why', (typed, why) => {
    const r = parseBigQueryTable(typed, 'en');
    expect(r.ok ? '' : r.problem).toMatch(why);
  });

  it('says it in the user language', () => {
    const r = parseBigQueryTable('orders', 'zh-CN');
    expect(r.ok ? '' : r.problem).toBe('“orders”以点分隔出 1 段；BigQuery 需要三段：project.dataset.table，例如 my-shop.sales.orders。');
  });
});

describe('the BigQuery setting', () => {
  it('is off by default and round-trips through the stored JSON', () => {
    expect(defaultSettings().bigQuery).toEqual({ table: '', run: false, projectId: '' });
    const stored = JSON.parse(JSON.stringify({ ...defaultSettings(), bigQuery: { table: 'my-shop.sales.orders', run: true, projectId: 'my-shop' } }));
    expect(readSettings(stored)).toEqual({ settings: { ...defaultSettings(), bigQuery: { table: 'my-shop.sales.orders', run: true, projectId: 'my-shop' } }, problems: [] });
  });

  it('a hand-edited value it cannot use is replaced by "off" and reported', () => {
    const { settings, problems } = readSettings({ bigQuery: { table: 'x', run: 'yes', projectId: 'p' } });
    expect(settings.bigQuery.run).toBe(false);
    expect(problems).toEqual([{ kind: 'badValue', setting: 'bigQuery', value: '{"table":"x","run":"yes","projectId":"p"…' }]); // shown cut at 40 characters
  });
});

describe('packedRunSql', () => {
  const settings = { ...defaultSettings(), analysisDate: '2006-12-31' };

  it('BigQuery text: none of the banned quantile functions, DATE_DIFF(end, start, DAY), INT64 money', () => {
    const sql = packedRunSql(sqlOptionsFor(settings, COLUMNS, '`my-shop-123.sales.orders`', '2006-12-31', 'en'));
    // Functions, not names: the cut-point CTE "quantile_row" contains the letters of NTILE.
    expect(sql).not.toMatch(/\b(NTILE|PERCENTILE_CONT|APPROX_QUANTILES|quantile_cont)\s*\(|::/i);
    // BigQuery's DATE_DIFF(end, start, DAY): recency is analysis day − last order, tenure last − first order.
    for (const m of sql.matchAll(/DATE_DIFF\(([^,]+), ([^,]+), DAY\)/g)) {
      if (m[2] === 'MIN(order_date)') expect(m[1]).toBe('MAX(order_date)');
      else expect(m[2]).toMatch(/^DATE '\d{4}-\d{2}-\d{2}'$|^MAX\(order_date\)$/);
    }
    expect(sql).toContain('CAST(ROUND(amount * 100) AS INT64) AS cents');
    expect(sql).toContain('TO_JSON_STRING(h.customer_id)');
    expect(sql.length).toBeLessThan(100_000);
  });

  it("DuckDB: every part fits a cell, and the read-back equals R rfm's orders file (995 customers, 4,906 orders)", async () => {
    const db = await (await DuckDBInstance.create(':memory:')).connect();
    const sql = packedRunSql(sqlOptionsFor(settings, COLUMNS, `read_csv('${FILE}', header = true, all_varchar = true)`, '2006-12-31', 'en', 'duckdb'));
    const rows = (await db.runAndReadAll(sql)).getRowObjectsJS().map((r) => ({ part: Number(r.part), parts: Number(r.parts), customers: String(r.customers) }));
    db.closeSync();
    expect(rows.length).toBeGreaterThan(1);
    for (const r of rows) expect(r.customers.length).toBeLessThan(PART_CHARS + 2_000);
    const header = ['customer_id', 'order_date', 'revenue'];
    const { read } = readPackedRows(rows, detectColumns([header, ['a', '2005-01-01', 1]]), 'en');
    // The file itself, read independently of both engines: every line is one order (no refunds, no blanks).
    const lines = readFileSync(FILE, 'utf8').trim().split('\n').slice(1);
    expect(read.orders.length).toBe(lines.length);
    expect(read.customers.length).toBe(new Set(lines.map((l) => l.split('","')[0])).size);
    const cents = lines.reduce((n, l) => n + Math.round(Number(l.split(',').at(-1)) * 100), 0);
    expect(Math.round(read.orders.reduce((n, o) => n + o.amount * 100, 0))).toBe(cents);
    // Tampered results are refused, never half used.
    const detection = detectColumns([header]);
    expect(() => readPackedRows(rows.slice(1), detection, 'en')).toThrow(/parts read/);
    const bad: PackedRow[] = rows.map((r, i) => (i === 0 ? { ...r, customers: r.customers.replace(/,(\d+)\]\]/, (_m, c) => `,${Number(c) + 1}]]`) } : r));
    expect(() => readPackedRows(bad, detection, 'en')).toThrow(/BigQuery returned rows this version of the add-on cannot read \(customer /);
  }, 60_000);
});

it('the build adds the same scope the add-on asks for', () => {
  expect(readFileSync('scripts/build.mjs', 'utf8')).toContain(`const BIGQUERY_SCOPE = '${BIGQUERY_SCOPE}';`);
  // The default manifest keeps its two scopes.
  expect(JSON.parse(readFileSync('appsscript.json', 'utf8')).oauthScopes).not.toContain(BIGQUERY_SCOPE);
});

describe('the BigQuery messages', () => {
  it('have no English left in zh-TW, zh-CN or ms (test/i18n/untranslated.ts), beyond names typed as they are', () => {
    // Typed or shown as they are in every language: the build command, the README section's title,
    // the IAM role names as the Cloud console lists them, and the table-name pattern with its example.
    const also = new Set(['npm', 'run', 'build', 'clasp', 'push', 'README', 'Run', 'in', 'Job', 'User', 'Data', 'Viewer', 'project', 'dataset', 'table', 'shop', 'sales', 'orders']);
    const texts = (lang: Lang) => new Map(Object.entries(BIGQUERY_MESSAGES).map(([k, m]) => [k, m[lang]]));
    const leaks = Object.fromEntries((['zh-TW', 'zh-CN', 'ms'] as const).map((lang) => [lang, leaksOf(lang, texts(lang), texts('en'), { also })]));
    expect(leaks).toEqual({ 'zh-TW': [], 'zh-CN': [], ms: [] });
  });
});
