/**
 * The satisfaction column on the KPIs tab (issue 19): the answer scale read from the answers, NPS on
 * 0–10 (Reichheld 2003: % 9–10 minus % 0–6), CSAT as the top two boxes on 1–5 and 1–7 (Farris et
 * al. 2010), and the trend by month of the customers' first order.
 */
import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '../../../src/core/days';
import { satisfactionKpis } from '../../../src/core/kpi/satisfactionKpis';
import { surveyScale } from '../../../src/core/kpi/surveyScale';
import type { AttributeValue, CustomerSummary } from '../../../src/core/types';

const customer = (id: string, firstOrder: [number, number, number], satisfaction?: AttributeValue): CustomerSummary => {
  const day = dayFromYmd(...firstOrder);
  return { customerId: id, firstOrderDay: day, lastOrderDay: day, orders: 1, purchaseDays: 1, revenue: 10, averageOrderValue: 10, attributes: satisfaction === undefined ? {} : { satisfaction } };
};

describe('surveyScale', () => {
  it('reads 0–10 from a 0 or any answer of 8 or more', () => {
    expect(surveyScale([10, 9, 7, 3])).toEqual({ max: 10, highest: 10 });
    expect(surveyScale([0, 3, 5])).toEqual({ max: 10, highest: 5 });
    expect(surveyScale([8, 1])).toEqual({ max: 10, highest: 8 });
  });
  it('reads 1–5 and 1–7 ratings from the highest answer', () => {
    expect(surveyScale([5, 4, 4, 1])).toEqual({ max: 5, highest: 5 });
    expect(surveyScale([3, 2])).toEqual({ max: 5, highest: 3 });
    expect(surveyScale([7, 6, 2])).toEqual({ max: 7, highest: 7 });
    expect(surveyScale([6, 1])).toEqual({ max: 7, highest: 6 });
  });
  it('knows no scale for decimals, negatives, answers above 10 or no answers', () => {
    for (const scores of [[4.5, 3], [-1, 5], [87, 90], []]) expect(surveyScale(scores), String(scores)).toBeNull();
  });
});

describe('satisfactionKpis', () => {
  it('NPS on 0–10 answers, by month of first order; customers without an answer are left out', () => {
    const s = satisfactionKpis([
      customer('a', [2024, 1, 5], 10), customer('b', [2024, 1, 20], 9), customer('c', [2024, 1, 31], 3),
      customer('d', [2024, 3, 2], 0), customer('e', [2024, 3, 9], 8), customer('f', [2024, 2, 1]), customer('g', [2024, 2, 2], ''),
    ]);
    expect(s).toEqual({
      measure: 'nps',
      scale: { max: 10, highest: 10 },
      responses: 5,
      score: 0, // 2 promoters (10, 9), 2 detractors (3, 0), 1 passive (8)
      byMonth: [
        { month: '2024-01', responses: 3, score: expect.closeTo(100 / 3, 12) },
        { month: '2024-03', responses: 2, score: -50 },
      ],
    });
  });
  it('CSAT: 4–5 of 1–5 and 6–7 of 1–7 are satisfied', () => {
    const five = satisfactionKpis([5, 4, 3, 2].map((v, i) => customer(`c${i}`, [2024, 5, 1 + i], v)));
    expect(five).toMatchObject({ measure: 'csat', scale: { max: 5, highest: 5 }, responses: 4, score: 0.5 });
    const seven = satisfactionKpis([7, 6, 5, 4, 7].map((v, i) => customer(`c${i}`, [2024, 5, 1 + i], v)));
    expect(seven).toMatchObject({ measure: 'csat', scale: { max: 7, highest: 7 }, responses: 5, score: 0.6 });
  });
  it('counts answers on no known scale without scoring them, and is null without answers', () => {
    expect(satisfactionKpis([customer('a', [2024, 1, 1], 4.5), customer('b', [2024, 1, 2], 4)])).toEqual({ measure: 'unreadable', responses: 2, example: 4.5 });
    expect(satisfactionKpis([customer('a', [2024, 1, 1])])).toBeNull();
  });
});
