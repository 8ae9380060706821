import { format, PART_SEPARATOR, type Localized } from '../i18n';
import type { Lang } from '../types';
import {
  ATTRIBUTE_WORDS,
  CHANNEL_SHARE,
  FILL_IN_ITEMS,
  HABITS,
  HOW_OFTEN,
  LIFT_ITEM,
  LIST_AND,
  LIST_SEPARATOR,
  NOTHING_STANDS_OUT,
  NOTHING_TO_COMPARE,
  PROFILE_PART,
  SENTENCE_SPACE,
  SITUATIONS,
  TO_FILL_IN,
} from './messages';
import { percent } from './numbers';
import { BUSIEST_HABIT, busiestTimeText, HOURS_TO_FILL } from '../timing/busiestSlot';
import { HIGH, LOW } from './rfmProfile';
import { INCOME_LABEL, INTERESTS_LABEL, INTERESTS_OF } from './incomeInterests';
import { traitValueText } from './traitValue';
import type { PersonaCard, TraitAttribute } from './types';

/** The persona card of the articles, as sentences: what the data shows, and what it cannot marked "to fill in". */
export interface PersonaTemplate {
  /** Place, gender and age band from the data; occupation, income and family to fill in. */
  basicProfile: string;
  /** Values, interests and lifestyle: the top interests when the data has an interests column, the rest to fill in. */
  psychology: string;
  /** How often and how much per order from the data; products and timing to fill in. */
  habits: string;
  /** Where they stand from recency; the occasion they buy for to fill in. */
  situation: string;
  /** The most common channel from the data, or to fill in. */
  preferredChannel: string;
  /** What is more common in the persona than among all customers, or in words why nothing is. */
  moreCommon: string;
}

/** A median past this many days since the last order is said in words: over a year. */
const A_YEAR = 365;

/**
 * The template fields of one persona card in the user's language. Filled from the data where it can be:
 * the basic profile from the most common place, gender and age band; habits from how often the persona
 * buys compared with all customers and its typical order value; the situation from recency; the channel
 * from a channel column. What the data cannot show is marked for the owner ("[To fill in: occupation, ...]"),
 * never guessed. `money` writes an amount in the run's currency.
 *
 * @example personaTemplate(card, 'en', (x) => formatMoney(x, 'GBP', 'en')).habits
 * // 'Buy more often than most customers, about £331 per order. [To fill in: which products they buy, which days and hours they buy]'
 */
export function personaTemplate(card: PersonaCard, lang: Lang, money: (amount: number) => string): PersonaTemplate {
  const w = (m: Localized) => m[lang];
  const space = SENTENCE_SPACE[lang];
  const toFill = (items: Localized[]) => format(TO_FILL_IN, lang, { items: items.map(w).join(LIST_SEPARATOR[lang]) });

  const profileAttributes = ['city', 'gender', 'ageBand'] as const;
  const missing = profileAttributes.filter((a) => !card.mostCommon[a]).map((a) => ATTRIBUTE_WORDS[a]);
  const parts = profileAttributes.flatMap((a) => {
    const top = card.mostCommon[a];
    if (!top) return [];
    // The band as written after its label ("Age band: 25-34"), not as a sentence says it ("aged 25-34").
    const value = a === 'ageBand' ? top.value : traitValueText(a, top.value, lang);
    return [format(PROFILE_PART, lang, { label: capitalized(w(ATTRIBUTE_WORDS[a])), value, share: percent(top.share) })];
  });
  // Income from an income column (a band of amounts in the run's currency, or the band as written), else to fill in.
  const income = card.income;
  if (income) parts.push(format(PROFILE_PART, lang, { label: w(INCOME_LABEL), value: 'band' in income ? income.band : `${money(income.low)}–${money(income.high)}`, share: percent(income.share) }));
  const profileFill = toFill([...missing, FILL_IN_ITEMS.occupation, ...(income ? [] : [FILL_IN_ITEMS.income]), FILL_IN_ITEMS.family]);
  const basicProfile = [...parts, profileFill].join(PART_SEPARATOR[lang]);

  // When they buy, from the orders' weekdays (and hours when the dates carry them); else to fill in.
  const busiest = card.busiestTime;
  const when = busiest ? format(BUSIEST_HABIT, lang, { when: busiestTimeText(busiest, lang), share: percent(busiest.share) }) : null;
  const whenToFill = !busiest ? [FILL_IN_ITEMS.when] : busiest.startHour === null ? [HOURS_TO_FILL] : [];
  const habits = [format(HABITS, lang, { howOften: w(HOW_OFTEN[howOften(card)]), orderValue: money(card.typical.orderValue.median) }), when, toFill([FILL_IN_ITEMS.products, ...whenToFill])].filter((x) => x !== null).join(space);
  const situation = `${w(SITUATIONS[situationOf(card)])}${space}${toFill([FILL_IN_ITEMS.occasion])}`;
  const channel = card.mostCommon.channel;
  const preferredChannel = channel ? format(CHANNEL_SHARE, lang, { value: channel.value, share: percent(channel.share) }) : toFill([FILL_IN_ITEMS.reach]);

  // An interests / lifestyle column fills both; values stay to fill in.
  const interests = card.interests?.length
    ? format(PROFILE_PART, lang, { label: w(INTERESTS_LABEL), value: card.interests.map((i) => `${i.value} ${percent(i.share)}`).join(LIST_SEPARATOR[lang]), share: format(INTERESTS_OF, lang) })
    : null;
  const psychology = interests ? [interests, toFill([FILL_IN_ITEMS.values])].join(PART_SEPARATOR[lang]) : toFill([FILL_IN_ITEMS.values, FILL_IN_ITEMS.interests, FILL_IN_ITEMS.lifestyle]);
  return { basicProfile, psychology, habits, situation, preferredChannel, moreCommon: moreCommon(card, lang) };
}

/** How often, in words: "once" when most bought once, else compared with all customers. */
function howOften(card: PersonaCard): keyof typeof HOW_OFTEN {
  if (card.typical.frequency.median <= 1) return 'once';
  if (card.position.frequency >= HIGH) return 'often';
  return card.position.frequency < LOW ? 'rarely' : 'typical';
}

/** Where the persona stands on recency: over a year said as such, else compared with all customers. */
function situationOf(card: PersonaCard): keyof typeof SITUATIONS {
  if (card.typical.recencyDays.median > A_YEAR) return 'overAYear';
  if (card.position.recency >= HIGH) return 'recent';
  return card.position.recency < LOW ? 'quiet' : 'typical';
}

/** The over-represented values with both shares; when none, which attributes were compared and found alike. */
function moreCommon(card: PersonaCard, lang: Lang): string {
  if (card.overRepresented.length)
    return card.overRepresented
      .map((t) => format(LIFT_ITEM, lang, { value: traitValueText(t.attribute, t.value, lang), share: percent(t.share), overall: percent(t.overallShare) }))
      .join(PART_SEPARATOR[lang]);
  if (!card.compared.length) return NOTHING_TO_COMPARE[lang];
  return format(NOTHING_STANDS_OUT, lang, { attributes: listText(card.compared, lang) });
}

/** "place, channel and gender" / "地區、通路與性別". */
function listText(attributes: readonly TraitAttribute[], lang: Lang): string {
  const words = attributes.map((a) => ATTRIBUTE_WORDS[a][lang]);
  if (words.length < 2) return words.join('');
  return `${words.slice(0, -1).join(LIST_SEPARATOR[lang])}${LIST_AND[lang]}${words[words.length - 1]}`;
}

const capitalized = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
