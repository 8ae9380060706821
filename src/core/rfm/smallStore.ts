import { median } from 'simple-statistics';
import type { RfmInput } from './types';

/**
 * The store's typical days between orders: the median, over customers with 2+ orders and a known
 * first-to-last span, of `tenureDays / (orders - 1)`. Null when no customer has bought twice.
 * Why the median of per-customer gaps: a few wholesale buyers ordering daily should not define
 * "typical" for a shop of occasional buyers.
 * @example typicalDaysBetweenOrders([{ customerId: 'a', recencyDays: 3, frequency: 3, monetary: 9, tenureDays: 20 }]) // 10
 */
export function typicalDaysBetweenOrders(customers: readonly RfmInput[]): number | null {
  const gaps: number[] = [];
  for (let i = 0; i < customers.length; i++) {
    const c = customers[i];
    if (c.frequency >= 2 && c.tenureDays !== undefined && c.tenureDays > 0) gaps.push(c.tenureDays / (c.frequency - 1));
  }
  return gaps.length ? median(gaps) : null;
}

/**
 * Recency cut-offs in days for a small store: `gap × 1, 2, 4, 8, ...` (bins - 1 of them), rounded to
 * whole days. With 5 scores a customer who bought within one typical gap is R5, within two R4, within
 * four R3, within eight R2, later R1.
 * Why: with fewer than ~100 customers quantiles move a lot when one customer orders, so a fixed
 * "how many of your usual gaps ago" scale is steadier and easy to explain to the owner.
 * @example smallStoreRecencyCutPoints(14, 5) // [14, 28, 56, 112]
 */
export function smallStoreRecencyCutPoints(typicalGapDays: number, bins: number): number[] {
  const out: number[] = [];
  for (let k = 0; k < bins - 1; k++) out.push(Math.max(1, Math.round(typicalGapDays * 2 ** k)));
  return out;
}
