/**
 * The segment presets at 2 to 10 scores per dimension (issue 19): the Shopify grid covers every
 * combination exactly once (the R vignette keeps only its own "Others" cells), better scores never mean
 * a worse group, and 5 scores give today's rules.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/cli/io';
import { readOrders } from '../../../src/core/parse';
import { OTHERS_ID, assignSegments, rfmInputsFromCustomers, rfmPackageSegments, rfmScores, rulesAtScores, shopifySegments, validateRules, type SegmentRule } from '../../../src/core/rfm';
import { ANALYSIS_DAY, RFM_PACKAGE_CSV } from './rfmPackageFixture';

const SCORE_COUNTS = [2, 3, 4, 5, 6, 7, 8, 9, 10];

/** Each n-score's place on the 5-score scale, written out from the method's formula (the JSDoc's examples). */
const ON_FIVE: Record<number, number[]> = {
  2: [1, 5],
  3: [1, 3, 5],
  4: [1, 2, 4, 5],
  5: [1, 2, 3, 4, 5],
  6: [1, 2, 3, 3, 4, 5],
  7: [1, 2, 2, 3, 4, 4, 5],
  8: [1, 2, 2, 3, 3, 4, 4, 5],
  9: [1, 1, 2, 2, 3, 4, 4, 5, 5],
  10: [1, 1, 2, 2, 3, 3, 4, 4, 5, 5],
};

/**
 * Each preset's groups from best (0) to worst. Shopify: the list order after Prospects. The R vignette:
 * its five tiers (rfmPackageSegments' JSDoc); its six middle rules and "Others" share one.
 */
const SHOPIFY_ORDER = Object.fromEntries(shopifySegments.slice(1).map((r, i) => [r.id, i]));
const VIGNETTE_TIERS: Record<string, number> = {
  champions: 0,
  potential_loyalist: 1,
  ...Object.fromEntries(['loyal_customers', 'promising', 'new_customers', 'cant_lose_them', 'at_risk', 'need_attention', OTHERS_ID].map((id) => [id, 2])),
  about_to_sleep: 3,
  lost: 4,
};
const PRESETS: [string, SegmentRule[], Record<string, number>, string][] = [
  ['Shopify grid', shopifySegments, SHOPIFY_ORDER, 'dormant'],
  ['R rfm vignette', rfmPackageSegments, VIGNETTE_TIERS, 'lost'],
];

/** Every R, F, M combination at n scores with its segment. */
function segmentsAt(rules: readonly SegmentRule[], n: number) {
  const combos: { r: number; f: number; m: number }[] = [];
  for (let r = 1; r <= n; r++) for (let f = 1; f <= n; f++) for (let m = 1; m <= n; m++) combos.push({ r, f, m });
  return assignSegments(combos, rules);
}

/** FM's place on the 5-score scale: 1 + 4(v − 1)/(n − 1) to the nearest half, ties away from 3. */
function fmOnFive(v: number, n: number): number {
  const halves = (8 * (v - 1)) / (n - 1);
  return 1 + (halves < 4 ? Math.ceil(halves - 0.5) : Math.floor(halves + 0.5)) / 2;
}

const code = (c: { r: number; f: number; m: number }, n: number) => [c.r, c.f, c.m].join(n >= 10 ? '-' : '');

describe('rulesAtScores: the presets at 2 to 10 scores', () => {
  it('at 5 scores gives exactly today\'s rules', () => {
    expect(rulesAtScores(shopifySegments, 5)).toEqual(shopifySegments);
    expect(rulesAtScores(rfmPackageSegments, 5)).toEqual(rfmPackageSegments);
  });

  it('the Shopify grid covers every combination exactly once at every score count: no "Others", no shadowed rule', () => {
    for (const n of SCORE_COUNTS) {
      const check = validateRules(rulesAtScores(shopifySegments, n), n);
      expect(check.problems, `${n} scores`).toEqual([]);
      expect(check.ok).toBe(true);
    }
  });

  it('the R vignette rules leave to "Others" exactly the combinations that stand for its own 10 gaps (215, ...), and no rule is shadowed', () => {
    const gapsAt5 = new Set(validateRules(rfmPackageSegments, 5).unreachedCombinations);
    expect(gapsAt5.size).toBe(10);
    for (const n of SCORE_COUNTS) {
      const rules = rulesAtScores(rfmPackageSegments, n);
      const check = validateRules(rules, n);
      expect(check.problems.map((p) => p.code), `${n} scores`).toEqual(['unreached']);
      const expected = segmentsAt(rules, n)
        .filter((c) => gapsAt5.has([c.r, c.f, c.m].map((s) => ON_FIVE[n][s - 1]).join('')))
        .map((c) => code(c, n));
      expect(check.unreachedCombinations, `${n} scores`).toEqual(expected);
    }
  });

  it('places FM = (F + M) / 2 on the 5-score scale to the nearest half, ends fixed', () => {
    expect([1, 1.5, 2].map((v) => fmOnFive(v, 2))).toEqual([1, 3, 5]);
    expect([1, 1.5, 2, 2.5, 3].map((v) => fmOnFive(v, 3))).toEqual([1, 2, 3, 4, 5]);
    expect([1, 1.5, 2, 2.5, 3, 3.5, 4].map((v) => fmOnFive(v, 4))).toEqual([1, 1.5, 2.5, 3, 3.5, 4.5, 5]);
    expect(rulesAtScores(shopifySegments, 3).find((r) => r.id === 'champions')).toMatchObject({ r: [3, 3], f: [1, 3], m: [1, 3], fm: [2.5, 3] });
  });

  it('gives each n-score combination the group of its 5-score place (the method, on both presets)', () => {
    for (const n of SCORE_COUNTS)
      for (const [name, rules] of PRESETS)
        for (const c of segmentsAt(rulesAtScores(rules, n), n)) {
          const [r, f, m] = [c.r, c.f, c.m].map((s) => ON_FIVE[n][s - 1]);
          const at5 = assignSegments([{ r, f, m, fm: fmOnFive((c.f + c.m) / 2, n) }], rules)[0].segment;
          expect(c.segment, `${name} ${code(c, n)} at ${n} scores`).toBe(at5);
        }
  });

  it('keeps the best customers in Champions and the worst in the bottom group, at every score count', () => {
    for (const n of SCORE_COUNTS)
      for (const [name, rules, , bottom] of PRESETS) {
        const seg = (s: number) => assignSegments([{ r: s, f: s, m: s }], rulesAtScores(rules, n))[0].segment;
        expect(seg(n), `${name} at ${n}`).toBe('champions');
        expect(seg(1), `${name} at ${n}`).toBe(bottom);
      }
  });

  it('is monotone: higher or equal R, F and M never land in a worse group (every pair of combinations, 2 to 10 scores)', () => {
    for (const n of SCORE_COUNTS)
      for (const [name, rules, order] of PRESETS) {
        const all = segmentsAt(rulesAtScores(rules, n), n);
        for (const c of all) expect(order[c.segment], `${name}: ${c.segment} has no place in the order`).toBeTypeOf('number');
        for (const hi of all)
          for (const lo of all) {
            if (hi.r < lo.r || hi.f < lo.f || hi.m < lo.m || order[hi.segment] <= order[lo.segment]) continue;
            expect.fail(`${name} at ${n} scores: ${code(hi, n)} is ${hi.segment}, worse than ${code(lo, n)} (${lo.segment})`);
          }
      }
  });
});

describe('--bins 3 on the R rfm package orders (analysis date 2006-12-31, as in the vignette)', () => {
  const read = readOrders(parseCsv(readFileSync(RFM_PACKAGE_CSV, 'utf8')), { mapping: { customerId: 0, orderDate: 1, amount: 2 }, analysisDay: ANALYSIS_DAY });
  const scored = rfmScores(rfmInputsFromCustomers(read.customers, ANALYSIS_DAY), { bins: 3 }).customers;
  const sizes = (rules: readonly SegmentRule[]) => {
    const out: Record<string, number> = {};
    for (const c of assignSegments(scored, rules)) out[c.segment] = (out[c.segment] ?? 0) + 1;
    return out;
  };
  const top = scored.filter((c) => c.r === 3 && c.f === 3 && c.m === 3);

  it('reads the 995 customers and 4,906 orders with the add-on\'s reader', () => {
    expect([read.errors, read.customers.length, read.orders.length]).toEqual([[], 995, 4906]);
    expect(top).toHaveLength(100);
  });

  it('Shopify grid: Champions and Loyal are filled and the 100 top-scored customers are Champions (the 5-score rules put them all in Needs attention)', () => {
    expect(sizes(shopifySegments)).toEqual({ needs_attention: 335, at_risk: 91, almost_lost: 267, dormant: 302 });
    const rules = rulesAtScores(shopifySegments, 3);
    expect(sizes(rules)).toEqual({ champions: 144, loyal: 120, active: 73, new: 118, needs_attention: 211, previously_loyal: 27, at_risk: 99, dormant: 203 });
    expect(new Set(assignSegments(top, rules).map((c) => c.segment))).toEqual(new Set(['champions']));
  });

  it('R vignette rules: Champions is filled and holds the 100 top-scored customers', () => {
    const rules = rulesAtScores(rfmPackageSegments, 3);
    expect(sizes(rules)).toEqual({ champions: 100, potential_loyalist: 289, promising: 55, new_customers: 124, cant_lose_them: 38, at_risk: 27, need_attention: 49, about_to_sleep: 97, lost: 215, [OTHERS_ID]: 1 });
    expect(new Set(assignSegments(top, rules).map((c) => c.segment))).toEqual(new Set(['champions']));
  });
});
