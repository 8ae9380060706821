/**
 * Properties of the reader on arbitrary sheets (fast-check): it never throws, every data row is
 * accounted for, and reading in two chunks merged in either order gives the one-shot result
 * whenever both see the same column detection, also after a JSON round trip of the states, as does
 * reading on with the first rows' reader.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { finishRead, finishStarted, mergeReadStates, ReadAccumulator, readOrders, readPart, startRead, startReading, withoutRows } from '../../../src/core/parse';

const cell = fc.oneof(
  fc.constantFrom('', ' ', '#N/A', '#REF!', 'Refunded', 'paid', 'C123', 'abc', 'NT$1,234', '1.234,50 €', '(12.00)', '5/3/2024', '25/3/2024', '3/25/2024', '2024年3月5日', '2024-03-05 10:00:00', '19970101', '17850.0', 'RM 25', '12%', '2024-03-05T23:30:00Z', '12/1/2010 8:26', '2024-03-05 00:00', '85123A', 'WHITE MUG'),
  fc.integer({ min: -50, max: 50_000 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.boolean(),
  fc.integer({ min: 0, max: 40_000 }).map((d) => new Date(Date.UTC(1990, 0, 1) + d * 86_400_000)),
);
const header = fc.shuffledSubarray(['Customer ID', 'Order ID', 'Order Date', 'Amount', 'Quantity', 'Unit Price', 'Status', 'City', 'Email', 'Total Spent', 'Last Order Date', 'junk', 'StockCode', 'Description', 'Birthday', 'Income'], { minLength: 1, maxLength: 6 });
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

  it("two chunks in either order, or the first rows' reader read on, give the one-shot result", () => {
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
        // The CLI reads on with the reader of the first rows.
        const started = startReading(values.slice(0, split));
        started.reader.read(values.slice(split), split + 1);
        expect(finishRead(finishStarted(started))).toEqual(once);
      }),
      { numRuns: 500 },
    );
  });

  // Orders that come back on many chunks (the same few order ids), merged by one accumulator in any
  // order: the in-place merge of an order seen three or more times must equal the one-shot read.
  const orderLine = fc.tuple(fc.constantFrom('o1', 'o2', 'o3', 'o4', ''), fc.constantFrom('c1', 'c2', 'c3', ''), fc.constantFrom('2024-03-05', '2024-03-07', '', 'x'), fc.constantFrom('10', '2.50', '', '-3', 'Refunded'), fc.constantFrom('web', 'shop', ''));
  const orderSheet = fc.array(orderLine, { minLength: 1, maxLength: 40 }).map((rows) => [['Order ID', 'Customer ID', 'Order Date', 'Amount', 'Channel'], ...rows] as unknown[][]);
  it('any number of chunks, merged in any order by one accumulator, give the one-shot result', () => {
    fc.assert(
      fc.property(orderSheet, fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), fc.nat(), (values, cutSeeds, orderSeed) => {
        const once = readOrders(values);
        const cuts = [...new Set(cutSeeds.map((c) => 2 + (c % values.length)))].filter((c) => c < values.length).sort((a, b) => a - b);
        const bounds = [1, ...cuts, values.length];
        // The detection of the whole sheet (as the sidebar's first call makes it), then rows by parts.
        const head = withoutRows(startRead(values));
        const parts = bounds.slice(0, -1).map((from, k) => readPart(head, values.slice(from, bounds[k + 1]), from + 1));
        const order = parts.map((_, k) => k).sort((a, b) => ((a * 7919 + orderSeed) % 13) - ((b * 7919 + orderSeed) % 13));
        const acc = new ReadAccumulator(head);
        for (const k of order) acc.add(parts[k]);
        const merged = finishRead(acc.state());
        expect(merged.orders).toEqual(once.orders);
        expect(merged.customers).toEqual(once.customers);
        expect(merged.quality).toEqual(once.quality);
      }),
      { numRuns: 400 },
    );
  });

  // The same with products (id and name), quantities, prices and times of day, in a UTC+8 shop:
  // each order's lines, in sheet-row order, and its minute must not depend on the chunks.
  const productLine = fc.tuple(
    fc.constantFrom('o1', 'o2', 'o3', ''),
    fc.constantFrom('c1', 'c2', ''),
    fc.constantFrom('2024-03-05 08:26:00', '2024-03-05T23:30:00Z', '3/5/2024 14:05', '2024-03-07', '', 'x'),
    fc.constantFrom('P1', 'P2', '71053', '', '#N/A'),
    fc.constantFrom('Mug', 'Mug ', 'Bowl', ''),
    fc.constantFrom('1', '6', '', '-2'),
    fc.constantFrom('2.55', '1,234', '1.234', '0', ''),
  );
  const productSheet = fc.array(productLine, { minLength: 1, maxLength: 40 }).map((rows) => [['Invoice No', 'Customer ID', 'Invoice Date', 'StockCode', 'Description', 'Quantity', 'Unit Price'], ...rows] as unknown[][]);
  it('products and minutes: any chunks, merged in any order and through JSON, give the one-shot result', () => {
    const zone = { zoneOffsetMinutes: () => 480 };
    const json = <T>(x: T): T => JSON.parse(JSON.stringify(x));
    fc.assert(
      fc.property(productSheet, fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), fc.nat(), (values, cutSeeds, orderSeed) => {
        const once = readOrders(values, zone);
        const cuts = [...new Set(cutSeeds.map((c) => 2 + (c % values.length)))].filter((c) => c < values.length).sort((a, b) => a - b);
        const bounds = [1, ...cuts, values.length];
        const head = withoutRows(startRead(values, zone));
        const parts = bounds.slice(0, -1).map((from, k) => json(readPart(head, values.slice(from, bounds[k + 1]), from + 1, zone)));
        const order = parts.map((_, k) => k).sort((a, b) => ((a * 7919 + orderSeed) % 13) - ((b * 7919 + orderSeed) % 13));
        const acc = new ReadAccumulator(head);
        for (const k of order) acc.add(parts[k]);
        const merged = finishRead(json(acc.state()));
        expect(merged.orders).toEqual(once.orders);
        expect(merged.customers).toEqual(once.customers);
        expect(merged.quality).toEqual(once.quality);
        // Pairwise merges in the other order too.
        const pairwise = order.reduceRight((st, k) => mergeReadStates(parts[k], st), head);
        expect(finishRead(pairwise).orders).toEqual(once.orders);
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
