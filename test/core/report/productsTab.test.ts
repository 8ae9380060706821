/**
 * The Products tab on a small generated shop with product columns (StockCode, Description), run
 * end to end through the reader and the segmentation (`segmentTable`): it appears only when orders
 * have product lines, its tables are the products report's figures (src/core/products, checked
 * against pandas in test/core/products/onlineRetail.test.ts), product codes and names are written
 * as text, and no English is left in it in Traditional Chinese, Simplified Chinese or Malay.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segmentTable, type RunOutput } from '../../../src/app/run';
import { defaultSettings } from '../../../src/app/settings';
import { parseCsv } from '../../../src/cli/io';
import { TAB_NAMES } from '../../../src/core/report/labels';
import type { TabSpec } from '../../../src/core/report/tabSpec';
import { LANGS, type Lang } from '../../../src/core/types';
import { leaksOf, sourceWords } from '../../i18n/untranslated';
import { loadAddOn } from '../../harness';
import { sidebarCall } from '../../helpers/sidebarCall';
import { runFlow } from '../../../sidebar/runFlow';

/** 80 customers, 1 to 6 orders each in 2024; every order has a mug; tea goes with the mug, socks with "=SOCKS"; postage billed as a line in some orders. */
function shopTable(): unknown[][] {
  const rows: unknown[][] = [['Invoice', 'Customer ID', 'Invoice Date', 'StockCode', 'Description', 'Quantity', 'Price']];
  let seed = 7;
  const next = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  let invoice = 1000;
  for (let c = 0; c < 80; c++) {
    const orders = 1 + Math.floor(next() * 6);
    for (let o = 0; o < orders; o++) {
      invoice++;
      const day = 1 + Math.floor(next() * 28);
      const date = `2024-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      const line = (code: string, name: string, qty: number, price: number) => rows.push([String(invoice), `C${c}`, date, code, name, qty, price]);
      line('0100', 'Mug', 1, 8);
      if (next() < 0.5) line('0200', 'Tea', 2, 3.5);
      if (next() < 0.3) {
        line('0300', '=SOCKS', 1, 5);
        if (next() < 0.8) line('0400', '-Warm hat', 1, 12);
      }
      if (next() < 0.4) line('POST', 'POSTAGE', 1, 4);
    }
  }
  return rows;
}

const SHOP = shopTable();
const runIn = (lang: Lang, table: unknown[][] = SHOP): RunOutput => segmentTable(table, { settings: { ...defaultSettings(), fitClv: false }, lang, runDay: 20_000 });
const productsOf = (run: RunOutput): TabSpec | undefined => run.tabs.find((t) => t.kind === 'products');
function productsTabOf(run: RunOutput): TabSpec {
  const tab = productsOf(run);
  if (!tab) throw new Error('no Products tab');
  return tab;
}
function reportOf(run: RunOutput) {
  const report = run.segmentation.products;
  if (!report) throw new Error('no products report');
  return report;
}

describe('Products tab', () => {
  const en = runIn('en');
  const tab = productsTabOf(en);

  it('is written only when the orders have product lines', () => {
    expect(tab).toBeDefined();
    const sample = parseCsv(readFileSync('scripts/sample-shop/orders.csv', 'utf8'));
    expect(productsOf(runIn('en', sample))).toBeUndefined();
  });

  it('is named in every language', () => {
    for (const lang of LANGS) expect(productsOf(runIn(lang))?.name).toBe(TAB_NAMES.products[lang]);
  });

  it("shows the report's top products and pairs for the whole shop first", () => {
    const report = reportOf(en);
    const top = tab.blocks[2];
    const shop = top.values.slice(1).filter((r) => r[0] === 'All customers');
    expect(shop.map((r) => [r[1], r[3], r[4]])).toEqual(report.overall.topProducts.map((p) => [p.product, p.orders, p.revenue]));
    // Every order has the mug.
    expect(shop.find((r) => r[1] === '0100')?.[3]).toBe(report.overall.orders);
    const pairs = tab.blocks[3].values.slice(1).filter((r) => r[0] === 'All customers');
    expect(pairs.map((r) => [r[1], r[3], r[5]])).toEqual(report.overall.pairs.map((p) => [p.productA, p.productB, p.orders]));
    expect(report.overall.pairs.length).toBeGreaterThan(0);
  });

  it('leaves postage out of the products and says so', () => {
    const report = reportOf(en);
    expect(report.charges.map((c) => c.code)).toEqual(['POST']);
    expect(report.charges[0].orders).toBeGreaterThan(0);
    const cells = tab.blocks.slice(1).flatMap((b) => b.values.flat());
    expect(cells).not.toContain('POST');
    const note = tab.blocks[0].values.flat().find((c) => String(c).startsWith('Charges billed as lines'));
    expect(note).toBe(`Charges billed as lines are not products and are left out of every figure here: POSTAGE (POST, ${report.charges[0].orders} orders).`);
  });

  it('writes product codes and names as text, leading "=" and "-" included', () => {
    for (const b of [1, 2, 3]) {
      const header = tab.blocks[b].values[0];
      header.forEach((h, c) => {
        if (/Product|Suggest|Because|Name of/.test(String(h))) expect(tab.blocks[b].formats?.[c]).toBe('text');
      });
    }
    const cells = tab.blocks.flatMap((b) => b.values.flat());
    expect(cells).toContain('=SOCKS');
    expect(cells).toContain('-Warm hat');
    // "0100" stays a code, not the number 100.
    expect(cells).toContain('0100');
  });

  it('charts the shop top products by share of each segment revenue', () => {
    const chart = tab.charts?.[0];
    expect(chart).toBeDefined();
    const block = tab.blocks[chart?.block ?? -1];
    expect(block.values.length).toBe(1 + reportOf(en).overall.topProducts.length);
    expect(block.values[0].length).toBe(1 + reportOf(en).segments.length);
    expect(chart?.columns).toEqual(block.values[0].map((_, i) => i));
  });

  it('leaves no English in Chinese or Malay', () => {
    const { isData, cut } = sourceWords(SHOP);
    const texts = (run: RunOutput) => {
      const t = productsTabOf(run);
      const out = new Map<string, string>([['name', t.name]]);
      for (const [c, chart] of (t.charts ?? []).entries()) out.set(`chart${c}`, chart.title);
      for (const [b, block] of t.blocks.entries()) {
        if (block.title) out.set(`b${b}/title`, block.title);
        for (const [r, row] of block.values.entries()) for (const [c, cell] of row.entries()) if (typeof cell === 'string' && !isData(cell)) out.set(`b${b}/r${r}c${c}`, cut(cell));
      }
      return out;
    };
    const english = texts(en);
    const leaks = Object.fromEntries((['zh-TW', 'zh-CN', 'ms'] as const).map((lang) => [lang, leaksOf(lang, texts(runIn(lang)), english)]));
    expect(leaks).toEqual({ 'zh-TW': [], 'zh-CN': [], ms: [] });
  });

  it('is written by the add-on (built dist/Code.js in the harness) as an owned tab, codes and names as text', async () => {
    // Codes as a sheet holds them: text cells stay text ("0100"), quantities and prices are numbers.
    const values = SHOP.map((r, i) => (i === 0 ? r : r.map((v, c) => (c === 2 ? new Date(`${String(v)}T00:00:00Z`) : v))));
    const addon = loadAddOn({ sheets: { Orders: values as (string | number | Date)[][] }, timeZone: 'UTC' });
    const settings = { ...defaultSettings(), fitClv: false, sourceSheet: 'Orders' };
    await runFlow(sidebarCall(addon), 'Orders', settings, {});
    const sheet = addon.spreadsheet.sheets.find((x) => x.metadata.some((m) => m.key === 'csa.tab' && m.value === 'products'));
    expect(sheet?.name).toBe('Products');
    const cells = sheet?.snapshot().flat() ?? [];
    expect(cells).toContain('=SOCKS');
    expect(cells).toContain('-Warm hat');
    expect(cells).toContain('0100');
    expect(sheet?.formulas.size).toBe(0);
    expect(sheet?.charts.length).toBe(1);
  }, 60_000);
});
