/**
 * "Segment my customers" end to end through the built bundle in the Apps Script harness, driven by
 * the sidebar's own run driver (sidebar/runFlow.ts) exactly as the sidebar drives it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadAddOn, type AddOn } from '../harness';
import { sidebarCall } from '../helpers/sidebarCall';
import { sheetValuesFromCsv } from '../harness/sheetValues';
import { parseCsv } from '../../src/cli/io';
import { runFlow } from '../../sidebar/runFlow';
import { defaultSettings } from '../../src/app/settings';
import type { Settings, SetupInfo } from '../../src/app/contract';

const sample = sheetValuesFromCsv(parseCsv(readFileSync('scripts/sample-shop/orders.csv', 'utf8')));

async function run(addon: AddOn, settings: Settings = { ...defaultSettings(), fitClv: false }, hooks = {}) {
  return runFlow(sidebarCall(addon), 'Orders', settings, hooks);
}

const OUTPUT = ['Segments', 'Segment summary', 'Campaign lists', 'Personas', 'KPIs', 'Data quality', 'History', 'Movement', 'When they buy'];

function tab(addon: AddOn, name: string) {
  const sheet = addon.spreadsheet.getSheetByName(name);
  if (!sheet) throw new Error(`no tab ${name}; tabs: ${addon.spreadsheet.sheets.map((s) => s.name).join(', ')}`);
  return sheet;
}

describe('Segment my customers (sample shop)', () => {
  it('writes the six tabs, leaves the source untouched and summarises', async () => {
    const addon = loadAddOn({ sheets: { Orders: sample }, locale: 'en_US' });
    const before = JSON.stringify(addon.spreadsheet.getSheetByName('Orders')!.snapshot());
    const result = await run(addon);
    expect(result.status).toBe('done');
    if (result.status !== 'done') return;
    for (const name of OUTPUT) expect(addon.spreadsheet.getSheetByName(name), name).not.toBeNull();
    expect(JSON.stringify(addon.spreadsheet.getSheetByName('Orders')!.snapshot())).toBe(before);
    const segments = tab(addon, 'Segments').snapshot();
    expect(segments[0].slice(0, 4)).toEqual(['Customer', 'Segment', 'Previous segment', 'In segment since']);
    expect(segments.length - 1).toBe(result.summary.customers);
    expect(result.summary.summary).toMatch(/^\d[\d,]* customers in \d+ segments; .+ are \d+ % of customers and \d+ % of revenue\.$/);
    expect(result.summary.tabs.map((t) => t.name)).toEqual(OUTPUT);
    expect(tab(addon, 'Segments').frozenRows).toBe(1);
    expect(tab(addon, 'Segments').filter).not.toBeNull();
    expect(tab(addon, 'Segment summary').charts.length).toBeGreaterThan(0);
    expect(tab(addon, 'Segment summary').conditionalFormatRules.length).toBe(1);
    expect(tab(addon, 'KPIs').charts.length).toBe(1);
    // Sum of segment sizes equals the customers written.
    const summaryRows = tab(addon, 'Segment summary').snapshot();
    const total = summaryRows.slice(1).filter((r) => typeof r[1] === 'number' && r[0] !== '').reduce((n, r) => n + (r[1] as number), 0);
    expect(total).toBeGreaterThanOrEqual(result.summary.customers);
    // Settings travel in a hidden sheet of the workbook.
    const settingsSheet = addon.spreadsheet.sheets.find((s) => s.metadata.some((m) => m.key === 'csa.tab' && m.value === 'settings'));
    expect(settingsSheet?.hidden).toBe(true);
  });

  it('a re-run replaces its own tabs, keeps the user sheets, and History shows both runs', async () => {
    const addon = loadAddOn({ sheets: { Orders: sample, Segments: [['my own notes']] } });
    await run(addon);
    const count = addon.spreadsheet.sheets.length;
    await run(addon);
    expect(addon.spreadsheet.sheets.length).toBe(count);
    expect(addon.spreadsheet.getSheetByName('Segments')!.snapshot()).toEqual([['my own notes']]);
    const ours = addon.spreadsheet.sheets.find((s) => s.metadata.some((m) => m.key === 'csa.tab' && m.value === 'segments'))!;
    expect(ours.name).toBe('Segments (2)');
    const history = addon.spreadsheet.sheets.find((s) => s.metadata.some((m) => m.value === 'history'))!.snapshot();
    const runs = new Set(history.slice(1).map((r) => r[0]));
    expect([...runs].sort()).toEqual([1, 2]);
    expect(history.slice(1).some((r) => /^\d+ → \d+$/.test(String(r[6])))).toBe(true);
    // Second run: everyone stayed, so "previous segment" equals the segment.
    const seg = ours.snapshot();
    expect(seg.slice(1).every((r) => r[2] === r[1])).toBe(true);
  });

  it('a failure while writing leaves the previous output exactly as it was', async () => {
    const addon = loadAddOn({ sheets: { Orders: sample } });
    await run(addon);
    const names = addon.spreadsheet.sheets.map((s) => s.name);
    const segmentsBefore = JSON.stringify(tab(addon, 'Segments').snapshot());
    const book = addon.spreadsheet;
    const original = book.insertSheet.bind(book);
    let calls = 0;
    book.insertSheet = ((...a: Parameters<typeof original>) => {
      if (++calls === 3) throw new Error('Exception: Service Spreadsheets timed out');
      return original(...a);
    }) as typeof book.insertSheet;
    await expect(run(addon)).rejects.toThrow(/timed out/);
    expect(book.sheets.map((s) => s.name)).toEqual(names);
    expect(JSON.stringify(tab(addon, 'Segments').snapshot())).toBe(segmentsBefore);
  });

  it('a second run is refused while another holds the document lock', async () => {
    const addon = loadAddOn({ sheets: { Orders: sample } });
    addon.lock.heldBy = 'other';
    await expect(run(addon)).rejects.toThrow(/Someone else is segmenting/);
    expect(addon.spreadsheet.sheets.map((s) => s.name)).toEqual(['Orders']);
  });

  it('cancel stops the run and keeps the previous output', async () => {
    const addon = loadAddOn({ sheets: { Orders: sample } });
    await run(addon);
    const before = addon.spreadsheet.sheets.map((s) => s.name);
    let runId = '';
    // The user presses Cancel right after the run started: the next server step refuses to go on.
    const cancelled = run(addon, { ...defaultSettings(), fitClv: false }, {
      onStart: (id: string) => {
        runId = id;
        addon.runFromSidebar('cancelRun', id);
      },
    });
    await expect(cancelled).rejects.toThrow('The run was cancelled. Your previous tabs are unchanged.');
    expect(runId).not.toBe('');
    expect(addon.spreadsheet.sheets.map((s) => s.name)).toEqual(before);
    expect((addon.runFromSidebar('getProgress', runId) as { cancelled: boolean }).cancelled).toBe(true);
    // The workbook is free again at once.
    expect((await run(addon)).status).toBe('done');
  });

  it('writes text that looks like a formula as text, never as a formula', async () => {
    const evil = sample.map((r) => r.slice());
    evil[1][1] = '=HYPERLINK("http://x","y")';
    evil[2][1] = '+61 400 000';
    evil[3][1] = '@admin';
    evil[5][1] = '-danger';
    const addon = loadAddOn({ sheets: { Orders: evil } });
    await run(addon);
    for (const s of addon.spreadsheet.sheets) expect(s.formulas.size, s.name).toBe(0);
    const ids = tab(addon, 'Segments').snapshot().map((r) => r[0]);
    expect(ids).toContain('=HYPERLINK("http://x","y")');
    expect(ids).toContain('@admin');
  });

  it('speaks the user language: tab names and headers in Traditional Chinese', async () => {
    const addon = loadAddOn({ sheets: { Orders: sample }, locale: 'zh_TW' });
    const result = await run(addon);
    if (result.status !== 'done') throw new Error('not done');
    expect(result.summary.tabs.map((t) => t.name)).toEqual(['顧客分群', '分群摘要', '行銷名單', '顧客輪廓', '關鍵指標', '資料品質', '歷史紀錄', '分群移動', '購買時段']);
    expect(tab(addon, '顧客分群').snapshot()[0][1]).toBe('分群');
  });

  it('settings saved in one workbook travel with a copy and are used on re-run', async () => {
    const addon = loadAddOn({ sheets: { Orders: sample } });
    addon.runFromSidebar('saveSettings', { ...defaultSettings(), bins: 4, preset: 'rfm-package', fitClv: false });
    const copy = addon.spreadsheet.copyAsNewFile(addon.env);
    const other = loadAddOn({ spreadsheet: copy }); // document properties do not travel: a fresh store
    const setup = other.runFromSidebar('getSetup', null, null, null) as { settings: Settings };
    expect(setup.settings.bins).toBe(4);
    expect(setup.settings.preset).toBe('rfm-package');
  });
  it('a hand-edited settings sheet with a rule without ranges gives a warning and the preset, never an exception', async () => {
    const addon = loadAddOn({ sheets: { Orders: sample } });
    addon.runFromSidebar('saveSettings', { ...defaultSettings(), fitClv: false });
    const settingsSheet = addon.spreadsheet.sheets.find((s) => s.metadata.some((m) => m.key === 'csa.tab' && m.value === 'settings'));
    if (!settingsSheet) throw new Error('no settings sheet');
    // What a consultant's slip looks like: a rule with a name but no r/f/m ranges, and bins as text.
    const rows = settingsSheet.snapshot();
    const rulesRow = rows.findIndex((r) => r[0] === 'rules');
    const binsRow = rows.findIndex((r) => r[0] === 'bins');
    settingsSheet.put(rulesRow + 1, 2, '[{"id":"vip","name":"VIP"}]');
    settingsSheet.put(binsRow + 1, 2, '"five"');
    const setup = addon.runFromSidebar('getSetup', null, 'en', null) as SetupInfo;
    expect(setup.settings.rules).toBeNull();
    expect(setup.settings.bins).toBe(5);
    expect(setup.settingsWarnings).toEqual([
      `The saved setting "bins" (five) is not valid, so its default is used. (cell B${binsRow + 1} of the hidden "Segment settings" sheet; its text is kept in column C when settings are next saved)`,
      `Saved rule 1 is not valid (it needs an id, a name and r, f, m ranges like [4, 5]), so the preset segments are used. Fix it in Settings → Segment rules. (cell B${rulesRow + 1} of the hidden "Segment settings" sheet; its text is kept in column C when settings are next saved)`,
    ]);
    expect(setup.ruleWarnings).toEqual([]);
    // The sidebar sends what it was given back; a bad rule sent anyway is reported in the run, not thrown.
    const result = await run(addon, { ...setup.settings, rules: [{ id: 'vip', name: 'VIP' }] as never });
    if (result.status !== 'done') throw new Error('not done');
    expect(result.summary.warnings[0]).toMatch(/^Saved rule 1 is not valid/);
    expect(result.summary.segments.map((g) => g.name)).toContain('Champions');
    // The run saved settings; what the consultant typed is still there, in column C.
    const after = settingsSheet.snapshot();
    expect(after.find((r) => r[0] === 'bins')?.[2]).toBe('not valid, kept as typed: "five"');
    expect(after.find((r) => r[0] === 'rules')?.[2]).toBe('not valid, kept as typed: [{"id":"vip","name":"VIP"}]');
  });
});

describe('Segment my customers with predicted CLV and clusters (CDNOW sample)', () => {
  // ../shared/data/cdnow/CDNOW_sample.txt: master id, sample id, YYYYMMDD, CDs, dollars (no header).
  const text = readFileSync('../shared/data/cdnow/CDNOW_sample.txt', 'utf8');
  const cdnow: (string | number)[][] = [['Customer', 'Sample id', 'Date', 'CDs', 'Amount']];
  for (const line of text.split(/\r?\n/)) {
    const p = line.trim().split(/\s+/);
    if (p.length === 5) cdnow.push([p[0], Number(p[1]), Number(p[2]), Number(p[3]), Number(p[4])]);
  }

  it('adds predicted value checked on the hidden last months, clusters, and a CLV model tab the cell functions can use', async () => {
    const addon = loadAddOn({ sheets: { Orders: cdnow } });
    const settings: Settings = { ...defaultSettings(), fitClv: true, segmentBy: 'clusters', analysisDate: '1998-07-01' };
    const result = await run(addon, settings);
    if (result.status !== 'done') throw new Error('not done');
    // 2,357 customers (../shared/data/cdnow/README.md).
    expect(result.summary.customers).toBe(2357);
    expect(result.summary.tabs.map((t) => t.kind)).toContain('model');
    const segments = tab(addon, 'Segments').snapshot();
    const header = segments[0] as string[];
    const valueCol = header.indexOf('Predicted value, next 12 months');
    const chanceCol = header.indexOf('Chance of ordering, next 12 months');
    const clusterCol = header.indexOf('Cluster');
    expect(valueCol).toBeGreaterThan(0);
    expect(chanceCol).toBeGreaterThan(0);
    expect(clusterCol).toBeGreaterThan(0);
    const chances = segments.slice(1).map((row) => row[chanceCol] as number);
    for (const row of segments.slice(1)) {
      expect(row[chanceCol] as number).toBeGreaterThanOrEqual(0);
      expect(row[chanceCol] as number).toBeLessThanOrEqual(1);
      expect(row[valueCol] as number).toBeGreaterThanOrEqual(0);
      expect(String(row[clusterCol])).toMatch(/^Cluster \d$/);
    }
    // The chance column tells customers apart (a column of 100 % would say nothing).
    expect(Math.max(...chances) - Math.min(...chances)).toBeGreaterThan(0.5);
    // Personas describe the clusters.
    const personas = tab(addon, 'Personas').snapshot();
    expect(String(personas[1][1])).toMatch(/^Cluster \d$/);
    // The Model tab says in words how the forecast did on the hidden months, and feeds =PROB_ALIVE directly.
    const model = tab(addon, 'CLV model').snapshot();
    expect(['bgnbd', 'mbgnbd', 'pareto']).toContain(model[1][0]);
    expect(String(model[4][0])).toMatch(/^We hid your last 6 months of orders \(1998-01-01 to 1998-06-30\).*orders were expected and 1,151 came\. Per customer the forecast was \d+ % closer/);
    const p = addon.callCustomFunction('PROB_ALIVE', 2, 30.43, 38.86, model.slice(0, 2)) as number;
    expect(p).toBeGreaterThan(0);
    expect(p).toBeLessThan(1);
    // No model jargon outside the CLV model tab.
    const jargon = /NBD|Pareto|Gamma|Hessian|likelihood|P\(alive\)|parameter/i;
    for (const t of result.summary.tabs.filter((x) => x.kind !== 'model')) {
      const cells = tab(addon, t.name).snapshot().flat().map(String);
      expect(cells.filter((c) => jargon.test(c)), t.name).toEqual([]);
    }
    expect(result.summary.warnings.filter((w) => jargon.test(w))).toEqual([]);
  }, 60_000);
});
