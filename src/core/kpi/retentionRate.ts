import { KpiInputError, KPI_PROBLEMS, nonNegative, positive } from './inputError';

/**
 * Customer retention rate over a period: (customers at end − new customers won in the period) /
 * customers at start, the share of the starting customers still there at the end.
 *
 * Source: the customer retention rate formula CRR = (E − N) / S (e.g. Farris et al.,
 * *Marketing Metrics*, 2nd ed. 2010, "retention rate" = customers retained / customers at risk). Inputs that would make more customers retained than there were, or more new customers
 * than the end count, are data errors and are refused.
 *
 * @example retentionRate(200, 180, 20) // 0.8
 */
export function retentionRate(customersAtStart: number, customersAtEnd: number, newCustomers: number): number {
  positive('customers_at_start', customersAtStart);
  nonNegative('customers_at_end', customersAtEnd);
  nonNegative('new_customers', newCustomers);
  if (newCustomers > customersAtEnd) throw new KpiInputError('new_customers', KPI_PROBLEMS.moreThan, { value: newCustomers, other: 'customers_at_end', otherValue: customersAtEnd });
  const retained = customersAtEnd - newCustomers;
  if (retained > customersAtStart)
    throw new KpiInputError('customers_at_end', KPI_PROBLEMS.retainedMoreThanStart, { value: retained, otherValue: customersAtStart });
  return retained / customersAtStart;
}

/**
 * Churn rate: the share of the starting customers lost in the period, 1 − retention rate
 * = (S − (E − N)) / S.
 * @example churnRate(200, 180, 20) // 0.2
 */
export function churnRate(customersAtStart: number, customersAtEnd: number, newCustomers: number): number {
  const lost = customersAtStart - (customersAtEnd - newCustomers);
  // Computed from the lost count rather than 1 − rate so whole counts give exact fractions.
  retentionRate(customersAtStart, customersAtEnd, newCustomers);
  return lost / customersAtStart;
}
