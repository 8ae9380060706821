import { describe, expect, it } from 'vitest';
import { adjustedRandIndex, clusterCustomers, clusterWarningText } from '../../../src/core/cluster';
import { LANGS } from '../../../src/core/types';
import { CLUSTER_WARNING_MESSAGES } from '../../../src/core/cluster/messages';
import { loadIris } from './iris';
import { gaussianMixture } from './mixture';

describe('clusterCustomers', () => {
  it('clusters iris with k fixed at 3 and reports centres in centimetres', () => {
    const iris = loadIris();
    const names = ['sl', 'sw', 'pl', 'pw'];
    const rows = iris.rows.map((r) => Object.fromEntries(r.map((v, j) => [names[j], v])));
    const result = clusterCustomers(rows, { numeric: names, k: 3, logColumns: [] });
    expect(result.k).toBe(3);
    expect(result.silhouetteByK.map((s) => s.k)).toEqual([3]);
    expect(result.assignments).toHaveLength(150);
    // Standardised iris separates setosa perfectly; versicolor/virginica overlap (ARI well above chance).
    expect(adjustedRandIndex(result.assignments, iris.species)).toBeGreaterThan(0.6);
    // Each centre, back in cm, is the mean of its members (nothing is log-scaled here).
    result.centers.forEach((centre, c) => {
      const members = iris.rows.filter((_, i) => result.assignments[i] === c);
      for (const [j, v] of centre.entries()) expect(v).toBeCloseTo(members.reduce((s, m) => s + m[j], 0) / members.length, 8);
    });
  });

  it('chooses k by silhouette on customer-like data and explains each cluster', () => {
    // Three behaviour groups with known labels: recent frequent big spenders (60), recent one-timers (200),
    // lapsed one-timers (240): columns recency days, orders, log spend.
    const { rows: raw, labels } = gaussianMixture([[10, 12, 6.5], [20, 1, 3.5], [300, 1, 3.5]], [60, 200, 240], 1, 3);
    const rows = raw.map(([recency, frequency, logSpend], i) => ({
      recency: Math.max(0, labels[i] === 2 ? 300 + 20 * (recency - 300) : recency + 4 * (recency - 20)), // spread out; group 0 sits at 0 days
      frequency: labels[i] === 0 ? Math.round(frequency) : 1,
      monetary: Math.exp(3.5 + 0.3 * (logSpend - 3.5) + (labels[i] === 0 ? 3 : 0)),
      city: i % 3 === 0 ? 'Taipei' : 'Taichung',
    }));
    const result = clusterCustomers(rows, { numeric: ['recency', 'frequency', 'monetary'], seed: 7 });
    expect(result.k).toBe(3);
    expect(adjustedRandIndex(result.assignments, labels)).toBeGreaterThanOrEqual(0.9);
    expect(result.silhouetteByK).toHaveLength(7);
    expect(result.quality.map((q) => q.size).reduce((a, b) => a + b, 0)).toBe(500);
    // The small big-spender cluster holds most of the spend.
    const spenders = result.quality.find((q) => q.size === 60)!;
    expect(spenders.spendShare!).toBeGreaterThan(0.5);
    // Same seed, same answer.
    expect(clusterCustomers(rows, { numeric: ['recency', 'frequency', 'monetary'], seed: 7 }).assignments).toEqual(result.assignments);
  });

  it('marks rows it left out with -1', () => {
    const rows = [{ x: 1 }, { x: null }, { x: 2 }, { x: 10 }, { x: 11 }];
    const result = clusterCustomers(rows, { numeric: ['x'], k: 2, logColumns: [] });
    expect(result.assignments[1]).toBe(-1);
    expect(result.warnings[0].code).toBe('missingValues');
  });

  it('explains why it cannot cluster', () => {
    expect(() => clusterCustomers([{ x: 1 }, { x: 1 }], { numeric: ['x'] })).toThrow(/nothing to cluster on/);
    expect(() => clusterCustomers([{ x: 1 }], { numeric: [] })).toThrow(/at least one column/);
  });
});

describe('clusterWarningText', () => {
  it('words every warning in all four languages with its figures filled in', () => {
    for (const code of Object.keys(CLUSTER_WARNING_MESSAGES) as (keyof typeof CLUSTER_WARNING_MESSAGES)[]) {
      for (const lang of LANGS) {
        const text = clusterWarningText({ code, params: { rows: 3, first: '2', column: 'age', distinct: 2, asked: 8, cluster: 2, size: 5, share: 1.2, minShare: 5, other: 1, silhouette: 0.2, negative: 30 } }, lang);
        expect(text).not.toMatch(/\{\w+\}/);
      }
    }
    expect(clusterWarningText({ code: 'tooSmall', params: { cluster: 2, size: 5, share: 1.2, minShare: 5 } }, 'zh-TW')).toBe('第 2 群只有 5 位客戶（1.2%，低於 5%）：可能太小，不值得單獨做一次行銷活動。');
  });
});
