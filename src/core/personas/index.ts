import { quantile7Sorted } from '../rfm/quantile7';
import type { Lang } from '../types';
import { ageBand } from './ageBand';
import { overRepresented } from './lift';
import { PROFILE_ACTIONS, PROFILE_NEEDS } from './messages';
import { personaName } from './personaName';
import { midRankPercentiles, rfmProfile } from './rfmProfile';
import type { OverRepresented, PersonaCard, PersonaCustomer, TypicalValue } from './types';

export { ageBand } from './ageBand';
export { overRepresented } from './lift';
export { personaName } from './personaName';
export { midRankPercentiles, rfmProfile } from './rfmProfile';
export type { PersonaCard, PersonaCustomer, TypicalValue } from './types';

export interface PersonaOptions {
  lang: Lang;
  /** How many personas, 3 to 5 (default 5); fewer when there are fewer groups. */
  max?: number;
  /** Names of the groups (segment names), shown next to the generated name. */
  groupNames?: Record<string, string>;
}

/** Attribute keys looked up on each customer, first present wins (role names of the column mapping). */
const ATTRIBUTE_KEYS: Record<'city' | 'channel' | 'gender', string[]> = {
  city: ['city', 'region', 'country'],
  channel: ['channel', 'acquisitionChannel'],
  gender: ['gender'],
};

/**
 * Persona cards for any grouping of customers (clusters or RFM segments): the 3 to 5 groups that matter
 * most, each with a generated descriptive name, typical recency/frequency/spend/age (median and the
 * 10th-90th percentile range), the city/channel/gender/age band over-represented relative to all
 * customers (lift), its share of customers and of revenue, what it needs and a suggested action chosen
 * from its RFM profile. "Describe 3 to 5 typical customers so the whole team can picture them" is the
 * articles' advice (see docs/DOMAIN.md).
 *
 * Which groups: ranked by the larger of their share of customers and their share of revenue, so both
 * the biggest and the most valuable groups get a card. Customers with an empty group id are ignored.
 *
 * @example
 * buildPersonas(customers, (i) => String(clusters[i] + 1), { lang: 'en' })
 * // [{ group: '2', name: 'Young repeat buyers in Taipei', share: 0.31, revenueShare: 0.52, action: 'Keep them: ...' }, ...]
 */
export function buildPersonas(customers: readonly PersonaCustomer[], groupOf: (i: number) => string, options: PersonaOptions): PersonaCard[] {
  const { lang } = options;
  const max = Math.min(5, Math.max(3, Math.floor(options.max ?? 5)));
  const n = customers.length;
  if (!n) return [];
  const members = new Map<string, number[]>();
  customers.forEach((_, i) => {
    const g = groupOf(i);
    if (g === '' || g === null || g === undefined) return;
    const list = members.get(g);
    if (list) list.push(i);
    else members.set(g, [i]);
  });
  const grouped = [...members.values()].reduce((s, m) => s + m.length, 0);
  const revenueOf = (c: PersonaCustomer) => (Number.isFinite(c.monetary) ? c.monetary : 0);
  const totalRevenue = customers.reduce((s, c) => s + revenueOf(c), 0);

  // Positions on R, F, M among all customers (recency reversed: recent = high).
  const rPct = midRankPercentiles(customers.map((c) => -c.recencyDays));
  const fPct = midRankPercentiles(customers.map((c) => c.frequency));
  const mPct = midRankPercentiles(customers.map((c) => c.monetary));

  const attributeOf = (c: PersonaCustomer, keys: string[]): string | null => {
    for (const key of keys) {
      const found = Object.keys(c.attributes).find((k) => k.toLowerCase() === key.toLowerCase());
      const v = found === undefined ? null : c.attributes[found];
      if (v !== null && v !== undefined && String(v).trim() !== '') return String(v).trim();
    }
    return null;
  };
  const ageOf = (c: PersonaCustomer): number | null => {
    const v = c.attributes.age ?? c.attributes.Age;
    const x = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
    return Number.isFinite(x) ? x : null;
  };
  const traitsAll = {
    city: customers.map((c) => attributeOf(c, ATTRIBUTE_KEYS.city)),
    channel: customers.map((c) => attributeOf(c, ATTRIBUTE_KEYS.channel)),
    gender: customers.map((c) => attributeOf(c, ATTRIBUTE_KEYS.gender)),
    ageBand: customers.map((c) => ageBand(ageOf(c))),
  };

  const ranked = [...members.entries()]
    .map(([group, idx]) => {
      const revenue = idx.reduce((s, i) => s + revenueOf(customers[i]), 0);
      const share = idx.length / grouped;
      const revenueShare = totalRevenue > 0 ? revenue / totalRevenue : 0;
      return { group, idx, share, revenueShare };
    })
    .sort((a, b) => Math.max(b.share, b.revenueShare) - Math.max(a.share, a.revenueShare) || b.idx.length - a.idx.length || (a.group < b.group ? -1 : 1))
    .slice(0, max);

  const cards = ranked.map(({ group, idx, share, revenueShare }): PersonaCard => {
    const mean = (pct: number[]) => idx.reduce((s, i) => s + pct[i], 0) / idx.length;
    const profile = rfmProfile({ recency: mean(rPct), frequency: mean(fPct), monetary: mean(mPct) });
    const traits: OverRepresented[] = (['city', 'channel', 'gender', 'ageBand'] as const).flatMap((attribute) =>
      overRepresented(attribute, idx.map((i) => traitsAll[attribute][i]), traitsAll[attribute]).slice(0, 2),
    );
    const ages = idx.map((i) => ageOf(customers[i])).filter((a): a is number => a !== null);
    return {
      group,
      groupName: options.groupNames?.[group],
      name: personaName(profile, traits, lang),
      profile,
      size: idx.length,
      share,
      revenueShare,
      typical: {
        recencyDays: typical(idx.map((i) => customers[i].recencyDays)),
        frequency: typical(idx.map((i) => customers[i].frequency)),
        monetary: typical(idx.map((i) => customers[i].monetary)),
        ...(ages.length ? { age: typical(ages) } : {}),
      },
      overRepresented: traits.sort((a, b) => b.lift - a.lift),
      needs: PROFILE_NEEDS[profile][lang],
      action: PROFILE_ACTIONS[profile][lang],
    };
  });
  // Two groups can earn the same name; tell them apart by their own name or number.
  const seen = new Map<string, number>();
  for (const card of cards) seen.set(card.name, (seen.get(card.name) ?? 0) + 1);
  for (const card of cards) if ((seen.get(card.name) ?? 0) > 1) card.name = `${card.name} (${card.groupName ?? card.group})`;
  return cards;
}

/** Median and 10th-90th percentile range (type-7 quantiles, R's default). */
function typical(values: number[]): TypicalValue {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (!sorted.length) return { median: NaN, low: NaN, high: NaN };
  return { median: quantile7Sorted(sorted, 0.5), low: quantile7Sorted(sorted, 0.1), high: quantile7Sorted(sorted, 0.9) };
}
