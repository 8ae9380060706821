/**
 * Every word of a combined run translated (issue 19's rule for issue 18's outputs): the run on the
 * English fixtures of test/fixtures/sources/ (two order files and a customer list), rendered in
 * zh-TW, zh-CN and ms, leaves no English in any tab — the Data quality rows and decisions about
 * combining, the persona income and interests, the birthday list — by test/i18n/untranslated.ts's rules.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segmentSources } from '../../../src/app/sources';
import type { RunOutput } from '../../../src/app/run';
import { defaultSettings } from '../../../src/app/settings';
import { parseCsv } from '../../../src/cli/io';
import { dayFromIso } from '../../../src/core/days';
import type { Lang } from '../../../src/core/types';
import { leaksOf, runTexts } from '../../i18n/untranslated';
import { fixtureState } from './fixtureReads';

const FILES = ['en-shop.csv', 'en-counter.csv', 'en-crm.csv'];
const TABLE = FILES.flatMap((f) => parseCsv(readFileSync(`test/fixtures/sources/${f}`, 'utf8')));
/** The file names are data too. */
const NAMES = new Set(['shop', 'counter', 'crm', 'csv']);

const texts = (run: RunOutput) => runTexts(run, TABLE);

describe('a run on several sources', () => {
  it('has no English in zh-TW, zh-CN or ms', () => {
    const run = (lang: Lang) =>
      segmentSources(
        FILES.map((name) => ({ name, state: fixtureState(name) })),
        { settings: { ...defaultSettings(), analysisDate: '2024-05-01', fitClv: false }, lang, runDay: dayFromIso('2026-07-01')! },
      );
    const en = run('en');
    const english = texts(en);
    // The run shows what this test is about: the combining rows, income and interests, birthdays.
    const all = JSON.stringify(en.tabs);
    for (const shown of ['Order in two sources', 'Income:', 'Interests:', 'Birthdays from']) expect(all).toContain(shown);
    const leaks = Object.fromEntries((['zh-TW', 'zh-CN', 'ms'] as const).map((lang) => [lang, leaksOf(lang, texts(run(lang)), english, { also: NAMES })]));
    expect(leaks).toEqual({ 'zh-TW': [], 'zh-CN': [], ms: [] });
  }, 60_000);
});
