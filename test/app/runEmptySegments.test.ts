/**
 * A run on the sample shop, where the Shopify preset's first segment ("Prospects") is empty: the
 * sentence, the sidebar's and CLI's list, the Segment summary tab and the History lines name the same
 * segments, in rule order, and the rules keep the empty one.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runSummaryText, segmentTable } from '../../src/app/run';
import { defaultSettings } from '../../src/app/settings';
import { parseCsv } from '../../src/cli/io';

describe('a run with an empty preset segment', () => {
  const shop = parseCsv(readFileSync('scripts/sample-shop/orders.csv', 'utf8'));
  const run = segmentTable(shop, { settings: { ...defaultSettings(), fitClv: false }, lang: 'en', runDay: 15400 });
  const tabRows = (kind: string) => run.tabs.find((t) => t.kind === kind)?.blocks[0].values.slice(1) ?? [];

  it('keeps the empty segment in the rules but lists only segments with customers', () => {
    expect(run.segmentation.rules[0].id).toBe('prospects');
    expect(run.segmentation.summary.find((s) => s.segment === 'prospects')?.customers).toBe(0);
    expect(run.segments.map((s) => s.name)).not.toContain('Prospects');
    expect(run.segments[0].name).toBe('Champions');
    for (const s of run.segments) expect(s.customers).toBeGreaterThan(0);
    expect(run.segments.reduce((n, s) => n + s.customers, 0)).toBe(run.segmentation.customers.length);
  });

  it('counts in its sentence the segments its list, Segment summary tab and History show', () => {
    const count = Number(/ in (\d+) segments;/.exec(run.summary)?.[1]);
    expect(run.summary).toBe(runSummaryText(run.segmentation, 'en'));
    expect(count).toBe(run.segments.length);
    expect(tabRows('summary').map((r) => r[0])).toEqual(run.segments.map((s) => s.name));
    expect(tabRows('history').map((r) => r[3])).toEqual(run.segments.map((s) => s.name));
  });

  it('names the segment with most revenue among the listed ones', () => {
    const top = [...run.segments].sort((a, b) => b.revenueShare - a.revenueShare)[0];
    expect(run.summary).toContain(`; ${top.name} are `);
  });
});
