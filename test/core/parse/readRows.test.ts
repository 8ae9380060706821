/**
 * RowReader (src/core/parse/readRows.ts): batches read on into one state give what one read of all
 * the rows gives. The CLI reads files this way, 4,096 rows a batch, so its orders, memos and
 * look-ups go on across batches instead of a state per batch merged into the next.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { finishRead, ReadAccumulator, readOrders, RowReader, startRead, withoutRows, type ReadOptions } from '../../../src/core/parse';
import { onlineRetailTable } from '../../helpers/onlineRetail';

/** Rows 1..n of `values` (header first) read as the CLI reads them: the first batch by startRead, the rest on one RowReader. */
function readOn(values: readonly unknown[][], firstBatch: number, batch: number, options: ReadOptions = {}) {
  const acc = new ReadAccumulator(startRead(values.slice(0, firstBatch), options));
  const rest = new RowReader(acc.reading.detection, acc.reading.options, options.zoneOffsetMinutes);
  for (let from = firstBatch; from < values.length; from += batch) rest.read(values.slice(from, from + batch), from + 1);
  return finishRead(acc.add(rest.finish()).state());
}

describe('RowReader', () => {
  // Lines of orders that come back later (the same few ids), rows without an order id, blank
  // cells, refunds, unparseable values, products with quantities and prices, times of day.
  const line = fc.tuple(
    fc.constantFrom('o1', 'o2', 'o3', 'C4', ''),
    fc.constantFrom('c1', 'c2', '', '#N/A'),
    fc.constantFrom('2024-03-05 08:26:00', '2024-03-05T23:30:00Z', '3/5/2024 14:05', '25/3/2024', '2024-03-07', '', 'x'),
    fc.constantFrom('P1', 'P2', '71053', '', '#N/A'),
    fc.constantFrom('Mug', 'Mug ', 'Bowl', ''),
    fc.constantFrom('1', '6', '', '-2', 'two'),
    fc.constantFrom('2.55', '1,234', '1.234', '0', '', 'RM 25', '(3.00)'),
    fc.constantFrom('web', 'shop', '', 'Refunded'),
    fc.constantFrom('KL', 'Taipei', ''),
  );
  // Some rows copy an earlier row (exact duplicates are counted across batches).
  const sheet = fc
    .array(fc.tuple(line, fc.nat(), fc.boolean()), { minLength: 1, maxLength: 60 })
    .map((rows) => [['Invoice No', 'Customer ID', 'Invoice Date', 'StockCode', 'Description', 'Quantity', 'Unit Price', 'Status', 'City'], ...rows.map(([r, k, copy], i) => (copy && i > 0 ? rows[k % i][0] : r))] as unknown[][]);

  it('any batch sizes give the one-shot result, in a UTC+8 shop', () => {
    const zone: ReadOptions = { zoneOffsetMinutes: () => 480 };
    fc.assert(
      fc.property(sheet, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 25 }), (values, first, batch) => {
        const once = readOrders(values, zone);
        const whole = withoutRows(startRead(values, zone));
        // Only where the first batch sees the whole sheet's columns (the CLI detects on its first batch too).
        fc.pre(JSON.stringify(startRead(values.slice(0, first + 1), zone).detection) === JSON.stringify(whole.detection));
        expect(readOn(values, first + 1, batch, zone)).toEqual(once);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('one read of no rows is an empty state, as readRows gives it', () => {
    const head = startRead([['Customer', 'Date', 'Amount']]);
    const reader = new RowReader(head.detection, head.options);
    reader.read([], 2);
    const state = reader.finish();
    expect(state.rowsRead).toBe(0);
    expect(state.orders).toEqual([]);
    expect(state.hashes).toEqual([{ firstRow: 2, hashes: [] }]);
  });

  // UCI Online Retail (../shared/data/online-retail, see its README): 541,909 rows, in the CLI's
  // batches of 4,096 after a first batch of 4,096. Its published figures are held by the tests
  // that read it whole (test/core/timing/onlineRetailTiming.test.ts, test/cli/streaming.test.ts).
  it('UCI Online Retail in batches of 4,096 gives the one-shot result', () => {
    const values = onlineRetailTable();
    const once = readOrders(values);
    const batched = readOn(values, 4097, 4096);
    expect(batched.orders).toEqual(once.orders);
    expect(batched.customers).toEqual(once.customers);
    expect(batched.quality).toEqual(once.quality);
    expect(batched).toEqual(once);
  }, 120_000);
});
