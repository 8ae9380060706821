import { finite, KpiInputError, KPI_PROBLEMS } from './inputError';

/**
 * Average order value: total revenue / number of orders.
 *
 * With order ids, lines that share an id are one order (a sheet of order lines has one row per
 * product), so the divisor is the count of distinct ids. Without them every amount is an order.
 * Source: Farris et al., *Marketing Metrics*, 2nd ed. 2010 (average order value = revenue / orders).
 *
 * @example averageOrderValue([10, 5, 30], ['A', 'A', 'B']) // 22.5
 */
export function averageOrderValue(amounts: readonly number[], orderIds?: readonly string[]): number {
  if (amounts.length === 0) throw new KpiInputError('amounts', KPI_PROBLEMS.noAmounts);
  if (orderIds && orderIds.length !== amounts.length)
    throw new KpiInputError('order_ids', KPI_PROBLEMS.otherLength, { value: orderIds.length, other: 'amounts', otherValue: amounts.length });
  let total = 0;
  amounts.forEach((a, i) => {
    if (!Number.isFinite(a)) throw new KpiInputError('amounts', KPI_PROBLEMS.notNumber, { value: a }, i);
    total += a;
  });
  finite('amounts', total);
  const orders = orderIds ? new Set(orderIds).size : amounts.length;
  return total / orders;
}
