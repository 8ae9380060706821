import { cac } from './cac';
import { isKpiInputError, KpiInputError, nonNegative } from './inputError';

/** Whether the customers of a row came from unpaid (organic) or paid acquisition. */
export type AcquisitionType = 'organic' | 'paid';

/** One row of spend: a month, a campaign, a channel... */
export interface SpendRow {
  cost: number;
  newCustomers: number;
  channel?: string;
  type?: AcquisitionType;
}

/** CAC of one group; `cac` is null when the group won no customers (the cost per customer is undefined). */
export interface CacGroup {
  label: string;
  cost: number;
  newCustomers: number;
  cac: number | null;
}

/** CAC per channel, per organic/paid, and overall. */
export interface CacBreakdown {
  channels: CacGroup[];
  organic?: CacGroup;
  paid?: CacGroup;
  total: CacGroup;
}

function group(label: string, cost: number, newCustomers: number): CacGroup {
  return { label, cost, newCustomers, cac: newCustomers > 0 ? cac(cost, newCustomers) : null };
}

/**
 * Sums cost and new customers per channel (in first-seen order), per acquisition type and
 * overall, and divides each. The articles ask for CAC "per channel" and "separately for organic
 * and paid": a blended CAC hides that paid channels usually cost far more per customer.
 *
 * @example cacBreakdown([{cost:100,newCustomers:4,channel:'ads',type:'paid'},{cost:0,newCustomers:6,channel:'seo',type:'organic'}]).total.cac // 10
 */
export function cacBreakdown(rows: readonly SpendRow[]): CacBreakdown {
  const byChannel = new Map<string, { cost: number; n: number }>();
  const byType = new Map<AcquisitionType, { cost: number; n: number }>();
  let cost = 0;
  let n = 0;
  rows.forEach((r, i) => {
    try {
      nonNegative('marketing_and_sales_cost', r.cost);
      nonNegative('new_customers', r.newCustomers);
    } catch (e) {
      // Name the row: the caller maps the position back to the sheet row.
      throw isKpiInputError(e) ? new KpiInputError(e.param, e.problem, e.values, i) : e;
    }
    cost += r.cost;
    n += r.newCustomers;
    if (r.channel !== undefined) {
      const g = byChannel.get(r.channel) ?? { cost: 0, n: 0 };
      g.cost += r.cost;
      g.n += r.newCustomers;
      byChannel.set(r.channel, g);
    }
    if (r.type !== undefined) {
      const g = byType.get(r.type) ?? { cost: 0, n: 0 };
      g.cost += r.cost;
      g.n += r.newCustomers;
      byType.set(r.type, g);
    }
  });
  const out: CacBreakdown = { channels: [...byChannel].map(([label, g]) => group(label, g.cost, g.n)), total: group('total', cost, n) };
  const organic = byType.get('organic');
  const paid = byType.get('paid');
  if (organic) out.organic = group('organic', organic.cost, organic.n);
  if (paid) out.paid = group('paid', paid.cost, paid.n);
  return out;
}
