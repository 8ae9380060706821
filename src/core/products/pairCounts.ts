import type { ProductTable } from './productTable';

/**
 * An order with more distinct products than this is left out of pair counting. Why: such an order
 * is a stock-up (many of a wholesale shop's customers buy hundreds of lines at once), not a choice of
 * what goes together; one order of 500 products adds 124,750 pairs, as many as about 1,200 typical
 * orders of 15 products (105 pairs each), so a handful of them would decide every "bought together"
 * figure. The cap also bounds the work to 19,900 pairs per order. On UCI Online Retail it leaves
 * out 23 of 18,536 orders.
 */
export const MAX_PRODUCTS_PER_ORDER = 200;

/** Pair counts of a set of orders: how often each two products share an order. */
export interface PairCounts {
  /** Orders counted (those with at most {@link MAX_PRODUCTS_PER_ORDER} distinct products). */
  orders: number;
  /** Orders counted that contain each product id. */
  itemOrders: Int32Array;
  /** Product pairs (a < b by id) found together in at least `minCount` counted orders. */
  pairs: { a: number; b: number; count: number }[];
  /** The minimum used. */
  minCount: number;
}

/** Above this many possible pairs a Map keyed by a × F + b is used instead of a triangular typed array. */
const TRIANGLE_LIMIT = 8_000_000;

/**
 * Counts the product pairs bought together in the orders of group `g` (`g = table.groups`: every
 * order) and keeps those in at least `minCount(orders)` orders. Exact, and fast by the downward
 * closure of support (Agrawal & Srikant 1994, "Fast algorithms for mining association rules",
 * VLDB: a pair is in no more orders than either of its products), so only products themselves in
 * `minCount` orders are paired, with integer ids in a triangular counter.
 */
export function pairCounts(table: ProductTable, g: number, minCount: (orders: number) => number): PairCounts {
  const n = table.codes.length;
  const { start, items, group } = table;
  const whole = g === table.groups;
  const itemOrders = new Int32Array(n);
  let orders = 0;
  for (let o = 0; o < table.orders; o++) {
    if (!whole && group[o] !== g) continue;
    if (start[o + 1] - start[o] > MAX_PRODUCTS_PER_ORDER) continue;
    orders++;
    for (let i = start[o]; i < start[o + 1]; i++) itemOrders[items[i]]++;
  }
  const min = minCount(orders);

  // Dense ids of the products frequent enough to be in a kept pair, in id order (so a < b stays).
  const dense = new Int32Array(n).fill(-1);
  const back: number[] = [];
  for (let p = 0; p < n; p++) if (itemOrders[p] >= min) dense[p] = back.push(p) - 1;
  const f = back.length;
  const possible = (f * (f - 1)) / 2;
  const triangle = possible <= TRIANGLE_LIMIT ? new Int32Array(possible) : null;
  const map = triangle ? null : new Map<number, number>();
  // Row a of the upper triangle starts at a·F − a(a+1)/2; pair (a, b), a < b, sits at that + b − a − 1.
  const rowStart = (a: number) => a * f - (a * (a + 1)) / 2 - a - 1;

  // One basket for every order, filled to k (emptying an array by its length is a runtime call per order).
  const basket = new Int32Array(MAX_PRODUCTS_PER_ORDER);
  for (let o = 0; o < table.orders; o++) {
    if (!whole && group[o] !== g) continue;
    if (start[o + 1] - start[o] > MAX_PRODUCTS_PER_ORDER) continue;
    let k = 0;
    for (let i = start[o]; i < start[o + 1]; i++) {
      const d = dense[items[i]];
      if (d >= 0) basket[k++] = d;
    }
    for (let i = 0; i < k - 1; i++) {
      const a = basket[i];
      if (triangle) {
        const r = rowStart(a);
        for (let j = i + 1; j < k; j++) triangle[r + basket[j]]++;
      } else if (map) {
        for (let j = i + 1; j < k; j++) {
          const key = a * f + basket[j];
          map.set(key, (map.get(key) ?? 0) + 1);
        }
      }
    }
  }

  const pairs: PairCounts['pairs'] = [];
  if (triangle) {
    for (let a = 0; a < f - 1; a++) {
      const r = rowStart(a);
      for (let b = a + 1; b < f; b++) {
        const count = triangle[r + b];
        if (count >= min) pairs.push({ a: back[a], b: back[b], count });
      }
    }
  } else if (map) {
    for (const [key, count] of map) if (count >= min) pairs.push({ a: back[Math.floor(key / f)], b: back[key % f], count });
  }
  return { orders, itemOrders, pairs, minCount: min };
}
