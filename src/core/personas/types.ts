import type { AttributeValue } from '../types';
import type { IncomeFact } from './incomeInterests';
import type { BusiestTime } from '../timing/busiestSlot';

/** One customer as personas see it: RFM figures plus whatever attributes the sheet has (city, gender, age, channel...). */
export interface PersonaCustomer {
  customerId: string;
  recencyDays: number;
  frequency: number;
  monetary: number;
  attributes: Record<string, AttributeValue>;
}

/** The RFM shape of a group, from which its name noun, needs and suggested action follow. */
export type RfmProfile = 'champions' | 'loyal' | 'atRisk' | 'newcomers' | 'bigSpenders' | 'lapsed' | 'occasional';

/** Where a group sits among all customers on R, F and M: mean percentile of its members, 0..1, 0.5 = typical. */
export interface RfmPosition {
  /** 1 = most recent. */
  recency: number;
  frequency: number;
  monetary: number;
}

/** Median and typical range (10th to 90th percentile) of one measure in a group. */
export interface TypicalValue {
  median: number;
  low: number;
  high: number;
}

/** The customer attributes personas compare: place (city, region or country), channel, gender and age band. */
export type TraitAttribute = 'city' | 'channel' | 'gender' | 'ageBand';

/** An attribute value more common in the group than among all customers. */
export interface OverRepresented {
  attribute: TraitAttribute;
  value: string;
  /** Share of the group's customers (with a value) that have it. */
  share: number;
  /** Share of all customers (with a value) that have it. */
  overallShare: number;
  /** share / overallShare. */
  lift: number;
}

/** The most common value of an attribute in a group and the share of the group (with a value) that has it. */
export interface MostCommon {
  value: string;
  share: number;
}

export interface PersonaCard {
  /** The group ids given by `groupOf` (cluster numbers or segment names) this persona describes, most important first. */
  groups: string[];
  /** Their names as shown: the `groupNames` passed in, else the ids. */
  groupNames: string[];
  /** Generated descriptive name, e.g. "Young female repeat buyers in Taipei". */
  name: string;
  profile: RfmProfile;
  /** The persona's place among all customers on R, F and M (for the habits and situation words). */
  position: RfmPosition;
  size: number;
  share: number;
  revenueShare: number;
  typical: { recencyDays: TypicalValue; frequency: TypicalValue; monetary: TypicalValue; orderValue: TypicalValue; age?: TypicalValue };
  overRepresented: OverRepresented[];
  /** The trait its needs and action name, the one that sets it apart (highest lift); null when none stands out. */
  distinguishedBy: OverRepresented | null;
  /** Most common place, channel, gender and age band, for the attributes the data has. */
  mostCommon: Partial<Record<TraitAttribute, MostCommon>>;
  /** The attributes the data has at all (what "more common than" compared), in a fixed order. */
  compared: TraitAttribute[];
  /** What this persona needs, from its RFM profile and distinguishing trait. */
  needs: string;
  /** The suggested action, from its RFM profile and distinguishing trait. */
  action: string;
  /** The most common income band of its customers, when the data has incomes (`incomeInterests.ts`). */
  income?: IncomeFact;
  /** The interests its customers name most, with the share of those naming any, when the data has interests. */
  interests?: MostCommon[];
  /** The weekday (and two-hour slot) its customers order most, when they have enough orders (set by the pipeline from the orders). */
  busiestTime?: BusiestTime;
}
