import type { Order } from '../types';
import { isChargeLine } from './chargeLines';

/** A charge billed as a line (postage, fees: `chargeLines.ts`), left out of the product figures. */
export interface ChargeLine {
  code: string;
  name: string;
  /** Orders with it, and the sum of its lines. */
  orders: number;
  revenue: number;
}

/**
 * The orders' product lines as integer tables, built once for every product figure of a run
 * (top products, pairs bought together, the next product to suggest). Products get dense ids
 * 0..N-1 in order of first appearance, so counting needs typed arrays, not string keys.
 */
export interface ProductTable {
  /** Product code (StockCode, SKU) by id, as the source wrote it. */
  codes: string[];
  /** The name most lines of the product carry (first seen on a tie); '' when none. */
  names: string[];
  /** Charges billed as lines, most orders first: not products, so in none of the figures below. */
  charges: ChargeLine[];
  /** Orders that have at least one product line, in input order. */
  orders: number;
  /** Distinct product ids of order o, ascending: `items[start[o] .. start[o + 1])`. */
  start: Int32Array;
  items: Int32Array;
  /** Group (segment) index of each order, -1 when its customer has none. */
  group: Int32Array;
  /** Customer index of each order (dense, in order of first appearance). */
  customer: Int32Array;
  customers: number;
  /** Group index of each customer, -1 when none. */
  customerGroup: Int32Array;
  /** Groups given; row `groups` of the per-group tables is every order (the whole shop). */
  groups: number;
  /** Per group g (0..groups, the last = all orders) and product p: revenue `revenue[g * N + p]` and orders with it `orderCount[g * N + p]`. */
  revenue: Float64Array;
  orderCount: Int32Array;
  /** Revenue of each group's orders (sum of their product lines), index `groups` = all orders. */
  groupRevenue: Float64Array;
  /** Orders of each group, index `groups` = all orders. */
  groupOrders: Int32Array;
}

/**
 * Builds the {@link ProductTable} of `orders` whose customers fall in `groups` groups
 * (`groupOf(customerId)` gives 0..groups-1, or -1). Orders without product lines are left out;
 * a product bought twice in one order counts once for that order, its revenue twice. Lines that
 * are charges (`isChargeLine` of the product's name) are counted apart, in `charges`: an order of
 * postage alone has no product line.
 */
export function productTable(orders: readonly Order[], groups: number, groupOf: (customerId: string) => number): ProductTable {
  const idOf = new Map<string, number>();
  const codes: string[] = [];
  const firstName: string[] = [];
  const firstNameCount: number[] = [];
  const otherNames = new Map<number, Map<string, number>>();
  const customerOf = new Map<string, number>();
  const customerGroup: number[] = [];

  let lineTotal = 0;
  for (const o of orders) lineTotal += o.lines?.length ?? 0;
  const lineProduct = new Int32Array(lineTotal);
  const lineAmount = new Float64Array(lineTotal);
  const orderLineStart: number[] = [];
  const orderGroup: number[] = [];
  const orderCustomer: number[] = [];
  let li = 0;
  for (const o of orders) {
    const lines = o.lines;
    if (!lines || lines.length === 0) continue;
    let c = customerOf.get(o.customerId);
    if (c === undefined) {
      c = customerGroup.length;
      customerOf.set(o.customerId, c);
      customerGroup.push(groupOf(o.customerId));
    }
    orderLineStart.push(li);
    orderGroup.push(customerGroup[c]);
    orderCustomer.push(c);
    for (const line of lines) {
      let p = idOf.get(line.product);
      if (p === undefined) {
        p = codes.length;
        idOf.set(line.product, p);
        codes.push(line.product);
        firstName.push(line.name ?? '');
        firstNameCount.push(0);
      }
      const name = line.name ?? '';
      if (name === firstName[p]) firstNameCount[p]++;
      else {
        const m = otherNames.get(p) ?? new Map<string, number>();
        otherNames.set(p, m);
        m.set(name, (m.get(name) ?? 0) + 1);
      }
      lineProduct[li] = p;
      lineAmount[li] = line.amount;
      li++;
    }
  }
  orderLineStart.push(li);

  const allNames = firstName.slice();
  for (const [p, m] of otherNames) {
    // An empty name never wins over a written one.
    let best = firstName[p] === '' ? 0 : firstNameCount[p];
    for (const [name, count] of m) {
      if (name !== '' && count > best) {
        best = count;
        allNames[p] = name;
      }
    }
  }
  // Products get dense ids without the charges; a charge is -2 - its place in `charges`.
  const idOfFirst = new Int32Array(codes.length);
  const productCodes: string[] = [];
  const names: string[] = [];
  const charges: ChargeLine[] = [];
  for (let p = 0; p < codes.length; p++) {
    if (isChargeLine(allNames[p], codes[p])) {
      idOfFirst[p] = -2 - charges.length;
      charges.push({ code: codes[p], name: allNames[p], orders: 0, revenue: 0 });
    } else {
      idOfFirst[p] = productCodes.length;
      productCodes.push(codes[p]);
      names.push(allNames[p]);
    }
  }

  const n = productCodes.length;
  const all = groups;
  const revenue = new Float64Array((groups + 1) * n);
  const orderCount = new Int32Array((groups + 1) * n);
  const groupRevenue = new Float64Array(groups + 1);
  const groupOrders = new Int32Array(groups + 1);
  const start: number[] = [];
  const items = new Int32Array(lineTotal);
  const keptGroup: number[] = [];
  const keptCustomer: number[] = [];
  // seen[p] = 1 + the last order that had p: distinct products per order without a Set.
  const seen = new Int32Array(n);
  const chargeSeen = new Int32Array(charges.length);
  let k = 0;
  for (let o = 0; o < orderGroup.length; o++) {
    const g = orderGroup[o];
    const base = g * n;
    const allBase = all * n;
    const first = k;
    let products = false;
    for (let l = orderLineStart[o]; l < orderLineStart[o + 1]; l++) {
      const p = idOfFirst[lineProduct[l]];
      const amount = lineAmount[l];
      if (p < 0) {
        const c = charges[-2 - p];
        c.revenue += amount;
        if (chargeSeen[-2 - p] !== o + 1) {
          chargeSeen[-2 - p] = o + 1;
          c.orders++;
        }
        continue;
      }
      products = true;
      revenue[allBase + p] += amount;
      groupRevenue[all] += amount;
      if (g >= 0) {
        revenue[base + p] += amount;
        groupRevenue[g] += amount;
      }
      if (seen[p] !== o + 1) {
        seen[p] = o + 1;
        items[k++] = p;
        orderCount[allBase + p]++;
        if (g >= 0) orderCount[base + p]++;
      }
    }
    if (!products) continue;
    start.push(first);
    keptGroup.push(g);
    keptCustomer.push(orderCustomer[o]);
    groupOrders[all]++;
    if (g >= 0) groupOrders[g]++;
    items.subarray(first, k).sort();
  }
  start.push(k);
  charges.sort((x, y) => y.orders - x.orders || (x.code < y.code ? -1 : x.code > y.code ? 1 : 0));

  return {
    codes: productCodes,
    names,
    charges,
    groups,
    orders: keptGroup.length,
    start: Int32Array.from(start),
    items: items.slice(0, k),
    group: Int32Array.from(keptGroup),
    customer: Int32Array.from(keptCustomer),
    customers: customerGroup.length,
    customerGroup: Int32Array.from(customerGroup),
    revenue,
    orderCount,
    groupRevenue,
    groupOrders,
  };
}
