/**
 * One customer base from two order files and a customer list, in the four languages
 * (test/fixtures/sources/, README there). Every expected figure is counted by hand from the CSV files:
 * shop C1 = O1 120 + O2 80; C2 = shop O3 200 + counter K-2 50 (same email, other case); C3 = shop O4 60
 * (the counter's K-3 row, same phone in local spelling, same day and amount, is the same sale: counted
 * once); C4 = O5 300; K-5 = 40 (counter only). The NT$ files hold ten times these amounts.
 */
import { describe, expect, it } from 'vitest';
import { finishSources, segmentSources } from '../../../src/app/sources';
import { defaultSettings } from '../../../src/app/settings';
import { dayFromIso } from '../../../src/core/days';
import { combineSources, sourceKind } from '../../../src/core/sources';
import { startRead } from '../../../src/core/parse';
import { mergeOrders } from '../../../src/core/sources/mergeOrders';
import { SOURCE_MESSAGES } from '../../../src/core/sources/messages';
import { LANGS, type Lang } from '../../../src/core/types';
import { fixtureSources, fixtureState } from './fixtureReads';
import { UserError } from '../../../src/app/messages';

const SCALE: Record<Lang, number> = { en: 1, 'zh-TW': 10, 'zh-CN': 1, ms: 1 };
const CITY_OF_C2: Record<Lang, string> = { en: 'Penang', 'zh-TW': '台中市', 'zh-CN': '杭州市', ms: 'Pulau Pinang' };

describe.each(LANGS.map((l) => [l] as const))('%s fixtures', (lang) => {
  const reads = finishSources(fixtureSources(lang), lang);
  const combined = combineSources(reads);

  it('tells the order files from the customer list by their columns', () => {
    expect(combined.sources.sources.map((s) => s.kind)).toEqual(['orders', 'orders', 'customers']);
  });

  it('recognises each customer across files by id, email and phone, keeping the shop\'s ids', () => {
    expect(combined.sources.matched).toEqual({ id: 2, email: 2, phone: 2 });
    const revenue = Object.fromEntries(combined.customers.map((c) => [c.customerId, [c.orders, c.revenue]]));
    const k = SCALE[lang];
    expect(revenue).toEqual({ C1: [2, 200 * k], C2: [2, 250 * k], C3: [1, 60 * k], C4: [1, 300 * k], 'K-5': [1, 40 * k] });
    expect(combined.orders).toHaveLength(7);
  });

  it('reports the sale in both order files once, and the listed customer with no order', () => {
    expect(combined.sources.duplicates).toEqual([{ kept: `${lang}-shop.csv`, dropped: `${lang}-counter.csv`, byOrderId: 0, byDayAmount: 1, examples: [`C3 2024-02-15 ${60 * SCALE[lang]}`] }]);
    expect(combined.sources.withoutOrders).toEqual([{ name: `${lang}-crm.csv`, count: 1, rows: [] }]);
  });

  it("takes the list's details, and an opt-out in any file", () => {
    const c = (id: string) => combined.customers.find((x) => x.customerId === id)!.attributes;
    expect(c('C2').city).toBe(CITY_OF_C2[lang]); // joined by email: the list's CRM-7
    expect(c('C3').age).toBe(29); // joined by phone: the list's CRM-9
    expect(c('C4').marketingOptOut).toBe(true); // the shop says no, the list says yes
    expect(c('C1').marketingOptOut).toBe(false);
  });

  it('runs as one customer base and says so in the Data quality tab, in the language', () => {
    const run = segmentSources(fixtureSources(lang), { settings: { ...defaultSettings(), analysisDate: '2024-05-01', fitClv: false }, lang, runDay: dayFromIso('2026-07-01')! });
    expect(run.segmentation.customers).toHaveLength(5);
    const quality = run.tabs.find((t) => t.kind === 'quality')!;
    const cells = quality.blocks.flatMap((b) => b.values.flat()).map(String);
    expect(cells).toContain(SOURCE_MESSAGES.duplicateName[lang]);
    expect(cells).toContain(SOURCE_MESSAGES.withoutOrdersName[lang]);
    expect(cells.some((c) => c.includes(`${lang}-crm.csv`) && c.includes(`${lang}-shop.csv`))).toBe(true);
  });
});

describe('mergeOrders', () => {
  const o = (customerId: string, day: number, amount: number, orderId?: string) => ({ row: 2, customerId, day, amount, ...(orderId ? { orderId } : {}) });
  it('counts the same order id of the same customer once, but not the same id of another customer', () => {
    const m = mergeOrders([
      { name: 'a', hasOrderIds: true, orders: [o('X', 1, 10, '#1001'), o('Y', 1, 10, '#1002')] },
      { name: 'b', hasOrderIds: true, orders: [o('X', 1, 10, '#1001'), o('Z', 1, 10, '#1002'), o('Y', 1, 10, '#9')] },
    ]);
    // Y's #9 has the same day and amount as #1002 but both files have ids: another order.
    expect(m.orders).toHaveLength(4);
    expect(m.duplicates).toEqual([{ kept: 'a', dropped: 'b', byOrderId: 1, byDayAmount: 0, examples: ['#1001'] }]);
  });
  it('matches day and amount one to one where a file has no ids, never within a file', () => {
    const m = mergeOrders([
      { name: 'a', hasOrderIds: false, orders: [o('X', 5, 12.5), o('X', 5, 12.5)] },
      { name: 'b', hasOrderIds: false, orders: [o('X', 5, 12.5), o('X', 5, 12.5), o('X', 5, 12.5)] },
    ]);
    expect(m.orders).toHaveLength(3);
    expect(m.duplicates[0].byDayAmount).toBe(2);
  });
});

describe('segmentSources refuses', () => {
  it('a source with errors, naming it in the user\'s language', () => {
    const bad = { name: 'empty.csv', state: fixtureState('en-crm.csv') };
    bad.state = { ...bad.state, errors: [{ key: 'emptySheet', params: {}, text: 'The sheet is empty', column: null, header: null, rows: [] }] };
    expect(() => finishSources([{ name: 'en-shop.csv', state: fixtureState('en-shop.csv') }, bad], 'zh-TW')).toThrow(/「empty\.csv」：/);
  });
  it('an order file whose dates cannot be read, not taking it for a customer list', () => {
    const values = [['Customer ID', 'Invoice Date', 'Amount'], ['A1', 'not a date', '12.00'], ['A2', '31/31/2020', 'abc']];
    const state = startRead(values);
    expect(state.detection.roles.orderDate).toBeUndefined(); // the reader found no date column
    expect(sourceKind(state.detection)).toBe('orders'); // but an amount column says orders
    expect(() => finishSources([{ name: 'en-shop.csv', state: fixtureState('en-shop.csv') }, { name: 'bad.csv', state }], 'en')).toThrow(/“bad\.csv”: No order date column/);
  });
  it('customer lists without any order source', () => {
    expect(() => finishSources([{ name: 'a.csv', state: fixtureState('en-crm.csv') }, { name: 'b.csv', state: fixtureState('ms-crm.csv') }], 'ms')).toThrow(UserError);
  });
});
