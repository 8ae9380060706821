/**
 * Hostile input through the sidebar's calls, in the Apps Script harness: every case gets a clear
 * sentence in the user's language, the source sheet is unchanged, no formula is written, and the
 * workbook holds only the user's sheets and our own tabs afterwards.
 */
import { describe, expect, it } from 'vitest';
import { loadAddOn, type AddOn } from '../harness';
import { sidebarCall } from '../helpers/sidebarCall';
import { runFlow } from '../../sidebar/runFlow';
import { defaultSettings } from '../../src/app/settings';
import type { Settings } from '../../src/app/contract';

const settings: Settings = { ...defaultSettings(), fitClv: false };

/** A small shop whose customer ids look like numbers: each must stay its own customer, as typed. */
const IDS = ['0123456789', '123456789', '1.50', '1.5', '00042', '42', '1e5', '2024-01-02', '+60123456789', 'A-1'];
function shop(): unknown[][] {
  const rows: unknown[][] = [['Customer', 'Order date', 'Amount']];
  IDS.forEach((id, i) => {
    for (let k = 0; k <= i % 3; k++) rows.push([id, `2024-0${1 + k}-1${i % 9}`, 10 + i + k]);
  });
  return rows;
}

function snapshotOf(addon: AddOn) {
  return addon.spreadsheet.sheets.map((s) => ({ name: s.name, values: JSON.stringify(s.snapshot()) }));
}

/** Nothing of the user's changed, no formula anywhere, only our own tabs were added. */
function expectNothingLost(addon: AddOn, before: { name: string; values: string }[]) {
  for (const b of before) {
    const s = addon.spreadsheet.getSheetByName(b.name);
    if (!s || s.metadata.some((m) => m.key === 'csa.tab')) continue;
    expect(JSON.stringify(s.snapshot()), b.name).toBe(b.values);
  }
  for (const s of addon.spreadsheet.sheets) {
    expect(s.formulas.size, s.name).toBe(0);
    const user = before.some((b) => b.name === s.name);
    expect(user || s.metadata.some((m) => m.key === 'csa.tab'), s.name).toBe(true);
  }
}

describe('customer ids that look like numbers', () => {
  it('stay ten different customers, written as text, and keep their segment on the next run', async () => {
    const addon = loadAddOn({ sheets: { Orders: shop() } });
    const first = await runFlow(sidebarCall(addon), 'Orders', settings, {});
    if (first.status !== 'done') throw new Error('not done');
    expect(first.summary.customers).toBe(IDS.length);
    const segments = addon.spreadsheet.getSheetByName('Segments')!;
    expect(segments.snapshot().slice(1).map((r) => r[0]).sort()).toEqual([...IDS].sort());
    const second = await runFlow(sidebarCall(addon), 'Orders', settings, {});
    if (second.status !== 'done') throw new Error('not done');
    const again = addon.spreadsheet.getSheetByName('Segments')!.snapshot();
    for (const row of again.slice(1)) expect(row[2], String(row[0])).toBe(row[1]);
  });
});

describe('malformed calls from a sidebar', () => {
  const malformedStates: [string, unknown][] = [
    ['an empty object', {}],
    ['a list', []],
    ['a string', 'state'],
    ['a number', 42],
    ['a state without rows', { version: 1 }],
    ['a state of another version', { version: 2, detection: { columns: [], roles: {}, headerRow: 0 } }],
    ['a state with rows as text', { version: 1, detection: { columns: [], roles: {}, headerRow: 0 }, options: {}, errors: [], rowsRead: 'many', firstRow: 1, lastRow: 2, orders: [], customers: [], attributes: [], hashes: [], dates: {}, money: {}, types: {}, issues: {} }],
  ];
  it.each(malformedStates)('finishRun with %s says so, in English and Traditional Chinese, and changes nothing', (_, state) => {
    for (const [lang, text] of [['en', /The sidebar sent data this version of the add-on cannot read \(reading state\)/], ['zh-TW', /側邊欄送出的資料此版本無法讀取（reading state）/]] as const) {
      const addon = loadAddOn({ sheets: { Orders: shop() } });
      const before = snapshotOf(addon);
      const begun = addon.runFromSidebar('beginRun', 'Orders', { ...settings, lang }) as { runId: string };
      expect(() => addon.runFromSidebar('finishRun', begun.runId, state, { ...settings, lang })).toThrow(text);
      expectNothingLost(addon, before);
      // The failed finish frees the workbook for the next run.
      expect(() => addon.runFromSidebar('beginRun', 'Orders', settings)).not.toThrow();
    }
  });

  const malformedRequests: [string, unknown][] = [
    ['nothing', null],
    ['a run id only', { runId: 'abc' }],
    ['row 0', { runId: 'abc', sheetName: 'Orders', startRow: 0, numRows: 10, settings }],
    ['a negative block', { runId: 'abc', sheetName: 'Orders', startRow: 2, numRows: -5, settings }],
    ['a fractional row', { runId: 'abc', sheetName: 'Orders', startRow: 2.5, numRows: 5, settings }],
    ['a sheet name that is a number', { runId: 'abc', sheetName: 7, startRow: 2, numRows: 5, settings }],
  ];
  it.each(malformedRequests)('readChunk with %s says so', (_, request) => {
    const addon = loadAddOn({ sheets: { Orders: shop() } });
    const before = snapshotOf(addon);
    expect(() => addon.runFromSidebar('readChunk', request)).toThrow(/cannot read \(read request\)/);
    expectNothingLost(addon, before);
  });

  it.each([[null], [12], [{ name: 'Orders' }]])('beginRun with sheet name %j says so', (name) => {
    const addon = loadAddOn({ sheets: { Orders: shop() } });
    expect(() => addon.runFromSidebar('beginRun', name, settings)).toThrow(/cannot read \(sheet name\)/);
  });

  it.each([[null], [''], [17]])('getProgress with run id %j answers nothing instead of failing', (id) => {
    const addon = loadAddOn({ sheets: { Orders: shop() } });
    expect(addon.runFromSidebar('getProgress', id)).toBeNull();
  });
});

describe('a run left behind by a closed sidebar', () => {
  it('blocks a second run while it is alive, saying when it last moved, in Malay too', () => {
    const addon = loadAddOn({ sheets: { Orders: shop() } });
    addon.runFromSidebar('beginRun', 'Orders', settings);
    expect(() => addon.runFromSidebar('beginRun', 'Orders', settings)).toThrow(/Another run in this workbook took its last step \d+ seconds ago\. If its sidebar was closed, the workbook frees itself 120 seconds after that step/);
    expect(() => addon.runFromSidebar('beginRun', 'Orders', { ...settings, lang: 'ms' })).toThrow(/Satu larian lain dalam buku kerja ini/);
  });

  it('frees the workbook two minutes after its last step, and a polled run stays alive', () => {
    const addon = loadAddOn({ sheets: { Orders: shop() } });
    const begun = addon.runFromSidebar('beginRun', 'Orders', settings) as { runId: string };
    // The sidebar was closed 3 minutes ago: its last call is older than the 2-minute limit.
    addon.documentCache.put('activeRun', JSON.stringify({ runId: begun.runId, at: Date.now() - 3 * 60_000 }), 21_600);
    // A progress poll from that (closed) run's id would renew it; a different id does not.
    addon.runFromSidebar('getProgress', 'someone-else');
    expect(() => addon.runFromSidebar('beginRun', 'Orders', settings)).not.toThrow();
  });

  it('an unreadable marker is no run', () => {
    const addon = loadAddOn({ sheets: { Orders: shop() } });
    addon.documentCache.put('activeRun', '{not json', 21_600);
    expect(() => addon.runFromSidebar('beginRun', 'Orders', settings)).not.toThrow();
  });
});

describe('setup on sheets that cannot be read', () => {
  it.each([
    ['en', 'Nope', /There is no sheet named "Nope" in this workbook\./],
    ['zh-TW', 'Nope', /此活頁簿中沒有名為「Nope」的工作表。/],
    ['zh-CN', 'Nope', /此工作簿中没有名为“Nope”的工作表。/],
    ['ms', 'Nope', /Tiada helaian bernama "Nope" dalam buku kerja ini\./],
  ] as const)('a missing sheet (%s)', (lang, name, text) => {
    const addon = loadAddOn({ sheets: { Orders: shop() } });
    expect(() => addon.runFromSidebar('getSetup', name, lang, null)).toThrow(text);
  });

  it.each([
    ['en', /The sheet "Empty" is empty: put a header row and your orders on it first\./],
    ['zh-TW', /工作表「Empty」是空的/],
  ] as const)('an empty sheet (%s)', (lang, text) => {
    const addon = loadAddOn({ sheets: { Orders: shop(), Empty: [] } });
    expect(() => addon.runFromSidebar('getSetup', 'Empty', lang, null)).toThrow(text);
  });

  it('one of our own tabs as the source', async () => {
    const addon = loadAddOn({ sheets: { Orders: shop() } });
    await runFlow(sidebarCall(addon), 'Orders', settings, {});
    expect(() => addon.runFromSidebar('getSetup', 'Segments', 'en', null)).toThrow(/"Segments" is a tab this add-on wrote\. Choose the sheet with your orders or customers\./);
    expect(() => addon.runFromSidebar('beginRun', 'Segments', settings)).toThrow(/is a tab this add-on wrote/);
  });
});

describe('rules from a file or the sidebar', () => {
  it.each([
    ['not JSON', '{rules: oops', /The rules file is not valid JSON/],
    ['no rules list', '{"version": 1}', /no "rules" list/],
    ['an empty list', '[]', /no "rules" list/],
    ['a rule without ranges', '[{"id":"vip","name":"VIP"}]', /Rule 1 is not valid: it needs an id, a name and r, f, m ranges like \[4, 5\]/],
    ['a second rule with text ranges', '[{"id":"a","name":"A","r":[1,5],"f":[1,5],"m":[1,5]},{"id":"b","name":"B","r":"1-5","f":[1,5],"m":[1,5]}]', /Rule 2 is not valid/],
    ['a rule with a fractional score', '[{"id":"a","name":"A","r":[1.5,5],"f":[1,5],"m":[1,5]}]', /Rule 1 is not valid/],
    ['a rule with an empty id', '[{"id":"","name":"A","r":[1,5],"f":[1,5],"m":[1,5]}]', /Rule 1 is not valid/],
    ['a rule that is a number', '[5]', /Rule 1 is not valid/],
  ])('importRules refuses %s with the reason', (_, json, text) => {
    const addon = loadAddOn({ sheets: { Orders: shop() } });
    expect(() => addon.runFromSidebar('importRules', json, 'en')).toThrow(text);
  });

  it('importRules speaks Malay and Simplified Chinese', () => {
    const addon = loadAddOn({ sheets: { Orders: shop() } });
    expect(() => addon.runFromSidebar('importRules', '[{"id":"vip"}]', 'ms')).toThrow(/Peraturan 1 tidak sah/);
    expect(() => addon.runFromSidebar('importRules', '[{"id":"vip"}]', 'zh-CN')).toThrow(/第 1 条规则无效/);
  });

  it.each([
    ['no ranges', [{ id: 'vip', name: 'VIP' }]],
    ['null', [null]],
    ['ranges as text', [{ id: 'x', name: 'X', r: '1', f: [1, 5], m: [1, 5] }]],
  ])('checkRules with a rule with %s answers with the reason instead of failing', (_, rules) => {
    const addon = loadAddOn({ sheets: { Orders: shop() } });
    expect(addon.runFromSidebar('checkRules', rules, 5, 'en')).toEqual(['Rule 1 is not valid: it needs an id, a name and r, f, m ranges like [4, 5].']);
  });

  it('saveSettings refuses a bad rule and stores nothing', () => {
    const addon = loadAddOn({ sheets: { Orders: shop() } });
    const before = snapshotOf(addon);
    expect(() => addon.runFromSidebar('saveSettings', { ...settings, rules: [{ id: 'x' }] })).toThrow(/Rule 1 is not valid/);
    expectNothingLost(addon, before);
    expect(addon.spreadsheet.sheets.map((s) => s.name)).toEqual(['Orders']);
  });
});
