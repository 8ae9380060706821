import { finite, fraction, KpiInputError, KPI_PROBLEMS, nonNegative } from './inputError';

/**
 * Customer lifetime value, retention form: (ACR − CS) × RR / (1 + d − RR) − CAC.
 *
 * ACR is the average revenue per customer per period, CS the cost to serve per period, RR the
 * share of customers kept from one period to the next and d the discount rate per period. It is
 * the sum of an infinite, geometrically shrinking and discounted margin stream
 * Σ_{t≥1} m·RR^t/(1+d)^t, with the first margin received one period after acquisition; the factor
 * RR/(1+d−RR) is the "margin multiple" of Gupta & Lehmann (2003, "Customers as assets",
 * Journal of Interactive Marketing 17(1), Table 1), e.g. 2.5 for RR = 80 %, d = 12 %.
 *
 * @example retentionCltv(100, 0, 0.8, 0.12) // 250
 */
export function retentionCltv(revenuePerPeriod: number, costToServePerPeriod: number, retentionRate: number, discountRate: number, cac = 0): number {
  finite('avg_revenue_per_period', revenuePerPeriod);
  nonNegative('cost_to_serve_per_period', costToServePerPeriod);
  fraction('retention_rate', retentionRate);
  nonNegative('discount_rate', discountRate);
  nonNegative('cac', cac);
  // With every customer kept and no discounting the stream never shrinks: the value is unbounded.
  if (retentionRate === 1 && discountRate === 0) throw new KpiInputError('retention_rate', KPI_PROBLEMS.endless);
  return ((revenuePerPeriod - costToServePerPeriod) * retentionRate) / (1 + discountRate - retentionRate) - cac;
}
