/**
 * Hostile values in the reader (issue 14): amounts beyond what can be added exactly, Sheets' day 0
 * and other pre-1900 dates, impossible and far-future dates, and customer ids that look like
 * numbers. Each is reported through the data-quality checks (the Data quality tab, the sidebar and
 * the CLI all print `qualityMessage`), with its sheet rows, and left out rather than guessed.
 * Rows are sheet rows: the header is row 1.
 */
import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '../../../src/core/days';
import { finishRead, localize, qualityMessage, readChunk, readOrders, startRead, type ReadResult } from '../../../src/core/parse';
import { beyondPrecision, MAX_EXACT_AMOUNT } from '../../../src/core/parse/cellReader';
import { idText } from '../../../src/core/parse/cells';

const issue = (r: ReadResult, check: string) => r.quality.issues.find((i) => i.check === check);
const HEAD = ['Customer', 'Date', 'Amount'];
const orders = (rows: unknown[][], analysisDay?: number) => readOrders([HEAD, ...rows], analysisDay === undefined ? {} : { analysisDay });
const revenue = (r: ReadResult) => r.customers.reduce((s, c) => s + c.revenue, 0);
/** A `Date` at local midnight, as Sheets gives a date cell in the script's zone. */
const local = (y: number, m: number, d: number) => new Date(y, m - 1, d);

describe('amounts beyond exact precision', () => {
  it('flags an amount above 2^53 from a number cell and leaves its row out of the sums', () => {
    const r = orders([['A', '2024-01-02', 10], ['B', '2024-01-03', 2 ** 53 + 2], ['A', '2024-01-04', 5]]);
    expect(issue(r, 'beyondPrecision')).toMatchObject({ count: 1, rows: [3], header: 'Amount', excluded: true, severity: 'warning' });
    expect(r.customers.map((c) => c.customerId)).toEqual(['A']);
    expect(revenue(r)).toBe(15);
  });

  it('flags digit strings a double cannot hold, in English and Traditional Chinese with the rows', () => {
    const r = orders([['A', '2024-01-02', '12345678901234567890'], ['B', '2024-01-03', '7'], ['C', '2024-01-04', '1234567.123456789012']]);
    const i = issue(r, 'beyondPrecision')!;
    expect(i).toMatchObject({ count: 2, rows: [2, 4], examples: ['12345678901234567890', '1234567.123456789012'] });
    expect(qualityMessage(i, 'en')).toBe('Amounts in “Amount” with more digits than can be added up exactly: 2, such as "12345678901234567890", "1234567.123456789012" (rows 2, 4); those rows were left out');
    expect(qualityMessage(i, 'zh-TW')).toBe('「Amount」有 2 個金額的位數多到無法精確加總，如 "12345678901234567890", "1234567.123456789012"（第 2, 4 列）；這些列已排除');
    expect(revenue(r)).toBe(7);
  });

  it('speaks Simplified Chinese and Malay too', () => {
    const r = orders([['A', '2024-01-02', '99999999999999999'], ['B', '2024-01-03', '7']]);
    const i = issue(r, 'beyondPrecision')!;
    expect(qualityMessage(i, 'zh-CN')).toBe('“Amount”有 1 个金额的位数多到无法精确加总，如 "99999999999999999"（第 2 行）；这些行已排除');
    expect(qualityMessage(i, 'ms')).toBe('1 amaun dalam “Amount” mempunyai terlalu banyak digit untuk dijumlahkan dengan tepat, seperti "99999999999999999" (baris 2); baris tersebut diketepikan');
  });

  it('flags money text with currency and separators beyond the limit ("NT$1,000,000,000,000")', () => {
    const r = orders([['A', '2024-01-02', 'NT$1,000,000,000,000'], ['B', '2024-01-03', 'NT$5']]);
    expect(issue(r, 'beyondPrecision')).toMatchObject({ count: 1, rows: [2] });
    expect(revenue(r)).toBe(5);
  });

  it('keeps the largest exact amount and text a program wrote from a double', () => {
    const r = orders([['A', '2024-01-02', 900_000_000_000], ['B', '2024-01-03', '0.30000000000000004'], ['C', '2024-01-04', '3.3000000000000003']]);
    expect(issue(r, 'beyondPrecision')).toBeUndefined();
    expect(r.customers).toHaveLength(3);
    expect(900_000_000_000).toBeLessThan(MAX_EXACT_AMOUNT);
  });

  it('flags negative amounts beyond precision as negative first (no refund status)', () => {
    const r = orders([['A', '2024-01-02', -(2 ** 60)], ['B', '2024-01-03', 4]]);
    expect(issue(r, 'negativeAmount')).toBeUndefined();
    expect(issue(r, 'beyondPrecision')).toMatchObject({ rows: [2] });
  });

  it('flags quantity × price beyond the limit on the price column', () => {
    const r = readOrders([['Customer', 'Date', 'Quantity', 'Unit Price'], ['A', '2024-01-02', 1e6, 1e7], ['B', '2024-01-03', 2, 3]]);
    expect(issue(r, 'beyondPrecision')).toMatchObject({ count: 1, rows: [2], header: 'Unit Price', examples: ['1000000 × 10000000'] });
    expect(revenue(r)).toBe(6);
  });

  it('flags a customer total beyond the limit in a one-row-per-customer sheet', () => {
    const r = readOrders([
      ['Customer ID', 'Total Spent', 'Orders Count', 'Last Order Date'],
      ['A', '123456789012345678', 3, '2024-01-02'],
      ['B', 50, 2, '2024-01-03'],
    ]);
    expect(issue(r, 'beyondPrecision')).toMatchObject({ count: 1, rows: [2], header: 'Total Spent' });
    expect(r.customers.map((c) => c.customerId)).toEqual(['B']);
  });

  it('reports the same rows when the sheet is read in chunks', () => {
    const rows = [['A', '2024-01-02', 1e20], ['B', '2024-01-03', 2], ['C', '2024-01-04', '98765432109876543210'], ['D', '2024-01-05', 4]];
    const one = orders(rows);
    const started = startRead([HEAD, ...rows.slice(0, 1)]);
    const merged = readChunk(started, rows.slice(1), 3);
    expect(issue(finishRead(merged), 'beyondPrecision')).toEqual(issue(one, 'beyondPrecision'));
    expect(issue(one, 'beyondPrecision')).toMatchObject({ count: 2, rows: [2, 4] });
  });

  it('beyondPrecision itself: magnitude for numbers, written digits for text', () => {
    expect(beyondPrecision(1e12, 1e12)).toBe(true);
    expect(beyondPrecision(12.5, 12.5)).toBe(false);
    expect(beyondPrecision('0000000000000000012.50', 12.5)).toBe(false);
    // The number the sheet would hold for that text (it cannot hold the text's last digit).
    expect(beyondPrecision('１２３４５６７８９０１２３４５６７', Number('12345678901234567'))).toBe(true);
    expect(beyondPrecision('1.2345678901234567891', Number('1.2345678901234567891'))).toBe(true);
  });
});

describe('dates before 1900 and Sheets day 0', () => {
  it('a date cell holding day 0 (1899-12-30) is reported and is not an order, in English and Malay', () => {
    const r = orders([['A', local(2024, 1, 2), 10], ['B', local(1899, 12, 30), 20], ['A', local(2024, 2, 2), 5]]);
    const i = issue(r, 'earlyDate')!;
    expect(i).toMatchObject({ count: 1, rows: [3], header: 'Date', examples: ['1899-12-30'], excluded: true });
    expect(qualityMessage(i, 'en')).toBe('Dates in “Date” before 1900: 1, such as "1899-12-30" (rows 3); 1899-12-30 is day 0 of Sheets, usually an empty or zero date cell; those rows were left out');
    expect(qualityMessage(i, 'ms')).toBe('1 tarikh dalam “Date” sebelum 1900, seperti "1899-12-30" (baris 3); 1899-12-30 ialah hari 0 Sheets, biasanya sel tarikh kosong atau sifar; baris tersebut diketepikan');
    expect(r.customers.map((c) => c.customerId)).toEqual(['A']);
    expect(r.quality.ordersKept).toBe(2);
  });

  it('1899 text dates are reported in both Chinese scripts with their rows', () => {
    const r = orders([['A', '1899-12-31', 10], ['B', '2024-01-03', 20], ['C', '1850-06-01', 3]]);
    const i = issue(r, 'earlyDate')!;
    expect(i).toMatchObject({ count: 2, rows: [2, 4], examples: ['1899-12-31', '1850-06-01'] });
    expect(qualityMessage(i, 'zh-TW')).toBe('「Date」有 2 個日期早於 1900 年，如 "1899-12-31", "1850-06-01"（第 2, 4 列）；1899-12-30 是試算表的第 0 天，通常是空白或為 0 的日期儲存格；這些列已排除');
    expect(qualityMessage(i, 'zh-CN')).toBe('“Date”有 2 个日期早于 1900 年，如 "1899-12-31", "1850-06-01"（第 2, 4 行）；1899-12-30 是表格的第 0 天，通常是空白或为 0 的日期单元格；这些行已排除');
    expect(r.customers.map((c) => c.customerId)).toEqual(['B']);
  });

  it('1900-01-01 is the first day kept', () => {
    const r = orders([['A', '1900-01-01', 10], ['B', local(1900, 1, 1), 2]]);
    expect(issue(r, 'earlyDate')).toBeUndefined();
    expect(r.customers.map((c) => c.firstOrderDay)).toEqual([dayFromYmd(1900, 1, 1), dayFromYmd(1900, 1, 1)]);
  });

  it('serial 0 as a plain number is not a date: reported and left out', () => {
    const r = orders([['A', 0, 10], ['B', 45356, 20]]);
    expect(issue(r, 'unparseableDate')).toMatchObject({ count: 1, rows: [2], examples: ['0'] });
    expect(r.customers.map((c) => c.customerId)).toEqual(['B']);
  });

  it('day/month-first text before 1900 is reported once the column decides the order', () => {
    const r = orders([['A', '30/12/1899', 10], ['B', '25/03/2024', 20]]);
    expect(issue(r, 'earlyDate')).toMatchObject({ count: 1, rows: [2], examples: ['1899-12-30'] });
    expect(r.customers.map((c) => c.customerId)).toEqual(['B']);
  });

  it('a last order date before 1900 in a customer sheet is reported', () => {
    const r = readOrders([
      ['Customer ID', 'Total Spent', 'Orders Count', 'Last Order Date'],
      ['A', 10, 1, local(1899, 12, 30)],
      ['B', 50, 2, '2024-01-03'],
    ]);
    expect(issue(r, 'earlyDate')).toMatchObject({ count: 1, rows: [2], header: 'Last Order Date' });
    expect(r.customers.map((c) => c.customerId)).toEqual(['B']);
  });

  it('a first order date before 1900 in a customer sheet is reported and the row left out', () => {
    const r = readOrders([
      ['Customer ID', 'Total Spent', 'Orders Count', 'First Order Date', 'Last Order Date'],
      ['A', 10, 1, '1899-12-30', '2024-01-02'],
      ['B', 50, 2, '2023-01-01', '2024-01-03'],
    ]);
    expect(issue(r, 'earlyDate')).toMatchObject({ count: 1, rows: [2], header: 'First Order Date' });
    expect(r.customers.map((c) => c.customerId)).toEqual(['B']);
  });

  it('impossible dates (0000-00-00, 2023-02-29, 2024-13-01) are not dates', () => {
    // enough real dates that "Date" is still detected as the date column
    const good = [1, 2, 3, 4, 5, 6, 7].map((d) => ['D', `2024-02-0${d}`, 1]);
    const r = orders([['A', '0000-00-00', 1], ['B', '2023-02-29', 2], ['C', '2024-13-01', 3], ['D', '2024-02-29', 4], ...good]);
    expect(issue(r, 'unparseableDate')).toMatchObject({ count: 3, rows: [2, 3, 4], examples: ['0000-00-00', '2023-02-29', '2024-13-01'] });
    expect(qualityMessage(issue(r, 'unparseableDate')!, 'zh-TW')).toContain('（第 2, 3, 4 列）');
    expect(r.customers.map((c) => c.customerId)).toEqual(['D']);
  });

  it('an Invalid Date object is reported, not counted', () => {
    const r = orders([['A', new Date(Number.NaN), 1], ['B', '2024-01-01', 2]]);
    expect(issue(r, 'unparseableDate')).toMatchObject({ rows: [2] });
    expect(r.customers.map((c) => c.customerId)).toEqual(['B']);
  });
});

describe('dates after the analysis day', () => {
  const END = dayFromYmd(2024, 6, 30);

  it('far-future dates (9999-12-31, a date cell in 2100) are reported in English and Malay with their rows', () => {
    const r = orders([['A', '2024-01-02', 5], ['B', '9999-12-31', 6], ['C', local(2100, 1, 1), 7], ['A', '2024-06-30', 1]], END);
    const i = issue(r, 'futureDate')!;
    expect(i).toMatchObject({ count: 2, rows: [3, 4], examples: ['9999-12-31', '2100-01-01'], excluded: true });
    expect(qualityMessage(i, 'en')).toBe('Orders in “Date” dated after the analysis day: 2 (rows 3, 4); left out');
    expect(qualityMessage(i, 'ms')).toBe('2 pesanan dalam “Date” bertarikh selepas hari analisis (baris 3, 4); pesanan tersebut diketepikan');
    expect(r.customers.map((c) => c.customerId)).toEqual(['A']);
  });

  it('the analysis day itself is kept; the day after is not (zh-CN)', () => {
    const r = orders([['A', '2024-06-30', 5], ['B', '2024-07-01', 6]], END);
    const i = issue(r, 'futureDate')!;
    expect(i).toMatchObject({ count: 1, rows: [3] });
    expect(qualityMessage(i, 'zh-CN')).toBe('“Date”有 1 笔订单的日期晚于分析日（第 3 行）；已排除');
    expect(r.customers.map((c) => c.customerId)).toEqual(['A']);
  });

  it('a future last order date in a customer sheet is reported', () => {
    const r = readOrders([['Customer ID', 'Total Spent', 'Last Order Date'], ['A', 10, '2031-01-01'], ['B', 5, '2024-01-01']], { analysisDay: END });
    expect(issue(r, 'futureDate')).toMatchObject({ count: 1, rows: [2], examples: ['2031-01-01'] });
    expect(r.customers.map((c) => c.customerId)).toEqual(['B']);
  });

  it('YYYYMMDD numbers in the future are reported too', () => {
    const r = orders([['A', 20240101, 5], ['B', 20991231, 6]], END);
    expect(issue(r, 'futureDate')).toMatchObject({ count: 1, rows: [3], examples: ['2099-12-31'] });
  });
});

describe('customer ids that look like numbers keep their text', () => {
  const ids = (rows: unknown[][]) => orders(rows.map((r, i) => [r[0], `2024-01-${String(i + 1).padStart(2, '0')}`, 10])).customers.map((c) => c.customerId).sort();

  it('0123456789 (a phone number as text) and 123456789 (a number) are two customers', () => {
    expect(ids([['0123456789'], [123456789]])).toEqual(['0123456789', '123456789']);
  });
  it('leading zeros are kept: "007", "07" and 7 are three customers', () => {
    expect(ids([['007'], ['07'], [7]])).toEqual(['007', '07', '7']);
  });
  it('"1.50" is not "1.5", nor the number 1.5', () => {
    expect(ids([['1.50'], ['1.5']])).toEqual(['1.5', '1.50']);
    expect(ids([['1.50'], [1.5]])).toEqual(['1.5', '1.50']);
    expect(idText('1.50')).toBe('1.50');
  });
  it('"1e5" is not 100000', () => {
    expect(ids([['1e5'], [100000]])).toEqual(['100000', '1e5']);
  });
  it('17850 from a number cell and "17850.0" from a float export are one customer (documented), "17850.5" another', () => {
    expect(ids([[17850], ['17850.0'], ['17850.5']])).toEqual(['17850', '17850.5']);
    expect(idText('17850.00')).toBe('17850.00');
  });
  it('spacing around an id is not part of it: spaces, tabs, line breaks, NBSP and the ideographic space', () => {
    expect(ids([['C1'], [' C1'], ['C1\t'], ['C1\n'], ['\u00a0C1\u00a0'], ['\u3000C1']])).toEqual(['C1']);
    expect(idText('\u00a017850.0\u00a0')).toBe('17850');
  });
  it('a blank id cell has no id, however it is blank', () => {
    expect(['', ' ', '\t', '\u3000', null, undefined].map(idText)).toEqual(['', '', '', '', '', '']);
  });
  it('a space inside an id is kept: "C 1" and "C1" are two customers', () => {
    expect(ids([['C 1'], ['C1']])).toEqual(['C 1', 'C1']);
  });
  it('full-width digits are another text: "１７８５０" and "17850" are two customers', () => {
    expect(ids([['１７８５０'], ['17850']])).toEqual(['17850', '１７８５０']);
  });
  it('ids differing only in case stay apart', () => {
    expect(ids([['abc'], ['ABC']])).toEqual(['ABC', 'abc']);
  });
  it('an error cell as customer id is reported with its row in two languages', () => {
    const r = orders([['#N/A', '2024-01-02', 5], ['A', '2024-01-03', 6]]);
    const i = issue(r, 'errorCell')!;
    expect(i).toMatchObject({ rows: [2], header: 'Customer' });
    expect(qualityMessage(i, 'en')).toBe('Formula errors in “Customer”: 1, such as "#N/A" (rows 2); those rows were left out');
    expect(qualityMessage(i, 'zh-TW')).toBe('「Customer」有 1 個儲存格是公式錯誤，如 "#N/A"（第 2 列）；這些列已排除');
  });
});

describe('error cells in amount and date columns', () => {
  it.each(['#N/A', '#DIV/0!', '#REF!', '#VALUE!'])('%s in Amount is reported and not summed', (err) => {
    const r = orders([['A', '2024-01-02', err], ['A', '2024-01-03', 6]]);
    expect(issue(r, 'errorCell')).toMatchObject({ rows: [2], header: 'Amount', examples: [err] });
    expect(revenue(r)).toBe(6);
  });
  it('#REF! in Date is reported in Malay and not an order', () => {
    const r = orders([['A', '#REF!', 5], ['A', '2024-01-03', 6]]);
    const i = issue(r, 'errorCell')!;
    expect(i).toMatchObject({ rows: [2], header: 'Date' });
    expect(qualityMessage(i, 'ms')).toBe('1 sel dalam “Date” ialah ralat formula seperti "#REF!" (baris 2); baris tersebut diketepikan');
    expect(r.quality.ordersKept).toBe(1);
  });
});

describe('an amount column whose values are not amounts', () => {
  it('is a blocking error naming the column, in English and Malay, instead of spend 0 for everyone', () => {
    const rows = [['Customer', 'Date', 'Amount'], ['a', '2024-01-01', 'abc'], ['b', '2024-01-02', 'n/a'], ['a', '2024-02-01', 'x']];
    const r = readOrders(rows);
    expect(r.errors.map((e) => localize(e, 'en'))).toEqual(['“Amount” looks like the order amount by its header, but too few of its values are amounts, so spend would be 0 for everyone; fix the values or choose the amount column']);
    expect(localize(r.errors[0], 'ms')).toMatch(/^“Amount” kelihatan seperti amaun pesanan/);
  });

  it('is not an error when the user chose no amount column, or when there is none', () => {
    const rows = [['Customer', 'Date', 'Amount'], ['a', '2024-01-01', 'abc'], ['b', '2024-01-02', 'n/a']];
    expect(readOrders(rows, { mapping: { amount: null } }).errors).toEqual([]);
    expect(readOrders([['Customer', 'Date'], ['a', '2024-01-01'], ['b', '2024-01-02']]).errors).toEqual([]);
  });
});
