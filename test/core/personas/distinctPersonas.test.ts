/**
 * Issue 19: no two personas read the same. Groups that would get the same needs and action are one
 * persona; groups of one RFM profile that a trait sets apart stay apart and their text names the trait.
 */
import { describe, expect, it } from 'vitest';
import { buildPersonas } from '../../../src/core/personas';
import { LANGS } from '../../../src/core/types';
import { channelShop, shop } from './shopFixture';

describe('personas that would read the same', () => {
  const { customers, groups } = shop();
  // B (customers 30..129) split into two halves with the same behaviour and mix: both are "Middle-aged lapsed buyers".
  const splitB = (i: number) => (groups[i] === 'B' ? `B${i < 80 ? 0 : 1}` : groups[i]);

  it('are joined into one persona whose figures are those of all its customers', () => {
    const whole = buildPersonas(customers, (i) => groups[i], { lang: 'en', max: 4 });
    const split = buildPersonas(customers, splitB, { lang: 'en', max: 4 });
    // B0 and B1 tie on size and revenue (Σ 20 + j % 10 is the same over each 50), so B0 leads by its id.
    expect(split.map((c) => c.groups)).toEqual([['A'], ['B0', 'B1'], ['C'], ['D']]);
    const [joined, b] = [split[1], whole[1]];
    expect(joined.name).toBe('Middle-aged lapsed buyers');
    expect({ ...joined, groups: b.groups, groupNames: b.groupNames }).toEqual(b);
  });

  it('give the place they free to another kind of customer', () => {
    // Apart, the two halves (46.5 % of customers together) would have pushed D, 16 % of revenue, off four cards.
    expect(buildPersonas(customers, splitB, { lang: 'en', max: 4 }).map((c) => c.profile)).toEqual(['champions', 'lapsed', 'newcomers', 'atRisk']);
  });

  it('never leave two cards with the same needs or the same action, in any language', () => {
    for (const lang of LANGS)
      for (const max of [3, 4, 5]) {
        const cards = buildPersonas(customers, splitB, { lang, max });
        expect(new Set(cards.map((c) => c.needs)).size).toBe(cards.length);
        expect(new Set(cards.map((c) => c.action)).size).toBe(cards.length);
      }
  });

  it('give fewer than three cards only when there are fewer kinds of customers', () => {
    // Every group of the channel shop without attributes is either "top customers" or "lapsed".
    const plain = channelShop(false);
    const cards = buildPersonas(plain.customers, (i) => plain.groups[i], { lang: 'en', max: 5 });
    expect(cards.map((c) => [c.name, c.groups])).toEqual([
      ['Top customers', ['A1', 'A2']],
      ['Lapsed buyers', ['L']],
    ]);
  });
});

describe('personas of one profile that a trait sets apart', () => {
  it('stay apart, each named and advised by its own trait', () => {
    // A split by city: A-Taipei (j < 24) is all in Taipei (lift 215 / 49 = 4.39), A-Tainan all in Tainan (lift 215 / 36).
    const { customers, groups } = shop();
    const byCity = (i: number) => (groups[i] === 'A' ? `A-${customers[i].attributes.city}` : groups[i]);
    const cards = buildPersonas(customers, byCity, { lang: 'en', max: 5 });
    const top = cards.filter((c) => c.profile === 'champions');
    expect(top.map((c) => [c.groups[0], c.distinguishedBy?.value, c.name])).toEqual([
      ['A-Taipei', 'Taipei', 'Young female top customers in Taipei'],
      ['A-Tainan', 'Tainan', 'Young male top customers in Tainan'],
    ]);
    expect(top[0].needs).toMatch(/^To feel recognised .* More of them are in Taipei than among all customers/);
    expect(top[1].action).toMatch(/Start with those in Tainan: write in their language/);
    expect(top[0].needs).not.toBe(top[1].needs);
  });

  it('are told apart by that trait when their names would be the same', () => {
    // Channel is not part of a name: both top-customer groups would be "Top customers".
    const { customers, groups } = channelShop();
    const cards = buildPersonas(customers, (i) => groups[i], { lang: 'en', max: 5 });
    expect(cards.map((c) => c.name)).toEqual(['Lapsed buyers', 'Top customers (online)', 'Top customers (store)']);
    expect(cards[1].distinguishedBy).toEqual({ attribute: 'channel', value: 'online', share: 1, overallShare: 0.5, lift: 2 });
    expect(cards[1].action).toMatch(/Reach them through online first\.$/);
    const zh = buildPersonas(customers, (i) => groups[i], { lang: 'zh-TW', max: 5 });
    expect(zh[2].action).toMatch(/優先透過store接觸他們。$/);
  });
});
