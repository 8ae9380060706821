import { describe, expect, it } from 'vitest';
import { chooseK } from '../../../src/core/cluster/chooseK';
import { pointsFromRows } from '../../../src/core/cluster/points';
import { loadIris } from './iris';
import { gaussianMixture } from './mixture';

describe('chooseK', () => {
  it('finds the number of well-separated generated clusters', () => {
    const { rows } = gaussianMixture([[0, 0], [8, 0], [0, 8], [8, 8]], [120, 100, 80, 60], 1, 11);
    const result = chooseK(pointsFromRows(rows), { seed: 1 });
    expect(result.k).toBe(4);
    expect(result.silhouetteByK.map((s) => s.k)).toEqual([2, 3, 4, 5, 6, 7, 8]);
    const best = Math.max(...result.silhouetteByK.map((s) => s.silhouette));
    expect(result.silhouetteByK.find((s) => s.k === 4)!.silhouette).toBe(best);
  });

  it('picks k = 2 on iris, as the average silhouette width does in the literature', () => {
    // Unscaled iris: setosa stands apart and versicolor/virginica overlap, so the silhouette peaks at k = 2.
    // autoprot's clustering.KMeans doctest (scikit-learn silhouette_score on seaborn's iris) prints
    // "Best Silhouette_score at 2 with 0.6810461692117465"; k = 3 gives 0.5528190 (daltoolbox example, silhouette.test.ts).
    const result = chooseK(pointsFromRows(loadIris().rows), { seed: 1, restarts: 10 });
    expect(result.k).toBe(2);
    expect(result.silhouetteByK[0].silhouette).toBeCloseTo(0.6810461692117465, 9);
    expect(result.silhouetteByK[1].silhouette).toBeCloseTo(0.5528, 4);
  });

  it('reports only the fixed k when k is given', () => {
    const result = chooseK(pointsFromRows(loadIris().rows), { k: 3, seed: 1 });
    expect(result.k).toBe(3);
    expect(result.silhouetteByK).toHaveLength(1);
  });

  it('shrinks the range when there are fewer distinct points than k', () => {
    const result = chooseK(pointsFromRows([[1], [1], [5], [5], [9]]), { kRange: [2, 8] });
    expect(result.k).toBeLessThanOrEqual(3);
    expect(result.reducedFrom).toBe(8);
    expect(result.silhouetteByK.map((s) => s.k)).toEqual([2, 3]);
  });
});
