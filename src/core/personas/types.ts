import type { AttributeValue } from '../types';

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

/** Median and typical range (10th to 90th percentile) of one measure in a group. */
export interface TypicalValue {
  median: number;
  low: number;
  high: number;
}

/** An attribute value more common in the group than among all customers. */
export interface OverRepresented {
  /** Which attribute: `city`, `channel`, `gender` or `ageBand`. */
  attribute: 'city' | 'channel' | 'gender' | 'ageBand';
  value: string;
  /** Share of the group's customers (with a value) that have it. */
  share: number;
  /** Share of all customers (with a value) that have it. */
  overallShare: number;
  /** share / overallShare. */
  lift: number;
}

export interface PersonaCard {
  /** The group id given by `groupOf` (cluster number or segment id). */
  group: string;
  /** The group's own name when one was passed in `groupNames`. */
  groupName?: string;
  /** Generated descriptive name, e.g. "Young female repeat buyers in Taipei". */
  name: string;
  profile: RfmProfile;
  size: number;
  share: number;
  revenueShare: number;
  typical: { recencyDays: TypicalValue; frequency: TypicalValue; monetary: TypicalValue; age?: TypicalValue };
  overRepresented: OverRepresented[];
  /** What this group needs, one sentence. */
  needs: string;
  /** The suggested action, one sentence. */
  action: string;
}
