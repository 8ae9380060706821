import { fraction, KpiInputError, KPI_PROBLEMS, nonNegative, positive } from './inputError';

/**
 * CAC payback period: how many periods of a customer's margin it takes to earn back their CAC,
 * CAC / (revenue per customer per period × gross margin). Same unit as the revenue's period
 * (monthly revenue gives months).
 *
 * Source: Skok, "SaaS Metrics 2.0" (forEntrepreneurs.com, 2013): months to recover CAC =
 * CAC / (MRR per customer × gross margin %), with a rule of thumb of under 12 months.
 *
 * @example cacPayback(600, 100, 0.5) // 12
 */
export function cacPayback(cac: number, revenuePerPeriod: number, grossMargin = 1): number {
  nonNegative('cac', cac);
  positive('avg_revenue_per_period', revenuePerPeriod);
  fraction('gross_margin', grossMargin);
  if (grossMargin === 0) throw new KpiInputError('gross_margin', KPI_PROBLEMS.neverPaidBack);
  return cac / (revenuePerPeriod * grossMargin);
}
