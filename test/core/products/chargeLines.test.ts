/**
 * Charges billed as product lines (core/products/chargeLines.ts). The Online Retail names are the
 * data set's own Descriptions (../shared/data/online-retail); the others are the words shop exports
 * use for postage, delivery and fees in the four languages, and goods that carry such a word.
 */
import { describe, expect, it } from 'vitest';
import { isChargeLine } from '../../../src/core/products/chargeLines';
import { productsReport } from '../../../src/core/products';
import type { Order } from '../../../src/core/types';

describe('isChargeLine', () => {
  it("finds UCI Online Retail's charges by their names, and none of its goods", () => {
    for (const name of ['POSTAGE', 'DOTCOM POSTAGE', 'Manual', 'Bank Charges', 'CARRIAGE', 'Next Day Carriage', 'PACKING CHARGE', 'AMAZON FEE', 'CRUK Commission', 'Discount', 'Adjust bad debt']) expect(isChargeLine(name), name).toBe(true);
    for (const name of ['FRENCH CARRIAGE LANTERN', 'ZINC HEART LATTICE CHARGER LARGE', 'PADS TO MATCH ALL CUSHIONS', 'REGENCY CAKESTAND 3 TIER', 'VINTAGE POSTAGE STAMP CARDS', 'POST BOX MONEY BANK']) expect(isChargeLine(name), name).toBe(false);
  });
  it('reads charges in English, Chinese and Malay, and leaves goods with such words alone', () => {
    const charges = ['Shipping', 'Express delivery', 'Service charge', 'Credit card fee', 'Postage & Packing', '運費', '國際運費', '运费', '手續費', '手续费', '服務費', '折扣', 'Caj penghantaran', 'Kos penghantaran ekspres', 'Pos', 'Diskaun', 'Yuran'];
    for (const name of charges) expect(isChargeLine(name), name).toBe(true);
    const goods = ['Baby carriage', 'Delivery bag', 'Shipping box 30x20', '免運費禮盒', '運費到付紙箱加厚款大號', 'Kosmetik', 'Kos-kos', 'Postcard set', 'Fee-fi-fo doll'];
    for (const name of goods) expect(isChargeLine(name), name).toBe(false);
  });
  it('reads the code when the line has no name', () => {
    expect(isChargeLine('', 'Postage')).toBe(true);
    expect(isChargeLine('', 'POST')).toBe(false);
  });
});

describe('productsReport without charges', () => {
  const order = (row: number, customerId: string, lines: [string, string, number][]): Order => ({
    row,
    customerId,
    day: 100,
    amount: lines.reduce((n, l) => n + l[2], 0),
    lines: lines.map(([product, name, amount]) => ({ product, name, quantity: 1, amount })),
  });
  it('counts postage apart: not a product, not in shares, and an order of postage alone is no product order', () => {
    const orders = [
      order(2, 'A', [['P1', 'Mug', 10], ['POST', 'POSTAGE', 5]]),
      order(3, 'B', [['P1', 'Mug', 10], ['P2', 'Plate', 20]]),
      order(4, 'C', [['POST', 'POSTAGE', 5]]),
    ];
    const report = productsReport(orders, new Map(), []);
    expect(report?.products).toBe(2);
    expect(report?.charges).toEqual([{ code: 'POST', name: 'POSTAGE', orders: 2, revenue: 10 }]);
    expect(report?.overall.orders).toBe(2);
    expect(report?.overall.revenue).toBe(40);
    expect(report?.overall.topProducts.map((p) => [p.product, p.revenueShare])).toEqual([['P1', 0.5], ['P2', 0.5]]); // a tie on revenue: more orders first
  });
  it('has no report when every line is a charge', () => {
    expect(productsReport([order(2, 'A', [['POST', 'POSTAGE', 5]])], new Map(), [])).toBeNull();
  });
});
