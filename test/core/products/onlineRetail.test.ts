/**
 * The product figures on UCI Online Retail (../shared/data/online-retail, 541,909 rows; provenance in
 * its README), read by the real reader (`readOrders` = `startRead` + `finishRead`), against pandas.
 *
 * Peer: test/core/products/online_retail_products.py (pandas 1.5.3), run as
 *   /usr/bin/python3 test/core/products/online_retail_products.py > /tmp/pandas_products.json
 * on 2026-12-01; its figures are recorded below (CI may not have pandas). The last test reruns it
 * when /usr/bin/python3 with pandas is there and checks the recorded figures are still what it prints.
 *
 * Rows counted, the same on both sides: CustomerID present, InvoiceNo not starting with "C"
 * (cancellations), Quantity > 0 and UnitPrice ≥ 0 (what src/core/parse/readRows.ts keeps: a "C"
 * invoice with negative quantities is refunded, a negative quantity or amount is not a sale, an order
 * without a customer id is left out). Order = InvoiceNo, product = StockCode, amount = Quantity × UnitPrice.
 * Charges billed as lines (POSTAGE, Manual, CARRIAGE, Bank Charges...) are not products: the script
 * drops the seven codes whose descriptions read as charges, listed by hand; ours finds them by name
 * (src/core/products/chargeLines.ts), so the figures agree only if it finds exactly those.
 */
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/cli/io';
import { readOrders, type ReadResult } from '../../../src/core/parse';
import { minPairOrders, pairMeasures } from '../../../src/core/products/association';
import { nextProducts, purchases } from '../../../src/core/products/nextProduct';
import { pairCounts } from '../../../src/core/products/pairCounts';
import { productTable } from '../../../src/core/products/productTable';
import { productsReport, type ProductsReport } from '../../../src/core/products/productsReport';

const DIR = '/work/shared/data/online-retail/by-day';
const SCRIPT = 'test/core/products/online_retail_products.py';

const PANDAS = {
  rows: 541_909,
  keptRows: 397_924,
  orders: 18_405,
  customers: 4339,
  products: 3658,
  revenue: 8759761.653,
  // [StockCode, orders]: the charges billed as lines, dropped before every product figure.
  charges: [['POST', 1099], ['M', 258], ['C2', 133], ['23444', 79], ['DOT', 16], ['23574', 14], ['BANK CHARGES', 11]] as [string, number][],
  pairOrders: 18_382,
  ordersLeftOutOfPairs: 23,
  minPairOrders: 184,
  keptPairs: 323,
  // [StockCode, orders, revenue, share of revenue]
  topProducts: [
    ['23843', 1, 168469.6, 0.019232212778563827],
    ['22423', 1704, 142592.94999999998, 0.016278176924045124],
    ['85123A', 1978, 100603.5, 0.011484730291211269],
    ['85099B', 1600, 85220.78, 0.009728664246339853],
    ['23166', 195, 81416.73000000001, 0.009294400147533329],
    ['47566', 1380, 68844.33, 0.007859155617141995],
    ['84879', 1375, 56580.34, 0.006459118665702809],
    ['23084', 801, 51346.2, 0.005861597841810593],
    ['22502', 234, 47366.2, 0.005407247580050109],
    ['79321', 519, 46286.51, 0.0052839919433364975],
  ] as [string, number, number, number][],
  // [a, b, orders with both, support, confidence a→b, confidence b→a, lift]
  pairs: [
    ['22386', '85099B', 545, 0.02964856925252965, 0.6264367816091954, 0.3421217827997489, 7.228600702787339],
    ['22697', '22699', 531, 0.028886954629528887, 0.7831858407079646, 0.6878238341968912, 18.648344720069694],
    ['22726', '22727', 522, 0.028397345229028398, 0.6726804123711341, 0.6013824884792627, 14.245635184569338],
    ['20725', '22384', 517, 0.028125340006528124, 0.40580847723704866, 0.5595238095238095, 8.07312925170068],
    ['20725', '22383', 513, 0.02790773582852791, 0.4026687598116169, 0.4956521739130435, 7.151552795031056],
    ['20725', '20727', 513, 0.02790773582852791, 0.4026687598116169, 0.48950381679389315, 7.06284078516903],
    ['23203', '85099B', 467, 0.025405287781525406, 0.432808155699722, 0.29315756434400503, 4.99427465039064],
    ['82482', '82494L', 463, 0.025187683603525187, 0.5352601156069364, 0.5744416873449132, 12.207383926906582],
    ['20727', '22384', 462, 0.02513328255902513, 0.44083969465648853, 0.5, 8.770038167938932],
    ['20727', '22383', 462, 0.02513328255902513, 0.44083969465648853, 0.4463768115942029, 7.82948334992809],
    ['20725', '22382', 460, 0.025024480470025024, 0.36106750392464676, 0.46938775510204084, 6.772594752186589],
    ['22697', '22698', 452, 0.02458927211402459, 0.6666666666666666, 0.8278388278388278, 22.444444444444443],
    ['23300', '23301', 450, 0.02448047002502448, 0.7234726688102894, 0.6072874493927125, 17.94719918767981],
    ['20725', '20728', 450, 0.02448047002502448, 0.3532182103610675, 0.4707112970711297, 6.7916915720263],
    ['21733', '85123A', 448, 0.024371667936024372, 0.6706586826347305, 0.2278738555442523, 6.270624569782104],
    ['20728', '22383', 447, 0.024317266891524317, 0.4675732217573222, 0.4318840579710145, 8.304281123036809],
    ['23203', '23209', 443, 0.0240996627135241, 0.41056533827618164, 0.44344344344344344, 7.5545666148075785],
    ['22382', '22383', 442, 0.024045261669024046, 0.45102040816326533, 0.4270531400966184, 8.010296756383713],
    ['22086', '22910', 439, 0.023882058535523883, 0.45492227979274613, 0.6408759124087591, 12.207855981241254],
    ['21931', '85099B', 434, 0.02361005331302361, 0.5621761658031088, 0.2724419334588826, 6.487082410416036],
  ] as [string, string, number, number, number, number, number][],
  // [suggest, because, lift, confidence, orders with both, customers it applies to]
  nextProducts: [
    ['23171', '23172', 63.41807527608745, 0.9004524886877828, 199, 11],
    ['23172', '23171', 63.41807527608745, 0.7624521072796935, 199, 46],
    ['23175', '23174', 52.47246396992272, 0.7735849056603774, 205, 23],
  ] as [string, string, number, number, number, number][],
};

/** pandas sums floats in another order: money to the penny, ratios to 12 significant digits. */
const closeMoney = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThan(0.005);

describe('UCI Online Retail products against pandas', () => {
  let read: ReadResult;
  let report: ProductsReport;
  beforeAll(() => {
    const values: string[][] = [];
    for (const f of readdirSync(DIR).filter((n) => n.endsWith('.csv')).sort()) {
      const t = parseCsv(readFileSync(join(DIR, f), 'utf8'));
      if (values.length === 0) values.push(t[0]);
      for (let i = 1; i < t.length; i++) values.push(t[i]);
    }
    read = readOrders(values);
    const r = productsReport(read.orders, new Map(), []);
    if (!r) throw new Error('The reader gave no product lines for Online Retail.');
    report = r;
  }, 120_000);

  it('counts the same rows, orders, customers, products and revenue', () => {
    expect(read.quality.rowsRead).toBe(PANDAS.rows);
    expect(read.detection.roles.product).toBe(1);
    expect(read.orders.reduce((n, o) => n + (o.lines?.length ?? 0), 0)).toBe(PANDAS.keptRows);
    expect(report.overall.orders).toBe(PANDAS.orders);
    expect(new Set(read.orders.map((o) => o.customerId)).size).toBe(PANDAS.customers);
    expect(report.products).toBe(PANDAS.products);
    closeMoney(report.overall.revenue, PANDAS.revenue);
    // Postage, manual entries, carriage and bank charges are charges, not products.
    expect(report.charges.map((c) => [c.code, c.orders])).toEqual(PANDAS.charges);
  });

  it('ranks the top 10 products by revenue as pandas does', () => {
    const ours = report.overall.topProducts;
    expect(ours.map((p) => [p.product, p.orders])).toEqual(PANDAS.topProducts.map(([code, orders]) => [code, orders]));
    ours.forEach((p, i) => {
      closeMoney(p.revenue, PANDAS.topProducts[i][2]);
      expect(p.revenueShare).toBeCloseTo(PANDAS.topProducts[i][3], 12);
    });
    // Names are the Descriptions most lines carry.
    expect(ours[1].name).toBe('REGENCY CAKESTAND 3 TIER');
  });

  it('finds the same pairs bought together, with the same support, confidence and lift', () => {
    expect(report.overall.pairOrders).toBe(PANDAS.pairOrders);
    expect(report.ordersLeftOutOfPairs).toBe(PANDAS.ordersLeftOutOfPairs);
    expect(report.overall.minPairOrders).toBe(PANDAS.minPairOrders);
    const ours = report.overall.pairs;
    expect(ours.map((p) => [p.productA, p.productB, p.orders])).toEqual(PANDAS.pairs.map(([a, b, n]) => [a, b, n]));
    ours.forEach((p, i) => {
      const [, , , support, ab, ba, lift] = PANDAS.pairs[i];
      expect([p.support, p.confidenceAB, p.confidenceBA, p.lift].map((x) => x.toPrecision(12))).toEqual([support, ab, ba, lift].map((x) => x.toPrecision(12)));
    });
  });

  it('keeps as many pairs and suggests the same next products to all customers', () => {
    const table = productTable(read.orders, 0, () => -1);
    const counts = pairCounts(table, table.groups, minPairOrders);
    expect(counts.pairs.length).toBe(PANDAS.keptPairs);
    const next = nextProducts(table, purchases(table), table.groups, pairMeasures(counts), 3);
    expect(next.map((s) => [table.codes[s.product], table.codes[s.because], s.count, s.customers])).toEqual(PANDAS.nextProducts.map(([p, b, , , n, c]) => [p, b, n, c]));
    next.forEach((s, i) => {
      expect(s.lift).toBeCloseTo(PANDAS.nextProducts[i][2], 10);
      expect(s.confidence).toBeCloseTo(PANDAS.nextProducts[i][3], 12);
    });
  });

  const hasPandas = existsSync('/usr/bin/python3') && (() => {
    try {
      execFileSync('/usr/bin/python3', ['-c', 'import pandas'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();
  it.runIf(hasPandas)('records what the pandas script prints today', async () => {
    // Asynchronously: the script takes seconds, and a blocked worker cannot report to vitest.
    const { stdout } = await promisify(execFile)('/usr/bin/python3', [SCRIPT, DIR], { encoding: 'utf8', maxBuffer: 1 << 24 });
    const live = JSON.parse(stdout);
    expect(live.topProducts.map((p: { product: string; orders: number }) => [p.product, p.orders])).toEqual(PANDAS.topProducts.map(([c, n]) => [c, n]));
    expect(live.pairs.map((p: { a: string; b: string; count: number; lift: number }) => [p.a, p.b, p.count, p.lift])).toEqual(PANDAS.pairs.map(([a, b, n, , , , l]) => [a, b, n, l]));
    expect(live.nextProducts.map((p: { product: string; customers: number }) => [p.product, p.customers])).toEqual(PANDAS.nextProducts.map(([p, , , , , c]) => [p, c]));
    expect([live.keptRows, live.orders, live.pairOrders, live.keptPairs]).toEqual([PANDAS.keptRows, PANDAS.orders, PANDAS.pairOrders, PANDAS.keptPairs]);
    expect(live.charges.map((c: { code: string; orders: number }) => [c.code, c.orders])).toEqual(PANDAS.charges);
  }, 120_000);
});
