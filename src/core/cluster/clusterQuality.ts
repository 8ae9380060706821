import type { SilhouetteScore } from './silhouetteScore';
import type { ClusterQuality, ClusterWarning } from './types';

/** Default share under which a cluster is "too small to be worth a campaign". */
export const DEFAULT_MIN_SHARE = 0.05;

/**
 * Silhouette at or below which a clustering (or one cluster) shows no substantial structure:
 * Kaufman & Rousseeuw (1990, Finding Groups in Data, ch. 2) read an average silhouette width of
 * 0.71-1.00 as strong, 0.51-0.70 reasonable, 0.26-0.50 weak and ≤ 0.25 no substantial structure.
 */
export const WEAK_SILHOUETTE = 0.25;

export interface QualityInput {
  /** Cluster of each clustered customer (0-based). */
  labels: ArrayLike<number>;
  k: number;
  silhouette: SilhouetteScore;
  /** Spend of each clustered customer (same order as labels), when a spend column is known. */
  spend?: ArrayLike<number> | null;
  /** Share under which a cluster is flagged too small (default 5 %). */
  minShare?: number;
}

/**
 * How good each cluster is as a segment, by the tests the segmentation articles give: measurable
 * (size, share and spend share can be counted), substantial (large enough to be worth a campaign:
 * flagged under `minShare`) and distinct (its silhouette; heavy overlap with a neighbour is warned).
 *
 * @example
 * clusterQuality({ labels: [0, 0, 1], k: 2, silhouette, minShare: 0.4 })
 * // [{ cluster: 0, size: 2, share: 0.667, tooSmall: false, ... }, { cluster: 1, size: 1, share: 0.333, tooSmall: true, ... }]
 */
export function clusterQuality(input: QualityInput): { quality: ClusterQuality[]; warnings: ClusterWarning[] } {
  const { labels, k, silhouette } = input;
  const minShare = input.minShare ?? DEFAULT_MIN_SHARE;
  const n = labels.length;
  const sizes = new Array<number>(k).fill(0);
  const spendBy = new Array<number>(k).fill(0);
  let spendTotal = 0;
  for (let i = 0; i < n; i++) {
    sizes[labels[i]]++;
    if (input.spend) {
      spendBy[labels[i]] += input.spend[i];
      spendTotal += input.spend[i];
    }
  }
  const warnings: ClusterWarning[] = [];
  const quality = sizes.map((size, c): ClusterQuality => {
    const share = n ? size / n : 0;
    const tooSmall = share < minShare;
    if (tooSmall) warnings.push({ code: 'tooSmall', cluster: c, params: { cluster: c + 1, size, share: percent(share), minShare: percent(minShare) } });
    const s = silhouette.perCluster[c] ?? 0;
    const nearest = silhouette.neighbour[c] ?? -1;
    if (k > 1 && size > 1 && s <= WEAK_SILHOUETTE && nearest >= 0) {
      warnings.push({ code: 'overlap', cluster: c, params: { cluster: c + 1, other: nearest + 1, silhouette: round2(s), negative: percent(silhouette.negativeShare[c] ?? 0) } });
    }
    return {
      cluster: c,
      size,
      share,
      tooSmall,
      spendShare: input.spend && spendTotal > 0 ? spendBy[c] / spendTotal : null,
      silhouette: s,
      negativeShare: silhouette.negativeShare[c] ?? 0,
      nearestCluster: nearest,
    };
  });
  if (k > 1 && silhouette.overall <= WEAK_SILHOUETTE) warnings.push({ code: 'weakStructure', params: { silhouette: round2(silhouette.overall) } });
  return { quality, warnings };
}

function percent(x: number): number {
  return Math.round(x * 1000) / 10;
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
