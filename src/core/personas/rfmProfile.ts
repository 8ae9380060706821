import type { RfmPosition, RfmProfile } from './types';

/**
 * Mid-rank percentiles of every value (ties share their average rank, so a measure where most customers
 * have 1 order does not rank them apart): (rank − 0.5) / n.
 * @example midRankPercentiles([1, 1, 5]) // [0.333, 0.333, 0.833]
 */
export function midRankPercentiles(values: readonly number[]): number[] {
  const order = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
  const out = new Array<number>(values.length);
  for (let start = 0; start < order.length; ) {
    let end = start;
    while (end + 1 < order.length && order[end + 1][0] === order[start][0]) end++;
    const pct = ((start + end) / 2 + 0.5) / values.length;
    for (let t = start; t <= end; t++) out[order[t][1]] = pct;
    start = end + 1;
  }
  return out;
}

/** Mean percentiles clearly above and below the typical customer's 0.5. */
export const HIGH = 0.6;
export const LOW = 0.4;

/**
 * The RFM profile of a group from its position, with the segment logic of the RFM literature
 * (high R, F, M: champions; frequent: loyal; high value but not recent: at risk; recent but few orders:
 * new; high spend only: big spenders; not recent: lapsed), in that priority order so each group gets one.
 * Cut at the 60th and 40th percentiles, i.e. clearly above or below the typical customer.
 *
 * @example rfmProfile({ recency: 0.8, frequency: 0.7, monetary: 0.75 }) // 'champions'
 */
export function rfmProfile(p: RfmPosition): RfmProfile {
  if (p.recency >= HIGH && p.frequency >= HIGH && p.monetary >= HIGH) return 'champions';
  if (p.frequency >= HIGH && p.recency >= LOW) return 'loyal';
  if (p.recency < LOW && (p.frequency >= 0.55 || p.monetary >= HIGH)) return 'atRisk';
  if (p.recency >= HIGH && p.frequency < 0.5) return 'newcomers';
  if (p.monetary >= HIGH) return 'bigSpenders';
  if (p.recency < LOW) return 'lapsed';
  return 'occasional';
}
