/**
 * Column detection on our fixtures (test/fixtures/parse): one small sheet per language the product
 * speaks and one per export format, built with the real header names of those exports
 * (Shopify Admin > Orders > Export; "Advanced Order Export For WooCommerce" default fields;
 * Square Transactions CSV; HubSpot contacts export). Expected roles are what each header means.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTextTable } from '../../../src/cli/io';
import { detectColumns, type Role } from '../../../src/core/parse';

const FIXTURES = join(__dirname, '../../fixtures/parse');
const load = (name: string) => readTextTable(join(FIXTURES, name));

/** Roles by header, as a readable map. */
function rolesByHeader(name: string): Record<string, Role> {
  const d = detectColumns(load(name));
  const out: Record<string, Role> = {};
  for (const c of d.columns) if (c.role) out[c.header] = c.role;
  return out;
}

describe('detectColumns: four languages', () => {
  it('English', () => {
    expect(rolesByHeader('en-orders.csv')).toEqual({
      'Customer ID': 'customerId', 'Customer Name': 'name', Email: 'email', 'Order ID': 'orderId', 'Order Date': 'orderDate',
      Amount: 'amount', 'Sales Channel': 'channel', 'Order Status': 'status', Age: 'age', Gender: 'gender', City: 'city',
      'Signup Date': 'signupDate', 'Marketing Opt-out': 'marketingOptOut', Satisfaction: 'satisfaction',
    });
  });
  it('Traditional Chinese', () => {
    expect(rolesByHeader('zh-TW-orders.csv')).toEqual({
      客戶編號: 'customerId', 姓名: 'name', 訂單編號: 'orderId', 訂單日期: 'orderDate', 金額: 'amount', 通路: 'channel',
      訂單狀態: 'status', 年齡: 'age', 性別: 'gender', 城市: 'city', 註冊日期: 'signupDate',
    });
  });
  it('Simplified Chinese', () => {
    expect(rolesByHeader('zh-CN-orders.csv')).toEqual({
      客户编号: 'customerId', 客户名称: 'name', 订单编号: 'orderId', 订单日期: 'orderDate', 金额: 'amount', 渠道: 'channel',
      订单状态: 'status', 年龄: 'age', 性别: 'gender', 城市: 'city', 注册日期: 'signupDate',
    });
  });
  it('Malay', () => {
    expect(rolesByHeader('ms-orders.csv')).toEqual({
      'ID Pelanggan': 'customerId', 'Nama Pelanggan': 'name', 'No. Pesanan': 'orderId', 'Tarikh Pesanan': 'orderDate',
      'Jumlah (RM)': 'amount', Saluran: 'channel', Status: 'status', Umur: 'age', Jantina: 'gender', Bandar: 'city', Negeri: 'region',
    });
  });
});

describe('detectColumns: export formats', () => {
  it('Shopify orders: "Name" is the order number and "Email" the customer', () => {
    const d = detectColumns(load('shopify-orders.csv'));
    expect(d.exportFormat).toBe('shopify-orders');
    expect(d.marketingIsConsent).toBe(true);
    expect(rolesByHeader('shopify-orders.csv')).toMatchObject({
      Name: 'orderId', Email: 'customerId', 'Financial Status': 'status', 'Created at': 'orderDate', Total: 'amount',
      'Cancelled at': 'cancelledAt', 'Billing Name': 'name', 'Billing City': 'city', 'Billing Country': 'country', 'Accepts Marketing': 'marketingOptOut',
    });
    // Paid at, Subtotal, Shipping, Taxes, Discount Amount are not the order date or amount
    for (const h of ['Paid at', 'Subtotal', 'Shipping', 'Taxes', 'Discount Amount', 'Refunded Amount', 'Outstanding Balance']) {
      expect(d.columns.find((c) => c.header === h)?.role ?? null).toBeNull();
    }
  });
  it('WooCommerce orders', () => {
    expect(detectColumns(load('woocommerce-orders.csv')).exportFormat).toBe('woocommerce-orders');
    expect(rolesByHeader('woocommerce-orders.csv')).toMatchObject({
      'Order Number': 'orderId', 'Order Status': 'status', 'Order Date': 'orderDate', 'Email (Billing)': 'customerId', 'Order Total Amount': 'amount',
    });
  });
  it('Square transactions: Net Sales is the amount, Event Type tells refunds', () => {
    expect(detectColumns(load('square-transactions.csv')).exportFormat).toBe('square-transactions');
    expect(rolesByHeader('square-transactions.csv')).toMatchObject({
      Date: 'orderDate', 'Transaction ID': 'orderId', 'Customer ID': 'customerId', 'Net Sales': 'amount', 'Event Type': 'status', Channel: 'channel',
    });
  });
  it('HubSpot contacts: one row per customer', () => {
    const d = detectColumns(load('hubspot-contacts.csv'));
    expect(d.exportFormat).toBe('hubspot-contacts');
    expect(d.shape).toBe('customers');
    expect(rolesByHeader('hubspot-contacts.csv')).toEqual({
      'Record ID': 'customerId', Email: 'email', 'Phone Number': 'phone', 'Create Date': 'signupDate', City: 'city', 'State/Region': 'region', 'Country/Region': 'country',
      'Original Source': 'acquisitionChannel', 'Unsubscribed from all email': 'marketingOptOut', 'Number of Associated Deals': 'orderCount',
      'Total Revenue': 'totalSpent', 'Recent Deal Close Date': 'lastOrderDate',
    });
  });
});

describe('detectColumns: confidence, reasons and content checks', () => {
  it('gives each role a confidence and a reason', () => {
    const d = detectColumns([['Customer ID', 'Order Date', 'Amount'], ['C1', '2024-03-05', 'NT$1,234']]);
    expect(d.roles).toEqual({ customerId: 0, orderDate: 1, amount: 2 });
    expect(d.headerRow).toBe(0);
    const date = d.columns[1];
    expect(date.confidence).toBeGreaterThan(0.9);
    expect(date.reason.key).toBe('reasonValuesDates');
    expect(date.reason.text).toBe('Header “Order Date” and 100% of its values are dates');
  });
  it('rejects a header whose values do not fit', () => {
    const d = detectColumns([['Customer', 'Date', 'Amount'], ['A', 'soon', '5'], ['B', 'later', '7']]);
    expect(d.roles.orderDate).toBeUndefined();
    expect(d.columns[1].role).toBeNull();
  });
  it('finds the header below title rows', () => {
    const d = detectColumns([['My shop sales 2024', '', ''], ['', '', ''], ['客戶編號', '日期', '金額'], ['A', '2024/3/5', '100']]);
    expect(d.headerRow).toBe(2);
    expect(d.roles).toEqual({ customerId: 0, orderDate: 1, amount: 2 });
  });
  it('reads a bare "ID" as the customer only when nothing better claims it', () => {
    expect(detectColumns([['ID', 'frequency', 'last order date'], ['1', '2', '2024-01-02']]).roles.customerId).toBe(0);
    const d = detectColumns([['ID', 'Customer', 'Date', 'Amount'], ['1', 'A', '2024-01-02', '5']]);
    expect(d.roles.customerId).toBe(1);
    expect(d.columns[0].role).toBeNull();
  });
  it('falls back to email, then name, as the customer key and says so', () => {
    const d = detectColumns([['Email', 'Date', 'Total'], ['a@x.com', '2024-01-02', '5']]);
    expect(d.roles.customerId).toBe(0);
    expect(d.notes.map((n) => n.key)).toContain('noteCustomerIdFromEmail');
    const n = detectColumns([['Name', 'Date', 'Total'], ['Ann', '2024-01-02', '5']]);
    expect(n.roles.customerId).toBe(0);
    expect(n.notes.map((x) => x.key)).toContain('noteCustomerIdFromName');
  });
  it('uses quantity × unit price when there is no amount column (Online Retail header)', () => {
    const d = detectColumns([
      ['InvoiceNo', 'StockCode', 'Description', 'Quantity', 'InvoiceDate', 'UnitPrice', 'CustomerID', 'Country'],
      ['536365', '85123A', 'WHITE HANGING HEART T-LIGHT HOLDER', '6', '2010-12-01 08:26:00', '2.55', '17850.0', 'United Kingdom'],
    ]);
    expect(d.roles).toEqual({ customerId: 6, orderId: 0, orderDate: 4, quantity: 3, unitPrice: 5, product: 1, productName: 2, country: 7 });
    expect(d.amountFrom).toBe('quantityTimesPrice');
  });
  it('reads a sheet without a header row by content (CDNOW_sample.txt layout) with low confidence', () => {
    const d = detectColumns([
      ['00004', '0001', '19970101', '2', '29.33'],
      ['00004', '0001', '19970118', '2', '29.73'],
      ['00004', '0001', '19970802', '1', '14.96'],
      ['00018', '0002', '19970101', '2', '26.48'],
    ]);
    expect(d.headerRow).toBe(-1);
    expect(d.roles.customerId).toBe(0);
    expect(d.roles.orderDate).toBe(2);
    expect(d.roles.amount).toBe(4);
    expect(d.columns[0].confidence).toBeLessThan(0.5);
  });
});

describe('detectColumns: satisfaction and NPS columns in four languages (issue 19)', () => {
  /** The role of the 4th column of a small order sheet whose answers are 0–10. */
  const satisfactionRole = (header: string) => {
    const d = detectColumns([['Customer', 'Date', 'Amount', header], ['A', '2024-01-02', '5', '9'], ['B', '2024-01-03', '7', '6'], ['C', '2024-01-04', '8', '10']]);
    return d.columns[3].role;
  };
  it.each([
    ['English', ['NPS', 'Net Promoter Score', 'Satisfaction', 'CSAT', 'Rating', 'Customer satisfaction', 'Star rating']],
    ['Traditional Chinese', ['推薦分數', '滿意度', '淨推薦值', '顧客滿意度', '評分']],
    ['Simplified Chinese', ['推荐分数', '满意度', '净推荐值', '客户满意度', '评分']],
    ['Malay', ['Skor kepuasan', 'Penilaian', 'Skor Promoter Bersih', 'Tahap kepuasan', 'Penarafan']],
  ])('%s', (_, headers) => {
    for (const h of headers) expect(satisfactionRole(h), h).toBe('satisfaction');
  });
  it('a header that only contains the words still counts ("NPS (0-10)", "推薦分數（0-10）", "Skor kepuasan pelanggan")', () => {
    for (const h of ['NPS (0-10)', 'Net Promoter Score Q3', '推薦分數（0-10）', '推荐分数 0-10', 'Skor kepuasan pelanggan']) expect(satisfactionRole(h), h).toBe('satisfaction');
  });
});

describe('detectColumns: contact and consent columns in four languages (issue 15)', () => {
  /** The role of each header after Customer, Date, Amount, and the consent flags. */
  const detect = (headers: string[]) => {
    const d = detectColumns([['Customer', 'Date', 'Amount', ...headers], ['A', '2024-01-02', '5', ...headers.map(() => 'x')]]);
    return { roles: d.columns.slice(3).map((c) => c.role), marketingIsConsent: d.marketingIsConsent, smsIsConsent: d.smsIsConsent };
  };
  it.each([
    ['English', { Phone: 'phone', 'Mobile number': 'phone', 'Contact no.': 'phone', WhatsApp: 'messagingId', 'LINE ID': 'messagingId' }],
    ['Traditional Chinese', { 電話: 'phone', 手機號碼: 'phone', 聯絡電話: 'phone', LINE帳號: 'messagingId', 微信號: 'messagingId' }],
    ['Simplified Chinese', { 电话: 'phone', 手机号: 'phone', 联系电话: 'phone', 微信: 'messagingId', 微信号: 'messagingId' }],
    ['Malay', { 'No. telefon': 'phone', 'No. HP': 'phone', 'Telefon bimbit': 'phone', 'No. WhatsApp': 'messagingId', 'ID LINE': 'messagingId' }],
  ])('phone and messaging ids: %s', (_, expected) => {
    for (const [header, role] of Object.entries(expected)) expect(detect([header]).roles, header).toEqual([role]);
  });
  it.each([
    ['Accepts Marketing', true], ['Accepts Email Marketing', true], ['Marketing Opt-out', false], ['Unsubscribed from all email', false], ['Email marketing', true],
    ['同意行銷', true], ['不接收行銷', false], ['拒收行銷', false], ['同意营销', true], ['不接收营销', false], ['拒收营销', false],
    ['Persetujuan pemasaran', true], ['Tidak mahu pemasaran', false], ['Berhenti langganan', false],
  ])('"%s" is the marketing column, consent = %s', (header, consent) => {
    const d = detect([header as string]);
    expect(d.roles).toEqual(['marketingOptOut']);
    expect(d.marketingIsConsent).toBe(consent);
  });
  it.each([
    ['Accepts SMS Marketing', true], ['SMS opt-out', false], ['同意簡訊行銷', true], ['拒收短信', false], ['Persetujuan SMS', true], ['Tolak SMS', false],
  ])('"%s" is the SMS / messaging column, consent = %s', (header, consent) => {
    const d = detect(['Accepts Email Marketing', header as string]);
    expect(d.roles).toEqual(['marketingOptOut', 'smsOptOut']);
    expect(d.smsIsConsent).toBe(consent);
  });
  it('reads the phone of the exports: Shopify "Phone", WooCommerce "Phone (Billing)", HubSpot "Phone Number"', () => {
    expect(rolesByHeader('shopify-orders.csv')).toMatchObject({ Phone: 'phone' });
    expect(rolesByHeader('woocommerce-orders.csv')).toMatchObject({ 'Phone (Billing)': 'phone' });
    expect(rolesByHeader('hubspot-contacts.csv')).toMatchObject({ 'Phone Number': 'phone' });
  });
});
