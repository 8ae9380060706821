import type { Localized } from '../i18n';

/** The three RFM dimensions. */
export type RfmDimension = 'recency' | 'frequency' | 'monetary';
export const RFM_DIMENSIONS: readonly RfmDimension[] = ['recency', 'frequency', 'monetary'];

/** One customer as RFM sees it. */
export interface RfmInput {
  customerId: string;
  /** Whole days from the last order to the analysis date. */
  recencyDays: number;
  /** Number of orders; 0 marks a prospect (a customer with no orders yet). */
  frequency: number;
  /** Total spend. */
  monetary: number;
  /**
   * Days from first to last order, when known. Only the small-store fallback uses it, to learn the
   * store's typical time between orders.
   */
  tenureDays?: number;
}

/**
 * How scores are cut.
 * - `r-rfm`: R `rfm` 0.3.0 exactly (interior type-7 quantiles + 1, half-open intervals, ties share a score).
 * - `equal-count`: as equal groups as possible; ties split by value, then customer id.
 * - `custom`: the cut points given in `cutPoints`.
 */
export type RfmMethod = 'r-rfm' | 'equal-count' | 'custom';

/** What a dimension's scores were actually cut by (the small-store fallback shows as `small-store-days`). */
export type DimensionMethod = RfmMethod | 'small-store-days';

export interface RfmOptions {
  /** Scores per dimension (default 5), or per dimension. */
  bins?: number | Partial<Record<RfmDimension, number>>;
  method?: RfmMethod;
  /** Fixed cut points per dimension; a dimension given here is cut by them whatever `method` says. */
  cutPoints?: Partial<Record<RfmDimension, number[]>>;
  /** Score monetary on total spend (default) or on spend per order. */
  monetaryMode?: 'total' | 'average';
  /**
   * Below this many customers (default 100) quantile recency scores are unstable, so recency is cut at
   * multiples of the store's typical days between orders instead. `false` turns the fallback off.
   */
  smallStoreThreshold?: number | false;
  /** Share of customers in one score above which we warn (default 0.4, the rfm issue #17 case). */
  crowdedShare?: number;
}

/** A problem worth telling the user, as data; {@link rfmWarningText} words it in their language. */
export interface RfmWarning {
  code: 'emptyScore' | 'crowdedScore' | 'smallStore' | 'smallStoreNoGap' | 'negativeRecency' | 'tooFewCustomers';
  dimension?: RfmDimension;
  params: Record<string, string | number>;
}

/** One score's interval: values in `[lower, upper)` get `score`. */
export interface ScoreInterval {
  score: number;
  lower: number;
  upper: number;
  customers: number;
}

export interface DimensionThresholds {
  method: DimensionMethod;
  bins: number;
  /** Interior cut points, ascending: a value v scores by how many cut points are <= v. */
  cutPoints: number[];
  /** In score order 1..bins; the first lower bound is the data minimum, the last upper bound the maximum + 1, as R `rfm` reports. */
  intervals: ScoreInterval[];
  /** Customers per score; index 0 is score 1. */
  countsPerScore: number[];
  warnings: RfmWarning[];
}

export type RfmThresholds = Record<RfmDimension, DimensionThresholds>;

/** A scored customer: the input plus its scores. */
export type ScoredCustomer<T extends RfmInput = RfmInput> = T & {
  r: number;
  f: number;
  m: number;
  /** `"545"`; with 10 or more bins the scores are joined with `-` so they stay readable. */
  score: string;
  /** Shopify's FM: the mean of F and M. */
  fm: number;
};

export interface RfmResult<T extends RfmInput = RfmInput> {
  customers: ScoredCustomer<T>[];
  thresholds: RfmThresholds;
  /** Every warning, including the per-dimension ones. */
  warnings: RfmWarning[];
}

/** An inclusive range of scores `[min, max]`. */
export type ScoreRange = [number, number];

/** One named segment: a customer whose scores are all inside the ranges belongs to it (first match wins). */
export interface SegmentRule {
  id: string;
  name: Localized | string;
  r: ScoreRange;
  f: ScoreRange;
  m: ScoreRange;
  /** Optional range on FM = (F + M) / 2, as Shopify's grid uses. */
  fm?: ScoreRange;
  description?: Localized;
  action?: Localized;
}
