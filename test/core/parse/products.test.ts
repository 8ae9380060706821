/**
 * Issue 18, the reader side: product columns, order lines, the time of day of an order and the new
 * customer attributes (birthday, income, occupation, education, interests, language, device), on
 * one small sheet per language (test/fixtures/parse/products-*.csv) and on the export fixtures.
 * Every expected figure is read off the fixture rows themselves (quantity × unit price as written,
 * the time as written), rows are sheet rows (the header is row 1).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTextTable } from '../../../src/cli/io';
import { dayFromYmd } from '../../../src/core/days';
import { detectColumns, finishRead, readOrders, startRead, type Role } from '../../../src/core/parse';

const FIXTURES = join(__dirname, '../../fixtures/parse');
const load = (name: string) => readTextTable(join(FIXTURES, name));
const day = dayFromYmd;

function rolesByHeader(values: unknown[][]): Record<string, Role> {
  const d = detectColumns(values);
  const out: Record<string, Role> = {};
  for (const c of d.columns) if (c.role) out[c.header] = c.role;
  return out;
}

const NEW_ROLES: Role[] = ['product', 'productName', 'birthday', 'income', 'occupation', 'education', 'interests', 'language', 'device'];

describe('new column kinds in four languages', () => {
  it.each([
    ['products-en.csv', ['SKU', 'Product Name', 'Birthday', 'Income', 'Occupation', 'Education', 'Interests', 'Preferred Language', 'Device']],
    ['products-zh-TW.csv', ['商品編號', '商品名稱', '生日', '收入', '職業', '學歷', '興趣', '語言', '裝置']],
    ['products-zh-CN.csv', ['商品编号', '商品名称', '出生日期', '月收入', '职业', '学历', '兴趣爱好', '语言', '设备']],
    ['products-ms.csv', ['Kod Produk', 'Nama Produk', 'Tarikh Lahir', 'Pendapatan', 'Pekerjaan', 'Pendidikan', 'Minat', 'Bahasa', 'Peranti']],
  ])('%s: each new column gets its role, and quantity × unit price is the amount', (file, headers) => {
    const values = load(file);
    const roles = rolesByHeader(values);
    expect(headers.map((h) => roles[h])).toEqual(NEW_ROLES);
    expect(detectColumns(values).amountFrom).toBe('quantityTimesPrice');
  });

  it('English: lines, minutes and attributes', () => {
    const r = readOrders(load('products-en.csv'));
    expect(r.errors).toEqual([]);
    expect(r.orders).toEqual([
      {
        row: 2, customerId: 'C001', orderId: 'A-1001', day: day(2024, 3, 5), amount: 33, quantity: 3, minute: 14 * 60 + 22,
        lines: [{ product: 'MUG-01', name: 'Ceramic mug', quantity: 2, amount: 25 }, { product: 'TEA-02', name: 'Green tea 100g', quantity: 1, amount: 8 }],
      },
      // "2024-03-09 00:00" carries a time: midnight is minute 0.
      { row: 4, customerId: 'C002', orderId: 'A-1002', day: day(2024, 3, 9), amount: 12.5, quantity: 1, minute: 0, lines: [{ product: 'MUG-01', name: 'Ceramic mug', quantity: 1, amount: 12.5 }] },
      // A date without a time has no minute.
      { row: 5, customerId: 'C003', orderId: 'A-1003', day: day(2024, 3, 11), amount: 60, quantity: 3, lines: [{ product: 'BWL-03', name: 'Salad bowl', quantity: 3, amount: 60 }] },
    ]);
    const attrs = Object.fromEntries(r.customers.map((c) => [c.customerId, c.attributes]));
    expect(attrs.C001).toEqual({ birthday: '1990-07-14', income: 52_000, occupation: 'Teacher', education: "Bachelor's degree", interests: 'Hiking; coffee', language: 'English', device: 'iPhone' });
    expect(attrs.C002).toMatchObject({ birthday: '1985-03-05', income: '30k-50k', language: 'Spanish', device: 'Android' });
    expect(attrs.C003).toMatchObject({ birthday: '1996-02-29', occupation: 'Student' });
    expect(attrs.C003.income).toBeUndefined();
  });

  it('Traditional Chinese: 下午2:30 is 14:30, NT$ incomes are numbers, 3萬-5萬 stays a band', () => {
    const r = readOrders(load('products-zh-TW.csv'));
    expect(r.errors).toEqual([]);
    expect(r.orders.map((o) => [o.orderId, o.minute, o.amount, o.lines])).toEqual([
      ['T1001', 14 * 60 + 30, 880, [{ product: 'A100', name: '手工皂', quantity: 2, amount: 500 }, { product: 'B200', name: '沐浴乳', quantity: 1, amount: 380 }]],
      ['T1002', 9 * 60 + 5, 1000, [{ product: 'A100', name: '手工皂', quantity: 4, amount: 1000 }]],
    ]);
    const [a, b] = r.customers;
    expect(a.attributes).toEqual({ birthday: '1990-07-14', income: 45_000, occupation: '工程師', education: '大學', interests: '登山', language: '中文', device: 'iPhone' });
    expect(b.attributes).toMatchObject({ birthday: '1985-03-05', income: '3萬-5萬', occupation: '護理師' });
  });

  it('Simplified Chinese: 2024年3月5日 14:22, ¥8,000, 生日 as 出生日期', () => {
    const r = readOrders(load('products-zh-CN.csv'));
    expect(r.errors).toEqual([]);
    expect(r.orders.map((o) => [o.orderId, o.day, o.minute, o.amount])).toEqual([
      ['D0001', day(2024, 3, 5), 14 * 60 + 22, 120],
      ['D0002', day(2024, 3, 9), 20 * 60 + 10, 135],
    ]);
    expect(r.orders[1].lines).toEqual([{ product: 'SP-1', name: '绿茶', quantity: 3, amount: 135 }]);
    expect(r.customers[0].attributes).toEqual({ birthday: '1990-07-14', income: 8_000, occupation: '设计师', education: '本科', interests: '摄影', language: '普通话', device: '华为' });
    expect(r.customers[1].attributes).toMatchObject({ birthday: '1985-03-05', income: '5千-1万' });
  });

  it('Malay: day-first dates with times, RM 3,500 and the band RM3,000-RM5,000', () => {
    const r = readOrders(load('products-ms.csv'));
    expect(r.errors).toEqual([]);
    // 25/3/2024 decides day-first for the order dates, 14/7/1990 for the birthdays.
    expect(r.orders.map((o) => [o.orderId, o.day, o.minute, o.amount])).toEqual([
      ['P-501', day(2024, 3, 5), 14 * 60 + 30, 45],
      ['P-502', day(2024, 3, 25), 9 * 60 + 5, 62.5],
    ]);
    expect(r.orders[0].lines).toEqual([{ product: 'KB-01', name: 'Kuih bangkit', quantity: 2, amount: 25 }, { product: 'KL-02', name: 'Kuih lapis', quantity: 1, amount: 20 }]);
    expect(r.customers[0].attributes).toEqual({ birthday: '1990-07-14', income: 3_500, occupation: 'Guru', education: 'Ijazah', interests: 'Memasak', language: 'Bahasa Melayu', device: 'Android' });
    expect(r.customers[1].attributes).toMatchObject({ birthday: '1985-03-05', income: 'RM3,000-RM5,000' });
  });
});

describe('headers that are not the new roles', () => {
  it.each(['Product type', 'Product Category', 'Vendor', 'Brand', 'Device ID', 'Device Name', 'Interest Rate', 'Income Tax', 'Job ID', 'Tags', '商品類別', 'Jenis Produk'])('%s', (h) => {
    const d = detectColumns([['Customer ID', 'Order Date', 'Amount', h], ['C1', '2024-03-05', '10', 'x']]);
    const role = d.columns[3].role;
    expect(role === null || !NEW_ROLES.includes(role), `${h} → ${role}`).toBe(true);
  });

  it('a product name column does not become the customer name', () => {
    expect(rolesByHeader([['Customer ID', 'Order Date', 'Amount', 'Nama Produk', '商品名稱', 'Item Name'], ['C1', '2024-03-05', '10', 'a', 'b', 'c']])).toMatchObject({ 'Nama Produk': 'productName' });
    const roles = rolesByHeader([['Customer ID', 'Order Date', 'Amount', '商品名稱'], ['C1', '2024-03-05', '10', 'b']]);
    expect(roles.商品名稱).toBe('productName');
  });

  it('生日 is the birthday, never the order date', () => {
    const roles = rolesByHeader([['客戶編號', '日期', '金額', '生日日期'], ['A', '2024-03-05', '10', '1990-07-14']]);
    expect(roles).toMatchObject({ 日期: 'orderDate', 生日日期: 'birthday' });
  });

  it('income as a customer attribute reads money styles and keeps bands as text', () => {
    const values = [['Customer ID', 'Order Date', 'Amount', 'Income'], ...['RM 3,500', 'NT$45,000', '¥8,000', '30k-50k', '3萬-5萬', '3.500', 52000].map((v, i) => [`C${i}`, '2024-03-05', '10', v])];
    const r = readOrders(values);
    // "3.500": one separator before three digits is a thousands group for an income.
    expect(r.customers.map((c) => c.attributes.income)).toEqual([3500, 45000, 8000, '30k-50k', '3萬-5萬', 3500, 52000]);
  });
});

describe('the read state stays compact', () => {
  it('Online Retail 2010-12-01: each product is written once in the state JSON, not once per line', () => {
    const values = readTextTable('/work/shared/data/online-retail/by-day/2010-12-01.csv');
    const state = startRead(values);
    const json = JSON.stringify(state);
    // 85123A (WHITE HANGING HEART T-LIGHT HOLDER) is on many lines of that day: count them in the file.
    const lines = values.filter((row) => row[1] === '85123A').length;
    expect(lines).toBeGreaterThan(10);
    expect(json.split('"85123A"').length - 1).toBe(1);
    expect(json.split('"WHITE HANGING HEART T-LIGHT HOLDER"').length - 1).toBe(1);
    // and the JSON round trip reads the same lines
    expect(finishRead(JSON.parse(json)).orders).toEqual(finishRead(state).orders);
  });
});

describe('export formats', () => {
  it('Shopify: "Lineitem sku" / "Lineitem name"; a line is quantity × Lineitem price, a blank SKU falls back to the name', () => {
    const r = readOrders(load('shopify-orders.csv'));
    expect(r.detection.roles).toMatchObject({ product: 20, productName: 17 });
    // #1001: Mug 2 × 20.00 and Coaster 1 × 14.50 (Total 54.50 on its first line only), created 14:22:31 +0800
    expect(r.orders[0]).toMatchObject({ orderId: '#1001', amount: 54.5, lines: [{ product: 'Mug', name: 'Mug', quantity: 2, amount: 40 }, { product: 'Coaster', name: 'Coaster', quantity: 1, amount: 14.5 }] });
    expect(r.orders[0].minute).toBe(14 * 60 + 22);
  });

  it('WooCommerce: "SKU" / "Item Name" with quantity × "Item Cost"', () => {
    const r = readOrders(load('woocommerce-orders.csv'));
    // 2051: SOAP-1 3 × 19.90 and TOWEL-2 1 × 30.20 (Order Total Amount 89.90), at 10:12
    expect(r.orders[0]).toMatchObject({
      orderId: '2051', amount: 89.9, minute: 10 * 60 + 12,
      lines: [{ product: 'SOAP-1', name: 'Goat milk soap', quantity: 3, amount: 59.7 }, { product: 'TOWEL-2', name: 'Hand towel', quantity: 1, amount: 30.2 }],
    });
  });

  it('Square: "Description" lists a sale\'s items and "Device Name" is the till: neither is used', () => {
    const d = detectColumns(load('square-transactions.csv'));
    for (const h of ['Description', 'Device Name', 'Device Nickname', 'Details']) expect(d.columns.find((c) => c.header === h)?.role, h).toBeNull();
  });

  it('HubSpot contacts: "Date of birth", "Job Title", "Preferred language"', () => {
    const d = detectColumns([
      ['Record ID', 'Email', 'Lifecycle Stage', 'Create Date', 'Date of birth', 'Job Title', 'Preferred language', 'Total Revenue', 'Recent Deal Close Date'],
      ['51', 'g@example.com', 'Customer', '2023-11-02 10:22', '1990-07-14', 'Chef', 'en', '1250.5', '2024-04-28'],
    ]);
    expect(d.exportFormat).toBe('hubspot-contacts');
    expect(d.roles).toMatchObject({ birthday: 4, occupation: 5, language: 6 });
  });
});

describe('sheets without order ids and without a product id', () => {
  it('each row is its order and its own line; the name is the product key; no quantity column means 1', () => {
    const r = readOrders([
      ['Customer', 'Date', 'Product', 'Amount'],
      ['A', '2024-03-05 18:45', 'Latte', '4.50'],
      ['A', '2024-03-05', 'Bagel', '3'],
      ['B', '2024-03-06 07:05', '', '9'],
    ]);
    expect(r.orders).toEqual([
      { row: 2, customerId: 'A', day: day(2024, 3, 5), amount: 4.5, minute: 18 * 60 + 45, lines: [{ product: 'Latte', name: 'Latte', quantity: 1, amount: 4.5 }] },
      { row: 3, customerId: 'A', day: day(2024, 3, 5), amount: 3, lines: [{ product: 'Bagel', name: 'Bagel', quantity: 1, amount: 3 }] },
      { row: 4, customerId: 'B', day: day(2024, 3, 6), amount: 9, minute: 7 * 60 + 5 },
    ]);
  });

  it('the minute is that of the order\'s first dated line; refunded lines are not lines', () => {
    const r = readOrders([
      ['Order', 'Customer', 'Date', 'SKU', 'Qty', 'Price', 'Status'],
      ['o1', 'A', '', 'X', '1', '2', 'paid'],
      ['o1', 'A', '2024-03-05 10:00', 'Y', '2', '3', 'paid'],
      ['o1', 'A', '2024-03-05 11:00', 'Z', '1', '5', 'refunded'],
      ['o1', 'A', '2024-03-05 12:00', 'X', '1', '2', 'paid'],
    ]);
    expect(r.orders).toHaveLength(1);
    expect(r.orders[0].minute).toBe(600);
    // Same product on two rows: two lines (merged per row, not per product).
    expect(r.orders[0].lines).toEqual([{ product: 'X', quantity: 1, amount: 2 }, { product: 'Y', quantity: 2, amount: 6 }, { product: 'X', quantity: 1, amount: 2 }]);
  });

  it('line money follows the column\'s separator decision like the order total', () => {
    // "1.234" alone could be 1.234 or 1234; "2,50" proves the comma is the decimal separator.
    const r = readOrders([
      ['Order', 'Customer', 'Date', 'SKU', 'Amount'],
      ['o1', 'A', '2024-03-05', 'X', '1.234'],
      ['o1', 'A', '2024-03-05', 'Y', '2,50'],
    ]);
    expect(r.orders[0].amount).toBe(1236.5);
    expect(r.orders[0].lines!.map((l) => l.amount)).toEqual([1234, 2.5]);
  });
});
