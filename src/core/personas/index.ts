import type { Lang } from '../types';
import { groupFacts, mostCommonValues, typical, valueShare, type GroupFacts } from './groupFacts';
import { joinAlike } from './joinAlike';
import { needsAndAction } from './needsAndAction';
import { personaName } from './personaName';
import { population, type Population } from './population';
import { incomeInterests, incomeOf, topInterests, type IncomeInterests } from './incomeInterests';
import type { PersonaCard, PersonaCustomer } from './types';

export { ageBand } from './ageBand';
export { overRepresented } from './lift';
export { percent, typicalText, wholeNumber } from './numbers';
export { personaName } from './personaName';
export { personaTemplate } from './template';
export { midRankPercentiles, rfmProfile } from './rfmProfile';
export type { PersonaCard, PersonaCustomer } from './types';

export interface PersonaOptions {
  lang: Lang;
  /** How many personas, 3 to 5 (default 5); fewer when there are fewer kinds of customers. */
  max?: number;
  /** Names of the groups (segment names), shown next to the generated name. */
  groupNames?: Record<string, string>;
}

/** One group on its way to a card: its members, importance and the text it would get. */
interface GroupDraft extends GroupFacts {
  group: string;
  idx: number[];
  needs: string;
  action: string;
}

/**
 * Persona cards for any grouping of customers (clusters or RFM segments): the 3 to 5 kinds of customers
 * that matter most, each with a generated descriptive name, typical recency/frequency/spend/order value/age
 * (median and the 10th-90th percentile range), the place/channel/gender/age band over-represented relative
 * to all customers (lift), its share of customers and of revenue, what it needs and a suggested action from
 * its RFM profile and distinguishing trait. "Describe 3 to 5 typical customers so the whole team can picture
 * them" is the articles' advice (see docs/DOMAIN.md).
 *
 * Groups that would read the same (same needs and action) are one persona (`joinAlike.ts` says why), so no
 * two cards repeat each other. Which personas: ranked by the larger of their share of customers and their
 * share of revenue, so both the biggest and the most valuable get a card. Customers with an empty group id
 * are ignored.
 *
 * @example
 * buildPersonas(customers, (i) => String(clusters[i] + 1), { lang: 'en' })
 * // [{ groups: ['2'], name: 'Young repeat buyers in Taipei', share: 0.31, revenueShare: 0.52, action: 'Keep them: ...' }, ...]
 */
export function buildPersonas(customers: readonly PersonaCustomer[], groupOf: (i: number) => string, options: PersonaOptions): PersonaCard[] {
  const { lang } = options;
  const max = Math.min(5, Math.max(3, Math.floor(options.max ?? 5)));
  if (!customers.length) return [];
  const pop = population(customers);
  const members = new Map<string, number[]>();
  customers.forEach((_, i) => {
    const g = groupOf(i);
    if (g === '' || g === null || g === undefined) return;
    const list = members.get(g);
    if (list) list.push(i);
    else members.set(g, [i]);
  });
  const grouped = [...members.values()].reduce((s, m) => s + m.length, 0);
  const shares = (idx: readonly number[]) => ({
    share: idx.length / grouped,
    revenueShare: pop.totalRevenue > 0 ? idx.reduce((s, i) => s + pop.revenue[i], 0) / pop.totalRevenue : 0,
  });
  const importance = (idx: readonly number[]) => {
    const { share, revenueShare } = shares(idx);
    return Math.max(share, revenueShare);
  };
  const byImportance = <T>(idxOf: (x: T) => number[], idOf: (x: T) => string) => (a: T, b: T) =>
    importance(idxOf(b)) - importance(idxOf(a)) || idxOf(b).length - idxOf(a).length || (idOf(a) < idOf(b) ? -1 : 1);

  const drafts: GroupDraft[] = [...members.entries()].map(([group, idx]) => {
    const facts = groupFacts(pop, idx);
    return { group, idx, ...facts, ...needsAndAction(facts.profile, facts.traits[0] ?? null, lang) };
  });
  // Most important group first in each persona, so its id leads the persona's list of groups.
  drafts.sort(byImportance((d) => d.idx, (d) => d.group));
  const personas = joinAlike(drafts)
    .map((joined) => ({ joined, idx: joined.flatMap((d) => d.idx) }))
    .sort(byImportance((p) => p.idx, (p) => p.joined[0].group))
    .slice(0, max);

  const extra = incomeInterests(customers);
  const cards = personas.map(({ joined, idx }) => card(pop, joined, idx, shares(idx), options, extra));
  // Two personas can earn the same name (a trait outside the name sets them apart); add that trait.
  const seen = new Map<string, number>();
  for (const c of cards) seen.set(c.name, (seen.get(c.name) ?? 0) + 1);
  for (const c of cards) if ((seen.get(c.name) ?? 0) > 1 && c.distinguishedBy) c.name = `${c.name} (${c.distinguishedBy.value})`;
  return cards;
}

/**
 * The card of one persona. Its profile, distinguishing trait and text are those its groups share; the
 * figures are over all its customers. The profile is not read again from the joined customers: their
 * average position can cross a cut (two "repeat buyers" groups averaging into "top customers") and the
 * card would then read like another one.
 */
function card(pop: Population, joined: readonly GroupDraft[], idx: number[], shares: { share: number; revenueShare: number }, options: PersonaOptions, extra: IncomeInterests): PersonaCard {
  const [lead] = joined;
  const facts = joined.length > 1 ? groupFacts(pop, idx) : lead;
  const trait = lead.traits[0];
  const ages = idx.map((i) => pop.ages[i]).filter((a): a is number => a !== null);
  const of = (measure: (c: PersonaCustomer) => number) => typical(idx.map((i) => measure(pop.customers[i])));
  const income = incomeOf(extra, idx);
  const interests = topInterests(extra, idx);
  return {
    ...(income ? { income } : {}),
    ...(interests.length ? { interests } : {}),
    groups: joined.map((d) => d.group),
    groupNames: joined.map((d) => options.groupNames?.[d.group] ?? d.group),
    name: personaName(lead.profile, facts.traits, options.lang),
    profile: lead.profile,
    position: facts.position,
    size: idx.length,
    ...shares,
    typical: {
      recencyDays: of((c) => c.recencyDays),
      frequency: of((c) => c.frequency),
      monetary: of((c) => c.monetary),
      orderValue: of((c) => (c.frequency > 0 ? c.monetary / c.frequency : NaN)),
      ...(ages.length ? { age: typical(ages) } : {}),
    },
    overRepresented: facts.traits,
    distinguishedBy: trait ? valueShare(pop, idx, trait.attribute, trait.value) : null,
    mostCommon: mostCommonValues(pop, idx),
    compared: pop.compared,
    needs: lead.needs,
    action: lead.action,
  };
}
