/** The early size check (src/app/cellBudget.ts): an upper estimate that counts every tab a run writes. */
import { describe, expect, it } from 'vitest';
import { CELL_LIMIT, estimateOutputCells, tabCells } from '../../src/app/cellBudget';

describe('estimateOutputCells', () => {
  it('counts the two per-customer tabs (Segments, Campaign lists) and a new sheet for each of the other nine', () => {
    expect(estimateOutputCells(10, 5)).toBe(11 * tabCells(1, 1));
    // 100,000 source rows of 8 columns: Segments 100,000 × 28, Campaign lists 100,000 × 26, nine small tabs.
    expect(estimateOutputCells(100_000, 8)).toBe(100_000 * 28 + 100_000 * 26 + 9 * 26_000);
  });

  it('refuses early what cannot fit: 150,000 rows of 20 columns plus their output pass 10 million cells', () => {
    expect(150_000 * 20 + estimateOutputCells(150_000, 20)).toBeGreaterThan(CELL_LIMIT);
  });
});
