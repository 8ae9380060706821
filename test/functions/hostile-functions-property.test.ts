/**
 * Property (issue 14): whatever a cell holds (numbers of any size, numeric and other text, blanks,
 * error cells, dates, booleans, small ranges of them), every registered custom function either
 * returns finite numbers and strings, alone or in a table, or throws an Error whose message starts
 * with its name, never a crash message such as "Cannot read properties of undefined".
 * Called through the built bundle (`npm run build` first), as Sheets calls them.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { customFunctions } from '../../src/functions/registry';
import { type AddOn, loadAddOn } from '../harness';

let addon: AddOn;
beforeAll(() => {
  addon = loadAddOn();
});

const cell = fc.oneof(
  fc.double(),
  fc.double({ min: 0, max: 100, noNaN: true }),
  fc.integer({ min: -3, max: 20 }),
  fc.constantFrom(0, 1, 0.5, 0.999999, 1e-300, 5e-324, 1e200, 1e308, -1e308, 2 ** 53 + 1),
  fc.constantFrom('', ' ', '#N/A', '#DIV/0!', '#REF!', '#VALUE!', 'abc', '0', '1e308', '1e999', '50%', '100%', '2024-03-05', '5/3/2024', 'Infinity', 'NaN', 'bgnbd', 'week', 'en'),
  fc.constantFrom(true, false),
  fc.date({ min: new Date(1800, 0, 1), max: new Date(2200, 0, 1), noInvalidDate: true }),
  fc.string({ maxLength: 4 }),
);
const column = (n: number) => fc.array(cell, { minLength: n, maxLength: n }).map((cs) => cs.map((c) => [c]));
const arg = (n: number) => fc.oneof({ arbitrary: cell, weight: 3 }, { arbitrary: column(n), weight: 2 }, { arbitrary: fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 3, maxLength: 4 }), weight: 1 });

function nonFinite(v: unknown): boolean {
  if (typeof v === 'number') return !Number.isFinite(v);
  if (Array.isArray(v)) return v.some(nonFinite);
  return false;
}

describe('every custom function on random arguments', () => {
  it.each(customFunctions.map((f) => [f.name, f.params.length] as const))('%s returns finite values or a named error', (name, count) => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((n) => fc.array(arg(n), { minLength: count, maxLength: count })),
        (args) => {
          let out: unknown;
          try {
            out = addon.callCustomFunction(name, ...args);
          } catch (e) {
            const message = (e as Error).message;
            expect(message.startsWith(`${name}: `), message).toBe(true);
            expect(message).not.toMatch(/Cannot read prop|is not a function|is not iterable|undefined \(reading/);
            return;
          }
          expect(nonFinite(out), JSON.stringify(out)).toBe(false);
        },
      ),
      { numRuns: 300, seed: 14 },
    );
  });
});
