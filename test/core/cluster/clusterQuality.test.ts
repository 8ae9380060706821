import { describe, expect, it } from 'vitest';
import { clusterQuality } from '../../../src/core/cluster/clusterQuality';
import { pointsFromRows } from '../../../src/core/cluster/points';
import { silhouetteScore } from '../../../src/core/cluster/silhouetteScore';

describe('clusterQuality', () => {
  // 1-D: cluster 0 = {0, 1, 2, 3, 4, 5, 6, 7, 8} (9 customers), cluster 1 = {100} (1 customer).
  const rows = [[0], [1], [2], [3], [4], [5], [6], [7], [8], [100]];
  const labels = Int32Array.from([0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
  const silhouette = silhouetteScore(pointsFromRows(rows), labels, 2);

  it('reports size, share and spend share, and flags clusters under the threshold', () => {
    const spend = [10, 10, 10, 10, 10, 10, 10, 10, 10, 110]; // total 200: cluster 0 has 90 (45 %), cluster 1 has 110 (55 %)
    const { quality, warnings } = clusterQuality({ labels, k: 2, silhouette, spend, minShare: 0.15 });
    expect(quality.map((q) => [q.size, q.share, q.spendShare, q.tooSmall])).toEqual([
      [9, 0.9, 0.45, false],
      [1, 0.1, 0.55, true],
    ]);
    expect(warnings).toContainEqual({ code: 'tooSmall', cluster: 1, params: { cluster: 2, size: 1, share: 10, minShare: 15 } });
  });

  it('uses 5 % by default and gives no spend share without spend', () => {
    const { quality } = clusterQuality({ labels, k: 2, silhouette });
    expect(quality[1].tooSmall).toBe(false);
    expect(quality[0].spendShare).toBeNull();
  });

  it('warns when clusters overlap and when the whole structure is weak', () => {
    // One uniform run 0..19 cut at 10, then the 4 leftmost points moved to the right-hand cluster: they are
    // closer to the left cluster, so their silhouettes are negative and drag both means down (overall ≈ 0.21).
    const run = Array.from({ length: 20 }, (_, i) => [i]);
    const split = Int32Array.from(run.map(([x]) => (x < 10 && x > 3 ? 0 : 1)));
    const s = silhouetteScore(pointsFromRows(run), split, 2);
    const { quality, warnings } = clusterQuality({ labels: split, k: 2, silhouette: s });
    expect(quality[1].negativeShare).toBeGreaterThan(0.2);
    expect(warnings.some((w) => w.code === 'overlap' && w.cluster === 1 && w.params.other === 1)).toBe(true);
    expect(warnings.some((w) => w.code === 'weakStructure')).toBe(true);
  });
});
