import { silhouette as ssSilhouette } from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import { kMeans } from '../../../src/core/cluster/kmeans';
import { pointsFromRows } from '../../../src/core/cluster/points';
import { silhouetteValues } from '../../../src/core/cluster/silhouette';
import { silhouetteScore } from '../../../src/core/cluster/silhouetteScore';
import { loadIris } from './iris';
import { gaussianMixture } from './mixture';

describe('silhouetteValues', () => {
  it('matches a hand computation (Rousseeuw 1987 definition)', () => {
    // 1-D points: cluster 0 = {0, 2}, cluster 1 = {6, 7, 11}.
    // x=0:  a = |0−2| = 2;                 b = (6 + 7 + 11) / 3 = 8;       s = (8 − 2) / 8 = 0.75
    // x=2:  a = 2;                         b = (4 + 5 + 9) / 3 = 6;        s = (6 − 2) / 6 = 0.666...
    // x=6:  a = (1 + 5) / 2 = 3;           b = (6 + 4) / 2 = 5;            s = (5 − 3) / 5 = 0.4
    // x=7:  a = (1 + 4) / 2 = 2.5;         b = (7 + 5) / 2 = 6;            s = (6 − 2.5) / 6 = 0.58333...
    // x=11: a = (5 + 4) / 2 = 4.5;         b = (11 + 9) / 2 = 10;          s = (10 − 4.5) / 10 = 0.55
    const points = pointsFromRows([[0], [2], [6], [7], [11]]);
    const { values, neighbours } = silhouetteValues(points, Int32Array.from([0, 0, 1, 1, 1]), 2);
    const expected = [0.75, 4 / 6, 0.4, 3.5 / 6, 0.55];
    for (const [i, s] of expected.entries()) expect(values[i]).toBeCloseTo(s, 12);
    expect(Array.from(neighbours)).toEqual([1, 1, 0, 0, 0]);
    // Overall: (0.75 + 0.6667 + 0.4 + 0.5833 + 0.55) / 5 = 0.59.
    expect(silhouetteScore(points, Int32Array.from([0, 0, 1, 1, 1]), 2).overall).toBeCloseTo(2.95 / 5, 12);
  });

  it('gives 0 to a point alone in its cluster and to points on a border', () => {
    // 0 and 2 in cluster 0, the lone 1 in cluster 1: s(1) = 0 by Rousseeuw's rule.
    const { values } = silhouetteValues(pointsFromRows([[0], [2], [1]]), Int32Array.from([0, 0, 1]), 2);
    expect(values[2]).toBe(0);
    // x=0: a = 2, b = 1, s = (1 − 2) / 2 = −0.5: closer to the other cluster.
    expect(values[0]).toBeCloseTo(-0.5, 12);
  });

  it('equals simple-statistics 7.12.1 silhouette on random mixtures', () => {
    const { rows } = gaussianMixture([[0, 0, 0], [3, 0, 1], [0, 4, 2]], [40, 30, 20], 1.2, 9);
    const points = pointsFromRows(rows);
    const { labels } = kMeans(points, 3, { seed: 3 });
    const ours = silhouetteValues(points, labels, 3).values;
    const theirs = ssSilhouette(rows, Array.from(labels));
    for (const [i, s] of (theirs as number[]).entries()) expect(ours[i]).toBeCloseTo(s, 12);
  });

  it('gives 0.5528190 on iris k-means k = 3 (daltoolbox cluster_kmeans example, R)', () => {
    // daltoolbox's "metric customization" example fits cluster_kmeans(k = 3) to iris[, 1:4] and prints
    // silhouette 0.5528190 with adjusted_rand_index 0.7302383, i.e. the classic 50/62/38 k-means partition.
    const iris = loadIris();
    const points = pointsFromRows(iris.rows);
    const clustering = kMeans(points, 3, { seed: 1, restarts: 10 });
    const score = silhouetteScore(points, clustering.labels, 3);
    expect(score.method).toBe('exact');
    expect(score.overall).toBeCloseTo(0.552819, 6);
  });
});

describe('silhouetteScore with a sample', () => {
  const { rows, labels: truth } = gaussianMixture([[0, 0], [4, 0], [0, 4], [5, 5]], [1500, 900, 500, 100], 1, 21);
  const points = pointsFromRows(rows);
  const labels = Int32Array.from(truth);

  it('is close to the exact silhouette and keeps every cluster', () => {
    const exact = silhouetteScore(points, labels, 4, { maxPoints: 10000 });
    const sampled = silhouetteScore(points, labels, 4, { maxPoints: 1000, seed: 5 });
    expect(exact.method).toBe('exact');
    expect(sampled.method).toBe('sample');
    // 1000 proportional + the 100-point cluster's floor of 50 → about 1,017 points.
    expect(sampled.pointsUsed).toBeGreaterThan(1000);
    expect(sampled.pointsUsed).toBeLessThan(1100);
    // Sampling error of a mean of ~1000 silhouettes with sd ≈ 0.2 is ≈ 0.006; allow 0.03.
    expect(Math.abs(sampled.overall - exact.overall)).toBeLessThan(0.03);
    for (const [c, s] of sampled.perCluster.entries()) expect(Math.abs(s - exact.perCluster[c])).toBeLessThan(0.06);
  });

  it('is the same for the same seed', () => {
    const a = silhouetteScore(points, labels, 4, { maxPoints: 500, seed: 8 });
    const b = silhouetteScore(points, labels, 4, { maxPoints: 500, seed: 8 });
    expect(a).toEqual(b);
  });
});
