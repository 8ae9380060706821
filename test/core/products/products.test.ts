/**
 * The product figures on small baskets worked out by hand (every figure below is counted in the
 * comment above it), and pair counts checked against a plain count of every pair on random baskets.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minPairOrders, pairMeasures } from '../../../src/core/products/association';
import { nextProducts, purchases } from '../../../src/core/products/nextProduct';
import { MAX_PRODUCTS_PER_ORDER, pairCounts } from '../../../src/core/products/pairCounts';
import { productTable } from '../../../src/core/products/productTable';
import { productsReport } from '../../../src/core/products/productsReport';
import { topProducts } from '../../../src/core/products/topProducts';
import type { Order } from '../../../src/core/types';

const order = (customerId: string, products: string[], amount = 10): Order => ({
  row: 1,
  customerId,
  day: 0,
  amount: amount * products.length,
  lines: products.map((product) => ({ product, name: `name ${product}`, quantity: 1, amount })),
});

// o1 c1: A B C · o2 c1: A B · o3 c2: A C · o4 c3: B C · o5 c3: A B D
// Orders with A 4, B 4, C 3, D 1. Together: AB 3 (o1 o2 o5), AC 2 (o1 o3), BC 2 (o1 o4), AD 1, BD 1.
const SHOP: Order[] = [order('c1', ['A', 'B', 'C']), order('c1', ['A', 'B']), order('c2', ['A', 'C']), order('c3', ['B', 'C']), order('c3', ['A', 'B', 'D'])];
const oneGroup = (orders: Order[]) => productTable(orders, 1, () => 0);

describe('product table and top products', () => {
  it('counts an order once per product and sums every line', () => {
    // A in 4 orders at 10 each = 40; the second A line of the last order adds 5: 45 over 5 orders.
    const t = oneGroup([...SHOP.slice(0, 4), { ...order('c3', ['A', 'B', 'D']), lines: [...(order('c3', ['A', 'B', 'D']).lines ?? []), { product: 'A', quantity: 1, amount: 5 }] }]);
    const top = topProducts(t, t.groups, 10);
    expect(top.map((p) => [p.product, p.orders, p.revenue])).toEqual([
      ['A', 4, 45],
      ['B', 4, 40],
      ['C', 3, 30],
      ['D', 1, 10],
    ]);
    // Revenue 45 + 40 + 30 + 10 = 125.
    expect(top[0].revenueShare).toBeCloseTo(45 / 125, 12);
    expect(top[0].name).toBe('name A');
  });

  it('names a product by the name most of its lines carry, never by an empty one', () => {
    const lines = (names: (string | undefined)[]) => names.map((name) => ({ product: 'X', name, quantity: 1, amount: 1 }));
    const t = oneGroup([{ row: 1, customerId: 'c', day: 0, amount: 4, lines: lines([undefined, 'Mug, red', 'Red mug', 'Red mug']) }]);
    expect(t.names).toEqual(['Red mug']);
  });

  it("lists each order's distinct products in ascending id order, for baskets of any size", () => {
    // Baskets of 1 to 150 lines (beyond a typical order), repeats of a product kept as one item: pairCounts' triangle relies on this order.
    fc.assert(
      fc.property(fc.array(fc.array(fc.integer({ min: 0, max: 199 }), { minLength: 1, maxLength: 150 }), { minLength: 1, maxLength: 20 }), (baskets) => {
        const t = oneGroup(baskets.map((b) => order('c', b.map((p) => `P${p}`))));
        for (let o = 0; o < t.orders; o++) {
          const ids = [...t.items.subarray(t.start[o], t.start[o + 1])];
          const want = [...new Set(baskets[o].map((p) => t.codes.indexOf(`P${p}`)))].sort((x, y) => x - y);
          expect(ids).toEqual(want);
        }
      }),
    );
  });

  it('keeps orders without product lines out', () => {
    const t = oneGroup([{ row: 1, customerId: 'c', day: 0, amount: 5 }, ...SHOP]);
    expect(t.orders).toBe(5);
    expect(productsReport([{ row: 1, customerId: 'c', day: 0, amount: 5 }], new Map(), [])).toBeNull();
  });
});

describe('pairs and their measures', () => {
  it('gives support, confidence and lift as counted by hand', () => {
    const t = oneGroup(SHOP);
    const m = pairMeasures(pairCounts(t, t.groups, () => 2));
    const code = (p: number) => t.codes[p];
    const ab = m.find((x) => code(x.a) === 'A' && code(x.b) === 'B');
    // AB: 3 of 5 orders; A in 4, B in 4: support 3/5, confidence 3/4 both ways, lift 5·3/(4·4).
    expect(ab).toMatchObject({ count: 3, support: 3 / 5, confidenceAB: 3 / 4, confidenceBA: 3 / 4, lift: 15 / 16 });
    // AC: 2 orders; A in 4, C in 3: confidence A→C 2/4, C→A 2/3, lift 5·2/(4·3).
    const ac = m.find((x) => code(x.a) === 'A' && code(x.b) === 'C');
    expect(ac).toMatchObject({ count: 2, confidenceAB: 1 / 2, confidenceBA: 2 / 3, lift: 10 / 12 });
    // AD and BD (1 order each) are under the minimum of 2.
    expect(m.map((x) => `${code(x.a)}${code(x.b)}`).sort()).toEqual(['AB', 'AC', 'BC']);
  });

  it('needs 10 orders with both, and 1 % of the orders from 1,000 orders on', () => {
    expect([1, 200, 1000, 1001, 18_513].map(minPairOrders)).toEqual([10, 10, 10, 11, 186]);
  });

  it('leaves orders with more than 200 distinct products out of pairs', () => {
    const big = order('c9', Array.from({ length: MAX_PRODUCTS_PER_ORDER + 1 }, (_, i) => (i === 0 ? 'A' : i === 1 ? 'B' : `P${i}`)));
    const t = oneGroup([...SHOP, big]);
    const c = pairCounts(t, t.groups, () => 2);
    expect(c.orders).toBe(5);
    expect(c.pairs.find((p) => t.codes[p.a] === 'A' && t.codes[p.b] === 'B')?.count).toBe(3);
  });

  it('counts every pair as a plain count of all pairs does (triangle and map counters)', () => {
    const basket = fc.uniqueArray(fc.integer({ min: 0, max: 40 }), { maxLength: 12 });
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), basket), { maxLength: 60 }), fc.integer({ min: 1, max: 4 }), (raw, min) => {
        const orders = raw.map(([g, items]) => order(`c${g}`, items.map((i) => `p${i}`)));
        const t = productTable(orders, 4, (cid) => Number(cid.slice(1)));
        for (const g of [0, 2, t.groups]) {
          const plain = new Map<string, number>();
          raw.forEach(([group, items]) => {
            if (g !== t.groups && group !== g) return;
            const s = [...items].sort((x, y) => t.codes.indexOf(`p${x}`) - t.codes.indexOf(`p${y}`));
            for (let i = 0; i < s.length; i++) for (let j = i + 1; j < s.length; j++) plain.set(`p${s[i]}|p${s[j]}`, (plain.get(`p${s[i]}|p${s[j]}`) ?? 0) + 1);
          });
          const expected = [...plain].filter(([, n]) => n >= min).map(([k, n]) => `${k}=${n}`).sort();
          const got = pairCounts(t, g, () => min).pairs.map((p) => `${t.codes[p.a]}|${t.codes[p.b]}=${p.count}`).sort();
          expect(got).toEqual(expected);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('uses a map when the products are too many for a triangle, with the same counts', () => {
    // 4,200 products in 21 orders of 200: 4,200 · 4,199 / 2 > 8 million possible pairs.
    const orders = Array.from({ length: 21 }, (_, o) => order('c', Array.from({ length: 200 }, (_, i) => `p${o * 200 + i}`)));
    orders.push(order('c', ['p0', 'p4199']), order('c', ['p0', 'p4199']));
    const t = oneGroup(orders);
    // Minimum 1, so every product is paired: 21 orders × 19,900 pairs, plus p0|p4199 (twice).
    const c = pairCounts(t, t.groups, () => 1);
    expect(c.pairs.length).toBe(21 * 19_900 + 1);
    const count = (a: string, b: string) => c.pairs.find((p) => t.codes[p.a] === a && t.codes[p.b] === b)?.count;
    expect([count('p0', 'p4199'), count('p0', 'p199'), count('p4000', 'p4199'), count('p199', 'p200')]).toEqual([2, 1, 1, undefined]);
  });
});

describe('next product to suggest', () => {
  it('takes the highest-lift rule that applies to someone, as worked by hand', () => {
    // Pairs with minimum 1: lift AD = BD = 5·1/(4·1) = 1.25, AB = 15/16, AC = BC = 10/12; only AD
    // and BD are above 1. D→A and D→B (confidence 1) apply to nobody: c3, the only buyer of D, has A
    // and B. A→D (confidence 1/4, A before B): buyers of A are c1, c2, c3; c1 and c2 never bought D
    // → suggest D, 2 customers. B→D: D taken. So one suggestion: A→B (c2 has A, not B) has lift
    // 15/16, and buying A does not make B more likely.
    const t = oneGroup(SHOP);
    const m = pairMeasures(pairCounts(t, t.groups, () => 1));
    const next = nextProducts(t, purchases(t), t.groups, m, 3);
    expect(next.map((s) => [t.codes[s.product], t.codes[s.because], s.customers, s.lift, s.confidence])).toEqual([['D', 'A', 2, 1.25, 1 / 4]]);
  });

  it('counts only the customers of the segment', () => {
    // Segment 1 = c2 alone: A→D applies to c2 only.
    const t = productTable(SHOP, 2, (cid) => (cid === 'c2' ? 1 : 0));
    const all = pairMeasures(pairCounts(t, t.groups, () => 1));
    expect(nextProducts(t, purchases(t), 1, all, 1).map((s) => [t.codes[s.product], s.customers])).toEqual([['D', 1]]);
  });

  it('falls back to the rules of all orders when a segment has no pair with enough orders', () => {
    // 12 orders of c1 with A and B make AB count (10 orders needed); c2 bought A only, in its own segment.
    const orders = [...Array.from({ length: 12 }, () => order('c1', ['A', 'B'])), order('c1', ['C']), order('c2', ['A']), order('c2', ['C'])];
    const r = productsReport(orders, new Map([['c1', 'loyal'], ['c2', 'new']]), ['loyal', 'new']);
    const fresh = r?.segments.find((s) => s.segment === 'new');
    expect(fresh?.nextProducts).toEqual([expect.objectContaining({ product: 'B', because: 'A', customers: 1, basis: 'all' })]);
    // AB in 12 of 15 orders, A in 13, B in 12: lift 15·12/(13·12).
    expect(fresh?.nextProducts[0].lift).toBeCloseTo(15 / 13, 12);
  });
});
