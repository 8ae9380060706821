import type { CustomerSummary } from '../types';
import { resolvedAttributes, type ReadResult } from './finish';
import { finishRead } from './read';
import type { ReadState } from './state';

/** Errors that only say "this is not an order sheet": expected of a customer list, which has no order dates. */
const LIST_ERRORS = new Set(['noOrderDate', 'noLastOrderDate', 'noValidOrders']);
/** Findings a list gets only because the reader tried to read its rows as orders. */
const ORDER_CHECKS = new Set(['missingDate', 'missingAmount']);
const ORDER_NOTES = new Set(['noteNoAmount', 'noteLinesSummed']);

/**
 * A customer list with no order dates (a CRM contacts export, a hand-made list) as a read: one
 * customer per id with the attributes the reader kept (the first non-blank cell of each), dates
 * resolved with the day/month order the reader decided for their column, and no orders.
 * Read as orders, such a sheet is refused (no order date): it is finished as orders with those
 * errors set aside, then given its customers; every other error still refuses it. For several
 * sources, where a list is joined to the orders of another (`core/sources`).
 */
export function finishCustomerList(state: ReadState): ReadResult {
  const read = finishRead({ ...state, errors: state.errors.filter((e) => !LIST_ERRORS.has(e.key)) });
  const errors = read.errors.filter((e) => !LIST_ERRORS.has(e.key));
  if (errors.length) return { ...read, errors };
  const orderOf = (col: number | undefined) => (read.decisions.find((d) => d.topic === 'dateOrder' && d.column === col)?.value ?? null) as 'dmy' | 'mdy' | null;
  const customers: CustomerSummary[] = [...resolvedAttributes(state, orderOf)].map(([customerId, attributes]) => ({ customerId, firstOrderDay: 0, lastOrderDay: 0, orders: 0, purchaseDays: 0, revenue: 0, averageOrderValue: 0, attributes }));
  return {
    ...read,
    orders: [],
    customers,
    quality: { ...read.quality, ordersKept: 0, customers: customers.length, issues: read.quality.issues.filter((q) => !ORDER_CHECKS.has(q.check)) },
    // The reader's shape sentence ("one row per order") is about orders, which a list has none of.
    decisions: read.decisions.filter((d) => !ORDER_NOTES.has(d.key) && d.topic !== 'shape'),
    errors: [],
  };
}
