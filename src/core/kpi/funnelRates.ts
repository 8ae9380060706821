import { KpiInputError, KPI_PROBLEMS, nonNegative, share } from './inputError';

/**
 * Conversion rate: completed goals / visitors (Farris et al., *Marketing Metrics*,
 * 2nd ed. 2010). For ads pass clicks as visitors to get the post-click CVR.
 * @example conversionRate(25, 1000) // 0.025
 */
export function conversionRate(conversions: number, visitors: number): number {
  return share('conversions', conversions, 'visitors', visitors);
}

/**
 * Click-through rate: clicks / impressions (Farris et al., *Marketing Metrics*, 2nd ed. 2010,
 * "clickthrough rate").
 * @example clickThroughRate(30, 2000) // 0.015
 */
export function clickThroughRate(clicks: number, impressions: number): number {
  return share('clicks', clicks, 'impressions', impressions);
}

/** The ad funnel of one campaign. Costs are null when no cost was given or the divisor is 0. */
export interface AdFunnel {
  ctr: number;
  /** Conversions / clicks; null with no clicks. */
  cvr: number | null;
  /** Conversions / impressions. */
  conversionsPerImpression: number;
  costPerClick: number | null;
  costPerConversion: number | null;
}

/**
 * CTR, CVR and (with a cost) cost per click and per conversion from one campaign's
 * impressions, clicks and conversions, as the articles' ad-report table shows them.
 * @example adFunnel(2000, 30, 3, 60) // {ctr:0.015, cvr:0.1, conversionsPerImpression:0.0015, costPerClick:2, costPerConversion:20}
 */
export function adFunnel(impressions: number, clicks: number, conversions: number, cost?: number): AdFunnel {
  const ctr = clickThroughRate(clicks, impressions);
  nonNegative('conversions', conversions);
  if (conversions > clicks) throw new KpiInputError('conversions', KPI_PROBLEMS.moreThan, { value: conversions, other: 'clicks', otherValue: clicks });
  if (cost !== undefined) nonNegative('cost', cost);
  return {
    ctr,
    cvr: clicks > 0 ? conversions / clicks : null,
    conversionsPerImpression: conversions / impressions,
    costPerClick: cost !== undefined && clicks > 0 ? cost / clicks : null,
    costPerConversion: cost !== undefined && conversions > 0 ? cost / conversions : null,
  };
}
