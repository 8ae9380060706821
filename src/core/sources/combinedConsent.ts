import { allowed as allowsContact, cellPermission, kindFor, refusedCell, type Channel, type ColumnKind, type ConsentColumns } from '../campaigns/consent';
import type { AttributeValue } from '../types';

/** One record of a person with the consent columns of its source. */
export interface ConsentRecord {
  attributes: Record<string, AttributeValue>;
  columns: ConsentColumns;
}

/**
 * The combined sources' consent columns: none when no source has one; opt-out columns when every
 * source that has one records opt-outs; otherwise consent columns (some source asks for a "yes").
 */
export function combinedColumns(all: readonly ConsentColumns[]): ConsentColumns {
  const pick = (kinds: (ColumnKind | null)[]): ColumnKind | null => {
    const present = kinds.filter((k): k is ColumnKind => k !== null);
    if (!present.length) return null;
    return present.every((k) => k === 'optOut') ? 'optOut' : 'consent';
  };
  return { marketing: pick(all.map((c) => c.marketing)), sms: pick(all.map((c) => c.sms)) };
}

/**
 * One person's consent cells (`marketingOptOut`, `smsOptOut`: true = refused, as the reader
 * stores them) under the combined columns, from every source that knows the person:
 * - an opt-out in ANY source wins: the person is never contactable on that channel;
 * - under combined opt-out columns, refused only when some source says opted out;
 * - under combined consent columns, allowed only when every source that has a column for the
 *   channel allows contact (`mayContact`), so a source's blank consent cell is not overruled by
 *   another source's silence. An opt-out is then written as "no consent": still never listed.
 * A channel no source records stays blank (null). Written into `out` when given (a person's
 * other attributes: no object per person for consent).
 */
export function combinedConsent<T extends Partial<Record<'marketingOptOut' | 'smsOptOut', AttributeValue>>>(records: readonly ConsentRecord[], combined: ConsentColumns, out: T = {} as T): T {
  const marketing = refused(records, 'email', combined.marketing);
  if (marketing !== null) (out as Record<string, AttributeValue>).marketingOptOut = marketing;
  const sms = refused(records, 'message', combined.sms);
  if (sms !== null) (out as Record<string, AttributeValue>).smsOptOut = sms;
  return out;
}

/** One channel of {@link combinedConsent}: refused or not, null when no source records it. Loops, not closures: it runs once per person. */
function refused(records: readonly ConsentRecord[], channel: Channel, kind: ColumnKind | null): boolean | null {
  if (kind === null) return null;
  let said = false;
  let optedOut = false;
  let allowed = true;
  for (const r of records) {
    const own = kindFor(r.columns, channel);
    if (own === null) continue;
    said = true;
    const permission = cellPermission(own, refusedCell(r.attributes, r.columns, channel));
    if (permission === 'optedOut') optedOut = true;
    if (kind === 'consent' && !allowsContact(permission, own)) allowed = false;
  }
  if (!said) return null;
  return kind === 'optOut' ? optedOut : optedOut || !allowed;
}
