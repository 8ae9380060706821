/**
 * Properties of the reader on arbitrary sheets (fast-check): it never throws, every data row is
 * accounted for, and reading in two chunks merged in either order gives the one-shot result
 * whenever both see the same column detection, also after a JSON round trip of the states.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { finishRead, mergeReadStates, readOrders, readPart, startRead } from '../../../src/core/parse';

const cell = fc.oneof(
  fc.constantFrom('', ' ', '#N/A', '#REF!', 'Refunded', 'paid', 'C123', 'abc', 'NT$1,234', '1.234,50 €', '(12.00)', '5/3/2024', '25/3/2024', '3/25/2024', '2024年3月5日', '2024-03-05 10:00:00', '19970101', '17850.0', 'RM 25', '12%'),
  fc.integer({ min: -50, max: 50_000 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.boolean(),
  fc.integer({ min: 0, max: 40_000 }).map((d) => new Date(Date.UTC(1990, 0, 1) + d * 86_400_000)),
);
const header = fc.shuffledSubarray(['Customer ID', 'Order ID', 'Order Date', 'Amount', 'Quantity', 'Unit Price', 'Status', 'City', 'Email', 'Total Spent', 'Last Order Date', 'junk'], { minLength: 1, maxLength: 6 });
const sheet = header.chain((h) => fc.array(fc.array(cell, { minLength: h.length, maxLength: h.length }), { maxLength: 30 }).map((rows) => [h as unknown[], ...rows]));

describe('reader properties', () => {
  it('never throws and accounts for every row', () => {
    fc.assert(
      fc.property(sheet, (values) => {
        const r = readOrders(values);
        const blank = r.quality.issues.find((i) => i.check === 'blankRows')?.count ?? 0;
        expect(r.quality.rowsRead + blank).toBe(values.length - 1 - r.detection.headerRow);
        if (r.errors.length) expect(r.customers).toEqual([]);
        for (const o of r.orders) expect(Number.isFinite(o.amount) && Number.isInteger(o.day)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('two chunks in either order give the one-shot result', () => {
    fc.assert(
      fc.property(sheet, fc.nat(), (values, cut) => {
        const once = readOrders(values);
        const split = once.detection.headerRow + 2 + (cut % Math.max(1, values.length));
        const head = startRead(values.slice(0, split));
        fc.pre(JSON.stringify(head.detection) === JSON.stringify(once.detection));
        const tail = readPart(head, values.slice(split), split + 1);
        // states cross google.script.run as JSON
        const json = <T>(x: T): T => JSON.parse(JSON.stringify(x));
        expect(finishRead(json(mergeReadStates(json(head), json(tail))))).toEqual(once);
        expect(finishRead(mergeReadStates(tail, head))).toEqual(once);
      }),
      { numRuns: 500 },
    );
  });
});
