import type { AttributeValue, CustomerSummary } from '../types';
import { mayContact, type ConsentColumns } from './consent';

/** How a campaign reaches one customer; null = not in the sheet, or not allowed on that channel. */
export interface ContactDetails {
  name: string | null;
  email: string | null;
  phone: string | null;
  /** LINE, WhatsApp or WeChat id. */
  messagingId: string | null;
}

/** A cell as contact text: numbers as written (a phone read as a number), blanks and yes/no cells as none. */
function text(v: AttributeValue | undefined): string | null {
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : null;
  if (typeof v !== 'string') return null;
  const t = v.trim();
  return t === '' ? null : t;
}

/**
 * The details a campaign may use: the email only when email is allowed, the phone and messaging id
 * only when messages are (a customer who refused SMS keeps their email on the list, not their phone).
 */
export function contactDetails(customer: Pick<CustomerSummary, 'attributes'>, columns: ConsentColumns): ContactDetails {
  const a = customer.attributes;
  const byEmail = mayContact(customer, columns, 'email');
  const byMessage = mayContact(customer, columns, 'message');
  return {
    name: text(a.name),
    email: byEmail ? text(a.email) : null,
    phone: byMessage ? text(a.phone) : null,
    messagingId: byMessage ? text(a.messagingId) : null,
  };
}
