/**
 * Privacy of the birthday list, in the four languages and every consent wording of
 * consentSheets.ts: everyone has a birthday in the month ahead, yet no customer who opted out, or
 * who gave no consent where the sheet records consent, is on it — neither when the order sheet
 * itself says so, nor when only a separate customer list does (an opt-out in any source wins).
 */
import { describe, expect, it } from 'vitest';
import { consentColumnsOf } from '../../../src/core/campaigns/consent';
import { dayFromIso } from '../../../src/core/days';
import { readOrders, type ReadResult } from '../../../src/core/parse';
import { segmentCustomers } from '../../../src/core/pipeline/segmentCustomers';
import { campaignsTab } from '../../../src/core/report/campaignsTab';
import { isDayCell } from '../../../src/core/report/tabSpec';
import { shopifySegments } from '../../../src/core/rfm';
import { combineSources } from '../../../src/core/sources';
import type { Lang } from '../../../src/core/types';
import { ANALYSIS, CUSTOMERS, WORDINGS, allowedUnder, cellOf, consentSheet, emailOf, idOf, phoneOf, type Wording } from './consentSheets';

const BIRTHDAY: Record<Lang, string> = { en: 'Birthday', 'zh-TW': '生日', 'zh-CN': '生日', ms: 'Tarikh Lahir' };
const RUN_DAY = dayFromIso('2025-01-01')!;
/** Customer i's birthday: January 2 + i, so every one of them falls in the month from 2025-01-01. */
const birthdayOf = (i: number) => `198${i % 10}-01-${String(2 + i).padStart(2, '0')}`;
const BIRTHDAY_TITLE = /2025-01-01/;

/** The sheet of consentSheets.ts with a birthday column. */
function withBirthdays(w: Wording): unknown[][] {
  const rows = consentSheet(w);
  return rows.map((r, k) => [...r, k === 0 ? BIRTHDAY[w.lang] : birthdayOf(Number(String(r[0]).slice(1)))]);
}

/** The birthday block's cells of the Campaign lists tab for a read. */
function birthdayCells(read: ReadResult, lang: Lang): string[] {
  const seg = segmentCustomers(read.orders, read.customers, { analysisDay: ANALYSIS, bins: 5, rules: shopifySegments, lang, fitClv: false, segmentBy: 'rfm' });
  const tab = campaignsTab(seg, lang, { consent: consentColumnsOf(read.detection), templates: {}, previous: new Map(), sameSegment: () => false, runDay: RUN_DAY });
  const block = tab.blocks.find((b) => typeof b.title === 'string' && BIRTHDAY_TITLE.test(b.title));
  expect(block, 'the birthday block').toBeDefined();
  return block!.values.flat().filter((v) => !isDayCell(v)).map(String);
}

const traces = (i: number) => [idOf(i), emailOf(i), phoneOf(i)];

describe.each(WORDINGS.map((w) => [`${w.lang} "${w.header}"`, w] as const))('%s', (_, w) => {
  it('the birthday list names only customers who may be contacted', () => {
    const cells = birthdayCells(readOrders(withBirthdays(w), { analysisDay: ANALYSIS }), w.lang);
    for (let i = 0; i < CUSTOMERS; i++) {
      if (allowedUnder(w, i)) expect(cells).toContain(idOf(i));
      else for (const t of traces(i)) expect(cells.some((c) => c.includes(t)), `${idOf(i)}: ${t}`).toBe(false);
    }
  });

  it('an opt-out in a customer list keeps a customer off it even where the orders allow contact', () => {
    // The orders carry no consent column; the list says what the wording says.
    const orders = readOrders(consentSheet(w).map((r) => r.filter((_, c) => c !== 5)), { analysisDay: ANALYSIS });
    const list = readOrders(
      [
        [consentSheet(w)[0][0], w.header, BIRTHDAY[w.lang], 'Total Spent', 'Last Order Date'],
        ...Array.from({ length: CUSTOMERS }, (_, i) => [idOf(i), cellOf(i) === 'yes' ? w.yes : cellOf(i) === 'no' ? w.no : '', birthdayOf(i), 1, '2024-12-01']),
      ],
      { analysisDay: ANALYSIS },
    );
    expect(list.errors).toEqual([]);
    const combined = combineSources([
      { name: 'orders.csv', read: orders },
      { name: 'list.csv', read: list },
    ]);
    const cells = birthdayCells(combined, w.lang);
    for (let i = 0; i < CUSTOMERS; i++) {
      if (allowedUnder(w, i)) expect(cells).toContain(idOf(i));
      else for (const t of traces(i)) expect(cells.some((c) => c.includes(t)), `${idOf(i)}: ${t}`).toBe(false);
    }
  });
});
