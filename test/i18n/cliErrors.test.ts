/**
 * Every word translated (issue 19), the CLI's errors and notes and the settings sheet: each text
 * rendered in zh-TW, zh-CN and ms has no English left in it, by the rule of untranslated.ts. Covers
 * the "Error:" prefix, every flag error of src/cli/flags.ts, the flag notes of `segment`, the .xlsx
 * writer's notes, the campaign export's errors, and the settings sheet's name, header, notes and
 * problem messages (through the built bundle: `npm run build` first).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { checkCampaignsFolder, writeCampaigns } from '../../src/cli/campaignsExport';
import { errorReport } from '../../src/cli/commands';
import { checkFlag, checkFlags, checkInputFile, defineCommand, type FlagSpec, langOfArgs, splitArgs, UsageError } from '../../src/cli/flags';
import { segmentFile } from '../../src/cli/segment';
import { writeXlsx } from '../../src/cli/xlsxWriter';
import { defaultSettings } from '../../src/app/settings';
import { rulesFileText } from '../../src/app/rulesFile';
import type { SetupInfo } from '../../src/app/contract';
import type { CampaignLists } from '../../src/core/campaigns/campaignLists';
import type { Lang } from '../../src/core/types';
import { loadAddOn } from '../harness';
import { leaksOf } from './untranslated';

const OTHERS = ['zh-TW', 'zh-CN', 'ms'] as const;
const dir = mkdtempSync(join(tmpdir(), 'cli-errors-'));

/** Values as typed, quoted in the messages ("klingon", "five"): the user's words, not ours. */
const unquoted = (text: string) => text.replace(/"[^"]*"|“[^”]*”|「[^」]*」/g, ' ');

/** File names under the test's folder taken out (the user's words). */
const cutPaths = (text: string) => text.replace(new RegExp(`${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[\\w./-]*`, 'g'), ' ');

/** The leaks of `texts(lang)` in every other language, against English. */
function leaks(texts: (lang: Lang) => Map<string, string>, also: readonly string[] = []) {
  const english = texts('en');
  return Object.fromEntries(OTHERS.map((lang) => [lang, leaksOf(lang, texts(lang), english, { also: new Set(also) })]));
}
const NONE = { 'zh-TW': [], 'zh-CN': [], ms: [] };

/** The message `f` throws. */
const thrown = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('did not throw');
};

const SPECS: FlagSpec[] = [
  { name: 'bins', kind: 'integer', min: 2, max: 10 },
  { name: 'analysis-date', kind: 'date' },
  { name: 'marketing-spend', kind: 'number', min: 0 },
  { name: 'share', kind: 'number', min: 0, max: 1 },
  { name: 'segment-by', kind: 'enum', values: ['rfm', 'clusters', 'both'] },
  { name: 'force', kind: 'switch' },
  { name: 'out', kind: 'output' },
  { name: 'rules', kind: 'file' },
  { name: 'sheet', kind: 'string' },
  { name: 'lang', kind: 'enum', values: ['en', 'zh-TW', 'zh-CN', 'ms'], caseInsensitive: true },
];
const ENUM_VALUES = ['rfm', 'clusters', 'both'];

describe('CLI errors in zh-TW, zh-CN and ms', () => {
  const folder = join(dir, 'a-folder');
  mkdirSync(folder, { recursive: true });
  const USAGE = 'demo <file.csv> <other.csv> [--bins 2-10]';
  const command = defineCommand({ name: 'demo', summary: '', usage: USAGE, positional: [{ name: 'file', file: true }, { name: 'other' }], flags: SPECS, run: async () => 0 });
  const oneFile = defineCommand({ name: 'demo', summary: '', usage: USAGE, positional: [{ name: 'file' }], flags: SPECS, run: async () => 0 });

  /** Every flag error, each with the "Error:" prefix the CLI prints. */
  const flagErrors = async (lang: Lang): Promise<Map<string, string>> => {
    const errors: [string, () => unknown][] = [
      ['out of range', () => checkFlag(SPECS[0], '0', lang)],
      ['not a whole number', () => checkFlag(SPECS[0], '5.5', lang)],
      ['bad date', () => checkFlag(SPECS[1], '2024-13-45', lang)],
      ['number below its minimum', () => checkFlag(SPECS[2], '-5', lang)],
      ['number out of its range', () => checkFlag(SPECS[3], '2', lang)],
      ['not one of the values', () => checkFlag(SPECS[4], 'cluster', lang)],
      ['switch with a value', () => checkFlag(SPECS[5], 'yes', lang)],
      ['missing value of a number', () => checkFlag(SPECS[0], true, lang)],
      ['missing value of a date', () => checkFlag(SPECS[1], true, lang)],
      ['missing value of an output', () => checkFlag(SPECS[6], true, lang)],
      ['missing value of a file', () => checkFlag(SPECS[7], true, lang)],
      ['missing value of a string', () => checkFlag(SPECS[8], true, lang)],
      ['empty value', () => checkFlag(SPECS[8], '', lang)],
      ['no such file', () => checkFlag(SPECS[7], join(dir, 'missing.json'), lang)],
      ['a folder', () => checkFlag(SPECS[7], folder, lang)],
      ['an empty file name', () => checkInputFile('', undefined, lang)],
      ['an empty file name of a flag', () => checkFlag(SPECS[7], '', lang)],
      ['given twice', () => splitArgs(['--bins', '3', '--bins', '4'], SPECS, lang)],
      ['unknown flag', () => checkFlags({ bin: '5', lang }, SPECS, 'demo')],
      ['bad value through checkFlags', () => checkFlags({ bins: '1', lang }, SPECS, 'demo')],
    ];
    const out = new Map<string, string>();
    for (const [name, f] of errors) out.set(name, errorReport(new UsageError(thrown(f)), false, lang).text);
    // The errors of a command's arguments: too many, and missing ones (printed, with the command line of the usage cut out).
    const run = async (c: typeof command, positional: string[]) => {
      const written: string[] = [];
      const spy = vi.spyOn(process.stderr, 'write').mockImplementation((s) => written.push(String(s)) > 0);
      try {
        await c.run(positional, { lang });
      } catch (e) {
        written.push(errorReport(e, false, lang).text);
      } finally {
        spy.mockRestore();
      }
      return written.join('').split(`node dist/cli.js ${USAGE}`).join(' ');
    };
    out.set('too many files', await run(oneFile, ['a', 'b']));
    out.set('too many arguments', await run(command, [join(dir, 'x.csv'), 'b', 'c']));
    out.set('missing arguments', await run(command, []));
    out.set('a positional file that is a folder', await run(command, [folder, 'b']));
    return new Map([...out].map(([k, v]) => [k, unquoted(cutPaths(v))]));
  };

  it('every flag error of src/cli/flags.ts, with the "Error:" prefix', async () => {
    writeFileSync(join(dir, 'x.csv'), 'a\n');
    const texts = new Map<Lang, Map<string, string>>();
    for (const lang of ['en', ...OTHERS] as Lang[]) texts.set(lang, await flagErrors(lang));
    expect(texts.get('en')?.get('out of range')).toBe('Error: --bins must be a whole number from 2 to 10, got  ');
    expect(texts.get('zh-TW')?.get('out of range')).toBe('錯誤：--bins 必須是 2 到 10 的整數，卻收到  ');
    expect(leaks((lang) => texts.get(lang) as Map<string, string>, [...ENUM_VALUES, 'demo', 'file', 'other'])).toEqual(NONE);
  });

  it('the language is --lang, read before the other flags; English without it or when it is not valid', () => {
    expect(langOfArgs(['a.csv', '--bins', '0', '--lang', 'zh_tw'])).toBe('zh-TW');
    expect(langOfArgs(['--lang=ms', '--bins'])).toBe('ms');
    expect(langOfArgs(['--lang', 'klingon'])).toBe('en');
    expect(langOfArgs(['--', '--lang', 'ms'])).toBe('en');
    expect(langOfArgs(['a.csv'])).toBe('en');
    expect(thrown(() => checkFlags({ bins: '0', lang: 'zh-CN' }, SPECS, 'demo'))).toBe('--bins 必须是 2 到 10 的整数，却收到 "0"');
  });

  it('the notes of segment on its flags (--currency, a rules file for other bins)', async () => {
    const rules = join(dir, 'rules.json');
    writeFileSync(rules, rulesFileText({ ...defaultSettings(), bins: 4, preset: 'rfm-package' }));
    const notes = async (lang: Lang) => {
      const text = await segmentFile('scripts/sample-shop/orders.csv', join(dir, `${lang}.xlsx`), { lang, 'no-clv': true, currency: 'ABCDEFGHIJKL', rules, bins: '5', force: true });
      const lines = text.split('\n').filter((l) => l.includes('--currency') || l.includes('--bins'));
      return new Map(lines.map((l, i) => [`note ${i}`, unquoted(l.split(rules).join(' '))]));
    };
    const texts = new Map<Lang, Map<string, string>>();
    for (const lang of ['en', ...OTHERS] as Lang[]) texts.set(lang, await notes(lang));
    expect([...(texts.get('en') as Map<string, string>).values()]).toEqual([
      'Note:   was written for 4 score bins; --bins 5 is used.',
      'Note: --currency is cut to 8 characters:  ',
    ]);
    expect(leaks((lang) => texts.get(lang) as Map<string, string>)).toEqual(NONE);
  }, 60_000);

  it('the .xlsx writer notes: cut cells, rows and columns past the sheet limits', async () => {
    const long = 'x'.repeat(40_000);
    const tab = (n: number) => ({ kind: 'segments', name: `T${n}`, blocks: [{ row: 1, col: 1, values: [Array.from({ length: n }, () => long)] }] }) as never;
    const notes = async (lang: Lang) => {
      const wide = Array.from({ length: 16_390 }, (_, i) => i);
      const rows = [[long], [long, 1], wide, [1], [2], [3]];
      const written = await writeXlsx(join(dir, `notes-${lang}.xlsx`), [tab(1), tab(2)], { lang, rowLimit: 4, extraSheets: [{ name: 'O', rows }] });
      return new Map(written.map((n, i) => [`note ${i}`, unquoted(n)]));
    };
    const texts = new Map<Lang, Map<string, string>>();
    for (const lang of ['en', ...OTHERS] as Lang[]) texts.set(lang, await notes(lang));
    expect(texts.get('en')?.size).toBe(5);
    expect(leaks((lang) => texts.get(lang) as Map<string, string>)).toEqual(NONE);
  }, 60_000);

  it('the campaign export errors', async () => {
    const taken = join(dir, 'campaigns-file');
    writeFileSync(taken, '');
    const foreign = join(dir, 'campaigns-foreign');
    mkdirSync(foreign, { recursive: true });
    writeFileSync(join(foreign, 'mine.txt'), '');
    const input = join(dir, 'campaigns-input');
    mkdirSync(input, { recursive: true });
    writeFileSync(join(input, 'vip.csv'), 'a\n');
    const lists = { segments: [{ segment: 'vip', name: 'VIP', contacts: [{ details: { name: null, email: 'a@example.com', phone: null } }] }] } as unknown as CampaignLists;
    const errors = async (lang: Lang) => {
      const out = new Map<string, string>();
      out.set('a file', thrown(() => checkCampaignsFolder(taken, { out: 'o.xlsx', force: false, lang })));
      out.set('foreign files', thrown(() => checkCampaignsFolder(foreign, { out: 'o.xlsx', force: false, lang })));
      out.set('the input', await writeCampaigns(input, lists, { inputs: [join(input, 'vip.csv')], lang }).then(String, (e: Error) => e.message));
      return new Map([...out].map(([k, v]) => [k, unquoted(cutPaths(v))]));
    };
    const texts = new Map<Lang, Map<string, string>>();
    for (const lang of ['en', ...OTHERS] as Lang[]) texts.set(lang, await errors(lang));
    expect(texts.get('en')?.get('the input')).toMatch(/^--campaigns would write .*, which is the input file /);
    expect(leaks((lang) => texts.get(lang) as Map<string, string>, ['mine'])).toEqual(NONE);
  });

  it('the output check of segment (--out the input itself, a wrong extension)', async () => {
    const input = join(dir, 'orders-for-out.csv');
    writeFileSync(input, 'Customer ID,Order Date,Amount\nA1,2024-01-02,12.50\n');
    const errors = async (lang: Lang) => {
      const out = new Map<string, string>();
      for (const [name, target] of [['the input', input], ['an extension', join(dir, 'out.pdf')]]) {
        out.set(name, await segmentFile(input, target, { lang }).then(String, (e: Error) => e.message));
      }
      return new Map([...out].map(([k, v]) => [k, unquoted(cutPaths(v))]));
    };
    const texts = new Map<Lang, Map<string, string>>();
    for (const lang of ['en', ...OTHERS] as Lang[]) texts.set(lang, await errors(lang));
    expect(texts.get('en')?.get('the input')).toMatch(/is the input file/);
    expect(leaks((lang) => texts.get(lang) as Map<string, string>, ['--force', '.xlsx'])).toEqual(NONE);
  });
});

describe('the settings sheet in zh-TW, zh-CN and ms', () => {
  const LOCALES: Record<Lang, string> = { en: 'en_US', 'zh-TW': 'zh_TW', 'zh-CN': 'zh_CN', ms: 'ms_MY' };
  const ORDERS = [['Customer', 'Order date', 'Amount'], ['a', '2024-01-01', 5]];

  /** The sheet made by saving settings in `lang`'s locale: its name, header, the problem messages of a hand-edited cell and the note it keeps. */
  const sheetTexts = (lang: Lang, rename?: string) => {
    const addon = loadAddOn({ sheets: { Orders: ORDERS }, locale: LOCALES[lang] });
    addon.runFromSidebar('saveSettings', { ...defaultSettings(), fitClv: false });
    const sheet = addon.spreadsheet.sheets.find((s) => s.metadata.some((m) => m.key === 'csa.tab' && m.value === 'settings'));
    if (!sheet) throw new Error('no settings sheet');
    if (rename) sheet.setName(rename);
    const binsRow = sheet.snapshot().findIndex((r) => r[0] === 'bins');
    sheet.put(binsRow + 1, 2, '"five"');
    const setup = addon.runFromSidebar('getSetup', null, lang, null) as SetupInfo;
    addon.runFromSidebar('saveSettings', setup.settings);
    const rows = sheet.snapshot();
    const out = new Map<string, string>([['name', sheet.getName()]]);
    for (const [c, v] of rows[0].entries()) out.set(`header ${c}`, String(v));
    for (const [i, w] of setup.settingsWarnings.entries()) out.set(`warning ${i}`, unquoted(w));
    out.set('kept note', String(rows.find((r) => r[0] === 'bins')?.[2]).replace('"five"', ''));
    return out;
  };

  it('its name, header row, kept note and problem messages', () => {
    const texts = new Map((['en', ...OTHERS] as Lang[]).map((lang) => [lang, sheetTexts(lang)]));
    expect(texts.get('en')?.get('name')).toBe('Segment settings');
    expect(texts.get('zh-TW')?.get('name')).toBe('分群設定');
    expect(texts.get('zh-TW')?.get('warning 0')).toContain('隱藏工作表 的');
    expect(leaks((lang) => texts.get(lang) as Map<string, string>, ['five'])).toEqual(NONE);
  });

  it('finds a settings sheet whatever its name, and names it as it is', () => {
    const texts = sheetTexts('zh-CN', 'My settings');
    expect(texts.get('name')).toBe('My settings');
    const addon = loadAddOn({ sheets: { Orders: ORDERS }, locale: 'ms_MY' });
    addon.runFromSidebar('saveSettings', { ...defaultSettings(), bins: 4 });
    const sheet = addon.spreadsheet.sheets.find((s) => s.metadata.some((m) => m.key === 'csa.tab' && m.value === 'settings'));
    sheet?.setName('Old settings');
    const binsRow = (sheet?.snapshot() ?? []).findIndex((r) => r[0] === 'bins');
    sheet?.put(binsRow + 1, 2, '"five"');
    const setup = addon.runFromSidebar('getSetup', null, 'en', null) as SetupInfo;
    expect(setup.settingsWarnings[0]).toContain(`(cell B${binsRow + 1} of the hidden "Old settings" sheet;`);
  });
});
