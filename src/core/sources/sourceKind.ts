import type { Detection, Role } from '../parse';
import type { SourceKind } from './types';

/** Columns only an order sheet has: with one of them, a sheet whose date column was not found is an order sheet the reader refuses, not a list. */
const ORDER_ROLES: readonly Role[] = ['orderId', 'amount', 'quantity', 'unitPrice', 'status', 'cancelledAt'];

/**
 * Orders or a customer list, by the reader's detection: one row per order (line) with an order
 * date, or with any order column (order id, amount, quantity, price, status), is an order source —
 * its errors, such as dates that cannot be read, then refuse it; a one-row-per-customer sheet (shape
 * 'customers') or a sheet with none of those columns (a CRM contacts export, a hand-made list) is a
 * customer list.
 */
export function sourceKind(detection: Pick<Detection, 'shape' | 'roles'>): SourceKind {
  if (detection.shape === 'customers') return 'customers';
  if (detection.roles.orderDate !== undefined) return 'orders';
  return ORDER_ROLES.some((r) => detection.roles[r] !== undefined) ? 'orders' : 'customers';
}
