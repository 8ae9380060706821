import type { PairCounts } from './pairCounts';

/**
 * Association measures of product pairs, as defined by Agrawal, Imieliński & Swami (1993), "Mining
 * association rules between sets of items in large databases", SIGMOD, and the lift of Brin,
 * Motwani, Ullman & Tsur (1997), "Dynamic itemset counting and implication rules for market basket
 * data", SIGMOD ("interest"), over N counted orders:
 * - support({A, B}) = orders containing both / N;
 * - confidence(A → B) = orders containing both / orders containing A;
 * - lift(A → B) = confidence(A → B) / support(B) = N · both / (orders with A · orders with B),
 *   the same both ways: above 1, A and B share orders more often than if bought independently.
 */

/**
 * A pair needs at least this many orders with both products. Why: lift from a handful of orders is
 * noise — in a shop with 200 orders, two products bought once each, in the same order, have lift 200
 * from a single order. Counted orders are Poisson-like, so the relative error of the count is about
 * 1/√count: 10 orders keep it near 30 %. A small shop sees no pair until it has this evidence.
 */
export const MIN_PAIR_ORDERS = 10;

/**
 * And at least this share of the orders (support 1 %, the usual starting point of market basket
 * analysis). Why: in a large shop 10 orders are a rounding error; a rule that applies to one order
 * in a thousand is not worth a campaign.
 */
export const MIN_SUPPORT = 0.01;

/** Orders with both products a pair needs among `orders` counted orders. */
export function minPairOrders(orders: number): number {
  return Math.max(MIN_PAIR_ORDERS, Math.ceil(MIN_SUPPORT * orders));
}

/** One pair's measures; `a` and `b` are product ids of the table. */
export interface PairMeasures {
  a: number;
  b: number;
  /** Orders containing both. */
  count: number;
  support: number;
  /** confidence(a → b) and confidence(b → a). */
  confidenceAB: number;
  confidenceBA: number;
  lift: number;
}

/** The measures of every counted pair. */
export function pairMeasures(counts: PairCounts): PairMeasures[] {
  const n = counts.orders;
  return counts.pairs.map(({ a, b, count }) => {
    const na = counts.itemOrders[a];
    const nb = counts.itemOrders[b];
    return { a, b, count, support: count / n, confidenceAB: count / na, confidenceBA: count / nb, lift: (n * count) / (na * nb) };
  });
}
