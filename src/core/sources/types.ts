import type { ReadResult } from '../parse';

/** One source of a combined run: its name (file or sheet name, used in every message) and its finished read. */
export interface SourceRead {
  name: string;
  read: ReadResult;
}

/** What a source holds: orders (one row per order or order line) or a customer list (one row per customer). */
export type SourceKind = 'orders' | 'customers';

/** How two records of the same person in different sources were recognised, in the order they are tried. */
export type MatchMethod = 'id' | 'email' | 'phone';

/** Orders of a later source already in an earlier one: counted once, reported here. */
export interface CrossDuplicates {
  /** The source whose copy was kept (the earlier one given) and the source whose copy was dropped. */
  kept: string;
  dropped: string;
  /** Duplicates recognised by the same order id of the same customer. */
  byOrderId: number;
  /** Duplicates recognised by the same customer, day and amount, where a source has no order ids. */
  byDayAmount: number;
  /** The first few dropped orders: the order id, or "customer day amount". */
  examples: string[];
}

/** What combining did: the Data quality tab's and the decisions' account of it. */
export interface SourcesReport {
  sources: { name: string; kind: SourceKind; customers: number; orders: number }[];
  /** Records joined to a record of the same person in another source, by the method that joined them. */
  matched: Record<MatchMethod, number>;
  /** Emails or phone numbers shared by two customer ids of one source: not used to match (who would it be?). */
  ambiguous: number;
  duplicates: CrossDuplicates[];
  /** Customers of a customer list with no order in any order source: counted, not segmented. */
  withoutOrders: { name: string; count: number; rows: number[] }[];
  /** The order sources' currencies when they differ (amounts are added as written; the run then shows none). */
  currencies: { name: string; currency: string }[];
  /** How the combined consent columns read: see `combinedConsent.ts`. */
  consent: 'consent' | 'optOut' | null;
}

/** A read assembled from several sources: a `ReadResult` plus the account of the combining. */
export interface CombinedRead extends ReadResult {
  sources: SourcesReport;
}

/** True when the read came from {@link combineSources} (several sources). */
export function isCombined(read: ReadResult): read is CombinedRead {
  return 'sources' in read && typeof (read as CombinedRead).sources === 'object';
}
