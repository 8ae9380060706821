import { describe, expect, it } from 'vitest';
import { calibrationAndHoldout } from '../../../src/core/clv/calibrationHoldout';
import { summaryFromTransactions } from '../../../src/core/clv/summaryFromTransactions';
import { dayFromIso } from '../../../src/core/days';
import { CALIBRATION_END, HOLDOUT_END, cdnowSummary, cdnowSummaryPlain, cdnowTransactions } from './cdnowData';

const sample = cdnowTransactions('CDNOW_sample.txt');
const summary = summaryFromTransactions(sample, { unit: 'week', calibrationEnd: CALIBRATION_END });
const byId = new Map(summary.map((s) => [Number(s.customerId), s]));

describe('summaryFromTransactions on the CDNOW sample', () => {
  it('reproduces cdnow_customers_summary.csv (lifetimes datasets) for all 2,357 customers within ±0.006 weeks', () => {
    const shipped = cdnowSummaryPlain();
    expect(shipped).toHaveLength(2357);
    expect(summary).toHaveLength(2357);
    for (const row of shipped) {
      const mine = byId.get(row.id)!;
      expect(mine.frequency).toBe(row.frequency);
      expect(Math.abs(mine.recency - row.recency)).toBeLessThanOrEqual(0.006);
      expect(Math.abs(mine.T - row.T)).toBeLessThanOrEqual(0.006);
    }
    // README: sum of frequency 2,457; 1,411 without repeats; largest T 38.86 = 272 / 7.
    expect(summary.reduce((s, r) => s + r.frequency, 0)).toBe(2457);
    expect(summary.filter((r) => r.frequency === 0)).toHaveLength(1411);
  });

  it('reproduces zbar of cdnow_customers_summary_with_transactions.csv; mean 35.0786 over 946 repeaters (FHL 2005 JMR: mean $35, max $300)', () => {
    for (const row of cdnowSummary()) expect(Math.abs(byId.get(row.id)!.monetary - row.monetary)).toBeLessThan(0.006);
    const repeaters = summary.filter((r) => r.frequency > 0);
    expect(repeaters).toHaveLength(946);
    // The README's 35.0786 is the mean of the CSV's cent-rounded zbar; ours, unrounded, lies within a tenth of a cent.
    const shipped = cdnowSummary().filter((r) => r.frequency > 0);
    expect(shipped.reduce((s, r) => s + r.monetary, 0) / shipped.length).toBeCloseTo(35.0786, 4);
    expect(Math.abs(repeaters.reduce((s, r) => s + r.monetary, 0) / 946 - 35.0786)).toBeLessThan(0.001);
    expect(Math.round(Math.max(...repeaters.map((r) => r.monetary)))).toBe(300);
  });

  it('merges same-day purchases and drops the first day from monetary (lifetimes test_utils cases)', () => {
    // lifetimes test_summary_data_from_transaction_data_squashes_period_purchases_to_one_purchase: two purchases on one day → frequency 0.
    const d = dayFromIso('2015-01-01')!;
    const s = summaryFromTransactions(
      [
        { customerId: '1', day: d, amount: 1 },
        { customerId: '1', day: d, amount: 2 },
      ],
      { unit: 'day' },
    );
    expect(s[0].frequency).toBe(0);
    // lifetimes test ..._will_choose_the_correct_first_order_to_drop_in_monetary_transactions: monetary_value 22.5
    const s2 = summaryFromTransactions(
      [
        { customerId: '2', day: dayFromIso('2014-12-05')!, amount: 15 },
        { customerId: '2', day: dayFromIso('2015-01-01')!, amount: 20 },
        { customerId: '2', day: dayFromIso('2015-01-02')!, amount: 25 },
      ],
      { unit: 'day', calibrationEnd: dayFromIso('2015-02-01')! },
    );
    expect(s2[0]).toMatchObject({ frequency: 2, recency: 28, T: 58, monetary: 22.5, totalSpend: 60 });
  });

  it('splits calibration and holdout by date (README: 4,960 rows by 1997-09-30; holdout weeks 40–78)', () => {
    const rows = calibrationAndHoldout(sample, { unit: 'week', calibrationEnd: CALIBRATION_END, holdoutEnd: HOLDOUT_END });
    expect(rows).toHaveLength(2357);
    expect(rows[0].durationHoldout).toBeCloseTo(273 / 7, 10);
    // Purchase days in the sample: 6,696 = 2,357 first + 2,457 calibration repeats + holdout days.
    expect(rows.reduce((s, r) => s + r.frequencyHoldout, 0)).toBe(6696 - 2357 - 2457);
    expect(() => calibrationAndHoldout(sample, { unit: 'week', calibrationEnd: HOLDOUT_END, holdoutEnd: CALIBRATION_END })).toThrow(/holdout/);
  });
});
