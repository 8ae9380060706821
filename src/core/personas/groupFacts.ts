import { quantile7Sorted } from '../rfm/quantile7';
import { overRepresented } from './lift';
import { TRAIT_ATTRIBUTES, type Population } from './population';
import { rfmProfile } from './rfmProfile';
import type { MostCommon, OverRepresented, RfmPosition, RfmProfile, TraitAttribute, TypicalValue } from './types';

/** What sets a set of customers apart from all customers: RFM position and profile, over-represented traits. */
export interface GroupFacts {
  position: RfmPosition;
  profile: RfmProfile;
  /** Over-represented values, up to 2 per attribute, highest lift first. */
  traits: OverRepresented[];
}

/** Position, profile and over-represented traits of the customers at `idx`. */
export function groupFacts(pop: Population, idx: readonly number[]): GroupFacts {
  const mean = (pct: number[]) => idx.reduce((s, i) => s + pct[i], 0) / idx.length;
  const position = { recency: mean(pop.percentiles.recency), frequency: mean(pop.percentiles.frequency), monetary: mean(pop.percentiles.monetary) };
  const traits = TRAIT_ATTRIBUTES.flatMap((attribute) => overRepresented(attribute, pick(pop.traits[attribute], idx), pop.traits[attribute]).slice(0, 2));
  return { position, profile: rfmProfile(position), traits: traits.sort((a, b) => b.lift - a.lift) };
}

/** Share of the customers at `idx` (with a value) that have `value`, against all customers: a lift figure without thresholds. */
export function valueShare(pop: Population, idx: readonly number[], attribute: TraitAttribute, value: string): OverRepresented {
  const share = shareOf(pick(pop.traits[attribute], idx), value);
  const overallShare = shareOf(pop.traits[attribute], value);
  return { attribute, value, share, overallShare, lift: overallShare > 0 ? share / overallShare : 0 };
}

/** The most common value of each attribute the data has, among the customers at `idx`. */
export function mostCommonValues(pop: Population, idx: readonly number[]): Partial<Record<TraitAttribute, MostCommon>> {
  const out: Partial<Record<TraitAttribute, MostCommon>> = {};
  for (const attribute of pop.compared) {
    const counts = new Map<string, number>();
    let n = 0;
    for (const i of idx) {
      const v = pop.traits[attribute][i];
      if (v === null) continue;
      counts.set(v, (counts.get(v) ?? 0) + 1);
      n++;
    }
    // Ties go to the value that sorts first, so the same data always gives the same card.
    const top = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
    if (top) out[attribute] = { value: top[0], share: top[1] / n };
  }
  return out;
}

/** Median and 10th-90th percentile range (type-7 quantiles, R's default). */
export function typical(values: readonly number[]): TypicalValue {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (!sorted.length) return { median: NaN, low: NaN, high: NaN };
  return { median: quantile7Sorted(sorted, 0.5), low: quantile7Sorted(sorted, 0.1), high: quantile7Sorted(sorted, 0.9) };
}

const pick = <T>(values: readonly T[], idx: readonly number[]) => idx.map((i) => values[i]);

function shareOf(values: readonly (string | null)[], value: string): number {
  let n = 0;
  let hits = 0;
  for (const v of values) {
    if (v === null) continue;
    n++;
    if (v === value) hits++;
  }
  return n ? hits / n : 0;
}
