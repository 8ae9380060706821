/**
 * The state's trip between Apps Script and the sidebar: packed, it carries the same orders (deep
 * equal after unpacking), merges and finishes to the same result as the state as objects.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { finishRead, mergeReadStates, readPart, startRead, withoutRows } from '../../../src/core/parse';
import { isOrderColumns, packOrders, unpackOrders } from '../../../src/core/parse/orderColumns';
import { finalForTransfer, packForTransfer, unpackTransfer } from '../../../src/core/parse/transfer';
import { isReadState } from '../../../src/app/payload';
import { onlineRetailTable } from '../../helpers/onlineRetail';

// Rows that make every rare field: several customers on an order, rows without one, lines of an
// order on rows apart, a product without an order id, amounts whose separator is undecided.
const header = ['Order', 'Customer', 'Date', 'Product', 'Qty', 'Amount', 'Channel'];
const row = fc.tuple(
  fc.constantFrom('1001', '1002', '1003', ''),
  fc.constantFrom('A', 'B', ''),
  fc.constantFrom('2024-01-02 10:15', '2024-02-03', ''),
  fc.constantFrom('SKU1', 'SKU2', ''),
  // A fractional quantity (0.5 kg) keeps the lines as arrays; whole ones pack them as varints.
  fc.constantFrom(1, 2, 3, 3, 0.5),
  // Large amounts (money units past 2^28 and 2^32) take the varints' long path.
  fc.constantFrom('12.50', '1.234', '1,234', '7', 'x', '98765.4321', '123456789012.5'),
  fc.constantFrom('Web', 'POS', ''),
);

describe('packOrders', () => {
  it('gives back the same orders, whatever they hold', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 40 }), (rows) => {
        const state = readPart(withoutRows(startRead([header, ...rows.slice(0, 1)])), rows, 2);
        const packed = JSON.parse(JSON.stringify(packOrders(state.orders)));
        expect(isOrderColumns(packed)).toBe(true);
        // Lines as varints exactly when every quantity is whole.
        const whole = state.orders.every((o) => !o.ln || o.ln.q.every(Number.isInteger));
        expect(packed.lineBytes !== undefined).toBe(whole && state.orders.some((o) => o.ln));
        expect(unpackOrders(packed)).toEqual(state.orders);
      }),
    );
  });

  it('carries Online Retail orders and their product lines in under two thirds of the JSON', () => {
    const table = onlineRetailTable().slice(0, 100_001);
    const state = startRead(table);
    const packed = packForTransfer(state);
    expect(JSON.stringify(packed.packedOrders).length).toBeLessThan((JSON.stringify(state.orders).length * 2) / 3);
    expect(JSON.stringify(packed).length).toBeLessThan((JSON.stringify(state).length * 2) / 3);
    expect(unpackTransfer(JSON.parse(JSON.stringify(packed))).orders).toEqual(state.orders);
    expect(isReadState(JSON.parse(JSON.stringify(packed)))).toBe(true);
  });
});

describe('the trip', () => {
  it('merges and finishes packed chunks to the result of one read', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 40 }), fc.integer({ min: 1, max: 7 }), (rows, size) => {
        // The same columns as the chunks are read with (the first row decides them here).
        const started = withoutRows(startRead([header, ...rows.slice(0, 1)]));
        const oneShot = finishRead(mergeReadStates(started, readPart(started, rows, 2)));
        let state = packForTransfer(started);
        for (let i = 0; i < rows.length; i += size) state = mergeReadStates(state, JSON.parse(JSON.stringify(packForTransfer(readPart(started, rows.slice(i, i + size), 2 + i)))));
        expect(finishRead(JSON.parse(JSON.stringify(finalForTransfer(state))))).toEqual(oneShot);
      }),
      { numRuns: 60 },
    );
  });

  it('refuses packed orders whose arrays do not line up', () => {
    const state = packForTransfer(startRead([header, ['1001', 'A', '2024-01-02', 'SKU1', 1, '7', 'Web']]));
    const broken = JSON.parse(JSON.stringify(state));
    expect(typeof broken.packedOrders.lineBytes).toBe('string');
    broken.packedOrders.lineCount[0]++;
    expect(isReadState(broken)).toBe(false);
    const cut = JSON.parse(JSON.stringify(state));
    cut.packedOrders.lineBytes = cut.packedOrders.lineBytes.slice(0, -4);
    expect(isReadState(cut)).toBe(false);
  });
});
