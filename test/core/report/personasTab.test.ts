/**
 * Issue 19, "Personas that differ and help", on the data users saw it on: UCI Online Retail (541,909 rows,
 * analysis date 2011-12-10) and the bundled sample shop (scripts/sample-shop/orders.csv), both in GBP.
 * Two of five cards used to be "Top customers in Germany/France" with the same text, "More common than…"
 * was blank for three, numbers read "5 (1.9–11)" and "29 %" beside "39.4 %", and spend had no currency.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/cli/io';
import { segmentRun } from '../../../src/app/run';
import { readOptionsFor } from '../../../src/app/readOptions';
import { defaultSettings } from '../../../src/app/settings';
import { detectColumns, startRead } from '../../../src/core/parse';
import { dayFromYmd } from '../../../src/core/days';
import type { Segmentation } from '../../../src/core/pipeline/segmentCustomers';
import { personasTab } from '../../../src/core/report/personasTab';
import { LANGS, type Lang } from '../../../src/core/types';
import { onlineRetailTable } from '../../helpers/onlineRetail';

const RUN_DAY = dayFromYmd(2011, 12, 10);

/** The run's segmentation in each language, reading the data once. */
function segmentations(values: string[][], analysisDate?: string): Record<Lang, Segmentation> {
  const settings = { ...defaultSettings(), fitClv: false, ...(analysisDate ? { analysisDate } : {}) };
  const state = startRead(values, readOptionsFor(settings, detectColumns(values), { today: RUN_DAY }));
  return Object.fromEntries(LANGS.map((lang) => [lang, segmentRun({ state, settings, lang, runDay: RUN_DAY }).segmentation])) as Record<Lang, Segmentation>;
}

/** The rows of the tab, in order (neither data set has an age column). */
const ROWS_EN = [
  'Persona',
  'Segment or cluster',
  'Customers (share)',
  'Share of revenue',
  'Days since last order (typical)',
  'Orders (typical)',
  'Total spend (typical)',
  'Basic profile',
  'Values and lifestyle',
  'Shopping habits',
  'Situation',
  'Preferred channel',
  'More common than among all customers',
  'What they need',
  'What to do',
];
const row = (values: unknown[][], label: string) => values[ROWS_EN.indexOf(label)].slice(1).map(String);
const FILL_MARKERS: Record<Lang, string> = { en: '[To fill in: ', 'zh-TW': '【待填寫：', 'zh-CN': '【待填写：', ms: '[Untuk diisi: ' };
/** A share: whole percents from 10 % up, one decimal below. */
const SHARE = String.raw`(?:[1-9]\d|100|\d(?:\.[1-9])?|<0\.1) %`;
const WHOLE_TYPICAL = /^\d{1,3}(,\d{3})*( \(\d{1,3}(,\d{3})*–\d{1,3}(,\d{3})*\))?$/;
const GBP = String.raw`£\d{1,3}(?:,\d{3})*(?:\.\d\d)?`;

/** What must hold on any shop's Personas tab, in every language. */
function expectSoundTabs(seg: Record<Lang, Segmentation>): void {
  for (const lang of LANGS) {
    const tab = personasTab(seg[lang], lang, { currency: 'GBP' });
    const values = tab.blocks[0].values;
    const cards = seg[lang].personas;
    expect(values.map((r) => r.length)).toEqual(ROWS_EN.map(() => cards.length + 1));
    if (lang === 'en') expect(values.map((r) => r[0])).toEqual(ROWS_EN);
    // 3 to 5 personas, all different.
    expect(cards.length).toBeGreaterThanOrEqual(3);
    expect(cards.length).toBeLessThanOrEqual(5);
    for (const label of ['Persona', 'What they need', 'What to do']) expect(new Set(row(values, label)).size, `${lang} ${label}`).toBe(cards.length);
    // "More common than…" never blank.
    for (const cell of row(values, 'More common than among all customers')) expect(cell.trim(), lang).not.toBe('');
    // Numbers as people write them, the same way in every cell.
    for (const label of ['Days since last order (typical)', 'Orders (typical)']) for (const cell of row(values, label)) expect(cell, `${lang} ${label}`).toMatch(WHOLE_TYPICAL);
    for (const cell of row(values, 'Customers (share)')) expect(cell).toMatch(new RegExp(`^\\d{1,3}(,\\d{3})* \\(${SHARE}\\)$`));
    for (const cell of row(values, 'Share of revenue')) expect(cell).toMatch(new RegExp(`^${SHARE}$`));
    for (const [share] of values.flat().map(String).join('\n').matchAll(/[<\d.,]+ %/g)) expect(share, lang).toMatch(new RegExp(`^${SHARE}$`));
    for (const cell of row(values, 'Total spend (typical)')) expect((cell.match(/£/g) ?? []).length, `${lang} ${cell}`).toBe(3);
    if (lang === 'en' || lang === 'ms') for (const cell of row(values, 'Total spend (typical)')) expect(cell).toMatch(new RegExp(`^${GBP} \\(${GBP}–${GBP}\\)$`));
    // The persona template, filled where the data can and marked for the owner where not.
    for (const label of ['Basic profile', 'Values and lifestyle', 'Shopping habits', 'Situation', 'Preferred channel'])
      for (const cell of row(values, label)) {
        expect(cell, `${lang} ${label}`).toMatch(/^\S(.*\S)?$/s);
        expect(cell).not.toMatch(/\{\w+\}/);
      }
    for (const label of ['Values and lifestyle', 'Shopping habits', 'Situation', 'Preferred channel']) for (const cell of row(values, label)) expect(cell).toContain(FILL_MARKERS[lang]);
    // Both shops have a country column: its most common value fills the place of the profile.
    row(values, 'Basic profile').forEach((cell, i) => {
      expect(cell).toContain(`${cards[i].mostCommon.city?.value}`);
    });
    for (const cell of row(values, 'Shopping habits')) expect(cell).toMatch(/£\d/);
  }
}

describe('the Personas tab on UCI Online Retail (analysis date 2011-12-10)', () => {
  const seg = segmentations(onlineRetailTable(), '2011-12-10');

  it('holds 3 to 5 different personas, a non-blank "more common than", whole numbers, shares and spend in pounds, and the template in all four languages', () => {
    expectSoundTabs(seg);
    for (const c of seg.en.personas) expect(c.mostCommon.city?.value).toBe('United Kingdom');
  });

  it('joins Champions and Loyal, who would read the same, into one persona of top customers', () => {
    const cards = seg.en.personas;
    expect(cards.map((c) => [c.name, c.groupNames])).toEqual([
      ['Top customers', ['Champions', 'Loyal']],
      ['Lapsed buyers', ['Dormant', 'Almost lost']],
      ['Occasional buyers', ['Needs attention', 'Active']],
      ['Slipping regulars', ['At risk', 'Previously loyal']],
      ['New customers', ['Promising', 'New']],
    ]);
    // Every customer is in one of them: the shop's ten segments are five kinds of customers.
    expect(cards.reduce((n, c) => n + c.size, 0)).toBe(seg.en.customers.length);
  });

  it('says in words that nothing stands out where the only attribute, the country, is spread as among all customers', () => {
    const values = personasTab(seg.en, 'en').blocks[0].values;
    expect(row(values, 'More common than among all customers')).toEqual(Array(5).fill('Nothing stands out: by place they are like all customers.'));
    // Without a currency the amounts stand alone.
    expect(row(values, 'Total spend (typical)')[0]).toMatch(/^\d{1,3}(,\d{3})* \(/);
  });
});

describe('the Personas tab on the sample shop', () => {
  const seg = segmentations(parseCsv(readFileSync('scripts/sample-shop/orders.csv', 'utf8')));

  it('holds 3 to 5 different personas, a non-blank "more common than", whole numbers, shares and spend in pounds, and the template in all four languages', () => {
    expectSoundTabs(seg);
  });

  it('keeps Loyal and Champions apart by the country each has more of, and says so in what they need and what to do', () => {
    const [germany, france] = seg.en.personas.filter((c) => c.profile === 'champions');
    expect([germany.name, germany.groupNames, france.name, france.groupNames]).toEqual(['Top customers in Germany', ['Loyal'], 'Top customers in France', ['Champions']]);
    expect(germany.needs).toMatch(/More of them are in Germany than among all customers/);
    expect(france.action).toMatch(/Start with those in France/);
  });

  it('writes money in the run\'s currency', () => {
    const values = personasTab(seg.ms, 'ms', { currency: 'MYR' }).blocks[0].values;
    expect(row(values, 'Total spend (typical)')[0]).toMatch(/^RM \d{1,3}(,\d{3})* \(RM [\d,]+–RM [\d,]+\)$/);
  });
});
