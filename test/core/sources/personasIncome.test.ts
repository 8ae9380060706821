/**
 * Personas use the customer list's income and interests (issue 18), in the four languages, on the
 * fixtures of test/fixtures/sources/. Expected figures by hand:
 * - The three repeat buyers C1, C2, C4 earn 5,000 / 8,000 / 12,000 (en, ms; NT$ ×10 in zh-TW;
 *   ¥12,000 / 20,000 / 30,000 in zh-CN). The band width is a quarter of the 10th–90th percentile
 *   spread (type-7 quantiles, R's default): en (11,200 − 5,600) / 4 = 1,400 → 2,000; zh-TW ×10 →
 *   20,000; zh-CN (28,000 − 13,600) / 4 = 3,600 → 5,000. All three fall in different bands, so the
 *   band of the middle income is named, held by 1 of 3.
 * - C3's income is a band as written ("RM3k-5k", "3萬-5萬", …), kept as it is.
 * - Interests of C1, C2, C4: golf is named by 2 of 3, the others by 1 each.
 */
import { describe, expect, it } from 'vitest';
import { segmentSources } from '../../../src/app/sources';
import { defaultSettings } from '../../../src/app/settings';
import { dayFromIso } from '../../../src/core/days';
import { personaTemplate } from '../../../src/core/personas';
import { bandWidth, incomeValue, interestList } from '../../../src/core/personas/incomeInterests';
import { incomeFeature } from '../../../src/core/pipeline/incomeFeature';
import { LANGS, type Lang } from '../../../src/core/types';
import { fixtureSources } from './fixtureReads';

const MIDDLE_BAND: Record<Lang, [number, number]> = { en: [8000, 10000], 'zh-TW': [80000, 100000], 'zh-CN': [20000, 25000], ms: [8000, 10000] };
const C3_BAND: Record<Lang, string> = { en: 'RM3k-5k', 'zh-TW': '3萬-5萬', 'zh-CN': '1万-2万', ms: 'RM3k-RM5k' };
const GOLF: Record<Lang, string> = { en: 'golf', 'zh-TW': '高爾夫', 'zh-CN': '高尔夫', ms: 'golf' };

describe.each(LANGS.map((l) => [l] as const))('%s personas', (lang) => {
  const run = segmentSources(fixtureSources(lang), { settings: { ...defaultSettings(), analysisDate: '2024-05-01', fitClv: false }, lang, runDay: dayFromIso('2026-07-01')! });
  const cards = run.segmentation.personas;
  const repeat = cards.find((c) => c.size === 3)!;
  const c3 = cards.find((c) => c.income && 'band' in c.income)!;

  it('names the income band of amounts, and a band as written', () => {
    expect(repeat.income).toEqual({ low: MIDDLE_BAND[lang][0], high: MIDDLE_BAND[lang][1], share: 1 / 3 });
    expect(c3.income).toEqual({ band: C3_BAND[lang], share: 1 });
  });

  it('names the top interests with their shares', () => {
    expect(repeat.interests?.[0]).toEqual({ value: GOLF[lang], share: 2 / 3 });
    expect(repeat.interests).toHaveLength(3);
  });

  it('writes them on the card instead of "to fill in"', () => {
    const t = personaTemplate(c3, lang, String);
    expect(t.basicProfile).toContain(C3_BAND[lang]);
    const r = personaTemplate(repeat, lang, String);
    expect(r.basicProfile).toContain(`${MIDDLE_BAND[lang][0]}–${MIDDLE_BAND[lang][1]}`);
    expect(r.psychology).toContain(`${GOLF[lang]} 67 %`);
  });
});

describe('income and interest cells', () => {
  it('reads amounts in the supported money styles and keeps bands as text', () => {
    expect(incomeValue('RM 5,000')).toEqual({ amount: 5000 });
    expect(incomeValue('NT$50,000')).toEqual({ amount: 50000 });
    expect(incomeValue('1.234,50 €')).toEqual({ amount: 1234.5 });
    expect(incomeValue(4200)).toEqual({ amount: 4200 });
    expect(incomeValue('30k-50k')).toEqual({ band: '30k-50k' });
    expect(incomeValue(' ')).toBeNull();
  });
  it('bands amounts in 1-2-2.5-5 steps of a quarter of the 10th-90th percentile spread', () => {
    // [1000, 2000, …, 10000]: p10 = 1,900, p90 = 9,100 (type 7); 7,200 / 4 = 1,800 → 2,000.
    expect(bandWidth(Array.from({ length: 10 }, (_, i) => 1000 * (i + 1)))).toBe(2000);
    expect(bandWidth([3000, 3000])).toBe(1000); // no spread: a quarter of the median, 750 → 1,000
  });
  it('splits interests on the separators shops use, one per spelling', () => {
    expect(interestList('Yoga; yoga, cooking／golf')).toEqual(['Yoga', 'cooking／golf']);
    expect(interestList('瑜珈、烹飪，旅遊')).toEqual(['瑜珈', '烹飪', '旅遊']);
  });
  it('gives clusters income as numbers only when everyone has an amount, else as bands', () => {
    expect(incomeFeature([5000, 'RM 8,000'])).toEqual({ numeric: [5000, 8000] });
    // One amount, 5,000: no spread, a quarter of it is 1,250 → bands of 2,000, so 5,000 is in 4,000–6,000.
    expect(incomeFeature([5000, null, '30k-50k'])).toEqual({ categorical: ['#4000', null, '30k-50k'] });
    expect(incomeFeature([null, undefined])).toBeNull();
  });
});
