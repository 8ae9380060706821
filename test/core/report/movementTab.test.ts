/**
 * The Movement tab on two runs of the sample shop: the first on the orders up to 2011-09-01 in
 * English, the second on all orders in Traditional Chinese with three customers left out. Segments
 * are matched by rule id, so the language switch is no move; the matrices add up to both runs'
 * customers, and the at-risk list holds exactly the customers who slipped into "at risk or worse".
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segmentTable, type RunOutput } from '../../../src/app/run';
import { defaultSettings } from '../../../src/app/settings';
import { previousRunOf } from '../../../src/app/previousRun';
import { runRules } from '../../../src/app/rules';
import { parseCsv } from '../../../src/cli/io';
import { LANGS, type Lang } from '../../../src/core/types';
import { atRiskOrWorse } from '../../../src/core/report/movementTab';
import { TAB_NAMES } from '../../../src/core/report/labels';
import type { PreviousPlacement } from '../../../src/core/report/segmentsTab';
import type { ReportCell, TabSpec } from '../../../src/core/report/tabSpec';
import { rfmPackageSegments, shopifySegments, type SegmentRule } from '../../../src/core/rfm';

const shop = parseCsv(readFileSync('scripts/sample-shop/orders.csv', 'utf8'));
const [header, ...orders] = shop;
const early = [header, ...orders.filter((r) => String(r[2]) < '2011-09-01')];
const gone = [...new Set(early.slice(1).map((r) => String(r[1])))].slice(0, 3);
const later = [header, ...orders.filter((r) => !gone.includes(String(r[1])))];

function run(values: unknown[][], lang: Lang, analysisDate: string, preset: string, before?: RunOutput, rules: SegmentRule[] | null = null): RunOutput {
  const settings = { ...defaultSettings(), fitClv: false, analysisDate, preset, rules };
  if (!before) return segmentTable(values, { settings, lang, runDay: 15400 });
  // The previous run as the sheet reads it back: each customer's segment name on the Segments tab.
  const rows = before.tabs.find((t) => t.kind === 'segments')!.blocks[0].values.slice(1);
  const placements = new Map<string, PreviousPlacement>(rows.map((r) => [String(r[0]), { segment: String(r[1]), sinceDay: null }]));
  return segmentTable(values, { settings, lang, runDay: 15500, previous: previousRunOf({ placements, history: [] }, runRules(settings)) });
}

const movement = (r: RunOutput): TabSpec => r.tabs.find((t) => t.kind === 'movement')!;
const sum = (xs: ReportCell[]) => xs.reduce<number>((n, v) => n + (v as number), 0);
const segmentOf = (r: RunOutput) => new Map(r.segmentation.customers.map((c) => [c.summary.customerId, c]));

/** Customers in both runs now in `worse` whose rank there is new or higher: the list's definition, written out. */
function slippedIds(first: RunOutput, second: RunOutput, worse: Record<string, number>): string[] {
  const before = segmentOf(first);
  return second.segmentation.customers
    .filter((c) => {
      const was = before.get(c.summary.customerId)?.segment;
      if (was === undefined || !(c.segment in worse)) return false;
      return !(was in worse) || worse[c.segment] > worse[was];
    })
    .sort((a, b) => b.monetary - a.monetary || a.summary.customerId.localeCompare(b.summary.customerId))
    .map((c) => c.summary.customerId);
}

describe('Movement tab, Shopify-style preset, English run then Traditional Chinese run', () => {
  const first = run(early, 'en', '2011-09-01', 'shopify');
  const second = run(later, 'zh-TW', '2011-12-10', 'shopify', first);
  const tab = movement(second);
  const [counts, rowTotals, columnTotals, revenue] = tab.blocks;
  const body = counts.values.slice(1);
  const segmentIds = second.segmentation.summary.map((s) => s.segment);
  const firstIds = new Set(first.segmentation.customers.map((c) => c.summary.customerId));

  it('is named in the run language and placed after History', () => {
    expect(tab.name).toBe('分群移動');
    const kinds = second.tabs.map((t) => t.kind);
    expect(kinds.indexOf('movement')).toBe(kinds.indexOf('history') + 1);
  });

  it('counts every customer of either run once: the matrix adds up to this run plus those gone', () => {
    const all = sum(body.flatMap((r) => r.slice(1)));
    expect(all).toBe(second.segmentation.customers.length + gone.length);
    expect(columnTotals.values[0].at(-1)).toBe(all);
    expect(sum(rowTotals.values.slice(1).map((r) => r[0]))).toBe(all);
  });

  it('has this run’s segment sizes in its columns and last run’s in its rows, matched by id across languages', () => {
    const names = counts.values[0].slice(1, -1);
    names.forEach((name, j) => {
      const size = second.segmentation.customers.filter((c) => c.segmentName === name).length;
      expect(sum(body.map((r) => r[j + 1])), String(name)).toBe(size);
    });
    expect(counts.values[0].at(-1)).toBe('本次沒有');
    expect(sum(body.map((r) => r.at(-1) as number))).toBe(gone.length);
    // Rows carry this run's (Chinese) names: no English name of the first run is left unmatched.
    const rowLabels = body.map((r) => r[0]);
    expect(rowLabels.slice(0, -1)).toEqual(names);
    for (const [i, label] of rowLabels.slice(0, -1).entries()) {
      const id = segmentIds.find((s) => second.segmentation.summary.find((x) => x.segment === s)?.name === label)!;
      const size = first.segmentation.customers.filter((c) => c.segment === id).length;
      expect(sum(body[i].slice(1)), String(label)).toBe(size);
    }
    expect(rowLabels.at(-1)).toBe('上次沒有');
    expect(sum(body.at(-1)!.slice(1))).toBe(second.segmentation.customers.filter((c) => !firstIds.has(c.summary.customerId)).length);
    // Most customers stayed put, which is only visible if a translated name is the same segment.
    const diagonal = names.reduce<number>((n, _, j) => n + (body[j][j + 1] as number), 0);
    expect(diagonal).toBeGreaterThan(first.segmentation.customers.length / 4);
  });

  it('shows this run’s spend of the same customers, adding up to the run’s revenue', () => {
    const total = second.segmentation.customers.reduce((n, c) => n + c.monetary, 0);
    expect(revenue.values.at(-1)!.at(-1)).toBeCloseTo(total, 6);
    expect(sum(revenue.values.slice(1, -1).map((r) => r.at(-1) as number))).toBeCloseTo(total, 6);
    expect(revenue.formats?.[1]).toBe('money');
  });

  it('has a colour scale on the count matrix and a bar chart of where each segment went', () => {
    expect(counts.colourScale).toBe(true);
    expect(tab.charts).toEqual([expect.objectContaining({ type: 'bar', block: 0, columns: counts.values[0].map((_, i) => i), stacked: true })]);
  });

  it('lists exactly the customers who slipped into At risk or worse, biggest spenders first', () => {
    const list = tab.blocks.find((b) => b.header && b.values[0].length === 5 && b !== revenue)!;
    const expected = slippedIds(first, second, { at_risk: 0, almost_lost: 1, dormant: 2 });
    expect(expected.length).toBeGreaterThan(0);
    expect(list.values.slice(1).map((r) => r[0])).toEqual(expected);
    expect(list.title).toBe('本次移入「流失風險」或更差分群的顧客（依消費排序）');
    const now = segmentOf(second);
    for (const r of list.values.slice(1)) {
      expect(r[2]).toBe(now.get(String(r[0]))!.segmentName);
      expect(r[3]).toEqual({ day: now.get(String(r[0]))!.summary.lastOrderDay });
    }
  });
});

describe('Movement tab, R rfm preset', () => {
  it('ranks by the preset’s tiers: At Risk and the tiers below it count, the other middle groups do not', () => {
    const worse = atRiskOrWorse(rfmPackageSegments)!;
    expect(Object.fromEntries(worse.rank)).toEqual({ at_risk: 3, about_to_sleep: 4, lost: 5 });
    const first = run(early, 'en', '2011-09-01', 'rfm-package');
    const second = run(later, 'ms', '2011-12-10', 'rfm-package', first);
    const list = movement(second).blocks.find((b) => b.header && b.values[0][0] === 'Pelanggan' && b.values[0].length === 5);
    const expected = slippedIds(first, second, { at_risk: 3, about_to_sleep: 4, lost: 5 });
    expect(list?.values.slice(1).map((r) => r[0]) ?? []).toEqual(expected);
  });

  it('the Shopify-style preset counts every segment from At risk on', () => {
    expect([...atRiskOrWorse(shopifySegments)!.rank.keys()]).toEqual(['at_risk', 'almost_lost', 'dormant']);
  });
});

describe('Movement tab, own rules and first run', () => {
  it('says the at-risk list is not shown when no rule is called at risk', () => {
    const rules: SegmentRule[] = [
      { id: 'best', name: 'Best', r: [4, 5], f: [1, 5], m: [1, 5] },
      { id: 'rest', name: 'Rest', r: [1, 3], f: [1, 5], m: [1, 5] },
    ];
    expect(atRiskOrWorse(rules)).toBeNull();
    const first = run(early, 'en', '2011-09-01', 'shopify', undefined, rules);
    const second = run(later, 'en', '2011-12-10', 'shopify', first, rules);
    const text = movement(second).blocks.at(-1)!.values[0][0];
    expect(text).toMatch(/is shown when one of the rules is called at risk/);
  });

  it('on a first run says movement appears from the second run, with no empty matrix, in every language', () => {
    for (const lang of LANGS) {
      const tab = movement(run(early, lang, '2011-09-01', 'shopify'));
      expect(tab.blocks).toHaveLength(1);
      expect(tab.blocks[0].values).toHaveLength(1);
      expect(tab.charts ?? []).toEqual([]);
      expect(String(tab.blocks[0].values[0][0]).length).toBeGreaterThan(20);
    }
    expect(movement(run(early, 'en', '2011-09-01', 'shopify')).blocks[0].values[0][0]).toMatch(/appears from the second run/);
  });

  it('is named in all four languages, each name different from the other tabs', () => {
    expect(TAB_NAMES.movement).toEqual({ en: 'Movement', 'zh-TW': '分群移動', 'zh-CN': '细分流动', ms: 'Pergerakan segmen' });
    for (const lang of LANGS) {
      const names = Object.values(TAB_NAMES).map((n) => n[lang]);
      expect(new Set(names).size, lang).toBe(names.length);
    }
  });
});
