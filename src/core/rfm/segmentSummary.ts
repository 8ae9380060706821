import type { Lang } from '../types';
import { OTHERS_ID, segmentName } from './segmentRules';
import type { SegmentRule } from './types';

/** What the summary needs from a customer: its segment and raw values. */
export interface SegmentedCustomer {
  segment: string;
  recencyDays: number;
  /** Orders. */
  frequency: number;
  /** Total spend. */
  monetary: number;
  r?: number;
  f?: number;
  m?: number;
}

export interface SegmentSummaryRow {
  segment: string;
  name: string;
  customers: number;
  /** Share of all customers, 0..1. */
  customerShare: number;
  orders: number;
  revenue: number;
  /** Share of all revenue, 0..1. */
  revenueShare: number;
  /** revenue / orders (R `rfm` rounds it to 2 decimals; we do not, the sheet formats it). */
  averageOrderValue: number;
  averageRecencyDays: number;
  averageFrequency: number;
  averageMonetary: number;
  averageR: number;
  averageF: number;
  averageM: number;
}

/**
 * Per segment: customers, share of customers, orders, revenue, share of revenue, average order value
 * and average recency/frequency/monetary values and scores. Extends R `rfm`'s `rfm_segment_summary()`
 * (rsquaredacademy/rfm commit 297ed8b, `R/rfm-segment.R`: customers = n(), orders = sum of transaction
 * counts, revenue = sum of amounts, aov = revenue / orders).
 * With `rules`, rows follow the rule order and every rule gets a row even when empty, so an empty
 * segment is visible instead of silently missing; "Others" comes last when it has customers.
 * `onlyWithCustomers` leaves the empty ones out ({@link segmentsWithCustomers}), for results shown to owners.
 * Without rules, rows are sorted by segment id (as R's `group_by` does).
 * @example segmentSummary(assignSegments(scored, shopifySegments), { rules: shopifySegments })[0].segment // 'prospects'
 */
export function segmentSummary(customers: readonly SegmentedCustomer[], options: { rules?: readonly SegmentRule[]; lang?: Lang; onlyWithCustomers?: boolean } = {}): SegmentSummaryRow[] {
  const lang = options.lang ?? 'en';
  type Acc = { n: number; orders: number; revenue: number; recency: number; r: number; f: number; m: number };
  const acc = new Map<string, Acc>();
  let totalCustomers = 0;
  let totalRevenue = 0;
  for (let i = 0; i < customers.length; i++) {
    const c = customers[i];
    let a = acc.get(c.segment);
    if (!a) {
      a = { n: 0, orders: 0, revenue: 0, recency: 0, r: 0, f: 0, m: 0 };
      acc.set(c.segment, a);
    }
    a.n++;
    a.orders += c.frequency;
    a.revenue += c.monetary;
    a.recency += c.recencyDays;
    a.r += c.r ?? 0;
    a.f += c.f ?? 0;
    a.m += c.m ?? 0;
    totalCustomers++;
    totalRevenue += c.monetary;
  }
  let ids: string[];
  if (options.rules) {
    ids = options.rules.map((r) => r.id);
    if (acc.has(OTHERS_ID)) ids.push(OTHERS_ID);
    for (const id of acc.keys()) if (!ids.includes(id)) ids.push(id);
  } else ids = [...acc.keys()].sort();
  const rules = options.rules ?? [];
  const rows = ids.map((id) => {
    const a = acc.get(id) ?? { n: 0, orders: 0, revenue: 0, recency: 0, r: 0, f: 0, m: 0 };
    const per = (x: number) => (a.n ? x / a.n : 0);
    return {
      segment: id,
      name: segmentName(id, rules, lang),
      customers: a.n,
      customerShare: totalCustomers ? a.n / totalCustomers : 0,
      orders: a.orders,
      revenue: a.revenue,
      revenueShare: totalRevenue ? a.revenue / totalRevenue : 0,
      averageOrderValue: a.orders ? a.revenue / a.orders : 0,
      averageRecencyDays: per(a.recency),
      averageFrequency: per(a.orders),
      averageMonetary: per(a.revenue),
      averageR: per(a.r),
      averageF: per(a.f),
      averageM: per(a.m),
    };
  });
  return options.onlyWithCustomers ? segmentsWithCustomers(rows) : rows;
}

/**
 * The rows of segments that have customers, in the same order: what the run's results list (Segment
 * summary tab and its chart, History, the sidebar, the CLI). An empty segment stays in the rules (it
 * may fill on a later run), but a row of zeros in the results crowds out the segments to act on and
 * makes the tables disagree with the run's sentence ("322 customers in 10 segments").
 */
export function segmentsWithCustomers(rows: readonly SegmentSummaryRow[]): SegmentSummaryRow[] {
  return rows.filter((r) => r.customers > 0);
}
