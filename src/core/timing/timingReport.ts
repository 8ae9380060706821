import type { Order } from '../types';
import { busiestTime, type BusiestTime } from './busiestSlot';
import { monthsCovered } from './monthsCovered';
import { tallyByGroup, tallyOrders, ordersHaveTime, type TimingTally } from './tally';

/** The timing of one group of customers (all customers, or one segment). */
export interface GroupTiming {
  /** The group's id (a segment id); '' for all customers. */
  id: string;
  customers: number;
  tally: TimingTally;
  busiest: BusiestTime | null;
}

/**
 * "When they buy": orders by weekday × hour, by weekday and by calendar month, for all customers and
 * per segment, with the months of data behind each calendar month (the seasonality divisor,
 * {@link monthsCovered}) and each group's busiest time.
 */
export interface TimingReport {
  /** The dates carry a time of day ({@link ordersHaveTime}); without one the hour views are left out. */
  hasTime: boolean;
  /** First and last order day: the span the months are counted over. */
  firstDay: number;
  lastDay: number;
  /** Months of data per calendar month, January first. */
  monthsCovered: number[];
  overall: GroupTiming;
  /** Groups with customers, in the order asked for. */
  groups: GroupTiming[];
}

/**
 * The timing report of a store's orders. `segmentOf` maps each customer id to its segment id;
 * `order` lists the segment ids in the order the groups are wanted (rule order).
 */
export function timingReport(orders: readonly Order[], segmentOf: ReadonlyMap<string, string>, order: readonly string[]): TimingReport {
  const hasTime = ordersHaveTime(orders);
  let firstDay = Infinity;
  let lastDay = -Infinity;
  for (const o of orders) {
    if (o.day < firstDay) firstDay = o.day;
    if (o.day > lastDay) lastDay = o.day;
  }
  const sizes = new Map<string, number>();
  for (const g of segmentOf.values()) sizes.set(g, (sizes.get(g) ?? 0) + 1);
  const overallTally = tallyOrders(orders, hasTime);
  const tallies = tallyByGroup(orders, segmentOf, hasTime);
  const group = (id: string, customers: number, tally: TimingTally): GroupTiming => ({ id, customers, tally, busiest: busiestTime(tally) });
  return {
    hasTime,
    firstDay,
    lastDay,
    monthsCovered: monthsCovered(firstDay, lastDay),
    overall: group('', segmentOf.size, overallTally),
    groups: order.flatMap((id) => {
      const tally = tallies.get(id);
      return tally ? [group(id, sizes.get(id) ?? 0, tally)] : [];
    }),
  };
}

/**
 * The busiest time of each of several disjoint groups of groups (the personas, each covering some
 * segments or clusters), in one pass over the orders: customer `i` (id `customerIds[i]`) is in group
 * `groupOf(i)`, and persona `k` covers the groups `personaGroups[k]`. Null for a persona with too few
 * orders ({@link busiestTime}).
 */
export function personaBusiestTimes(
  orders: readonly Order[],
  customerIds: readonly string[],
  groupOf: (i: number) => string,
  personaGroups: readonly (readonly string[])[],
  withTime: boolean,
): (BusiestTime | null)[] {
  const personaOfGroup = new Map<string, number>();
  personaGroups.forEach((groups, k) => {
    for (const g of groups) personaOfGroup.set(g, k);
  });
  const personaOf = new Map<string, number>();
  customerIds.forEach((id, i) => {
    const k = personaOfGroup.get(groupOf(i));
    if (k !== undefined) personaOf.set(id, k);
  });
  const tallies = tallyByGroup(orders, personaOf, withTime);
  return personaGroups.map((_, k) => {
    const t = tallies.get(k);
    return t ? busiestTime(t) : null;
  });
}
