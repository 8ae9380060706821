/**
 * The Movement tab through the built bundle in the Apps Script harness: a first run on the sample
 * shop's orders up to 2011-09-01 in English, then a second run on all its orders in Traditional
 * Chinese. The first run's tab says movement comes later; the second replaces it with the matrix,
 * its colour scale and chart, matched across the language switch by rule id.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadAddOn, type AddOn } from '../harness';
import { sidebarCall } from '../helpers/sidebarCall';
import { sheetValuesFromCsv } from '../harness/sheetValues';
import { parseCsv } from '../../src/cli/io';
import { runFlow } from '../../sidebar/runFlow';
import { defaultSettings } from '../../src/app/settings';
import type { Settings } from '../../src/app/contract';

const [header, ...orders] = parseCsv(readFileSync('scripts/sample-shop/orders.csv', 'utf8'));
const early = sheetValuesFromCsv([header, ...orders.filter((r) => r[2] < '2011-09-01')]);
const all = sheetValuesFromCsv([header, ...orders]);

async function run(addon: AddOn, sheet: string, settings: Settings) {
  const result = await runFlow(sidebarCall(addon), sheet, settings, {});
  if (result.status !== 'done') throw new Error(`run ${result.status}`);
  return result.summary;
}

const movementTabs = (addon: AddOn) => addon.spreadsheet.sheets.filter((s) => s.metadata.some((m) => m.key === 'csa.tab' && m.value === 'movement'));

describe('Movement between runs (sample shop)', () => {
  it('says so on the first run, and shows who moved where on the second, in the new language', async () => {
    const addon = loadAddOn({ sheets: { Orders: early, 'All orders': all }, locale: 'en_US' });
    const settings: Settings = { ...defaultSettings(), fitClv: false, analysisDate: '2011-09-01' };
    const first = await run(addon, 'Orders', settings);
    expect(first.tabs.map((t) => t.name)).toContain('Movement');
    const [before] = movementTabs(addon);
    expect(before.snapshot()[0][0]).toMatch(/^Movement between segments appears from the second run/);
    expect(before.charts).toHaveLength(0);
    expect(before.conditionalFormatRules).toHaveLength(0);

    const second = await run(addon, 'All orders', { ...settings, lang: 'zh-TW', analysisDate: '2011-12-10' });
    expect(second.tabs.map((t) => t.name)).toContain('分群移動');
    const tabs = movementTabs(addon);
    expect(tabs).toHaveLength(1);
    const [tab] = tabs;
    expect(tab.name).toBe('分群移動');
    expect(tab.charts).toHaveLength(1);
    // One stacked bar per previous segment: where its customers went.
    expect(tab.charts[0].options).toHaveProperty('setStacked');
    expect(tab.conditionalFormatRules).toHaveLength(1);

    const grid = tab.snapshot();
    expect(grid[0][0]).toBe('顧客數：上次分群（列）與本次分群（欄）');
    expect(grid[1][0]).toBe('上次 \\ 本次');
    const width = grid[1].indexOf('本次沒有') + 1;
    const last = grid.findIndex((r) => r[0] === '上次沒有');
    const body = grid.slice(2, last + 1).map((r) => r.slice(1, width) as number[]);
    const total = body.flat().reduce((n, v) => n + v, 0);
    // Every customer of either run once; nobody left the data, so that is this run's customers.
    expect(total).toBe(second.customers);
    // The English names of the first run were recognised: no row is left under an unmatched name.
    const rows = grid.slice(2, last).map((r) => r[0]);
    expect(rows).toEqual(grid[1].slice(1, width - 1));
    const diagonal = body.slice(0, -1).reduce((n, r, i) => n + r[i], 0);
    expect(diagonal).toBeGreaterThan(first.customers / 4);
    expect(grid.some((r) => r[0] === '本次移入「流失風險」或更差分群的顧客（依消費排序）')).toBe(true);
  });
});
