/** The persona template of the articles, filled from the data where it can be and marked "to fill in" where not. */
import { describe, expect, it } from 'vitest';
import { buildPersonas, personaTemplate, type PersonaCard } from '../../../src/core/personas';
import { LANGS, type Lang } from '../../../src/core/types';
import { channelShop, shop } from './shopFixture';

const money = (x: number) => `£${x.toFixed(2)}`;
const FILL_MARKERS: Record<Lang, string> = { en: '[To fill in: ', 'zh-TW': '【待填寫：', 'zh-CN': '【待填写：', ms: '[Untuk diisi: ' };
const cardsOf = (s: { customers: Parameters<typeof buildPersonas>[0]; groups: string[] }, lang: Lang): PersonaCard[] => buildPersonas(s.customers, (i) => s.groups[i], { lang, max: 5 });

describe('personaTemplate', () => {
  const [a, b, c, d] = cardsOf(shop(), 'en');
  const t = (card: PersonaCard) => personaTemplate(card, 'en', money);

  it('fills the basic profile with the most common place, gender and age band, and marks the rest', () => {
    // A: 24 of 30 in Taipei, 25 of 30 "F", all aged 25-32.
    expect(t(a).basicProfile).toBe('Place: Taipei (80 %); Gender: female (83 %); Age band: 25-34 (100 %); [To fill in: occupation, income band, family situation]');
    expect(t(a).psychology).toBe('[To fill in: values, interests, lifestyle]');
  });

  it('says how often and how much per order, compared with all customers', () => {
    // A's order values (900 + 10j) / (8 + j % 5), j < 30: the median of 30 is the mean of the 15th and 16th.
    const values = Array.from({ length: 30 }, (_, j) => (900 + 10 * j) / (8 + (j % 5))).sort((x, y) => x - y);
    const median = (values[14] + values[15]) / 2;
    expect(t(a).habits).toBe(`Buy more often than most customers, about ${money(median)} per order. [To fill in: which products they buy, which days and hours they buy]`);
    // C bought once each, recently.
    expect(t(c).habits).toMatch(/^Most bought only once, about £3\d\.\d\d per order\. \[To fill in: /);
  });

  it('reads the situation from recency', () => {
    expect(t(a).situation).toBe('Among your most recent buyers: they are buying now. [To fill in: the occasion they buy for (gift, restock, treat…)]');
    expect(t(b).situation).toMatch(/^Quieter than most customers: they have not bought for a while\. \[To fill in: /);
    // D: last orders 400 to 409 days ago.
    expect(t(d).situation).toMatch(/^Most have not bought for over a year\. \[To fill in: /);
  });

  it('takes the preferred channel from a channel column', () => {
    expect(t(a).preferredChannel).toBe('online (100 % of them)');
  });

  it('lists what is more common with both shares, and says so in words when nothing is', () => {
    // Taipei: 24 of A's 30, and 49 of all 215 customers (22.8 %).
    expect(t(a).moreCommon).toContain('Taipei: 80 % of them, 23 % of all customers');
    const [lapsed] = cardsOf(channelShop(), 'en');
    expect(lapsed.profile).toBe('lapsed');
    expect(personaTemplate(lapsed, 'en', money).moreCommon).toBe('Nothing stands out: by place and channel they are like all customers.');
  });

  it('marks everything the data lacks when the sheet has no attributes', () => {
    const [top] = cardsOf(channelShop(false), 'en');
    const plain = personaTemplate(top, 'en', money);
    expect(plain.basicProfile).toBe('[To fill in: place, gender, age band, occupation, income band, family situation]');
    expect(plain.preferredChannel).toBe('[To fill in: where to reach them (email, SMS, LINE, WhatsApp…)]');
    expect(plain.moreCommon).toBe('Nothing to compare: the data has no city, region, country, channel, gender or age column.');
  });

  it('speaks all four languages, with a "to fill in" marker in each', () => {
    for (const lang of LANGS)
      for (const data of [shop(), channelShop(), channelShop(false)])
        for (const card of cardsOf(data, lang)) {
          const fields = personaTemplate(card, lang, money);
          expect(Object.keys(fields).sort()).toEqual(['basicProfile', 'habits', 'moreCommon', 'preferredChannel', 'psychology', 'situation']);
          for (const text of Object.values(fields)) expect(text).toMatch(/^\S(.*\S)?$/);
          for (const text of Object.values(fields)) expect(text).not.toMatch(/\{\w+\}|\s\s/);
          for (const field of ['psychology', 'habits', 'situation'] as const) expect(fields[field]).toContain(FILL_MARKERS[lang]);
          for (const marker of Object.values(FILL_MARKERS).filter((m) => m !== FILL_MARKERS[lang])) expect(Object.values(fields).join(' ')).not.toContain(marker);
        }
    const [zh] = cardsOf(shop(), 'zh-TW');
    expect(personaTemplate(zh, 'zh-TW', money).basicProfile).toBe('地區：Taipei（80 %）；性別：女性（83 %）；年齡層：25-34（100 %）；【待填寫：職業、收入區間、家庭狀況】');
  });
});
