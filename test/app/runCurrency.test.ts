/**
 * The run's currency (issue 19): the user's setting when set, else the one currency the amounts
 * show, else none; every writer takes it from the run's output.
 */
import { describe, expect, it } from 'vitest';
import { runCurrency } from '../../src/app/runCurrency';
import { segmentTable } from '../../src/app/run';
import { defaultSettings } from '../../src/app/settings';
import { readOrders } from '../../src/core/parse';

const shop = (amounts: string[]) => [['Customer', 'Order date', 'Amount'], ...amounts.map((a, i) => [`C${i % 4}`, `2024-0${1 + (i % 6)}-1${i % 9}`, a])];
const decisionsOf = (amounts: string[]) => readOrders(shop(amounts)).decisions;

describe('runCurrency', () => {
  it('takes the currency the amounts show: RM 12.50 → MYR, NT$ → TWD', () => {
    expect(runCurrency('', decisionsOf(['RM 12.50', 'RM 8', 'RM 1,200.00']))).toBe('MYR');
    expect(runCurrency('', decisionsOf(['NT$1,234', 'NT$560', 'NT$99']))).toBe('TWD');
    expect(runCurrency('', decisionsOf(['1.234,50 €', '12,5 €']))).toBe('EUR');
  });

  it('keeps a mark that names no single currency as written', () => {
    expect(runCurrency('', decisionsOf(['$12.50', '$8']))).toBe('$');
    expect(runCurrency('', decisionsOf(['1,234 元', '56 元']))).toBe('元');
  });

  it('a setting overrides the data, as a code when the reader knows the mark', () => {
    const ringgit = decisionsOf(['RM 12.50', 'RM 8']);
    expect(runCurrency('NT$', ringgit)).toBe('TWD');
    expect(runCurrency(' rm ', decisionsOf(['12.50', '8']))).toBe('MYR');
    expect(runCurrency('Ksh', ringgit)).toBe('Ksh');
  });

  it('mixed currencies give none, with the reader’s own warning', () => {
    const read = readOrders(shop(['RM 10', 'RM 12', 'NT$100']));
    expect(runCurrency('', read.decisions)).toBe('');
    expect(read.decisions.find((d) => d.topic === 'currency')).toMatchObject({ key: 'currencyMixed', value: null });
    expect(read.quality.issues.find((i) => i.check === 'mixedCurrency')).toMatchObject({ count: 1, rows: [4] });
  });

  it('plain numbers and no setting give none', () => {
    expect(runCurrency('', decisionsOf(['12.50', '8', '1200']))).toBe('');
  });
});

describe('a run', () => {
  const amounts = Array.from({ length: 24 }, (_, i) => `RM ${10 + i}.50`);
  it('exposes its currency for every writer', () => {
    const settings = { ...defaultSettings(), fitClv: false };
    expect(segmentTable(shop(amounts), { settings, lang: 'en', runDay: 19950 }).currency).toBe('MYR');
    expect(segmentTable(shop(amounts), { settings: { ...settings, currency: 'TWD' }, lang: 'en', runDay: 19950 }).currency).toBe('TWD');
  });
});
