/** The Segment summary tab lists only segments with customers, in rule order, and its chart reads that table. */
import { describe, expect, it } from 'vitest';
import { summaryTab } from '../../../src/core/report/summaryTab';
import { segmentationWithEmptyProspects } from './emptySegmentFixture';

describe('summaryTab with an empty preset segment', () => {
  const seg = segmentationWithEmptyProspects();
  const tab = summaryTab(seg, 'en');
  const rows = tab.blocks[0].values.slice(1);

  it('leaves the empty segment out of the table, keeping the rule order of the others', () => {
    expect(seg.summary.find((s) => s.segment === 'prospects')?.customers).toBe(0);
    const withCustomers = seg.summary.filter((s) => s.customers > 0);
    expect(rows.map((r) => r[0])).toEqual(withCustomers.map((s) => s.name));
    expect(rows.map((r) => r[0])).not.toContain('Prospects');
    expect(rows[0][0]).toBe('Champions');
    for (const r of rows) expect(r[1]).toBeGreaterThan(0);
    expect(rows.reduce((n, r) => n + (r[1] as number), 0)).toBe(seg.customers.length);
  });

  it('draws its chart from that table, so the chart has no empty bar either', () => {
    expect(tab.charts).toHaveLength(1);
    expect(tab.charts?.[0].block).toBe(0);
  });
});
