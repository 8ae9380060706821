import { kMeansCluster } from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import { adjustedRandIndex } from '../../../src/core/cluster/adjustedRandIndex';
import { kMeans } from '../../../src/core/cluster/kmeans';
import { kMeansPlusPlus } from '../../../src/core/cluster/kmeansPlusPlus';
import { pointsFromRows, squaredDistance } from '../../../src/core/cluster/points';
import { seededRandom } from '../../../src/core/cluster/random';
import { loadIris } from './iris';
import { gaussianMixture } from './mixture';

const iris = loadIris();

describe('kMeans on iris (unscaled, k = 3)', () => {
  const points = pointsFromRows(iris.rows);
  const result = kMeans(points, 3, { seed: 1, restarts: 10 });

  it('finds the partition R kmeans(iris[, 1:4], 3) reports', () => {
    // R: kmeans(iris[, 1:4], centers = 3) → size 50 62 38, withinss 15.15100 39.82097 23.87947,
    // tot.withinss 78.85144, centers (5.006, 3.428, 1.462, 0.246), (5.901613, 2.748387, 4.393548, 1.433871),
    // (6.850000, 3.073684, 5.742105, 2.071053); scikit-learn KMeans(3).inertia_ = 78.85144142614601.
    expect(result.sizes).toEqual([62, 50, 38]);
    expect(result.inertia).toBeCloseTo(78.85144142614601, 8);
    const centres = Array.from({ length: 3 }, (_, c) => Array.from(result.centers.subarray(c * 4, c * 4 + 4)));
    const expected = [
      [5.901613, 2.748387, 4.393548, 1.433871],
      [5.006, 3.428, 1.462, 0.246],
      [6.85, 3.073684, 5.742105, 2.071053],
    ];
    for (const [c, row] of expected.entries()) for (const [j, v] of row.entries()) expect(centres[c][j]).toBeCloseTo(v, 5);
  });

  it('agrees with the species as published: ARI 0.7302383 (genieclust manual, comparing_partitions)', () => {
    expect(adjustedRandIndex(result.labels, iris.species)).toBeCloseTo(0.7302383, 7);
  });

  it('reaches an inertia no worse than the best of 20 simple-statistics kMeansCluster runs', () => {
    let best = Infinity;
    for (let s = 0; s < 20; s++) {
      try {
        const r = kMeansCluster(iris.rows, 3, seededRandom(100 + s));
        const inertia = iris.rows.reduce((acc, row, i) => acc + row.reduce((a, v, j) => a + (v - r.centroids[r.labels[i]][j]) ** 2, 0), 0);
        best = Math.min(best, inertia);
      } catch {
        // simple-statistics throws when a cluster empties ("Centroid has no friends"); skip that start.
      }
    }
    expect(result.inertia).toBeLessThanOrEqual(best + 1e-9);
  });
});

describe('kMeans on generated mixtures', () => {
  it('recovers well-separated Gaussian clusters (ARI ≥ 0.9)', () => {
    for (const seed of [1, 2, 3]) {
      const { rows, labels } = gaussianMixture([[0, 0, 0], [6, 0, 0], [0, 6, 0], [0, 0, 6], [6, 6, 6]], [200, 150, 100, 80, 50], 1, seed);
      const result = kMeans(pointsFromRows(rows), 5, { seed });
      expect(adjustedRandIndex(result.labels, labels)).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('gives the same result for the same seed, and numbers clusters largest first', () => {
    const { rows } = gaussianMixture([[0, 0], [3, 3], [0, 5]], [100, 60, 30], 1.5, 4);
    const points = pointsFromRows(rows);
    const a = kMeans(points, 3, { seed: 42 });
    const b = kMeans(points, 3, { seed: 42 });
    expect(Array.from(a.labels)).toEqual(Array.from(b.labels));
    expect(Array.from(a.centers)).toEqual(Array.from(b.centers));
    expect(a.sizes).toEqual([...a.sizes].sort((x, y) => y - x));
  });

  it('ends at a fixed point of Lloyd: every point is nearest its own centre and centres are means', () => {
    const { rows } = gaussianMixture([[0, 0], [2, 1], [1, 3]], [150, 120, 90], 1, 6);
    const points = pointsFromRows(rows);
    const r = kMeans(points, 3, { seed: 2, tolerance: 0 });
    for (let i = 0; i < points.n; i++) {
      const own = squaredDistance(points.data, i, r.centers, r.labels[i], 2);
      for (let c = 0; c < 3; c++) expect(own).toBeLessThanOrEqual(squaredDistance(points.data, i, r.centers, c, 2) + 1e-12);
    }
    for (let c = 0; c < 3; c++) {
      const members = rows.filter((_, i) => r.labels[i] === c);
      for (const j of [0, 1]) expect(r.centers[c * 2 + j]).toBeCloseTo(members.reduce((s, m) => s + m[j], 0) / members.length, 10);
    }
  });

  it('refuses k larger than the number of points', () => {
    expect(() => kMeans(pointsFromRows([[1], [2]]), 3)).toThrow(/more than the 2 points/);
  });
});

describe('kMeansPlusPlus', () => {
  it('never picks a point already chosen (its weight is 0) and spreads centres out', () => {
    // Two tight groups far apart: with D² weighting the second centre lands in the other group
    // with probability 100·100 / (100·100 + tiny), i.e. practically always.
    const points = pointsFromRows([[0], [0.01], [0.02], [100], [100.01]]);
    for (let s = 0; s < 20; s++) {
      const c = kMeansPlusPlus(points, 2, seededRandom(s));
      expect(Math.abs(c[0] - c[1])).toBeGreaterThan(99);
    }
  });
});
