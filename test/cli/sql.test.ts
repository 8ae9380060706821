/**
 * `node dist/cli.js sql`: the printed DuckDB query, run in-process on R `rfm`'s sample orders
 * (rsquaredacademy/rfm commit 297ed8b, data/rfm_data_orders.rda as CSV), gives exactly the customers
 * `node dist/cli.js rfm` prints for the same file and flags; and the flag checks.
 */
import { describe, expect, it } from 'vitest';
import { duckRows } from '../core/sql/sqlCompare';
import { RFM_PACKAGE_CSV } from '../core/rfm/rfmPackageFixture';
import { cli } from './hostile-cli.helpers';

const COLUMNS = ['--customer', 'customer_id', '--date', 'order_date', '--amount', 'revenue', '--analysis-date', '2006-12-31'];

describe('sql command', () => {
  for (const extra of [[], ['--preset', 'rfm', '--bins', '10', '--lang', 'zh-TW'], ['--bins', '3', '--lang', 'ms']]) {
    it(`prints a DuckDB query whose rows are the rfm command's customers (${extra.join(' ') || 'defaults'})`, async () => {
      const sql = await cli(['sql', '--dialect', 'duckdb', '--from', `read_csv('${RFM_PACKAGE_CSV}')`, ...COLUMNS, ...extra]);
      expect(sql.code, sql.err).toBe(0);
      const rfm = await cli(['rfm', RFM_PACKAGE_CSV, ...COLUMNS, ...extra]);
      expect(rfm.code, rfm.err).toBe(0);
      const expected = JSON.parse(rfm.out).customers as Record<string, unknown>[];
      const rows = await duckRows(sql.out);
      expect(rows).toHaveLength(995);
      const byId = new Map(rows.map((r) => [r.customer_id, r]));
      let mismatches = 0;
      for (const c of expected) for (const [k, v] of Object.entries(c)) if (!Object.is(byId.get(c.customer_id)?.[k], v)) mismatches++;
      expect(mismatches).toBe(0);
    });
  }

  it('prints BigQuery with backtick identifiers and DATE_DIFF', async () => {
    const { code, out } = await cli(['sql', '--dialect', 'bigquery', '--from', '`my-project.shop.orders`', ...COLUMNS, '--order', 'Order ID']);
    expect(code).toBe(0);
    expect(out).toContain('FROM `my-project.shop.orders` AS t');
    expect(out).toContain('t.`Order ID`');
    expect(out).toContain("DATE_DIFF(DATE '2006-12-31', MAX(order_date), DAY)");
  });

  it('refuses a missing or wrong flag with exit code 2', async () => {
    const missing = await cli(['sql', '--from', 'orders', ...COLUMNS]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('--dialect');
    const wrong = await cli(['sql', '--dialect', 'mysql', '--from', 'orders', ...COLUMNS]);
    expect(wrong.code).toBe(2);
    expect(wrong.err).toMatch(/--dialect.*bigquery/);
    const blank = await cli(['sql', '--dialect', 'duckdb', '--from', '  ', ...COLUMNS]);
    expect(blank.code).toBe(2);
    expect(blank.err).toContain('table expression');
    const bins = await cli(['sql', '--dialect', 'duckdb', '--from', 'orders', ...COLUMNS, '--bins', '11']);
    expect(bins.code).toBe(2);
    const file = await cli(['sql', 'orders.csv', '--dialect', 'duckdb', '--from', 'orders', ...COLUMNS]);
    expect(file.code).toBe(2);
  });
});
