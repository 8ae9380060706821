/**
 * Predicted value earns its place on the shop's own history: for several cut-offs of each shared
 * data set and of the sample shop, the run either shows a forecast that beat "each customer keeps
 * their past pace" on the hidden last months, or says in words why it shows none. Actual holdout
 * orders are counted here straight from the files (distinct customer-days after the cut-off, for
 * customers seen before it), independently of the code under test.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/cli/io';
import { readOrders } from '../../../src/core/parse';
import { dayFromYmd } from '../../../src/core/days';
import type { Purchase } from '../../../src/core/clv/summaryFromTransactions';
import { pastPace, validatedForecast, type ValidatedForecast } from '../../../src/core/clv/validatedForecast';
import { paceCap } from '../../../src/core/clv/holdoutCheck';
import { predictCustomerValue } from '../../../src/core/pipeline/predictValue';
import { LANGS } from '../../../src/core/types';
import { cdnowTransactions } from './cdnowData';
import { onlineRetailTable } from '../../helpers/onlineRetail';

/** Distinct purchase days in (from, to] of customers who bought on or before `from`. */
function holdoutOrders(purchases: readonly Purchase[], from: number, to: number): number {
  const seen = new Set(purchases.filter((p) => p.day <= from).map((p) => p.customerId));
  return new Set(purchases.filter((p) => p.day > from && p.day <= to && seen.has(p.customerId)).map((p) => `${p.customerId}|${p.day}`)).size;
}

/** The reader's orders of a CSV file (an order is a purchase as the CLV models take it). */
function table(path: string): Purchase[] {
  return readOrders(parseCsv(readFileSync(path, 'utf8'))).orders;
}

/** The run's guarantees, whatever the data. */
function expectSound(f: ValidatedForecast, purchases: readonly Purchase[]): void {
  if (f.basis === 'none') {
    expect(f.reason).not.toBeNull();
    return;
  }
  const check = f.check!;
  const base = pastPace(check);
  expect(base.actualTotal).toBe(holdoutOrders(purchases, check.window.calibrationEnd, check.window.holdoutEnd));
  if (f.basis === 'model') {
    const used = f.used!;
    expect(check.candidates).toContain(used);
    expect(used.meanAbsoluteError).toBeLessThan(base.meanAbsoluteError);
    // The chance column tells customers apart.
    const chances = f.customers.map((c) => c.chanceOfOrdering as number);
    expect(Math.max(...chances) - Math.min(...chances)).toBeGreaterThan(0.05);
  } else {
    expect(check.candidates.every((c) => !(c.meanAbsoluteError < base.meanAbsoluteError))).toBe(true);
    expect(f.customers.every((c) => c.chanceOfOrdering === null)).toBe(true);
  }
  for (const c of f.customers) {
    expect(Number.isFinite(c.expectedOrders) && c.expectedOrders >= 0).toBe(true);
    expect(Number.isFinite(c.predictedValue) && c.predictedValue >= 0).toBe(true);
  }
}

describe('checked forecasts on CDNOW (../shared/data/cdnow, 2,357 customers of the 1997 Q1 cohort)', () => {
  const purchases = cdnowTransactions('CDNOW_sample.txt');
  it.each([
    ['1998-06-30', dayFromYmd(1998, 6, 30)],
    ['1998-03-31', dayFromYmd(1998, 3, 31)],
    ['1997-12-31', dayFromYmd(1997, 12, 31)],
  ])('history to %s: a model beats past pace on the hidden months and is used', (_, end) => {
    const f = validatedForecast(purchases, { end, unit: 'week', months: 12 });
    expect(f.basis).toBe('model');
    expectSound(f, purchases);
    // Total expected within 20 % of what came (the issue saw -20 % before the check existed).
    const used = f.used!;
    expect(Math.abs(used.expectedTotal / used.actualTotal - 1)).toBeLessThan(0.2);
    expect(used.rankQuality!).toBeGreaterThan(0.7);
  });
});

describe('checked forecasts on shops whose data shows no clear dropout', () => {
  const shop = table('scripts/sample-shop/orders.csv');
  const rfm = table('../shared/data/rfm-package/rfm_data_orders.csv');
  const data = { 'sample shop': shop, 'R rfm orders': rfm };
  it.each([
    ['sample shop', '2011-12-09', dayFromYmd(2011, 12, 9)],
    ['sample shop', '2011-09-25', dayFromYmd(2011, 9, 25)],
    ['sample shop', '2011-07-13', dayFromYmd(2011, 7, 13)],
    ['R rfm orders', '2006-12-30', dayFromYmd(2006, 12, 30)],
    ['R rfm orders', '2004-12-05', dayFromYmd(2004, 12, 5)],
  ] as const)('%s to %s: a checked forecast or past pace, never a failure', (name, _, end) => {
    const purchases = data[name];
    const f = validatedForecast(purchases, { end, unit: 'week', months: 12 });
    expectSound(f, purchases);
  });

  it('says why, in every language, without model words', () => {
    const orders = shop.map((p, i) => ({ row: i + 2, customerId: p.customerId, day: p.day, amount: p.amount ?? 0 }));
    const customers = [...new Set(shop.map((p) => p.customerId))].map((customerId) => ({ customerId }) as never);
    const { report } = predictCustomerValue(orders as never, customers, dayFromYmd(2011, 12, 10));
    for (const lang of LANGS) {
      const text = report.verdict(lang);
      expect(text.length, lang).toBeGreaterThan(40);
      expect(text).not.toMatch(/NBD|Pareto|Gamma|Hessian|likelihood|alive/i);
    }
    expect(report.verdict('en')).toMatch(/^We hid your last 4 months of orders \(2011-08-08 to 2011-12-09\)/);
  });

  it('a customer long gone is never forecast to buy faster than ever before', () => {
    const f = validatedForecast(shop, { end: dayFromYmd(2011, 9, 25), unit: 'week', months: 12 });
    const horizon = (12 * 365.25) / 12 / 7;
    const histories = new Map<string, { first: number; days: Set<number> }>();
    for (const p of shop.filter((x) => x.day <= dayFromYmd(2011, 9, 25))) {
      const h = histories.get(p.customerId) ?? { first: p.day, days: new Set<number>() };
      h.first = Math.min(h.first, p.day);
      h.days.add(p.day);
      histories.set(p.customerId, h);
    }
    for (const c of f.customers) {
      const h = histories.get(c.customerId)!;
      const T = (dayFromYmd(2011, 9, 25) - h.first) / 7;
      expect(c.expectedOrders).toBeLessThanOrEqual(paceCap(h.days.size - 1, T, horizon) + 1e-9);
    }
  });
});

describe('checked forecasts on UCI Online Retail (../shared/data/online-retail, 541,909 rows)', () => {
  it('a checked forecast or past pace, and the actual holdout orders counted from the file (more cut-offs: npm run bench -- forecast)', () => {
    const purchases: Purchase[] = readOrders(onlineRetailTable()).orders;
    const end = dayFromYmd(2011, 9, 25);
    expectSound(validatedForecast(purchases, { end, unit: 'week', months: 12 }), purchases);
  }, 300_000);
});

describe('too little history', () => {
  it('gives a reason instead of a forecast', () => {
    const few = [{ customerId: 'a', day: 0, amount: 1 }, { customerId: 'a', day: 5, amount: 1 }];
    expect(validatedForecast(few, { end: 10 }).reason).toBe('fewCustomers');
    const short = Array.from({ length: 40 }, (_, i) => ({ customerId: `c${i % 20}`, day: i, amount: 5 }));
    expect(validatedForecast(short, { end: 40 }).reason).toBe('shortHistory');
  });
});
