import { describe, expect, it } from 'vitest';
import { assignRole, effectiveMapping, type RoleChoice } from '../../sidebar/state';
import { blockingReasons } from '../../sidebar/views/runPanel';
import type { QualityItem, RoleName, Settings, SetupInfo } from '../../src/app/contract';

const settings = { version: 1, lang: null, sourceSheet: null, mapping: {}, analysisDate: null, bins: 5, preset: 'shopify', rules: null, currency: '', dateOrder: null, fitClv: false, marketingSpend: null, segmentBy: 'rfm' } as Settings;

/** The sample shop as detected: Invoice → order, Customer ID → customer, Invoice Date → date, Amount, Country unused. */
const detected: [string, RoleName | null][] = [['Invoice', 'orderId'], ['Customer ID', 'customerId'], ['Invoice Date', 'orderDate'], ['Amount', 'amount'], ['Country', null]];
const setup = {
  detectedColumns: detected.map(([header, role], index) => ({ index, letter: 'ABCDE'[index], header, role, confidence: role ? 0.9 : 0, reason: '' })),
  sampleQuality: [] as QualityItem[],
  refusal: null,
} as unknown as SetupInfo;

/** Applies choices one after another, as the sidebar does, carrying the waiting roles along. */
function choose(...steps: [RoleName, string | null][]): RoleChoice {
  let choice: RoleChoice = { settings, moved: [], waiting: {} };
  for (const [role, header] of steps) choice = assignRole(setup, choice.settings, role, header, choice.waiting);
  return choice;
}

const original = effectiveMapping(setup, settings);

describe('choosing a column for a role', () => {
  it('swaps with the role that held the column, and choosing back restores the mapping', () => {
    const swapped = choose(['customerId', 'Invoice']);
    expect(effectiveMapping(setup, swapped.settings)).toMatchObject({ customerId: 'Invoice', orderId: 'Customer ID' });
    expect(swapped.moved).toEqual([{ role: 'orderId', header: 'Customer ID', by: 'customerId' }]);
    const back = choose(['customerId', 'Invoice'], ['customerId', 'Customer ID']);
    expect(effectiveMapping(setup, back.settings)).toEqual(original);
  });

  it('a role left not used waits for its column and gets it back once it is free', () => {
    // Order ID not used, then given the customer column: Customer ID has nothing to take, so it waits.
    const taken = choose(['orderId', null], ['orderId', 'Customer ID']);
    expect(effectiveMapping(setup, taken.settings)).toMatchObject({ orderId: 'Customer ID', customerId: null });
    expect(taken.moved).toEqual([{ role: 'customerId', header: null, by: 'orderId' }]);
    expect(taken.waiting).toEqual({ customerId: 'Customer ID' });
    const back = choose(['orderId', null], ['orderId', 'Customer ID'], ['orderId', null]);
    expect(effectiveMapping(setup, back.settings)).toMatchObject({ orderId: null, customerId: 'Customer ID' });
    expect(back.moved).toEqual([{ role: 'customerId', header: 'Customer ID', by: 'orderId' }]);
    expect(back.waiting).toEqual({});
    // Back to the detected column too: the whole mapping is as it was.
    expect(effectiveMapping(setup, choose(['orderId', null], ['orderId', 'Customer ID'], ['orderId', 'Invoice']).settings)).toEqual(original);
  });

  it('a role the user sets itself stops waiting', () => {
    const chosen = choose(['orderId', null], ['orderId', 'Customer ID'], ['customerId', 'Country'], ['orderId', null]);
    expect(effectiveMapping(setup, chosen.settings)).toMatchObject({ customerId: 'Country', orderId: null });
    expect(chosen.waiting).toEqual({});
  });

  it('a free column or not used moves nothing', () => {
    expect(choose(['customerId', 'Country']).moved).toEqual([]);
    expect(choose(['amount', null]).moved).toEqual([]);
    expect(choose(['amount', 'Amount']).moved).toEqual([]);
  });
});

describe('blocking reasons', () => {
  it('are the reading errors and the cell-limit refusal, not warnings', () => {
    const q = (severity: QualityItem['severity'], message: string): QualityItem => ({ id: message, severity, count: 0, rows: [], message });
    expect(blockingReasons({ ...setup, sampleQuality: [q('warning', 'w'), q('info', 'i')] })).toEqual([]);
    expect(blockingReasons({ ...setup, sampleQuality: [q('error', 'No customer column.'), q('warning', 'w')], refusal: 'Too many cells.' })).toEqual(['Too many cells.', 'No customer column.']);
  });
});
