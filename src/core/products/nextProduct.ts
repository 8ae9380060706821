import type { PairMeasures } from './association';
import type { ProductTable } from './productTable';

/** Who bought what, over all their orders (any size): customers' sorted product ids and products' sorted customers. */
export interface Purchases {
  /** Products of customer c: `products[productStart[c] .. productStart[c + 1])`, ascending. */
  productStart: Int32Array;
  products: Int32Array;
  /** Customers of product p: `buyers[buyerStart[p] .. buyerStart[p + 1])`, ascending. */
  buyerStart: Int32Array;
  buyers: Int32Array;
}

/** The {@link Purchases} of a product table, by two counting sorts over its order baskets. */
export function purchases(table: ProductTable): Purchases {
  const n = table.codes.length;
  const m = table.customers;
  // Orders of each customer, so each customer's products are merged once.
  const orderStart = new Int32Array(m + 1);
  for (let o = 0; o < table.orders; o++) orderStart[table.customer[o] + 1]++;
  for (let c = 0; c < m; c++) orderStart[c + 1] += orderStart[c];
  const byCustomer = new Int32Array(table.orders);
  const fill = orderStart.slice(0, m);
  for (let o = 0; o < table.orders; o++) byCustomer[fill[table.customer[o]]++] = o;

  const seen = new Int32Array(n);
  const productStart = new Int32Array(m + 1);
  // A customer has no more distinct products than the sum of their orders' baskets.
  const list = new Int32Array(table.items.length);
  let k = 0;
  for (let c = 0; c < m; c++) {
    productStart[c] = k;
    const first = k;
    for (let i = orderStart[c]; i < orderStart[c + 1]; i++) {
      const o = byCustomer[i];
      for (let j = table.start[o]; j < table.start[o + 1]; j++) {
        const p = table.items[j];
        if (seen[p] !== c + 1) {
          seen[p] = c + 1;
          list[k++] = p;
        }
      }
    }
    list.subarray(first, k).sort();
  }
  productStart[m] = k;
  const products = list.slice(0, k);

  const buyerStart = new Int32Array(n + 1);
  for (const p of products) buyerStart[p + 1]++;
  for (let p = 0; p < n; p++) buyerStart[p + 1] += buyerStart[p];
  const buyers = new Int32Array(products.length);
  const at = buyerStart.slice(0, n);
  // Customers in ascending order, so every product's buyer list comes out sorted.
  for (let c = 0; c < m; c++) for (let i = productStart[c]; i < productStart[c + 1]; i++) buyers[at[products[i]]++] = c;
  return { productStart, products, buyerStart, buyers };
}

function hasProduct(bought: Purchases, c: number, p: number): boolean {
  let lo = bought.productStart[c];
  let hi = bought.productStart[c + 1] - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = bought.products[mid];
    if (v === p) return true;
    if (v < p) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** A product to suggest to a group's customers, from the rule "bought `because` → also buys `product`". */
export interface NextProduct {
  /** Product ids of the table. */
  product: number;
  because: number;
  lift: number;
  /** confidence(because → product). */
  confidence: number;
  /** Orders with both, among the orders the rule was counted on. */
  count: number;
  /** Customers of the group who bought `because` (in any order) and never `product`. */
  customers: number;
}

/**
 * The next products to suggest to group `g`'s customers (`g = table.groups`: every customer):
 * every kept pair with lift above 1 gives two rules A → B and B → A (same lift); rules are ranked by lift, then
 * confidence, then orders with both, then product codes. Going down that list, a rule is taken
 * when some customer of the group bought A and never B, and its B has not been suggested yet,
 * until `top` suggestions. So the first suggestion is the highest-lift rule, among the pairs with
 * enough support (`minPairOrders`), that applies to at least one customer, and `customers` counts
 * whom it applies to.
 */
export function nextProducts(table: ProductTable, bought: Purchases, g: number, measures: readonly PairMeasures[], top: number): NextProduct[] {
  const whole = g === table.groups;
  const rules: { from: number; to: number; lift: number; confidence: number; count: number }[] = [];
  for (const m of measures) {
    // Lift 1 or below: buying A does not make B more likely, so A is no reason to suggest B.
    if (m.lift <= 1) continue;
    rules.push({ from: m.a, to: m.b, lift: m.lift, confidence: m.confidenceAB, count: m.count });
    rules.push({ from: m.b, to: m.a, lift: m.lift, confidence: m.confidenceBA, count: m.count });
  }
  const code = table.codes;
  rules.sort((x, y) => y.lift - x.lift || y.confidence - x.confidence || y.count - x.count || (code[x.to] < code[y.to] ? -1 : code[x.to] > code[y.to] ? 1 : 0) || (code[x.from] < code[y.from] ? -1 : 1));
  const out: NextProduct[] = [];
  const taken = new Set<number>();
  for (const r of rules) {
    if (out.length >= top) break;
    if (taken.has(r.to)) continue;
    let customers = 0;
    for (let i = bought.buyerStart[r.from]; i < bought.buyerStart[r.from + 1]; i++) {
      const c = bought.buyers[i];
      if ((whole || table.customerGroup[c] === g) && !hasProduct(bought, c, r.to)) customers++;
    }
    if (customers === 0) continue;
    taken.add(r.to);
    out.push({ product: r.to, because: r.from, lift: r.lift, confidence: r.confidence, count: r.count, customers });
  }
  return out;
}
