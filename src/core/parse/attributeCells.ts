/** Reading one attribute cell of a customer (consent, age, income, dates, text) as the state stores it. */
import { isDate } from '../days';
import type { AttributeValue } from '../types';
import type { Reader } from './cellReader';
import { cellText } from './cells';
import type { Detection } from './detectColumns';
import { normalizeHeader } from './headers/normalize';
import { incomeValue } from './income';
import { addIssue } from './quality';
import { DATE_ROLES, type Role } from './roles';
import type { ReadState } from './state';
import { yesNo } from './status';

/** Marketing cells that name the state themselves: read alike in consent and opt-out columns, never flipped. */
const REFUSED = new Set(['opted out', 'opt out', 'unsubscribed', 'not subscribed', 'declined', '不同意', '已退訂', '已退订', 'tidak setuju']);
const AGREED = new Set(['subscribed', 'opted in', 'opt in', 'accepted', 'consent', 'agree', '同意', 'setuju']);

/** An attribute cell as stored on the customer. */
export function attributeValue(role: Role, v: unknown, detection: Detection, reader: Reader, col: number, row: number, issues: ReadState['issues']): AttributeValue {
  if (role === 'marketingOptOut' || role === 'smsOptOut') {
    // Stored as "refused" (true) or not, whatever the column's wording; campaigns/consent.ts reads the three states.
    const said = typeof v === 'string' ? normalizeHeader(v) : '';
    if (REFUSED.has(said)) return true;
    if (AGREED.has(said)) return false;
    const b = yesNo(v);
    if (b === null) {
      addIssue(issues, 'unparseableNumber', col, row, cellText(v));
      return null;
    }
    return (role === 'smsOptOut' ? detection.smsIsConsent : detection.marketingIsConsent) ? !b : b;
  }
  if (role === 'age' || role === 'satisfaction') {
    const n = reader.moneyCell(col, v, row);
    if (n === null) return null;
    if (Number.isNaN(n)) {
      addIssue(issues, 'unparseableNumber', col, row, cellText(v));
      return null;
    }
    return n;
  }
  if (role === 'income') return incomeValue(v);
  if ((DATE_ROLES as readonly Role[]).includes(role)) {
    // Stored as the day number; resolved (pending day/month) in finishRead.
    const d = reader.dateCell(col, v, row);
    if (d === null) return null;
    if (Number.isNaN(d)) {
      addIssue(issues, 'unparseableDate', col, row, cellText(v));
      return null;
    }
    return d;
  }
  return typeof v === 'string' ? v.trim() : isDate(v) ? cellText(v) : (v as AttributeValue);
}
