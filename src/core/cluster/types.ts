/** A cell of a customer row handed to clustering. */
export type ClusterCell = number | string | null | undefined;

/** One column of the clustered space. */
export interface Feature {
  /** `age` for a numeric column, `city=Taipei` for one level of a categorical column. */
  name: string;
  column: string;
  kind: 'numeric' | 'category';
  /** The level for a category feature (`(other)` gathers the rare ones). */
  level?: string;
  /** True when the column was log-scaled (log(1 + x)) before standardising. */
  log: boolean;
  /** Mean and standard deviation used to standardise (after the log); 0 and 1 for categories. */
  mean: number;
  sd: number;
}

/** A problem worth telling the user, as data; `clusterWarningText` words it in their language. */
export interface ClusterWarning {
  code: 'missingValues' | 'constantColumn' | 'negativeLog' | 'kReduced' | 'tooSmall' | 'overlap' | 'weakStructure';
  /** 0-based cluster the warning is about, when it is about one. */
  cluster?: number;
  params: Record<string, string | number>;
}

/** Quality of one cluster, as the segmentation articles judge a segment. */
export interface ClusterQuality {
  /** 0-based cluster number (0 = largest). */
  cluster: number;
  size: number;
  /** size / clustered customers. */
  share: number;
  /** Share below `minShare`: too small to be worth its own campaign. */
  tooSmall: boolean;
  /** Share of total spend, when a spend column is known; otherwise null. */
  spendShare: number | null;
  /** Mean silhouette of the cluster's members: how distinct the cluster is (-1..1). */
  silhouette: number;
  /** Share of members closer to another cluster than to their own (negative silhouette). */
  negativeShare: number;
  /** The other cluster its members are most often nearest to; -1 when there is none. */
  nearestCluster: number;
}
