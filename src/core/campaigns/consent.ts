import type { Detection } from '../parse';
import type { CustomerSummary } from '../types';

/**
 * Who may be contacted: the one rule every campaign list, export and "this week" pick uses.
 * The domain brief: "people who opted out of marketing are excluded from campaign lists", and
 * personal data needs consent (GDPR, CCPA). Three states, per channel:
 * - `optedOut`: an opt-out column says so ("Unsubscribed: true", 不接收行銷 是, Tidak mahu pemasaran Ya);
 * - `consented`: a consent column says yes ("Accepts Marketing: yes", 同意行銷 是, Persetujuan pemasaran Ya);
 * - `noConsent`: nothing recorded either way (a blank cell, an opt-out column's "no", no column at
 *   all), or a consent column's "no".
 * Opted-out customers are always left out; where the sheet has a consent column (it records consent
 * rather than opt-outs), customers without consent are left out too.
 */
export type Permission = 'consented' | 'noConsent' | 'optedOut';

/** What a marketing column records: consent ("yes" = may contact) or opt-outs ("yes" = do not contact). */
export type ColumnKind = 'consent' | 'optOut';

/** The sheet's marketing columns, by the channel they govern; null = the sheet has none. */
export interface ConsentColumns {
  /** The marketing column: email, and every channel when there is no SMS column. */
  marketing: ColumnKind | null;
  /** The SMS / messaging column (Shopify "Accepts SMS Marketing"): phone, LINE and WhatsApp. */
  sms: ColumnKind | null;
}

/** Email, or a message to the phone or messaging id (SMS, LINE, WhatsApp, a call). */
export type Channel = 'email' | 'message';

/**
 * The reading for a caller that does not know the source's columns: as if it had a consent column,
 * so only a customer whose own cell allows contact is listed. Never lists someone it should not.
 */
export const STRICT_COLUMNS: ConsentColumns = { marketing: 'consent', sms: null };

/** The marketing columns a read found (the reader stores each cell as "refused" or not, see readRows.ts). */
export function consentColumnsOf(detection: Pick<Detection, 'roles' | 'marketingIsConsent' | 'smsIsConsent'>): ConsentColumns {
  const kind = (present: boolean, consent: boolean): ColumnKind | null => (present ? (consent ? 'consent' : 'optOut') : null);
  return {
    marketing: kind(detection.roles.marketingOptOut !== undefined, detection.marketingIsConsent),
    sms: kind(detection.roles.smsOptOut !== undefined, Boolean(detection.smsIsConsent)),
  };
}

type Customer = Pick<CustomerSummary, 'attributes'>;

/** The kind of the column behind a channel: the SMS column for messages when the sheet has one, else the marketing column. */
export function kindFor(columns: ConsentColumns, channel: Channel): ColumnKind | null {
  return channel === 'message' && columns.sms !== null ? columns.sms : columns.marketing;
}

/** The cell behind a channel (true = refused, as the reader stores it), from the same column as {@link kindFor}. */
export function refusedCell(attributes: CustomerSummary['attributes'], columns: ConsentColumns, channel: Channel): unknown {
  return channel === 'message' && columns.sms !== null ? attributes.smsOptOut : attributes.marketingOptOut;
}

/** What one marketing cell says under its column's kind. */
export function cellPermission(kind: ColumnKind | null, refused: unknown): Permission {
  if (kind === null || (refused !== true && refused !== false)) return 'noConsent';
  if (refused) return kind === 'optOut' ? 'optedOut' : 'noConsent';
  return kind === 'consent' ? 'consented' : 'noConsent';
}

function channelPermission(customer: Customer, columns: ConsentColumns, channel: Channel): Permission {
  return cellPermission(kindFor(columns, channel), refusedCell(customer.attributes, columns, channel));
}

/** Whether a permission allows contact under its column's kind (a consent column needs a yes). */
export const allowed = (p: Permission, kind: ColumnKind | null) => p === 'consented' || (p === 'noConsent' && kind !== 'consent');

/**
 * A customer's permission on one channel, or overall: the state of a channel that allows contact
 * when one does, otherwise "opted out" when any channel says so, else "no consent".
 * @example contactPermission({ attributes: { marketingOptOut: true } }, { marketing: 'optOut', sms: null }) // 'optedOut'
 */
export function contactPermission(customer: Customer, columns: ConsentColumns, channel?: Channel): Permission {
  if (channel) return channelPermission(customer, columns, channel);
  const email = channelPermission(customer, columns, 'email');
  if (allowed(email, kindFor(columns, 'email'))) return email;
  const message = channelPermission(customer, columns, 'message');
  if (allowed(message, kindFor(columns, 'message'))) return message;
  return email === 'optedOut' || message === 'optedOut' ? 'optedOut' : 'noConsent';
}

/**
 * True when the customer may be contacted on the channel (on any channel when none is given).
 * @example mayContact({ attributes: {} }, { marketing: 'consent', sms: null }) // false: a blank consent cell is no consent
 * @example mayContact({ attributes: {} }, { marketing: null, sms: null }) // true: nothing says otherwise
 */
export function mayContact(customer: Customer, columns: ConsentColumns, channel?: Channel): boolean {
  if (channel) return allowed(channelPermission(customer, columns, channel), kindFor(columns, channel));
  return mayContact(customer, columns, 'email') || mayContact(customer, columns, 'message');
}
