/**
 * The SQL text itself: BigQuery and PostgreSQL snapshots (neither engine runs here; DuckDB runs the
 * same query shape in the other tests), a lint of every dialect, bin count and preset (no quantile
 * function of the engine, BigQuery's DATE_DIFF(end, start, DAY), no double-quoted identifiers in
 * BigQuery, MOD rather than %), size, and quoting of hostile column and segment names, run on DuckDB.
 */
import { describe, expect, it } from 'vitest';
import { rfmPackageSegments, rulesAtScores, shopifySegments, type SegmentRule } from '../../../src/core/rfm';
import { rfmSql, SQL_DIALECTS } from '../../../src/core/sql';
import { duckRows } from './sqlCompare';

const base = { from: 'shop.orders', columns: { customer: 'CustomerID', date: 'InvoiceDate', amount: 'Amount', order: 'InvoiceNo' }, analysisDate: '2011-12-10' };
const BANNED = /\b(NTILE|PERCENTILE_CONT|PERCENTILE_DISC|APPROX_QUANTILES|QUANTILE_CONT|QUANTILE_DISC|QUANTILE|MEDIAN)\s*\(/i;
/** BigQuery text without its string literals (backslash escapes) and backtick identifiers. */
const bigQueryCode = (sql: string) => sql.replace(/'(?:\\.|[^'\\])*'/g, "''").replace(/`(?:\\.|[^`\\])*`/g, '``');

describe('rfmSql text', () => {
  it('BigQuery: matches its snapshot', async () => {
    await expect(rfmSql({ ...base, dialect: 'bigquery', from: '`project.shop.orders`', rules: rulesAtScores(rfmPackageSegments, 5) })).toMatchFileSnapshot('./__snapshots__/rfm.bigquery.sql');
  });

  it('PostgreSQL: matches its snapshot', async () => {
    await expect(rfmSql({ ...base, dialect: 'postgres', bins: 4, rules: rulesAtScores(shopifySegments, 4), lang: 'zh-CN' })).toMatchFileSnapshot('./__snapshots__/rfm.postgres.sql');
  });

  it('uses no quantile function, writes DATE_DIFF(end, start, DAY) and quotes BigQuery identifiers with backticks only', () => {
    let checked = 0;
    for (const dialect of SQL_DIALECTS)
      for (let bins = 2; bins <= 10; bins++)
        for (const preset of [shopifySegments, rfmPackageSegments])
          for (const order of ['InvoiceNo', undefined]) {
            const sql = rfmSql({ ...base, dialect, bins, rules: rulesAtScores(preset, bins), columns: { ...base.columns, order } });
            expect(sql).not.toMatch(BANNED);
            // type-7 arithmetic is written out: ROW_NUMBER over the sorted values, FLOOR and CEIL of the index
            expect(sql).toMatch(/ROW_NUMBER\(\) OVER \(PARTITION BY dim ORDER BY v\)/);
            expect(sql).toContain('CAST(FLOOR(q.ix)');
            if (dialect === 'bigquery') {
              const diffs = sql.match(/DATE_DIFF\([^\n]*?, DAY\)/g) ?? [];
              expect(diffs).toEqual(["DATE_DIFF(DATE '2011-12-10', MAX(order_date), DAY)", 'DATE_DIFF(MAX(order_date), MIN(order_date), DAY)']);
              // BigQuery has no % operator and no integer //: the small-store median uses MOD and doubled indexes.
              expect(bigQueryCode(sql)).not.toMatch(/%|\/\//);
              expect(sql).toContain('MOD(MAX(n), 2)');
              expect(bigQueryCode(sql)).not.toContain('"');
              expect(sql).toContain('FLOAT64');
              expect(sql).not.toMatch(/\b(DOUBLE|BIGINT|VARCHAR)\b/);
            } else {
              expect(sql).not.toContain('DATE_DIFF');
              expect(sql).not.toContain('`');
              expect(sql).toContain(`(DATE '2011-12-10' - MAX(order_date))`);
              expect(sql).toContain('(MAX(order_date) - MIN(order_date)) AS tenure_days');
            }
            checked++;
          }
    expect(checked).toBe(3 * 9 * 2 * 2);
  });

  it('stays small: under 50 KB with 10 bins and 200 rules', () => {
    const many: SegmentRule[] = Array.from({ length: 200 }, (_, i) => ({ id: `s${i}`, name: `Segment number ${i}`, r: [1 + (i % 10), 10], f: [1, 1 + (i % 10)], m: [1, 10], fm: [1, 5 + (i % 6)] }));
    for (const dialect of SQL_DIALECTS) expect(rfmSql({ ...base, dialect, bins: 10, rules: many }).length).toBeLessThan(50_000);
    expect(rfmSql({ ...base, dialect: 'bigquery', bins: 5, rules: rulesAtScores(shopifySegments, 5) }).length).toBeLessThan(7_000);
  });

  it('escapes names: BigQuery with backslashes, DuckDB and PostgreSQL by doubling', () => {
    const rules: SegmentRule[] = [{ id: 'x', name: "It's a \\ \"test\"\nline", r: [1, 5], f: [1, 5], m: [1, 5] }];
    const cols = { customer: 'cust`omer\\', date: 'da"te', amount: "am'ount" };
    const bq = rfmSql({ ...base, dialect: 'bigquery', columns: cols, rules });
    expect(bq).toContain("'It\\'s a \\\\ \"test\"\\nline'");
    expect(bq).toContain('t.`cust\\`omer\\\\`');
    expect(bq).toContain('t.`da"te`');
    const pg = rfmSql({ ...base, dialect: 'postgres', columns: cols, rules });
    expect(pg).toContain(`'It''s a \\ "test"\nline'`);
    expect(pg).toContain('t."da""te"');
    expect(() => rfmSql({ ...base, dialect: 'duckdb', columns: { ...cols, customer: '' }, rules })).toThrow('column name "" is empty');
    expect(() => rfmSql({ ...base, dialect: 'duckdb', from: ' ', rules })).toThrow('table expression');
    expect(() => rfmSql({ ...base, dialect: 'duckdb', analysisDate: '2011-02-30', rules })).toThrow('real date');
    expect(() => rfmSql({ ...base, dialect: 'duckdb', bins: 11, rules })).toThrow('2 to 10');
  });

  it('runs on DuckDB with hostile column and segment names, and gives the names back unchanged', async () => {
    const name = "It's a \\ \"test\"\nline; DROP TABLE x; --";
    const rules: SegmentRule[] = [{ id: 'x', name, r: [1, 5], f: [1, 5], m: [1, 5] }];
    const from = `(SELECT * FROM (VALUES ('a', DATE '2024-01-02', 10.5), ('b', DATE '2024-01-05', 3)) AS v("cust""omer", "da'te", "am\`ount"))`;
    const rows = await duckRows(rfmSql({ dialect: 'duckdb', from, columns: { customer: 'cust"omer', date: "da'te", amount: 'am`ount' }, analysisDate: '2024-01-10', rules }));
    expect(rows.map((r) => [r.customer_id, r.recency_days, r.frequency, r.monetary, r.segment])).toEqual([
      ['a', 8, 1, 10.5, name],
      ['b', 5, 1, 3, name],
    ]);
  });
});
