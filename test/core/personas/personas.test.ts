import { describe, expect, it } from 'vitest';
import { ageBand, buildPersonas, midRankPercentiles, overRepresented, personaName, rfmProfile } from '../../../src/core/personas';
import { LANGS } from '../../../src/core/types';
import { shop } from './shopFixture';

describe('buildPersonas', () => {
  const { customers, groups } = shop();
  const cards = buildPersonas(customers, (i) => groups[i], { lang: 'en', max: 4, groupNames: { A: 'Champions' } });

  it('picks the largest or most valuable groups, up to max', () => {
    // Shares of customers: A 30/215, B 100/215 = 0.465, C 70/215 = 0.326, D 10/215, E 5/215.
    // Revenue: A = Σ(900 + 10j, j<30) = 27,000 + 4,350 = 31,350; D = 7,045; B = 2,450; C = 2,310 (Σ 30 + j%7); E = 300.
    // Ranked by max(share, revenue share): A (0.72 of revenue), B (0.465), C (0.326), D (0.16 of revenue). E is left out.
    expect(cards.map((c) => c.groups)).toEqual([['A'], ['B'], ['C'], ['D']]);
    const total = 31350 + 7045 + 2450 + 2310 + 300;
    expect(cards[0].revenueShare).toBeCloseTo(31350 / total, 12);
    expect(cards[1].share).toBeCloseTo(100 / 215, 12);
  });

  it('reads each group\'s RFM profile and names it from its distinguishing traits', () => {
    expect(cards.map((c) => c.profile)).toEqual(['champions', 'lapsed', 'newcomers', 'atRisk']);
    // A: ages 25-32 → bands 25-34 (30/30 vs 30+... overall), 25 of 30 are F (83 %), 24 of 30 in Taipei (80 % vs 49/215 overall).
    expect(cards[0].name).toBe('Young female top customers in Taipei');
    expect(cards[0].groupNames).toEqual(['Champions']);
    expect(cards[1].groupNames).toEqual(['B']);
    expect(cards[1].name).toBe('Middle-aged lapsed buyers');
    expect(cards[3].needs).toMatch(/used to buy often/);
    expect(cards[3].action).toMatch(/Win them back/);
  });

  it('gives typical values as median and 10th-90th percentiles (type 7)', () => {
    // D: recency 400..409 → median 404.5, p10 = 400 + 0.1 · 9 = 400.9, p90 = 400 + 0.9 · 9 = 408.1.
    expect(cards[3].typical.recencyDays).toEqual({ median: 404.5, low: expect.closeTo(400.9, 10), high: expect.closeTo(408.1, 10) });
    expect(cards[3].typical.age?.median).toBe(62.5);
  });

  it('lists over-represented categories with their lift', () => {
    // Taipei: 24/30 = 0.8 of A; overall 24 + 25 (B: j % 4 = 0) = 49 of 215 → lift 0.8 / (49/215) = 3.51.
    const taipei = cards[0].overRepresented.find((t) => t.attribute === 'city' && t.value === 'Taipei')!;
    expect(taipei.share).toBeCloseTo(0.8, 12);
    expect(taipei.overallShare).toBeCloseTo(49 / 215, 12);
    expect(taipei.lift).toBeCloseTo(0.8 / (49 / 215), 12);
    expect(cards[0].overRepresented.some((t) => t.attribute === 'ageBand' && t.value === '25-34')).toBe(true);
  });

  it('speaks all four languages', () => {
    for (const lang of LANGS) {
      const localized = buildPersonas(customers, (i) => groups[i], { lang, max: 5 });
      expect(localized).toHaveLength(5);
      for (const card of localized) for (const text of [card.name, card.needs, card.action]) expect(text).not.toMatch(/\{\w+\}|^\s|\s$|\s\s/);
    }
    const zh = buildPersonas(customers, (i) => groups[i], { lang: 'zh-TW', max: 3 });
    expect(zh[0].name).toBe('Taipei年輕女性頂級顧客');
    const ms = buildPersonas(customers, (i) => groups[i], { lang: 'ms', max: 3 });
    expect(ms[0].name).toBe('Pelanggan terbaik wanita muda di Taipei');
  });

  it('keeps between 3 and 5 cards', () => {
    expect(buildPersonas(customers, (i) => groups[i], { lang: 'en', max: 9 })).toHaveLength(5);
    expect(buildPersonas(customers, (i) => groups[i], { lang: 'en', max: 1 })).toHaveLength(3);
  });
});

describe('persona building blocks', () => {
  it('midRankPercentiles: ties share their mid-rank', () => {
    // Sorted 1, 1, 5, 9: the two 1s hold ranks 1 and 2 → mid-rank 1.5 → (1.5 − 0.5) / 4 = 0.25; 5 → 0.625; 9 → 0.875.
    expect(midRankPercentiles([5, 1, 9, 1])).toEqual([0.625, 0.25, 0.875, 0.25]);
  });

  it('rfmProfile follows the priority order', () => {
    expect(rfmProfile({ recency: 0.7, frequency: 0.7, monetary: 0.7 })).toBe('champions');
    expect(rfmProfile({ recency: 0.5, frequency: 0.7, monetary: 0.5 })).toBe('loyal');
    expect(rfmProfile({ recency: 0.2, frequency: 0.7, monetary: 0.5 })).toBe('atRisk');
    expect(rfmProfile({ recency: 0.8, frequency: 0.3, monetary: 0.5 })).toBe('newcomers');
    expect(rfmProfile({ recency: 0.5, frequency: 0.45, monetary: 0.8 })).toBe('bigSpenders');
    expect(rfmProfile({ recency: 0.2, frequency: 0.3, monetary: 0.3 })).toBe('lapsed');
    expect(rfmProfile({ recency: 0.5, frequency: 0.5, monetary: 0.5 })).toBe('occasional');
  });

  it('overRepresented: lift = share in group / share overall, only above 1.2 and 20 %', () => {
    // Group A A B: A = 2/3 vs overall 3/6 → lift 1.333; B = 1/3 vs 3/6 → 0.667 (not listed).
    expect(overRepresented('city', ['A', 'A', 'B'], ['A', 'B', 'B', 'B', 'A', 'A'])).toEqual([{ attribute: 'city', value: 'A', share: 2 / 3, overallShare: 0.5, lift: 4 / 3 }]);
    expect(overRepresented('city', [null, ''], ['A'])).toEqual([]);
  });

  it('ageBand and personaName', () => {
    expect([17, 25, 34.9, 35, 64, 65, 130, null].map(ageBand)).toEqual(['<25', '25-34', '25-34', '35-44', '55-64', '65+', null, null]);
    expect(personaName('loyal', [], 'zh-CN')).toBe('忠实回购顾客');
    expect(personaName('loyal', [{ attribute: 'gender', value: '女', share: 0.7, overallShare: 0.5, lift: 1.4 }], 'en')).toBe('Female repeat buyers');
  });
});
