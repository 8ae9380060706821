/** The harness itself: the add-on loads, onOpen works in AuthMode.NONE, the fakes behave like Sheets. */
import { describe, expect, it } from 'vitest';
import { loadAddOn } from './index';

describe('loading dist/Code.js', () => {
  it('runs in a context without setTimeout, TextEncoder, URL, require or process', () => {
    const addon = loadAddOn();
    for (const g of ['setTimeout', 'TextEncoder', 'URL', 'require', 'process', 'Buffer'])
      expect(addon.evaluate(`typeof ${g}`), g).toBe('undefined');
    expect(addon.globals()).toEqual(expect.arrayContaining(['onOpen', 'onInstall', 'showSidebar']));
  });

  it('onOpen builds the add-on menu in AuthMode.NONE without touching the spreadsheet', () => {
    const addon = loadAddOn({ locale: 'en_US' });
    addon.runTrigger('onOpen', 'NONE');
    expect(addon.ui.menus).toHaveLength(1);
    expect(addon.ui.menus[0].items.map((i) => i.caption)).toEqual(['Segment my customers', 'Settings', '---', 'Help']);
    expect(addon.ui.menus[0].items.map((i) => i.functionName)).toContain('showSidebar');
  });

  it('custom functions from the registry run through the global scope as Sheets calls them', () => {
    const addon = loadAddOn();
    // A scalar call and a range call (ranges arrive as 2-D arrays).
    expect(addon.callCustomFunction('CAC', 1000, 20)).toBe(50);
    expect(addon.callCustomFunction('CAC', [[1000], [300]], [[20], [10]])).toEqual([[50], [30]]);
    expect(() => addon.callCustomFunction('CAC', 1000, 0)).toThrow(/^CAC: new_customers/);
    expect(addon.executions.at(-1)?.mode).toBe('CUSTOM_FUNCTION');
  });

  it('the menu speaks the user language', () => {
    const addon = loadAddOn({ locale: 'zh_TW' });
    addon.runTrigger('onInstall', 'NONE', { authMode: 'NONE' });
    expect(addon.ui.menus[0].items[0].caption).toBe('分群我的顧客');
  });

  it('showSidebar serves dist/sidebar.html in FULL mode', () => {
    const addon = loadAddOn();
    addon.runTrigger('showSidebar', 'FULL');
    expect(addon.ui.sidebars).toHaveLength(1);
    expect(addon.ui.sidebars[0].html).toContain('<script>');
  });
});

describe('the fakes', () => {
  it('refuses writes and UI in custom functions and spreadsheet access in AuthMode.NONE', () => {
    const addon = loadAddOn({ sheets: { Orders: [['a']] } });
    addon.env.mode = 'CUSTOM_FUNCTION';
    expect(() => addon.spreadsheet.getActiveSheet().getRange(1, 1).setValue('x')).toThrow(/permission/);
    addon.env.mode = 'NONE';
    const app = (addon.context as Record<string, any>).SpreadsheetApp;
    expect(() => app.getActiveSpreadsheet()).toThrow(/permission/);
    addon.env.mode = 'FULL';
  });

  it('stores strings as Sheets does: formulas, numbers, apostrophe and plain-text format', () => {
    const addon = loadAddOn({ sheets: { S: [] } });
    const sheet = addon.spreadsheet.getSheetByName('S')!;
    sheet.getRange(1, 1, 1, 4).setValues([['=1+1', '-12', "'=HYPERLINK(1)", 'text']]);
    expect(sheet.formulas.get('1,1')).toBe('=1+1');
    expect(sheet.snapshot()[0]).toEqual(['', -12, '=HYPERLINK(1)', 'text']);
    sheet.getRange(2, 1).setNumberFormat('@');
    sheet.getRange(2, 1).setValue('@me');
    sheet.getRange(3, 1).setNumberFormat('@').setValue('=cmd');
    expect(sheet.formulas.has('3,1')).toBe(false);
    expect(sheet.getRange(3, 1).getValue()).toBe('=cmd');
  });

  it('throws for ranges outside the grid and mismatched setValues, and enforces the 10M-cell limit', () => {
    const addon = loadAddOn({ sheets: { S: [] } });
    const sheet = addon.spreadsheet.getSheetByName('S')!;
    expect(() => sheet.getRange(1001, 1)).toThrow(/outside the dimensions/);
    expect(() => sheet.getRange(1, 1, 2, 2).setValues([[1, 2]])).toThrow(/number of rows/);
    expect(() => sheet.insertRowsAfter(1000, 400_000)).toThrow(/10000000 cells/);
  });

  it('document properties enforce 9 KB per value and 500 KB per store', () => {
    const addon = loadAddOn();
    const props = addon.documentProperties;
    expect(() => props.setProperty('k', 'x'.repeat(9 * 1024 + 1))).toThrow(/too large/);
    for (let i = 0; i < 55; i++) props.setProperty(`k${i}`, 'x'.repeat(9000));
    expect(() => { for (let i = 55; i < 60; i++) props.setProperty(`k${i}`, 'x'.repeat(9000)); }).toThrow(/quota/);
  });

  it('cache limits keys and values; the document lock is shared', () => {
    const addon = loadAddOn();
    expect(() => addon.scriptCache.put('k'.repeat(251), 'v')).toThrow(/key/);
    expect(() => addon.scriptCache.put('k', 'v'.repeat(100 * 1024 + 1))).toThrow(/value/);
    addon.lock.heldBy = 'other';
    expect(addon.lock.tryLock(10)).toBe(false);
  });

  it('values cross into the script realm as Apps Script values (Date, arrays)', () => {
    const addon = loadAddOn({ sheets: { S: [[new Date(Date.UTC(2024, 2, 5)), 1]] } });
    const vmDate = addon.evaluate('Date');
    const values = addon.spreadsheet.getSheetByName('S')!.getRange(1, 1, 1, 2).getValues();
    expect(values[0][0] instanceof (vmDate as DateConstructor)).toBe(true);
    expect(values[0][0] instanceof Date).toBe(false);
  });
});
