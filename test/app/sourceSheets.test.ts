/**
 * Several source sheets (src/app/sourceSheets.ts, the new settings fields, the setup's extra
 * sheets): which sheets a run reads, which column choices each is read with, how stored settings
 * with extra sheets are checked, and the early cell check counting every source.
 */
import { describe, expect, it } from 'vitest';
import { mappingOf, runSheets, settingsForSheet, withSheetMapping } from '../../src/app/sourceSheets';
import { defaultSettings, readSettings } from '../../src/app/settings';
import { setupInfo, type SetupSource } from '../../src/app/setup';
import { CELL_LIMIT, estimateOutputCells, estimateSourcesOutputCells } from '../../src/app/cellBudget';
import type { Settings } from '../../src/app/contract';
import { SOURCE_TEXT } from '../../src/app/sourceSheets';
import { leaksOf } from '../i18n/untranslated';

const settings = (over: Partial<Settings> = {}): Settings => ({ ...defaultSettings(), sourceSheet: 'Online', mapping: { orderId: 'Invoice' }, extraSheets: ['Counter', 'List'], ...over });

describe('which sheets, with which columns', () => {
  it('reads the source sheet first, then each extra sheet once', () => {
    expect(runSheets(settings({ extraSheets: ['Counter', 'Online', 'List', 'Counter'] }), 'Online')).toEqual(['Online', 'Counter', 'List']);
    expect(runSheets(defaultSettings(), 'Orders')).toEqual(['Orders']);
  });

  it('gives the source sheet its mapping and each extra sheet its own (detected when none was chosen)', () => {
    const s = settings({ extraMappings: { Counter: { orderId: null } } });
    expect(mappingOf(s, 'Online')).toEqual({ orderId: 'Invoice' });
    expect(mappingOf(s, 'Counter')).toEqual({ orderId: null });
    expect(mappingOf(s, 'List')).toEqual({});
    expect(settingsForSheet(s, 'Counter').mapping).toEqual({ orderId: null });
    // A choice for one sheet leaves the others' as they were.
    const changed = withSheetMapping(s, 'List', { customerId: 'Kundennr' });
    expect(changed.extraMappings).toEqual({ Counter: { orderId: null }, List: { customerId: 'Kundennr' } });
    expect(changed.mapping).toEqual({ orderId: 'Invoice' });
    expect(withSheetMapping(s, 'Online', {}).mapping).toEqual({});
  });
});

describe('stored settings with extra sheets', () => {
  it('old settings without the fields read as one sheet, with no problem reported', () => {
    const { settings: read, problems } = readSettings({ version: 1, sourceSheet: 'Orders', mapping: { orderId: 'Invoice' } });
    expect(read.extraSheets).toEqual([]);
    expect(read.extraMappings).toEqual({});
    expect(problems).toEqual([]);
  });

  it('drops repeated names and mappings of sheets not chosen; reports a value of the wrong kind', () => {
    const { settings: read, problems } = readSettings({ extraSheets: ['A', 'B', 'A'], extraMappings: { A: { orderId: null, amount: 7 }, Gone: { orderId: 'X' } } });
    expect(read.extraSheets).toEqual(['A', 'B']);
    expect(read.extraMappings).toEqual({ A: { orderId: null } });
    expect(problems).toEqual([]);
    const bad = readSettings({ extraSheets: 'Counter', extraMappings: ['x'] });
    expect(bad.settings.extraSheets).toEqual([]);
    expect(bad.problems.map((p) => (p.kind === 'badValue' ? p.setting : p.kind))).toEqual(['extraSheets', 'extraMappings']);
  });
});

describe('the early cell check counts every source sheet', () => {
  const sample = [['Customer', 'Date', 'Amount'], ['a', '2024-01-05', 10], ['b', '2024-02-05', 20]];
  const source = (extras: SetupSource['extras']): SetupSource => ({ sheetName: 'Online', sheets: ['Online', 'Counter'], rows: 1000, columns: 3, sample, grids: [{ rows: 200_000, cols: 26 }], zoneOffsetMinutes: () => 0, extras });

  it('adds the rows and columns of all sources', () => {
    expect(estimateSourcesOutputCells([{ rows: 100_000, columns: 8 }, { rows: 50_000, columns: 3 }])).toBe(estimateOutputCells(150_000, 11));
  });

  it('refuses before a run when the extra sheets push the output past 10 million cells, not without them', () => {
    const extra = { sheetName: 'Counter', rows: 199_000, columns: 8, sample, problem: null };
    // 200,000 × 26 cells of sheets, plus about 200,000 customers × (31 + 26) cells of output: past the limit.
    expect(200_000 * 26 + estimateOutputCells(200_000, 11)).toBeGreaterThan(CELL_LIMIT);
    expect(setupInfo(source([]), settings({ extraSheets: [] }), [], 'en').refusal).toBeNull();
    const withExtra = setupInfo(source([extra]), settings({ extraSheets: ['Counter'] }), [], 'en');
    expect(withExtra.refusal).toMatch(/10,000,000 cells/);
    expect(withExtra.extraSources.map((s) => [s.sheetName, s.problem])).toEqual([['Counter', null]]);
  });

  it('names an extra sheet that has no column to read', () => {
    const info = setupInfo(source([{ sheetName: 'Notes', rows: 2, columns: 2, sample: [['', ''], ['call the supplier', 'Monday']], problem: null }]), settings({ extraSheets: ['Notes'] }), [], 'zh-CN');
    expect(info.extraSources[0].problem).toMatch(/^无法读取来源工作表“Notes”：/);
  });
});

describe('the sentences naming a source sheet', () => {
  it('have no English left in zh-TW, zh-CN or ms (the checker of test/i18n/untranslated.ts)', () => {
    const texts = (lang: 'en' | 'zh-TW' | 'zh-CN' | 'ms') => new Map(Object.entries(SOURCE_TEXT).map(([k, v]) => [k, v[lang]]));
    const others = ['zh-TW', 'zh-CN', 'ms'] as const;
    expect(Object.fromEntries(others.map((l) => [l, leaksOf(l, texts(l), texts('en'))]))).toEqual({ 'zh-TW': [], 'zh-CN': [], ms: [] });
  });
});
