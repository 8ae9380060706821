/** History: a segment empty in this run gets no new line unless it had customers last run (then a 0 line); earlier runs' lines stay as they were written. */
import { describe, expect, it } from 'vitest';
import { historyLines, historyTab, type HistoryLine } from '../../../src/core/report/historyTab';
import { segmentationWithEmptyProspects } from './emptySegmentFixture';

describe('History with an empty preset segment', () => {
  const seg = segmentationWithEmptyProspects();
  // An earlier run, written before empty segments were left out: it has a 0 line for Prospects.
  const previous: HistoryLine[] = [
    { run: 1, runDay: 13000, analysisDay: 13000, segmentId: 'prospects', segment: 'Prospects', customers: 0, revenueShare: 0 },
    { run: 1, runDay: 13000, analysisDay: 13000, segmentId: 'champions', segment: 'Champions', customers: 80, revenueShare: 0.2 },
  ];
  const lines = historyLines(seg, 13500, previous);

  it('adds one line per segment with customers, in rule order, and none for the empty one', () => {
    expect(lines.map((l) => l.segmentId)).toEqual(seg.summary.filter((s) => s.customers > 0).map((s) => s.segment));
    expect(lines.map((l) => l.segmentId)).not.toContain('prospects');
    expect(lines.every((l) => l.run === 2 && l.customers > 0)).toBe(true);
  });

  it('keeps the earlier run as it was and shows a segment new to History as 0 → n', () => {
    const rows = historyTab(previous, lines, 'en').blocks[0].values.slice(1);
    expect(rows.filter((r) => r[0] === 2)).toHaveLength(lines.length);
    expect(rows.filter((r) => r[0] === 1).map((r) => [r[7], r[4]])).toEqual([['prospects', 0], ['champions', 80]]);
    expect(rows.find((r) => r[0] === 2 && r[7] === 'champions')?.[6]).toBe(`80 → ${lines.find((l) => l.segmentId === 'champions')?.customers}`);
    expect(rows.find((r) => r[0] === 2 && r[7] === 'loyal')?.[6]).toMatch(/^0 → [1-9]\d*$/);
  });

  it('adds a 0 line for a segment that had customers in the previous run and has none now, so the drop shows', () => {
    const before: HistoryLine[] = [{ run: 1, runDay: 13000, analysisDay: 13000, segmentId: 'prospects', segment: 'Prospects', customers: 12, revenueShare: 0.01 }];
    const now = historyLines(seg, 13500, before);
    expect(now.find((l) => l.segmentId === 'prospects')).toMatchObject({ run: 2, customers: 0 });
    const rows = historyTab(before, now, 'en').blocks[0].values.slice(1);
    expect(rows.find((r) => r[0] === 2 && r[7] === 'prospects')?.[6]).toBe('12 → 0');
    // Matched by name too, for History tabs written before the id column.
    expect(historyLines(seg, 13500, [{ ...before[0], segmentId: '' }]).some((l) => l.segmentId === 'prospects')).toBe(true);
  });
});

describe('History size trend', () => {
  const seg = segmentationWithEmptyProspects();
  const previous: HistoryLine[] = [
    { run: 1, runDay: 13000, analysisDay: 13000, segmentId: 'champions', segment: 'Champions', customers: 80, revenueShare: 0.2 },
    { run: 1, runDay: 13000, analysisDay: 13000, segmentId: 'loyal', segment: 'Loyal', customers: 50, revenueShare: 0.1 },
  ];
  const lines = historyLines(seg, 13500, previous);

  it('gives one row per run, oldest first, one column per segment, 0 where a run had none, and a line chart', () => {
    const tab = historyTab(previous, lines, 'en');
    const trend = tab.blocks[1].values;
    expect(trend.map((r) => r[0])).toEqual(['Run date', { day: 13000 }, { day: 13500 }]);
    const col = (id: string) => trend[0].indexOf(lines.find((l) => l.segmentId === id)!.segment);
    expect(trend[1][col('champions')]).toBe(80);
    expect(trend[2][col('champions')]).toBe(lines.find((l) => l.segmentId === 'champions')!.customers);
    const newOne = lines.find((l) => !previous.some((p) => p.segmentId === l.segmentId))!;
    expect(trend[1][col(newOne.segmentId)]).toBe(0);
    expect(tab.charts).toEqual([expect.objectContaining({ type: 'line', block: 1 })]);
  });

  it('has no chart on a first run', () => {
    expect(historyTab([], historyLines(seg, 13500, []), 'zh-TW').charts).toEqual([]);
  });
});
