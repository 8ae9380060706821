import { describe, expect, it } from 'vitest';
import { adjustedRandIndex } from '../../../src/core/cluster/adjustedRandIndex';

describe('adjustedRandIndex', () => {
  it('is 1 for the same partition under other names', () => {
    expect(adjustedRandIndex([0, 0, 1, 1, 2], ['b', 'b', 'a', 'a', 'c'])).toBe(1);
  });

  it('matches a hand computation on a small table', () => {
    // a = [0,0,0,1,1,1], b = [0,0,1,1,2,2]. Contingency n_ij: row 0 → (2,1,0), row 1 → (0,1,2).
    // Σ C(n_ij,2) = C(2,2) + C(2,2) = 2.  Rows 3,3: Σ C(a_i,2) = 3 + 3 = 6.  Columns 2,2,2: Σ C(b_j,2) = 3.
    // C(6,2) = 15, E = 6 · 3 / 15 = 1.2, max = (6 + 3) / 2 = 4.5.  ARI = (2 − 1.2) / (4.5 − 1.2) = 0.8 / 3.3 = 0.242424...
    expect(adjustedRandIndex([0, 0, 0, 1, 1, 1], [0, 0, 1, 1, 2, 2])).toBeCloseTo(0.8 / 3.3, 12);
  });

  it('gives 0.7302383 on the iris k-means table (genieclust manual, comparing_partitions example)', () => {
    // genieclust's R manual page "comparing_partitions" prints, for y_pred <- kmeans(iris[1:4], 3)$cluster,
    // the confusion matrix (50,0,0 / 0,48,2 / 0,14,36) and adjusted_rand_score = 0.7302383. By hand:
    // Σ C(n_ij,2) = 1225 + 1128 + 1 + 91 + 630 = 3075; rows 50,50,50 → 3675; columns 50,62,38 → 1225 + 1891 + 703 = 3819;
    // E = 3675 · 3819 / C(150,2)=11175 → 1255.906; ARI = (3075 − 1255.906) / (3747 − 1255.906) = 0.7302383.
    const truth: number[] = [];
    const found: number[] = [];
    const table = [
      [50, 0, 0],
      [0, 48, 2],
      [0, 14, 36],
    ];
    for (const [s, row] of table.entries()) {
      for (const [c, count] of row.entries()) {
        for (let i = 0; i < count; i++) {
          truth.push(s);
          found.push(c);
        }
      }
    }
    expect(adjustedRandIndex(truth, found)).toBeCloseTo(0.7302383, 7);
  });

  it('is about 0 for unrelated partitions and can go negative', () => {
    // a splits first half / second half, b alternates: n_ij all 2 for n = 8 → Σ C = 4; rows 4,4 → 12; columns 4,4 → 12;
    // E = 12 · 12 / 28 = 5.142857; max = 12; ARI = (4 − 5.142857) / (12 − 5.142857) = −0.1666...
    expect(adjustedRandIndex([0, 0, 0, 0, 1, 1, 1, 1], [0, 1, 0, 1, 0, 1, 0, 1])).toBeCloseTo(-1 / 6, 12);
  });

  it('refuses partitions of different lengths', () => {
    expect(() => adjustedRandIndex([0, 1], [0])).toThrow(/length/);
  });
});
