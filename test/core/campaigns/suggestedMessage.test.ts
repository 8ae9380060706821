/**
 * The message suggested per segment: the owner's template first, else the built-in message of a
 * preset segment in the owner's language, else the rule's own advice; and splitting names for imports.
 */
import { describe, expect, it } from 'vitest';
import { suggestedMessage } from '../../../src/core/campaigns/suggestedMessage';
import { splitName } from '../../../src/core/campaigns/splitName';
import { OTHERS_ID, rfmPackageSegments, shopifySegments, type SegmentRule } from '../../../src/core/rfm';
import { LANGS } from '../../../src/core/types';

describe('suggestedMessage', () => {
  it('has a built-in message for every preset segment and "Others", in every language', () => {
    for (const id of [...shopifySegments, ...rfmPackageSegments].map((r) => r.id).concat(OTHERS_ID)) {
      const texts = LANGS.map((lang) => suggestedMessage(id, shopifySegments, {}, lang));
      for (const t of texts) expect(t.length, id).toBeGreaterThan(10);
      expect(new Set(texts).size, id).toBe(4);
    }
    expect(suggestedMessage('champions', shopifySegments, {}, 'zh-TW')).toContain('貴賓');
  });

  it("uses the owner's template for its segment, as written, in any language", () => {
    const templates = { champions: '  Hi! 20% off for our VIPs this week.  ', lost: '' };
    expect(suggestedMessage('champions', shopifySegments, templates, 'ms')).toBe('Hi! 20% off for our VIPs this week.');
    // An empty template means the built-in text.
    expect(suggestedMessage('lost', rfmPackageSegments, templates, 'en')).toBe(suggestedMessage('lost', rfmPackageSegments, {}, 'en'));
  });

  it("falls back to a custom rule's own advice, then to the general message", () => {
    const rules: SegmentRule[] = [{ id: 'big_spenders', name: 'Big spenders', r: [1, 5], f: [1, 5], m: [5, 5], action: { en: 'Call them.', 'zh-TW': '打電話給他們。', 'zh-CN': '打电话给他们。', ms: 'Telefon mereka.' } }];
    expect(suggestedMessage('big_spenders', rules, {}, 'zh-CN')).toBe('打电话给他们。');
    expect(suggestedMessage('constructor', rules, {}, 'en')).toBe(suggestedMessage(OTHERS_ID, rules, {}, 'en'));
  });
});

describe('splitName', () => {
  it.each([
    ['Alice Tan', 'Alice', 'Tan'],
    ['Tan, Alice', 'Alice', 'Tan'],
    ['  Mary   Smith ', 'Mary', 'Smith'],
    ['Ahmad bin Abdullah', 'Ahmad', 'bin Abdullah'],
    ['Siti Nurhaliza binti Tarudin', 'Siti Nurhaliza', 'binti Tarudin'],
    ['Muthu a/l Rajan', 'Muthu', 'a/l Rajan'],
    ['Tan Ah Kow', 'Tan Ah Kow', ''],
    ['陳小明', '陳小明', ''],
    ['王 小明', '王 小明', ''],
    ['Cher', 'Cher', ''],
  ])('%s → first "%s", last "%s"', (full, first, last) => {
    expect(splitName(full)).toEqual({ first, last });
  });
});
