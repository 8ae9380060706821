/**
 * Every word translated (issue 19): each output rendered in Traditional Chinese, Simplified Chinese
 * and Malay has no English left in it (test/i18n/untranslated.ts says what counts). Covers every
 * tab of full runs, the sidebar's string tables, the CLI's `segment` lines and reader messages,
 * and the custom functions' errors and table headers (through the built bundle: `npm run build` first).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { segmentTable, type RunOutput } from '../../src/app/run';
import { defaultSettings } from '../../src/app/settings';
import type { Settings } from '../../src/app/contract';
import { SERVER_MESSAGES } from '../../src/app/messages';
import { uiText } from '../../src/app/uiText';
import { READ_MESSAGES } from '../../src/cli/messages';
import { parseCsv } from '../../src/cli/io';
import { segmentFile } from '../../src/cli/segment';
import type { Localized } from '../../src/core/i18n';
import { PARSE_MESSAGES } from '../../src/core/parse/messages';
import type { Lang } from '../../src/core/types';
import { TRANSACTION_MODELS } from '../../src/core/clv/transactionModel';
import { customFunctions } from '../../src/functions/registry';
import { TEXT as SIDEBAR_TEXT } from '../../sidebar/i18n';
import { type AddOn, loadAddOn } from '../harness';
import { leaksOf, runTexts, sourceWords } from './untranslated';

const OTHERS = ['zh-TW', 'zh-CN', 'ms'] as const;

/** where → text of one string table in one language. */
function tableTexts(table: Record<string, Localized>, lang: Lang, prefix: string): Map<string, string> {
  return new Map(Object.entries(table).map(([key, l]) => [`${prefix}.${key}`, l[lang]]));
}

// ---- (a) every tab of full runs ----

const SHOP = parseCsv(readFileSync('scripts/sample-shop/orders.csv', 'utf8'));

/** ../shared/data/cdnow/CDNOW_sample.txt: master id, sample id, YYYYMMDD, CDs, dollars (no header). */
function cdnowTable(): unknown[][] {
  const rows: unknown[][] = [['Customer', 'Sample id', 'Date', 'CDs', 'Amount']];
  for (const line of readFileSync('../shared/data/cdnow/CDNOW_sample.txt', 'utf8').split(/\r?\n/)) {
    const p = line.trim().split(/\s+/);
    if (p.length === 5) rows.push([p[0], Number(p[1]), Number(p[2]), Number(p[3]), Number(p[4])]);
  }
  return rows;
}

const CDNOW = cdnowTable();

interface RunCase {
  name: string;
  table: unknown[][];
  settings: Settings;
  /** What the run must show for the case to test what it names. */
  shows?: (run: RunOutput) => boolean;
}

const RUNS: RunCase[] = [
  { name: 'sample shop', table: SHOP, settings: defaultSettings() },
  { name: 'sample shop with a marketing spend', table: SHOP, settings: { ...defaultSettings(), marketingSpend: 5000, fitClv: false }, shows: (run) => run.segmentation.kpis.cac !== null },
  {
    name: 'CDNOW with predicted CLV and clusters',
    table: CDNOW,
    settings: { ...defaultSettings(), fitClv: true, segmentBy: 'both', analysisDate: '1998-07-01' },
    shows: (run) => run.tabs.some((t) => t.kind === 'model'),
  },
];


describe('every tab of a full run', () => {
  for (const run of RUNS) {
    it(`${run.name}: the summary, warnings and every tab`, () => {
      const runIn = (lang: Lang) => segmentTable(run.table, { settings: run.settings, lang, runDay: 15400 });
      const first = runIn('en');
      if (run.shows) expect(run.shows(first)).toBe(true);
      const texts = (lang: Lang) => runTexts(runIn(lang), run.table);
      const english = runTexts(first, run.table);
      const leaks = Object.fromEntries(OTHERS.map((lang) => [lang, leaksOf(lang, texts(lang), english)]));
      expect(leaks).toEqual({ 'zh-TW': [], 'zh-CN': [], ms: [] });
    }, 120_000);
  }
});

// ---- (b) the sidebar's string tables ----

describe('sidebar string tables', () => {
  const tables: [string, (lang: Lang) => Map<string, string>][] = [
    ['sidebar/i18n.ts', (lang) => new Map(Object.entries(SIDEBAR_TEXT[lang]))],
    ['src/app/uiText.ts', (lang) => new Map(Object.entries(uiText[lang]))],
    ['src/app/messages.ts', (lang) => tableTexts(SERVER_MESSAGES, lang, 'SERVER_MESSAGES')],
    // The reader's sentences: the sidebar shows them (detected columns, data quality).
    ['src/core/parse/messages.ts', (lang) => tableTexts(PARSE_MESSAGES, lang, 'PARSE_MESSAGES')],
  ];
  for (const [file, texts] of tables) {
    it(`${file}: no English in zh-TW, zh-CN or ms`, () => {
      const leaks = Object.fromEntries(OTHERS.map((lang) => [lang, leaksOf(lang, texts(lang), texts('en'))]));
      expect(leaks).toEqual({ 'zh-TW': [], 'zh-CN': [], ms: [] });
    });
  }
});

describe('the Help', () => {
  it('names the tabs a run writes from TAB_NAMES, in every language', () => {
    for (const texts of Object.values(SIDEBAR_TEXT)) {
      expect(texts.help4).toContain('{tabs}');
      expect(texts.help5).toContain('{history}');
    }
  });
});

// ---- (c) the CLI ----

describe('the CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'untranslated-'));
  /** A shop of two customers (its notes say the scores are unstable) and a sheet with no customer column (refused with its data-quality report). */
  const tiny = join(dir, 'tiny.csv');
  writeFileSync(tiny, 'Customer,Order date,Amount\na,2024-01-01,5\nb,2024-01-02,6\n');
  const noCustomer = join(dir, 'no-customer.csv');
  writeFileSync(noCustomer, 'Order date,Amount\n2024-01-01,5\n2024-01-02,6\n');

  /** What `segment` prints (or the error it stops with), by line and by field (fields are apart by 2+ spaces), the file names and the file's own words taken out. */
  const printed = async (file: string, lang: Lang, flags: Record<string, string | true>) => {
    const out = join(dir, `${lang}.xlsx`);
    let text: string;
    try {
      text = await segmentFile(file, out, { lang, ...flags, force: true });
    } catch (e) {
      text = (e as Error).message;
    }
    const { cut } = sourceWords(parseCsv(readFileSync(file, 'utf8')));
    const fields = new Map<string, string>();
    for (const [i, line] of text.split('\n').entries()) {
      for (const [j, field] of cut(line.split(out).join(' ').split(file).join(' ')).split(/\s{2,}/).entries()) fields.set(`line ${i + 1} field ${j + 1}`, field);
    }
    return fields;
  };
  const cases: [string, string, Record<string, string | true>][] = [
    ['the sample shop with a marketing spend', 'scripts/sample-shop/orders.csv', { 'no-clv': true, 'marketing-spend': '5000' }],
    ['a shop of two customers', tiny, {}],
    ['a sheet with no customer column', noCustomer, {}],
  ];
  for (const [name, file, flags] of cases) {
    it(`segment on ${name}: every printed line`, async () => {
      const english = await printed(file, 'en', flags);
      const leaks: Record<string, unknown> = {};
      for (const lang of OTHERS) leaks[lang] = leaksOf(lang, await printed(file, lang, flags), english);
      expect(leaks).toEqual({ 'zh-TW': [], 'zh-CN': [], ms: [] });
    }, 120_000);
  }

  it('the reader messages (src/cli/messages.ts)', () => {
    const leaks = Object.fromEntries(OTHERS.map((lang) => [lang, leaksOf(lang, tableTexts(READ_MESSAGES, lang, 'READ_MESSAGES'), tableTexts(READ_MESSAGES, 'en', 'READ_MESSAGES'))]));
    expect(leaks).toEqual({ 'zh-TW': [], 'zh-CN': [], ms: [] });
  });
});

// ---- (d) the custom functions ----

const LOCALES: Record<Lang, string> = { en: 'en_US', 'zh-TW': 'zh_TW', 'zh-CN': 'zh_CN', ms: 'ms_MY' };

/**
 * Words of the functions' own vocabulary, kept in every language: parameter names as Sheets'
 * formula help shows them (`new_customers`, `scores_range`), the labels of fitted parameters the
 * functions read (alpha, gamma) and the model names the `model` argument takes (bgnbd, pareto).
 */
const FUNCTION_WORDS = new Set([...customFunctions.flatMap((f) => f.params.map((p) => p.name)), 'alpha', 'beta', 'gamma', 'delta', ...TRANSACTION_MODELS]);

/** Values typed in a cell, quoted as the user types them ("week", "organic", got "x"). */
const unquoted = (text: string) => text.replace(/"[^"]*"|“[^”]*”|「[^」]*」/g, ' ');

const col = (...values: unknown[]) => values.map((v) => [v]);

/** Calls that are wrong for any function: nothing, error cells, text, negative numbers, fractions, ranges of different sizes. */
function badCalls(params: number): unknown[][] {
  const all = (v: unknown) => Array.from({ length: params }, () => v);
  return [[], all('#N/A'), all('?'), all(-1), all(0.5), [col(1, 2, 3), col(1, 2)], all(col(1, '?'))];
}

const BG = [['r', 'alpha', 'a', 'b'], [0.243, 4.414, 0.793, 2.426]];
const PARETO = [['r', 'alpha', 's', 'beta'], [0.553, 10.578, 0.606, 11.669]];
const GG = [['p', 'q', 'gamma'], [6.25, 3.74, 15.44]];

/** Calls each wrong in a way only that function checks. */
const WRONG_CALLS: [string, unknown[]][] = [
  ['CAC', [col(100, 50), col(4, 2), col('ads', 'seo'), col('paid', '?')]],
  ['CAC', [col(100, 50), col(4, 2), col('ads', '')]],
  ['CONVERSION_RATE', [30, 20]],
  ['RETENTION_RATE', [10, 12, 13]],
  ['RETENTION_RATE', [10, 30, 5]],
  ['CLTV_RETENTION', [100, 0, 1, 0]],
  ['CAC_PAYBACK', [600, 100, 0]],
  ['NPS', [col(9, 11)]],
  ['CSAT', [col(4, 6)]],
  ['AB_TEST', [10, 100, 12, 100, 2]],
  ['AOV', [col(10, 20), col('a')]],
  ['REPURCHASE_RATE', [col('a'), col('2024-01-01'), '2024-02-01', '2024-01-01']],
  ['RFM_SCORE', [5, 2, 30]],
  ['RFM_SCORE', [col(5, 9), col(-1, 2), col(30, 40)]],
  ['RFM_SCORE', [col(5, 9), col(1, 2), col(30, 40), 12]],
  ['RFM_SCORE', [col(5, 9), col(1, 2), col(30, 40), [['R', 'x', 1], ['F', 1, 1]]]],
  ['PROB_ALIVE', [col(1, 2), col(5, 9), col(10, 8), BG]],
  ['PROB_ALIVE', [1.5, 2, 3, BG]],
  ['PROB_ALIVE', [1, 2, 3, [['r', 'alpha', 'a'], [1, 2, 3]]]],
  ['PROB_N_PURCHASES', [1, 39, PARETO]],
  ['SPEND_EXPECTED', [2, 20, [[6.25, 0.9, 15.44]]]],
  ['SPEND_EXPECTED', [2, 0, GG]],
  ['CLV_PREDICT', [1, 2, 3, 10, BG, GG, 700]],
  ['CLV_PREDICT', [1, 2, 3, 10, BG, GG, 12, 2]],
  ['CLV_PREDICT', [1, 2, 3, 10, BG, GG, 12, 0.01, 'month']],
  ['CLV_SUMMARY', [col('a'), col('2024-01-01'), col(5), '2023-01-01']],
  ['CLV_SUMMARY', [col('a', 'b'), col('2024-01-01', '13/14/2024'), col(5, 6)]],
  ['CLV_HOLDOUT', [col('a'), col('2024-01-01'), col(5)]],
  ['CLV_HOLDOUT', [col('a'), col('2024-01-01'), col(5), '2024-02-01', '2024-01-15']],
  ['CLV_HOLDOUT', [col('a'), col('2024-03-01'), col(5), '2024-02-01']],
  ['CLV_TRACKING', [col('a'), col('2024-01-01'), BG]],
  ['CLV_TRACKING', [col('a'), col('2024-01-01'), BG, 0]],
  ['CLV_FROM_ORDERS', [col('a', 'b'), col('2024-01-01', '2024-01-02'), col(5, 'x')]],
  ['BGBB_PROB_ALIVE', [3, 2, 6, [[1.2, 0.75, 0.66, 2.78]]]],
  ['BGBB_PROB_ALIVE', [1, 7, 6, [[1.2, 0.75, 0.66, 2.78]]]],
  ['CLUSTER', [[[1], [1], [1]]]],
  ['CLUSTER', [[[1, 2], [3, ''], [5, 6]]]],
  ['CLUSTER', [[[1], [2], [3], [4]], 9]],
];

describe('custom functions', () => {
  const addons = {} as Record<Lang, AddOn>;
  beforeAll(() => {
    for (const [lang, locale] of Object.entries(LOCALES)) addons[lang as Lang] = loadAddOn({ locale });
  });
  const errorOf = (lang: Lang, name: string, args: unknown[]): string | null => {
    try {
      addons[lang].callCustomFunction(name, ...args);
      return null;
    } catch (e) {
      return unquoted(String((e as Error).message ?? e));
    }
  };

  it('errors in a zh-TW, zh-CN and ms spreadsheet', () => {
    const errors = (lang: Lang) => {
      const out = new Map<string, string>();
      for (const f of customFunctions) {
        for (const [i, args] of badCalls(f.params.length).entries()) {
          const error = errorOf(lang, f.name, args);
          if (error !== null) out.set(`${f.name} call ${i}`, error);
        }
      }
      for (const [i, [name, args]] of WRONG_CALLS.entries()) {
        const error = errorOf(lang, name, args);
        expect(error, `${name} wrong call ${i} fails`).not.toBeNull();
        out.set(`${name} wrong call ${i}`, String(error));
      }
      return out;
    };
    const english = errors('en');
    const leaks = Object.fromEntries(OTHERS.map((lang) => [lang, leaksOf(lang, errors(lang), english, { also: FUNCTION_WORDS })]));
    expect(leaks).toEqual({ 'zh-TW': [], 'zh-CN': [], ms: [] });
  });

  it('=CLV_* table headers and words', () => {
    // The first 1,000 CDNOW orders: enough customers for CLV_FROM_ORDERS to fit its models.
    const orders = CDNOW.slice(1, 1001).map(([id, , ymd, , amount]) => [id, String(ymd).replace(/(\d{4})(\d{2})(\d{2})/, '$1-$2-$3'), amount]);
    const [ids, dates, amounts] = [0, 1, 2].map((k) => orders.map((o) => [o[k]]));
    const params = [['r', 'alpha', 'a', 'b'], [0.24, 4.41, 0.79, 2.43]];
    const headers = (lang: Lang) => {
      const out = new Map<string, string>();
      const tables: [string, unknown[]][] = [
        ['CLV_SUMMARY', [ids, dates, amounts]],
        ['CLV_HOLDOUT', [ids, dates, amounts, '1997-09-30']],
        ['CLV_TRACKING', [ids, dates, params, 10, 'bgnbd']],
        ['CLV_FROM_ORDERS', [ids, dates, amounts]],
      ];
      // The header row and every text below it but the customer ids (the tiers of CLV_FROM_ORDERS).
      for (const [name, args] of tables) {
        const table = addons[lang].callCustomFunction(name, ...args) as unknown[][];
        for (const [r, row] of table.entries()) for (const [c, v] of row.entries()) if (typeof v === 'string' && (r === 0 || c > 0)) out.set(`${name} r${r}c${c}`, v);
      }
      return out;
    };
    const english = headers('en');
    const leaks = Object.fromEntries(OTHERS.map((lang) => [lang, leaksOf(lang, headers(lang), english)]));
    expect(leaks).toEqual({ 'zh-TW': [], 'zh-CN': [], ms: [] });
  });
});
