/**
 * Property test: on random shops (100 to 2,000 customers, few distinct days and prices so values tie
 * heavily, cents amounts, many one-order customers, refunds, lines without a customer, orders after
 * the analysis date, 2 to 10 bins, both presets, with and without order ids) the generated DuckDB
 * query gives every customer the core's recency, frequency, monetary, scores and segment, and the
 * core's cut points, compared with Object.is. Column names carry quotes and spaces to test quoting.
 * Small shops (5 to 99 customers) get the core's small-store recency scale (src/core/rfm/smallStore.ts)
 * in the SQL too, with its median gap computed as simple-statistics computes it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { rfmPackageSegments, rulesAtScores, shopifySegments } from '../../../src/core/rfm';
import { rfmSql } from '../../../src/core/sql';
import { coreRfm, differences, duckCutPoints, duckRows } from './sqlCompare';
import type { RfmSqlRow } from '../../../src/core/sql';
import { seededRandom as random } from '../../../src/core/cluster/random';

const dir = mkdtempSync(join(tmpdir(), 'rfm-sql-prop-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEADER = ['Order #', 'order date', 'Customer "ID"', "Amount's €"];
const csvCell = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);


interface Shop {
  customers: number;
  seed: number;
  days: number;
  prices: number;
  withOrderId: boolean;
}

/** The shop's lines as text cells, header first; without order ids the file has no order column (the core would find it by its header). */
function shopTable(s: Shop): string[][] {
  const rnd = random(s.seed);
  const pick = (n: number) => Math.floor(rnd() * n);
  // Few distinct prices and days make ties; prices are whole cents.
  const prices = Array.from({ length: s.prices }, () => pick(50_000) / 100).concat(0);
  const day = () => new Date(Date.UTC(2024, 11, 31) - pick(s.days) * 86_400_000).toISOString().slice(0, 10);
  const rows: string[][] = [HEADER];
  let order = 0;
  for (let c = 0; c < s.customers; c++) {
    const id = `c${c}`;
    const orders = rnd() < 0.4 ? 1 : 1 + pick(rnd() < 0.9 ? 4 : 30);
    for (let o = 0; o < orders; o++) {
      const oid = String(++order);
      // An order after the analysis date is left out; never a customer's first, so every shop keeps its 100+ customers.
      const d = o > 0 && rnd() < 0.02 ? '2025-01-05' : day();
      const lines = s.withOrderId ? 1 + pick(3) : 1;
      for (let l = 0; l < lines; l++) {
        const price = prices[pick(prices.length)];
        // A line without a customer: joins its order's customer when there is an order id, else is left out.
        rows.push([oid, d, l > 0 && rnd() < 0.1 ? '' : id, String(price)]);
        if (rnd() < 0.05) rows.push([s.withOrderId ? `C${oid}` : oid, d, id, String(-price)]);
      }
    }
  }
  return s.withOrderId ? rows : rows.map((r) => r.slice(1));
}

/** One shop through the SQL and the core; the differences (none expected) and what the core warned. */
async function compareShop(shop: Shop, bins: number, preset: Parameters<typeof rulesAtScores>[0]) {
  const table = shopTable(shop);
  const file = join(dir, `shop-${shop.seed}-${shop.customers}.csv`);
  writeFileSync(file, `${table.map((r) => r.map(csvCell).join(',')).join('\n')}\n`);
  const rules = rulesAtScores(preset, bins);
  const types = `{${shop.withOrderId ? "'Order #': 'VARCHAR', " : ''}'order date': 'DATE', 'Customer "ID"': 'VARCHAR', 'Amount''s €': 'DOUBLE'}`;
  const [order, date, customer, amount] = HEADER;
  const sql = rfmSql({ dialect: 'duckdb', from: `read_csv('${file}', header = true, columns = ${types})`, columns: { customer, date, amount, ...(shop.withOrderId ? { order } : {}) }, analysisDate: '2024-12-31', bins, rules });
  const rows = (await duckRows(sql)) as unknown as RfmSqlRow[];
  const at = shop.withOrderId ? 1 : 0;
  const core = coreRfm(table, { orderDate: at, customerId: at + 1, amount: at + 2, ...(shop.withOrderId ? { orderId: 0 } : {}) }, '2024-12-31', bins, rules);
  return { rows, core, diff: differences(rows, core.customers, await duckCutPoints(sql, bins), core.cutPoints) };
}

/** Random shops of `min` to `max` customers. */
const shops = (min: number, max: number) =>
  fc.record({
    customers: fc.integer({ min, max }),
    seed: fc.integer(),
    days: fc.constantFrom(3, 20, 400),
    prices: fc.constantFrom(2, 8, 400),
    withOrderId: fc.boolean(),
  });

describe('rfmSql on DuckDB: random shops', () => {
  it('agrees with the core on every customer and cut point', async () => {
    let compared = 0;
    await fc.assert(
      fc.asyncProperty(
        shops(100, 2000),
        fc.integer({ min: 2, max: 10 }),
        fc.constantFrom(shopifySegments, rfmPackageSegments),
        async (shop, bins, preset) => {
          const { rows, core, diff } = await compareShop(shop, bins, preset);
          expect(diff).toEqual([]);
          // Every shop here is past the small-store scale (100 customers and more); the next test covers it.
          expect(core.warnings.some((w) => w.code === 'smallStore')).toBe(false);
          compared += rows.length;
        },
      ),
      { numRuns: 25 },
    );
    expect(compared).toBeGreaterThan(2_500);
    console.log(`random shops: ${compared} customers compared`);
  });

  it('agrees with the core on small shops (5 to 99 customers), small-store recency scale included', async () => {
    let scaled = 0;
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(
        shops(5, 99),
        fc.integer({ min: 2, max: 10 }),
        fc.constantFrom(shopifySegments, rfmPackageSegments),
        async (shop, bins, preset) => {
          const { rows, core, diff } = await compareShop(shop, bins, preset);
          expect(diff).toEqual([]);
          expect(rows.length).toBeLessThan(100);
          runs++;
          if (core.warnings.some((w) => w.code === 'smallStore')) scaled++;
        },
      ),
      { numRuns: 40 },
    );
    // Most small shops have a customer who bought twice on different days, so the scale is used (not only the fallback).
    expect(scaled).toBeGreaterThan(runs / 2);
    console.log(`small shops: ${scaled} of ${runs} used the small-store scale`);
  });
});
