/**
 * Reading rules of issue 4: refunds excluded and reported, amount = quantity × unit price,
 * day/month order decided from the whole column (never guessed), bad input reported with column
 * and rows, and chunked reading equal to one-shot reading. Figures are counted by hand from the
 * small sheets written in each test (rows are sheet rows: the header is row 1).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTextTable } from '../../../src/cli/io';
import { dayFromYmd } from '../../../src/core/days';
import {
  customersFromOrders,
  finishRead,
  localize,
  mergeReadStates,
  qualityMessage,
  readChunk,
  readOrders,
  readPart,
  startRead,
  type ReadResult,
} from '../../../src/core/parse';
import { LANGS } from '../../../src/core/types';

const FIXTURES = join(__dirname, '../../fixtures/parse');
const issue = (r: ReadResult, check: string) => r.quality.issues.find((i) => i.check === check);
const day = dayFromYmd;

describe('orders and refunds', () => {
  it('excludes refunded and cancelled rows from frequency and monetary, and reports them', () => {
    const r = readOrders(readTextTable(join(FIXTURES, 'en-orders.csv')));
    expect(r.errors).toEqual([]);
    // en-orders.csv: A-1003 Refunded (row 4), A-1007 Cancelled (row 8); A-1006 has no customer (row 7)
    expect(issue(r, 'refunded')).toMatchObject({ count: 2, rows: [4, 8], header: 'Order Status', excluded: true });
    expect(issue(r, 'missingCustomerId')).toMatchObject({ count: 1, rows: [7] });
    expect(issue(r, 'zeroAmount')).toMatchObject({ count: 1, rows: [6] });
    const c001 = r.customers.find((c) => c.customerId === 'C001')!;
    // A-1001 $1,234.50 on 3/5/2024 and A-1008 $60.00 on 6/1/2024 (A-1003 refunded)
    expect(c001).toMatchObject({ orders: 2, purchaseDays: 2, revenue: 1294.5, averageOrderValue: 647.25, firstOrderDay: day(2024, 3, 5), lastOrderDay: day(2024, 6, 1) });
    expect(c001.attributes).toMatchObject({ name: 'Alice Tan', age: 34, city: 'Austin', signupDate: '2023-01-15', marketingOptOut: false, satisfaction: 9 });
    expect(r.customers.find((c) => c.customerId === 'C002')!.attributes.marketingOptOut).toBe(true);
  });

  it('sums the lines of one invoice and reads Online Retail cancellations ("C" invoices, negative quantities)', () => {
    const r = readOrders([
      ['InvoiceNo', 'StockCode', 'Quantity', 'InvoiceDate', 'UnitPrice', 'CustomerID'],
      ['536365', 'A', '6', '2010-12-01 08:26:00', '2.55', '17850.0'],
      ['536365', 'B', '2', '2010-12-01 08:26:00', '3.39', '17850.0'],
      ['C536379', 'D', '-1', '2010-12-01 09:41:00', '27.50', '17850.0'],
      ['536380', 'E', '-3', '2010-12-01 09:45:00', '0', ''],
      ['536381', 'F', '1', '2010-12-02 10:00:00', '5', '13047.0'],
    ]);
    expect(r.orders).toEqual([
      // StockCode is the product; each kept line is Quantity × UnitPrice; 08:26 is minute 506.
      { row: 2, customerId: '17850', orderId: '536365', day: day(2010, 12, 1), amount: 22.08, quantity: 8, minute: 8 * 60 + 26, lines: [{ product: 'A', quantity: 6, amount: 15.3 }, { product: 'B', quantity: 2, amount: 6.78 }] },
      { row: 6, customerId: '13047', orderId: '536381', day: day(2010, 12, 2), amount: 5, quantity: 1, minute: 600, lines: [{ product: 'F', quantity: 1, amount: 5 }] },
    ]);
    expect(issue(r, 'refunded')).toMatchObject({ count: 1, rows: [4], header: 'InvoiceNo', examples: ['C536379'] });
    expect(issue(r, 'negativeAmount')).toMatchObject({ count: 1, rows: [5], header: 'Quantity' });
    expect(issue(r, 'missingCustomerId')).toMatchObject({ count: 1, rows: [5] });
    expect(issue(r, 'repeatedOrderId')).toMatchObject({ count: 1, rows: [2] });
    expect(r.quality.orderIdsSeen).toBe(4);
    expect(r.quality.customerIdsSeen).toBe(2);
  });

  it('takes order fields from the first line of a multi-line export order (Shopify, WooCommerce)', () => {
    const r = readOrders(readTextTable(join(FIXTURES, 'shopify-orders.csv')));
    // #1001: Total 54.50 on its first line, a second line with blank order fields
    expect(r.orders[0]).toMatchObject({ orderId: '#1001', customerId: 'jane@example.com', amount: 54.5, quantity: 3, day: day(2024, 3, 5) });
    // #1003 refunded, #1004 cancelled (Cancelled at), #1005 partially refunded is still a sale
    expect(r.orders.map((o) => o.orderId)).toEqual(['#1001', '#1002', '#1005']);
    expect(r.quality.issues.filter((i) => i.check === 'refunded').map((i) => [i.header, i.rows])).toEqual([
      ['Financial Status', [5]],
      ['Cancelled at', [6]],
    ]);
    const w = readOrders(readTextTable(join(FIXTURES, 'woocommerce-orders.csv')));
    expect(w.orders.map((o) => [o.orderId, o.amount])).toEqual([['2051', 89.9], ['2052', 45], ['2054', 150]]);
    expect(issue(w, 'customerIdFromOrder')).toMatchObject({ count: 1, rows: [3] });
  });

  it('reads Square refunds by event type', () => {
    const r = readOrders(readTextTable(join(FIXTURES, 'square-transactions.csv')));
    expect(issue(r, 'refunded')).toMatchObject({ count: 1, rows: [5], examples: ['Refund'] });
    expect(r.customers.map((c) => [c.customerId, c.orders, c.revenue])).toEqual([['CUST-01', 2, 22.25], ['CUST-02', 1, 18], ['CUST-03', 1, 32]]);
  });

  it('builds customers from totals in a one-row-per-customer sheet (HubSpot contacts)', () => {
    const r = readOrders(readTextTable(join(FIXTURES, 'hubspot-contacts.csv')));
    expect(r.decisions.find((d) => d.topic === 'shape')?.value).toBe('customers');
    expect(r.decisions.map((d) => d.key)).toContain('noteCustomersFromTotals');
    expect(r.orders).toEqual([]);
    expect(r.customers.map((c) => [c.customerId, c.orders, c.revenue, c.lastOrderDay])).toEqual([
      ['51', 3, 1250.5, day(2024, 4, 28)],
      ['52', 1, 300, day(2024, 2, 10)],
      ['54', 5, 4820.75, day(2024, 5, 9)],
    ]);
    expect(issue(r, 'noOrders')).toMatchObject({ count: 1, rows: [4] });
    expect(r.customers[1].attributes).toMatchObject({ marketingOptOut: true, acquisitionChannel: 'Paid Social', signupDate: '2024-01-15' });
  });

  it('reads a hand-made customer list with totals (one row per customer)', () => {
    const r = readOrders([
      ['Customer', 'Joined Date', 'Last Purchase', 'Total Spent', 'Orders', 'City'],
      ['Ann', '2023-01-05', '2024-03-01', 'RM 1,200.50', 4, 'Ipoh'],
      ['Ben', '2023-06-01', '2024-02-11', 'RM 300', 1, 'Miri'],
      ['Ann', '2023-01-05', '2024-03-01', 'RM 1,200.50', 4, 'Ipoh'],
    ]);
    expect(r.detection.shape).toBe('customers');
    expect(r.detection.roles).toEqual({ customerId: 0, city: 5, signupDate: 1, totalSpent: 3, orderCount: 4, lastOrderDate: 2 });
    expect(r.customers.map((c) => [c.customerId, c.orders, c.revenue, c.lastOrderDay, c.attributes.signupDate])).toEqual([
      ['Ann', 4, 1200.5, day(2024, 3, 1), '2023-01-05'],
      ['Ben', 1, 300, day(2024, 2, 11), '2023-06-01'],
    ]);
    expect(issue(r, 'duplicateCustomerId')).toMatchObject({ count: 1, rows: [4], header: 'Customer' });
    expect(issue(r, 'exactDuplicate')).toMatchObject({ count: 1, rows: [4] });
  });

  it('customersFromOrders merges same-day orders into purchase days (lifetimes counts days)', () => {
    const cs = customersFromOrders(
      [
        { row: 2, customerId: 'A', day: 10, amount: 0.1 },
        { row: 3, customerId: 'A', day: 10, amount: 0.2 },
        { row: 4, customerId: 'B', day: 11, amount: 5 },
        { row: 5, customerId: 'A', day: 15, amount: 1 },
      ],
      { A: { city: 'Ipoh' } },
    );
    expect(cs).toEqual([
      { customerId: 'A', firstOrderDay: 10, lastOrderDay: 15, orders: 3, purchaseDays: 2, revenue: 1.3, averageOrderValue: 1.3 / 3, attributes: { city: 'Ipoh' } },
      { customerId: 'B', firstOrderDay: 11, lastOrderDay: 11, orders: 1, purchaseDays: 1, revenue: 5, averageOrderValue: 5, attributes: {} },
    ]);
  });
});

describe('day/month order and separators: decided by the column, never guessed', () => {
  const sheet = (dates: string[]) => [['Customer', 'Date', 'Amount'], ...dates.map((d, i) => [`C${i}`, d, '10'])];

  it('one value with a day > 12 decides day-first for the whole column', () => {
    const r = readOrders(sheet(['5/3/2024', '7/4/2024', '25/3/2024']));
    expect(r.orders.map((o) => o.day)).toEqual([day(2024, 3, 5), day(2024, 4, 7), day(2024, 3, 25)]);
    expect(r.decisions.find((d) => d.topic === 'dateOrder')).toMatchObject({ value: 'dmy', source: 'data', column: 1 });
  });

  it('one value with a second number > 12 decides month-first', () => {
    const r = readOrders(sheet(['5/3/2024', '3/25/2024']));
    expect(r.orders[0].day).toBe(day(2024, 5, 3));
  });

  it('stops and asks when no value decides, naming column, values and rows', () => {
    const r = readOrders(sheet(['5/3/2024', '7/4/2024', '1/1/2024']));
    expect(r.orders).toEqual([]);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ key: 'dateOrderUndecided', column: 1, header: 'Date', rows: [2, 3] });
    expect(r.errors[0].text).toContain('“5/3/2024” (row 2)');
    expect(r.decisions.find((d) => d.topic === 'undecided')).toBeDefined();
    // the user's choice resolves it
    const chosen = readOrders(sheet(['5/3/2024', '7/4/2024', '1/1/2024']), { dateOrder: 'mdy' });
    expect(chosen.errors).toEqual([]);
    expect(chosen.orders[0].day).toBe(day(2024, 5, 3));
    expect(chosen.decisions.find((d) => d.topic === 'dateOrder')).toMatchObject({ value: 'mdy', source: 'option' });
  });

  it('reports values that only the other order could read', () => {
    const r = readOrders(sheet(['25/3/2024', '26/3/2024', '3/27/2024']));
    expect(r.decisions.find((d) => d.topic === 'dateOrder')).toMatchObject({ value: 'dmy', source: 'majority' });
    expect(issue(r, 'unparseableDate')).toMatchObject({ count: 1, rows: [4] });
  });

  it('a column of "1.234,50" amounts proves comma decimals, and "1.234" is then one thousand', () => {
    const r = readOrders([['Customer', 'Date', 'Amount'], ['A', '2024-01-02', '1.234,50 €'], ['B', '2024-01-03', '1.234 €'], ['C', '2024-01-04', '12,5 €']]);
    expect(r.orders.map((o) => o.amount)).toEqual([1234.5, 1234, 12.5]);
    expect(r.decisions.find((d) => d.topic === 'decimal')).toMatchObject({ value: ',', source: 'data' });
    expect(r.decisions.find((d) => d.topic === 'currency')).toMatchObject({ value: 'EUR' });
  });

  it('reports mixed currencies', () => {
    const r = readOrders([['Customer', 'Date', 'Amount'], ['A', '2024-01-02', 'RM 10'], ['B', '2024-01-03', 'RM 12'], ['C', '2024-01-04', 'NT$100']]);
    expect(issue(r, 'mixedCurrency')).toMatchObject({ count: 1, rows: [4], header: 'Amount', examples: ['MYR ×2', 'TWD ×1'] });
  });
});

describe('bad input: clear messages naming column and rows, never an exception', () => {
  it('empty sheet', () => {
    for (const v of [[], [[]], [['', ''], ['', '']]]) {
      const r = readOrders(v);
      expect(r.errors.map((e) => e.key)).toEqual(['emptySheet']);
    }
  });
  it('header only', () => {
    const r = readOrders([['Customer', 'Date', 'Amount']]);
    expect(r.errors.map((e) => e.key)).toEqual(['headerOnly']);
    expect(r.errors[0].text).toBe('The sheet has a header row (row 1) but no data under it');
  });
  it('no recognisable column', () => {
    const r = readOrders([['foo', 'bar'], ['x', 'y']]);
    expect(r.errors.map((e) => e.key)).toEqual(['noColumns']);
    expect(r.errors[0].text).toContain('“foo”, “bar”');
  });
  it('no customer column, no date column', () => {
    expect(readOrders([['Date', 'Amount'], ['2024-01-02', '5']]).errors.map((e) => e.key)).toEqual(['noCustomerId']);
    expect(readOrders([['Customer', 'Amount'], ['A', '5']]).errors.map((e) => e.key)).toEqual(['noOrderDate']);
  });
  it('all dates unparseable (column chosen by the user)', () => {
    const r = readOrders([['Customer', 'When', 'Amount'], ['A', 'soon', '5'], ['B', 'later', '6']], { mapping: { orderDate: 1 } });
    expect(r.errors.map((e) => e.key)).toEqual(['allDatesUnparseable']);
    expect(r.errors[0]).toMatchObject({ column: 1, header: 'When', rows: [2, 3] });
    expect(r.errors[0].text).toBe('No value in “When” is a date, such as “soon”, “later” (rows 2, 3); check the column or choose another');
  });
  it('formula errors and mixed types in one column', () => {
    const r = readOrders([
      ['Customer', 'Date', 'Amount'],
      ['A', new Date(2024, 0, 2), 5],
      ['B', '#N/A', 6],
      ['#REF!', '2024-01-04', 7],
      ['C', '2024-01-05', '#DIV/0!'],
      ['D', new Date(2024, 0, 6), 'n/a'],
    ]);
    const errs = r.quality.issues.filter((i) => i.check === 'errorCell').map((i) => [i.header, i.rows, i.examples]);
    expect(errs).toEqual([
      ['Customer', [4], ['#REF!']],
      ['Date', [3], ['#N/A']],
      ['Amount', [5], ['#DIV/0!']],
    ]);
    expect(issue(r, 'unparseableAmount')).toMatchObject({ rows: [6], examples: ['n/a'] });
    expect(issue(r, 'mixedTypes')).toMatchObject({ header: 'Date', rows: [4] });
    expect(r.orders.map((o) => o.customerId)).toEqual(['A']);
    for (const lang of LANGS) for (const i of r.quality.issues) expect(qualityMessage(i, lang)).not.toMatch(/\{\w+\}/);
  });
  it('future dates are reported and left out when an analysis day is given', () => {
    const r = readOrders([['Customer', 'Date', 'Amount'], ['A', '2024-01-02', '5'], ['B', '2030-01-01', '6']], { analysisDay: day(2024, 6, 30) });
    expect(issue(r, 'futureDate')).toMatchObject({ count: 1, rows: [3], examples: ['2030-01-01'] });
    expect(r.orders).toHaveLength(1);
  });
  it('blank rows are skipped and counted; sheet rows follow firstSheetRow', () => {
    const r = readOrders([['Customer', 'Date', 'Amount'], ['', '', ''], ['A', '2024-01-02', '5']], { firstSheetRow: 10 });
    expect(issue(r, 'blankRows')).toMatchObject({ count: 1, rows: [11] });
    expect(r.orders[0].row).toBe(12);
  });
  it('user mapping overrides detection and is checked', () => {
    const v = [['Buyer', 'Paid on', 'Paid'], ['A', '2024-01-02', '5']];
    const r = readOrders(v, { mapping: { customerId: 0, orderDate: 1, amount: 2 } });
    expect(r.errors).toEqual([]);
    expect(r.detection.columns[1]).toMatchObject({ role: 'orderDate', confidence: 1, reason: { key: 'reasonUserMapping' } });
    expect(readOrders(v, { mapping: { amount: 9 } }).errors.map((e) => e.key)).toContain('mappingOutOfRange');
  });
  it('reports missing order ids, dates and amounts, and customers that differ within one order', () => {
    const r = readOrders([
      ['Order ID', 'Customer ID', 'Order Date', 'Amount'],
      ['A1', 'C1', '2024-01-02', '10'],
      ['A1', 'C2', '', '5'],
      ['', 'C3', '2024-01-03', '7'],
      ['A2', 'C4', '', '8'],
      ['A3', 'C5', '2024-01-04', ''],
    ]);
    expect(issue(r, 'orderCustomerConflict')).toMatchObject({ count: 1, rows: [3], header: 'Customer ID' });
    expect(issue(r, 'missingOrderId')).toMatchObject({ count: 1, rows: [4], header: 'Order ID' });
    expect(issue(r, 'missingDate')).toMatchObject({ count: 1, rows: [5], header: 'Order Date' });
    expect(issue(r, 'missingAmount')).toMatchObject({ count: 1, rows: [6], header: 'Amount' });
    expect(r.orders.map((o) => [o.orderId ?? null, o.customerId, o.amount])).toEqual([['A1', 'C1', 15], [null, 'C3', 7]]);
    const m = issue(r, 'missingDate')!;
    expect(qualityMessage(m, 'en')).toBe('Rows without a date in “Order Date”: 1 (rows 5); left out');
    expect(qualityMessage(m, 'zh-TW')).toBe('有 1 列的「Order Date」沒有日期（第 5 列）；已排除');
    expect(qualityMessage(m, 'zh-CN')).toBe('有 1 行的“Order Date”没有日期（第 5 行）；已排除');
    expect(qualityMessage(m, 'ms')).toBe('1 baris tiada tarikh dalam “Order Date” (baris 5); baris tersebut diketepikan');
  });
  it('treats any customer id as data, even "__proto__"', () => {
    const r = readOrders([['Customer', 'Date', 'Amount', 'City'], ['__proto__', '2024-01-02', '5', 'Ipoh'], ['constructor', '2024-01-03', '6', 'Miri']]);
    expect(r.customers.map((c) => [c.customerId, c.attributes.city])).toEqual([['__proto__', 'Ipoh'], ['constructor', 'Miri']]);
    expect(({} as Record<string, unknown>).city).toBeUndefined();
  });
  it('every message exists in the four languages', () => {
    const r = readOrders([['Customer', 'Amount'], ['A', '5']]);
    for (const lang of LANGS) expect(localize(r.errors[0], lang)).not.toBe('');
    expect(localize(r.errors[0], 'zh-TW')).toContain('找不到訂單日期欄');
  });
});

describe('chunked reading gives exactly the one-shot result', () => {
  it('on every fixture, in order and in reverse order, through JSON', () => {
    for (const f of ['en-orders.csv', 'zh-TW-orders.csv', 'zh-CN-orders.csv', 'ms-orders.csv', 'shopify-orders.csv', 'woocommerce-orders.csv', 'square-transactions.csv', 'hubspot-contacts.csv']) {
      const v = readTextTable(join(FIXTURES, f));
      const once = readOrders(v);
      // header + 2 rows, then single rows
      let state = JSON.parse(JSON.stringify(startRead(v.slice(0, 3))));
      for (let i = 3; i < v.length; i++) state = JSON.parse(JSON.stringify(readChunk(state, [v[i]], i + 1)));
      expect(finishRead(state)).toEqual(once);
      // chunks merged in reverse order
      const head = startRead(v.slice(0, 2));
      const parts = [];
      for (let i = 2; i < v.length; i += 2) parts.push(readPart(head, v.slice(i, i + 2), i + 1));
      const merged = [...parts.reverse(), head].reduce((a, b) => mergeReadStates(a, b));
      expect(finishRead(merged)).toEqual(once);
    }
  });
  it('when the day/month order is only decided by a later chunk', () => {
    const v = [['Customer', 'Date', 'Amount'], ['A', '5/3/2024', '1,234'], ['B', '7/4/2024', '2'], ['C', '25/3/2024', '3']];
    const state = readChunk(startRead(v.slice(0, 3)), v.slice(3), 4);
    expect(finishRead(state)).toEqual(readOrders(v));
    expect(finishRead(state).orders[0]).toMatchObject({ day: day(2024, 3, 5), amount: 1234 });
  });
});
