import { type KMeansResult, kMeans } from './kmeans';
import type { Points } from './points';
import { type SilhouetteScore, silhouetteScore } from './silhouetteScore';

export interface ChooseKOptions {
  /** Use exactly this k (its silhouette is still reported). */
  k?: number;
  /** Range of k tried when k is not fixed (default [2, 8]). */
  kRange?: [number, number];
  restarts?: number;
  seed?: number;
  /** Points above which the silhouette is estimated from a sample (default 1,000). */
  silhouetteMaxPoints?: number;
}

export interface ChooseKResult {
  k: number;
  /** Silhouette of the best clustering for each k tried, in k order. */
  silhouetteByK: { k: number; silhouette: number }[];
  /** The clustering with the chosen k. */
  clustering: KMeansResult;
  /** Its silhouette, per cluster too. */
  silhouette: SilhouetteScore;
  /** Set when the range had to shrink because there are too few distinct points. */
  reducedFrom?: number;
}

/**
 * Picks k by the average silhouette width: run k-means for each k in the range and keep the k
 * with the highest average silhouette width, as Rousseeuw (1987, section 3) proposes for choosing the
 * number of clusters (also Kaufman & Rousseeuw 1990, Finding Groups in Data, ch. 2, and scikit-learn's
 * example "Selecting the number of clusters with silhouette analysis on KMeans clustering").
 * Ties go to the smaller k, the simpler segmentation.
 *
 * k is limited to the number of distinct points: k-means cannot make more clusters than that.
 *
 * @example
 * chooseK(points, { kRange: [2, 8] }) // { k: 3, silhouetteByK: [{ k: 2, silhouette: 0.68 }, ...] }
 */
export function chooseK(points: Points, options: ChooseKOptions = {}): ChooseKResult {
  const distinct = countDistinct(points, 9);
  let [low, high] = options.k !== undefined ? [options.k, options.k] : (options.kRange ?? [2, 8]);
  if (!Number.isInteger(low) || !Number.isInteger(high) || low < 1 || high < low) throw new Error(`k range must be whole numbers with 1 ≤ low ≤ high, got ${low}..${high}`);
  let reducedFrom: number | undefined;
  if (high > distinct) {
    reducedFrom = high;
    high = distinct;
    low = Math.min(low, high);
  }
  const silhouetteByK: ChooseKResult['silhouetteByK'] = [];
  let best: { clustering: KMeansResult; silhouette: SilhouetteScore } | null = null;
  for (let k = low; k <= high; k++) {
    // One seed per k, so the result for a k does not depend on which other k were tried.
    const clustering = kMeans(points, k, { restarts: options.restarts, seed: (options.seed ?? 1) + 7919 * k });
    const silhouette = silhouetteScore(points, clustering.labels, k, { maxPoints: options.silhouetteMaxPoints, seed: options.seed });
    silhouetteByK.push({ k, silhouette: silhouette.overall });
    if (!best || silhouette.overall > best.silhouette.overall + 1e-12) best = { clustering, silhouette };
  }
  if (!best) throw new Error('no k to try');
  return { k: best.clustering.k, silhouetteByK, clustering: best.clustering, silhouette: best.silhouette, reducedFrom };
}

/** Distinct points, counting no further than `limit`. */
function countDistinct(points: Points, limit: number): number {
  const seen = new Set<string>();
  const { data, n, d } = points;
  for (let i = 0; i < n && seen.size < limit; i++) seen.add(Array.prototype.join.call(data.subarray(i * d, i * d + d), ','));
  return seen.size;
}
