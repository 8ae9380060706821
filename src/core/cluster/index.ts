import { LocalizedError } from '../i18n';
import { chooseK } from './chooseK';
import { DEFAULT_MIN_SHARE, clusterQuality } from './clusterQuality';
import { buildFeatures, centerInOriginalUnits, numericCell } from './features';
import { CLUSTER_ERRORS } from './messages';
import type { ClusterCell, ClusterQuality, ClusterWarning, Feature } from './types';

export { adjustedRandIndex } from './adjustedRandIndex';
export { buildFeatures } from './features';
export { kMeans } from './kmeans';
export { clusterWarningText } from './messages';
export { silhouetteScore } from './silhouetteScore';
export type { ClusterCell, ClusterQuality, ClusterWarning, Feature } from './types';

export interface ClusterOptions {
  /** Number columns to cluster on (recency, frequency, monetary, CLV, age, ...). */
  numeric: string[];
  /** Text columns, one-hot encoded (city, channel, gender, device). */
  categorical?: string[];
  /** Fix the number of clusters; otherwise chosen by silhouette within `kRange`. */
  k?: number;
  /** Range searched when k is not fixed (default [2, 8]). */
  kRange?: [number, number];
  /** k-means starts per k (default 5). */
  restarts?: number;
  /** Seed for reproducible results (default 1). */
  seed?: number;
  /** Columns to log-scale, or 'auto' (default): skewed non-negative columns such as spend. */
  logColumns?: string[] | 'auto';
  /** Share under which a cluster is flagged too small for a campaign (default 0.05). */
  minShare?: number;
  /** Column holding each customer's spend, for spend shares; default: the first numeric column named like spend/monetary/revenue. */
  spendColumn?: string;
  /** Above this many customers the silhouette is estimated from a fixed-seed sample (default 1,000). */
  silhouetteMaxPoints?: number;
}

export interface ClusterResult {
  k: number;
  /** Average silhouette width for each k tried. */
  silhouetteByK: { k: number; silhouette: number }[];
  /** Average silhouette width of the chosen clustering. */
  silhouette: number;
  /** 'exact', or 'sample' when estimated from a fixed-seed sample of `silhouettePoints` customers. */
  silhouetteMethod: 'exact' | 'sample';
  silhouettePoints: number;
  /** Cluster of each input row, 0 = largest; -1 for a row left out (see warnings). */
  assignments: number[];
  /** Columns of the clustered space, in the order of each centre's values. */
  features: Feature[];
  /** Cluster centres in the user's units (shares for category levels), one row per cluster. */
  centers: number[][];
  quality: ClusterQuality[];
  warnings: ClusterWarning[];
}

const SPEND_NAME = /monetary|spend|revenue|sales|amount|total|金額|金额|消費|消费|營收|营收|perbelanjaan|jumlah/i;

/**
 * Segments customers by k-means on the chosen columns: numeric columns standardised (skewed ones
 * log-scaled first), categorical ones one-hot; k-means++ with several fixed-seed starts; k chosen by
 * silhouette within 2..8 unless fixed; then each cluster's size, share, spend share and distinctness.
 *
 * @example
 * clusterCustomers(rows, { numeric: ['recencyDays', 'frequency', 'monetary'] })
 * // { k: 3, silhouetteByK: [...], assignments: [0, 2, 0, 1, ...], centers: [[32, 4.1, 210.5], ...], quality: [...], warnings: [] }
 */
export function clusterCustomers(rows: Record<string, ClusterCell>[], options: ClusterOptions): ClusterResult {
  if (!options.numeric.length && !options.categorical?.length) throw new Error('choose at least one column to cluster on');
  const matrix = buildFeatures(rows, { numeric: options.numeric, categorical: options.categorical, logColumns: options.logColumns });
  const warnings = [...matrix.warnings];
  if (matrix.points.d === 0) throw new LocalizedError(CLUSTER_ERRORS.nothingVaries);
  if (matrix.points.n < 2) throw new LocalizedError(CLUSTER_ERRORS.tooFew, { count: matrix.points.n });
  const chosen = chooseK(matrix.points, {
    k: options.k,
    kRange: options.kRange,
    restarts: options.restarts,
    seed: options.seed,
    silhouetteMaxPoints: options.silhouetteMaxPoints,
  });
  if (chosen.reducedFrom !== undefined) warnings.push({ code: 'kReduced', params: { distinct: chosen.k, asked: chosen.reducedFrom } });
  const { labels, centers, k } = chosen.clustering;
  const d = matrix.points.d;

  const spendColumn = options.spendColumn ?? options.numeric.find((c) => SPEND_NAME.test(c));
  const spend = spendColumn ? Array.from(matrix.rowIndex, (r) => numericCell(rows[r][spendColumn]) ?? 0) : null;
  const { quality, warnings: qualityWarnings } = clusterQuality({ labels, k, silhouette: chosen.silhouette, spend, minShare: options.minShare ?? DEFAULT_MIN_SHARE });

  const assignments = new Array<number>(rows.length).fill(-1);
  matrix.rowIndex.forEach((r, i) => {
    assignments[r] = labels[i];
  });
  return {
    k,
    silhouetteByK: chosen.silhouetteByK,
    silhouette: chosen.silhouette.overall,
    silhouetteMethod: chosen.silhouette.method,
    silhouettePoints: chosen.silhouette.pointsUsed,
    assignments,
    features: matrix.features,
    centers: Array.from({ length: k }, (_, c) => centerInOriginalUnits(centers.subarray(c * d, c * d + d), matrix.features)),
    quality,
    warnings: [...warnings, ...qualityWarnings],
  };
}
