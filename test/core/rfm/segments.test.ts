import { describe, expect, it } from 'vitest';
import {
  OTHERS_ID,
  RULE_CHECK_MESSAGES,
  WARNING_MESSAGES,
  assignSegments,
  rfmPackageSegments,
  ruleProblemText,
  segmentName,
  segmentSummary,
  shopifySegments,
  validateRules,
  type SegmentRule,
} from '../../../src/core/rfm';
import { LANGS } from '../../../src/core/types';

describe('shopifySegments (Shopify RFM groups on the R × FM grid)', () => {
  it('has the 11 Shopify groups, Prospects first', () => {
    expect(shopifySegments.map((s) => s.id)).toEqual(['prospects', 'champions', 'loyal', 'active', 'new', 'promising', 'needs_attention', 'previously_loyal', 'at_risk', 'almost_lost', 'dormant']);
  });

  it('covers every score combination exactly once: no "Others", no shadowed rule', () => {
    const check = validateRules(shopifySegments, 5);
    expect(check.ok).toBe(true);
    // Each R × FM cell belongs to exactly one rule, so no rule overlaps another at all.
    for (let r = 1; r <= 5; r++)
      for (let f = 1; f <= 5; f++)
        for (let m = 1; m <= 5; m++) {
          const fm = (f + m) / 2;
          const matching = shopifySegments.filter((s) => r >= s.r[0] && r <= s.r[1] && (!s.fm || (fm >= s.fm[0] && fm <= s.fm[1])));
          expect(matching, `${r}${f}${m}`).toHaveLength(1);
        }
  });

  it('places customers as Shopify describes the groups', () => {
    const seg = (r: number, f: number, m: number) => assignSegments([{ r, f, m }], shopifySegments)[0].segment;
    expect(seg(5, 5, 5)).toBe('champions');
    expect(seg(5, 1, 1)).toBe('new');
    expect(seg(4, 3, 3)).toBe('active');
    expect(seg(3, 5, 4)).toBe('loyal');
    expect(seg(2, 5, 5)).toBe('previously_loyal');
    expect(seg(1, 3, 4)).toBe('at_risk');
    expect(seg(1, 1, 2)).toBe('dormant');
    expect(seg(0, 0, 0)).toBe('prospects');
  });
});

describe('localized texts', () => {
  const texts = (rules: SegmentRule[]) => rules.flatMap((r) => [r.name, r.description, r.action]);
  it('every segment name, description and action exists in en, zh-TW, zh-CN and ms, translated', () => {
    for (const t of [...texts(shopifySegments), ...texts(rfmPackageSegments)]) {
      expect(typeof t).toBe('object');
      const l = t as Record<string, string>;
      for (const lang of LANGS) expect(l[lang], JSON.stringify(t)).toBeTruthy();
      expect(l['zh-TW']).not.toBe(l.en);
      expect(l.ms).not.toBe(l.en);
    }
  });
  it('every warning and rule-check message has the same placeholders in all four languages', () => {
    for (const m of [...Object.values(WARNING_MESSAGES), ...Object.values(RULE_CHECK_MESSAGES)]) {
      const keys = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort().join();
      for (const lang of LANGS) expect(keys(m[lang]), m.en).toBe(keys(m.en));
    }
  });
  it('names segments in the user language, "Others" included', () => {
    expect(segmentName('champions', shopifySegments, 'zh-TW')).toBe('冠軍客戶');
    expect(segmentName(OTHERS_ID, shopifySegments, 'ms')).toBe('Lain-lain');
  });
});

describe('validateRules', () => {
  it('lists the R vignette rules\' unreached combinations (they become "Others")', () => {
    const check = validateRules(rfmPackageSegments, 5);
    expect(check.unreachedCombinations).toEqual(['215', '241', '251', '252', '341', '351', '441', '451', '541', '551']);
    expect(check.shadowedRules).toEqual([]);
    expect(ruleProblemText(check.problems[0], rfmPackageSegments, 'en')).toMatch(/^10 score combinations match no rule/);
  });

  it('reports shadowed, out-of-range and malformed rules, in every language', () => {
    const rules: SegmentRule[] = [
      { id: 'top', name: 'Top', r: [4, 5], f: [1, 5], m: [1, 5] },
      { id: 'recent', name: { en: 'Recent', 'zh-TW': '近期', 'zh-CN': '近期', ms: 'Terkini' }, r: [5, 5], f: [1, 5], m: [1, 5] },
      { id: 'ten', name: 'Ten', r: [10, 10], f: [1, 5], m: [1, 5] },
      { id: 'bad', name: 'Bad', r: [3, 1], f: [1, 5], m: [1, 5] },
      { id: 'top', name: 'Again', r: [1, 3], f: [1, 5], m: [1, 5] },
    ];
    const check = validateRules(rules, 5);
    expect(check.ok).toBe(false);
    expect(check.shadowedRules).toEqual([{ id: 'recent', by: ['top'] }]);
    expect(check.problems.map((p) => p.code).sort()).toEqual(['badRange', 'duplicateId', 'outOfRange', 'outOfRange', 'shadowed']);
    const shadowed = check.problems.find((p) => p.code === 'shadowed')!;
    expect(ruleProblemText(shadowed, rules, 'zh-TW')).toBe('區隔「近期」永遠不會有客戶：它涵蓋的分數都先被 "Top" 取走。請把它往上移或縮小前面的規則。');
    for (const p of check.problems) for (const lang of LANGS) expect(ruleProblemText(p, rules, lang)).not.toMatch(/\{\w+\}/);
  });
});

describe('segmentSummary', () => {
  const customers = [
    { segment: 'champions', recencyDays: 2, frequency: 10, monetary: 1000, r: 5, f: 5, m: 5 },
    { segment: 'champions', recencyDays: 4, frequency: 6, monetary: 500, r: 5, f: 4, m: 5 },
    { segment: OTHERS_ID, recencyDays: 100, frequency: 2, monetary: 500, r: 1, f: 2, m: 5 },
  ];
  it('counts customers, orders, revenue, shares, AOV and averages per segment', () => {
    const rows = segmentSummary(customers);
    expect(rows.map((r) => r.segment)).toEqual(['champions', OTHERS_ID]);
    expect(rows[0]).toMatchObject({ customers: 2, orders: 16, revenue: 1500, averageOrderValue: 1500 / 16, averageRecencyDays: 3, averageFrequency: 8, averageMonetary: 750, averageR: 5, averageF: 4.5 });
    expect(rows[0].customerShare).toBeCloseTo(2 / 3, 12);
    expect(rows[0].revenueShare).toBeCloseTo(0.75, 12);
  });
  it('with rules, lists every rule in order — empty ones included — then Others, named in the user language', () => {
    const rows = segmentSummary(customers, { rules: shopifySegments, lang: 'zh-CN' });
    expect(rows).toHaveLength(12);
    expect(rows[0]).toMatchObject({ segment: 'prospects', name: '潜在客户', customers: 0, averageOrderValue: 0 });
    expect(rows[11]).toMatchObject({ segment: OTHERS_ID, name: '其他', customers: 1 });
  });
});
