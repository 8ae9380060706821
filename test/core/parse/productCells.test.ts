/**
 * ProductCells (src/core/parse/productCells.ts): the reader finds a line's product dictionary entry
 * by the hashes of its id and name cells. The entries must be what reading the two cells' texts
 * gives (id as idText writes it, names trimmed, the name standing in for a blank id), whatever the
 * mix of number and text ids, spaces, blanks and error cells: the expected dictionary below is built
 * from the texts alone, row by row, with no hashing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { startRead } from '../../../src/core/parse';
import { ProductCells } from '../../../src/core/parse/productCells';

describe('ProductCells', () => {
  it('gives what was set for all four hashes, and MISSING when any one differs', () => {
    const t = new ProductCells();
    t.set(1, 2, 3, 4, 7);
    t.set(-1, 0, 0, 0, -1);
    expect(t.get(1, 2, 3, 4)).toBe(7);
    expect(t.get(-1, 0, 0, 0)).toBe(-1);
    for (const k of [[9, 2, 3, 4], [1, 9, 3, 4], [1, 2, 9, 4], [1, 2, 3, 9]]) expect(t.get(k[0], k[1], k[2], k[3])).toBe(ProductCells.MISSING);
  });

  it('keeps every key through its growth (10,000 keys, many sharing three hashes)', () => {
    const t = new ProductCells();
    for (let i = 0; i < 10_000; i++) t.set(i % 7, 5, i, (i * 2654435761) | 0, i);
    for (let i = 0; i < 10_000; i++) expect(t.get(i % 7, 5, i, (i * 2654435761) | 0)).toBe(i);
    expect(t.get(0, 5, 7, 0)).toBe(ProductCells.MISSING);
  });
});

describe('product entries of order lines', () => {
  const idCell = fc.constantFrom<unknown>('P1', 'P1 ', ' P1', 71053, '71053', 71053.5, '', '#N/A', 'p1');
  const nameCell = fc.constantFrom<unknown>('Mug', 'Mug ', 'mug', 'Bowl', '', '#REF!', 42);

  /** The cell's text as the reader keeps it: ids as idText writes them, names trimmed, '' when blank or an error. */
  const text = (v: unknown) => (typeof v === 'number' ? String(v) : String(v).startsWith('#') ? '' : String(v).trim());

  it('each line gets the entry of its cells’ texts, one entry per distinct (id, name)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(idCell, nameCell), { minLength: 1, maxLength: 50 }), (cells) => {
        // One order per row, every row a clean sale: each row's order holds its one line.
        const values: unknown[][] = [['Invoice No', 'Customer ID', 'Invoice Date', 'StockCode', 'Description', 'Quantity', 'Unit Price'], ...cells.map(([id, name], i) => [`o${i}`, 'c1', '2024-03-05', id, name, '1', '2.50'])];
        const state = startRead(values);
        const expected = new Map<string, number>();
        const ids: string[] = [];
        const names: string[] = [];
        cells.forEach(([id, name], i) => {
          const order = state.orders.find((o) => o.key === `o${i}`)!;
          const key = text(id) === '' ? text(name) : text(id);
          if (key === '' && text(name) === '') {
            expect(order.ln).toBeUndefined();
            return;
          }
          const pair = `${key}\u0001${text(name)}`;
          if (!expected.has(pair)) {
            expected.set(pair, ids.length);
            ids.push(key);
            names.push(text(name));
          }
          expect(order.ln?.p).toEqual([expected.get(pair)]);
        });
        expect(state.productIds).toEqual(ids);
        expect(state.productNames).toEqual(names);
      }),
      { numRuns: 300 },
    );
  });
});
