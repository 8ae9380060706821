import type { Order } from '../types';
import { minPairOrders, pairMeasures, type PairMeasures } from './association';
import { nextProducts, purchases } from './nextProduct';
import { MAX_PRODUCTS_PER_ORDER, pairCounts } from './pairCounts';
import { productTable, type ChargeLine, type ProductTable } from './productTable';
import { topProducts, type ProductRow } from './topProducts';

/** Two products bought together, with the measures of `association.ts`. */
export interface PairRow {
  productA: string;
  nameA: string;
  productB: string;
  nameB: string;
  /** Orders containing both. */
  orders: number;
  support: number;
  confidenceAB: number;
  confidenceBA: number;
  lift: number;
}

/** The next product to suggest to a segment (see {@link nextProducts}). */
export interface Suggestion {
  product: string;
  name: string;
  /** The product its customers bought that leads to it. */
  because: string;
  becauseName: string;
  lift: number;
  confidence: number;
  /** Customers of the segment who bought `because` and never `product`. */
  customers: number;
  /** Rules counted on the segment's own orders, or on every order when none of the segment's own rules applies. */
  basis: 'segment' | 'all';
}

/** What a group of customers (a segment, or the whole shop) buys. */
export interface ProductGroup {
  /** Segment id; null for the whole shop. */
  segment: string | null;
  /** Orders with product lines. */
  orders: number;
  /** Sum of their product lines. */
  revenue: number;
  /** Orders pairs were counted on (at most {@link MAX_PRODUCTS_PER_ORDER} distinct products). */
  pairOrders: number;
  /** Orders with both products a pair needs here ({@link minPairOrders}). */
  minPairOrders: number;
  topProducts: ProductRow[];
  /** Pairs with lift above 1, most orders with both first. */
  pairs: PairRow[];
  nextProducts: Suggestion[];
}

export interface ProductsReport {
  /** Distinct products (charges not counted). */
  products: number;
  /** Charges billed as lines (postage, fees), most orders first: left out of every figure here. */
  charges: ChargeLine[];
  overall: ProductGroup;
  /** One per segment with orders, in the order given. */
  segments: ProductGroup[];
  maxProductsPerOrder: number;
  /** Orders left out of pair counting for having more distinct products than that. */
  ordersLeftOutOfPairs: number;
  /** For each of the shop's top products (as `overall.topProducts`), its share of each segment's revenue (as `segments`). */
  topProductShares: number[][];
}

export interface ProductsOptions {
  topProducts: number;
  topPairs: number;
  topPairsPerSegment: number;
  suggestions: number;
}

const DEFAULTS: ProductsOptions = { topProducts: 10, topPairs: 20, topPairsPerSegment: 10, suggestions: 3 };

function pairRows(table: ProductTable, measures: readonly PairMeasures[], top: number): PairRow[] {
  const code = table.codes;
  return measures
    .filter((m) => m.lift > 1)
    .sort((x, y) => y.count - x.count || y.lift - x.lift || (code[x.a] < code[y.a] ? -1 : code[x.a] > code[y.a] ? 1 : 0) || (code[x.b] < code[y.b] ? -1 : 1))
    .slice(0, top)
    .map((m) => {
      // Written with the lower product code first, as a peer that sorts codes writes it.
      const [a, b, ab, ba] = code[m.a] <= code[m.b] ? [m.a, m.b, m.confidenceAB, m.confidenceBA] : [m.b, m.a, m.confidenceBA, m.confidenceAB];
      return { productA: code[a], nameA: table.names[a], productB: code[b], nameB: table.names[b], orders: m.count, support: m.support, confidenceAB: ab, confidenceBA: ba, lift: m.lift };
    });
}

/**
 * What each segment buys, from the orders' product lines: per segment and for the whole shop, the
 * top products by revenue (orders, revenue, share of the group's revenue), the pairs bought together
 * in the same order (support, confidence, lift; association.ts) and the next products to suggest
 * (nextProduct.ts). `segmentOf` maps customer id to segment id, `segmentOrder` lists the segments
 * in the order to show. Null when no order has product lines.
 */
export function productsReport(orders: readonly Order[], segmentOf: ReadonlyMap<string, string>, segmentOrder: readonly string[], options: Partial<ProductsOptions> = {}): ProductsReport | null {
  if (!orders.some((o) => o.lines && o.lines.length > 0)) return null;
  const opt = { ...DEFAULTS, ...options };
  const index = new Map(segmentOrder.map((s, i) => [s, i]));
  const table = productTable(orders, segmentOrder.length, (cid) => {
    const s = segmentOf.get(cid);
    return s === undefined ? -1 : (index.get(s) ?? -1);
  });
  // Orders of charges alone (postage billed on its own) have no product to report.
  if (table.orders === 0) return null;
  const bought = purchases(table);
  const all = table.groups;
  const overallCounts = pairCounts(table, all, minPairOrders);
  const overallMeasures = pairMeasures(overallCounts);

  const group = (g: number): ProductGroup => {
    const counts = g === all ? overallCounts : pairCounts(table, g, minPairOrders);
    const measures = g === all ? overallMeasures : pairMeasures(counts);
    let next: Suggestion[] = [];
    if (g !== all) {
      const own = nextProducts(table, bought, g, measures, opt.suggestions);
      const basis = own.length > 0 ? 'segment' : 'all';
      const found = own.length > 0 ? own : nextProducts(table, bought, g, overallMeasures, opt.suggestions);
      next = found.map((s) => ({ product: table.codes[s.product], name: table.names[s.product], because: table.codes[s.because], becauseName: table.names[s.because], lift: s.lift, confidence: s.confidence, customers: s.customers, basis }));
    }
    return {
      segment: g === all ? null : segmentOrder[g],
      orders: table.groupOrders[g],
      revenue: table.groupRevenue[g],
      pairOrders: counts.orders,
      minPairOrders: counts.minCount,
      topProducts: topProducts(table, g, opt.topProducts),
      pairs: pairRows(table, measures, g === all ? opt.topPairs : opt.topPairsPerSegment),
      nextProducts: next,
    };
  };

  const used: number[] = [];
  for (let g = 0; g < all; g++) if (table.groupOrders[g] > 0) used.push(g);
  const overall = group(all);
  const n = table.codes.length;
  const idOf = new Map(table.codes.map((c, p) => [c, p]));
  const topProductShares = overall.topProducts.map((row) => {
    const p = idOf.get(row.product) ?? 0;
    return used.map((g) => (table.groupRevenue[g] > 0 ? table.revenue[g * n + p] / table.groupRevenue[g] : 0));
  });
  return {
    products: table.codes.length,
    charges: table.charges,
    overall,
    segments: used.map(group),
    maxProductsPerOrder: MAX_PRODUCTS_PER_ORDER,
    ordersLeftOutOfPairs: table.orders - overallCounts.orders,
    topProductShares,
  };
}
