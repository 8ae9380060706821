/**
 * The generated DuckDB query against the TypeScript core on R `rfm` 0.3.0's sample orders
 * (rsquaredacademy/rfm commit 297ed8b34addaa4dcfdd5ab872fc6eba35e5db1c, `rfm_data_orders`; expected
 * scores published in its README.md and docs/articles/rfm-introduction.html, as test/functions/rfm.test.ts cites).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/cli/io';
import { rfmPackageSegments, rulesAtScores, shopifySegments } from '../../../src/core/rfm';
import { rfmSql } from '../../../src/core/sql';
import { coreRfm, differences, duckCutPoints, duckRows } from './sqlCompare';
import type { RfmSqlRow } from '../../../src/core/sql';

const FILE = join(process.cwd(), '../shared/data/rfm-package/rfm_data_orders.csv');
const published: Record<string, string> = { "Abbey O'Reilly": '343', 'Add Senger': '412', 'Aden Lesch': '323', 'Aden Murphy': '544', 'Admiral Senger': '433', "Agness O'Keefe": '555', 'Aileen Barton': '555', 'Ailene Hermann': '355', 'Aiyanna Bruen': '321', 'Akeelah Walsh': '445' };

describe('rfmSql on DuckDB: R rfm sample orders', () => {
  const table = parseCsv(readFileSync(FILE, 'utf8'));
  for (const [bins, preset, lang] of [[5, 'rfm', 'en'], [5, 'shopify', 'zh-TW'], [3, 'shopify', 'en'], [10, 'rfm', 'ms']] as const) {
    it(`matches the core customer by customer (${bins} bins, ${preset} rules, ${lang})`, async () => {
      const rules = rulesAtScores(preset === 'rfm' ? rfmPackageSegments : shopifySegments, bins);
      const options = { from: `read_csv('${FILE}')`, columns: { customer: 'customer_id', date: 'order_date', amount: 'revenue' }, analysisDate: '2006-12-31', bins, rules, lang };
      const sql = rfmSql({ ...options, dialect: 'duckdb' });
      const rows = (await duckRows(sql)) as unknown as RfmSqlRow[];
      const core = coreRfm(table, { customerId: 0, orderDate: 1, amount: 2 }, '2006-12-31', bins, rules, lang);
      expect(rows).toHaveLength(995);
      expect(differences(rows, core.customers, await duckCutPoints(sql, bins), core.cutPoints)).toEqual([]);
      // ordered by customer_id
      expect(rows.map((r) => r.customer_id)).toEqual(rows.map((r) => r.customer_id).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
      // The PostgreSQL text runs on DuckDB too (it takes DOUBLE PRECISION and TEXT): same rows.
      expect(await duckRows(rfmSql({ ...options, dialect: 'postgres' }))).toEqual(rows);
      if (bins === 5) for (const [id, score] of Object.entries(published)) expect(rows.find((r) => r.customer_id === id)?.rfm_score, id).toBe(score);
    });
  }
});
