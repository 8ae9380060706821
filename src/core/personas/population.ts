import { ageBand } from './ageBand';
import { midRankPercentiles } from './rfmProfile';
import type { PersonaCustomer, TraitAttribute } from './types';

/** The attributes compared, in the order they are listed. */
export const TRAIT_ATTRIBUTES: readonly TraitAttribute[] = ['city', 'channel', 'gender', 'ageBand'];

/** Attribute keys looked up on each customer, first present wins (role names of the column mapping). */
const ATTRIBUTE_KEYS: Record<Exclude<TraitAttribute, 'ageBand'>, string[]> = {
  city: ['city', 'region', 'country'],
  channel: ['channel', 'acquisitionChannel'],
  gender: ['gender'],
};

/** All customers, against whom each group is placed (R, F, M percentiles) and compared (attribute shares). */
export interface Population {
  customers: readonly PersonaCustomer[];
  /** Mid-rank percentile of each customer on recency (recent = high), frequency and spend. */
  percentiles: { recency: number[]; frequency: number[]; monetary: number[] };
  /** Each customer's place, channel, gender and age band; null when blank. */
  traits: Record<TraitAttribute, (string | null)[]>;
  ages: (number | null)[];
  /** Spend counted towards revenue shares (a non-finite amount counts 0). */
  revenue: number[];
  totalRevenue: number;
  /** The attributes at least one customer has. */
  compared: TraitAttribute[];
}

/** Reads the percentiles and attributes of every customer once, for all groups. */
export function population(customers: readonly PersonaCustomer[]): Population {
  const traits: Population['traits'] = {
    city: customers.map((c) => attributeOf(c, ATTRIBUTE_KEYS.city)),
    channel: customers.map((c) => attributeOf(c, ATTRIBUTE_KEYS.channel)),
    gender: customers.map((c) => attributeOf(c, ATTRIBUTE_KEYS.gender)),
    ageBand: customers.map((c) => ageBand(ageOf(c))),
  };
  const revenue = customers.map((c) => (Number.isFinite(c.monetary) ? c.monetary : 0));
  return {
    customers,
    percentiles: {
      recency: midRankPercentiles(customers.map((c) => -c.recencyDays)),
      frequency: midRankPercentiles(customers.map((c) => c.frequency)),
      monetary: midRankPercentiles(customers.map((c) => c.monetary)),
    },
    traits,
    ages: customers.map(ageOf),
    revenue,
    totalRevenue: revenue.reduce((s, x) => s + x, 0),
    compared: TRAIT_ATTRIBUTES.filter((a) => traits[a].some((v) => v !== null)),
  };
}

function attributeOf(c: PersonaCustomer, keys: string[]): string | null {
  for (const key of keys) {
    const found = Object.keys(c.attributes).find((k) => k.toLowerCase() === key.toLowerCase());
    const v = found === undefined ? null : c.attributes[found];
    if (v !== null && v !== undefined && String(v).trim() !== '') return String(v).trim();
  }
  return null;
}

function ageOf(c: PersonaCustomer): number | null {
  const v = c.attributes.age ?? c.attributes.Age;
  const x = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  return Number.isFinite(x) ? x : null;
}
