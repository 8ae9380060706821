import type { ProductTable } from './productTable';

/** One product's figures within a group of orders (a segment, or the whole shop). */
export interface ProductRow {
  product: string;
  name: string;
  /** Orders of the group that contain the product (an order with it on two lines counts once). */
  orders: number;
  /** Sum of the product's line amounts in the group's orders. */
  revenue: number;
  /** revenue / the group's revenue from all product lines. */
  revenueShare: number;
}

/**
 * The `top` products of group `g` of the table (`g = table.groups` for the whole shop) by
 * revenue, then by orders, then by product code, so the list is the same on every run and
 * matches a `groupby(StockCode).sum()` sorted the same way (see test/core/products/peers).
 */
export function topProducts(table: ProductTable, g: number, top: number): ProductRow[] {
  const n = table.codes.length;
  const base = g * n;
  const total = table.groupRevenue[g];
  const ids: number[] = [];
  for (let p = 0; p < n; p++) if (table.orderCount[base + p] > 0) ids.push(p);
  const byRank = (a: number, b: number) =>
    table.revenue[base + b] - table.revenue[base + a] || table.orderCount[base + b] - table.orderCount[base + a] || (table.codes[a] < table.codes[b] ? -1 : table.codes[a] > table.codes[b] ? 1 : 0);
  return ids
    .sort(byRank)
    .slice(0, top)
    .map((p) => ({
      product: table.codes[p],
      name: table.names[p],
      orders: table.orderCount[base + p],
      revenue: table.revenue[base + p],
      revenueShare: total > 0 ? table.revenue[base + p] / total : 0,
    }));
}
