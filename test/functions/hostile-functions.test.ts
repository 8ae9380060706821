/**
 * Hostile arguments to the custom functions (issue 14), called through the built bundle
 * (dist/Code.js, `npm run build` first) as Sheets calls them. No cell ever gets Infinity,
 * -Infinity or NaN, alone or inside a returned table: the function says what is wrong instead,
 * as "FUNCTION: param problem (row N of the range)". Error cells are refused by name.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { type AddOn, loadAddOn } from '../harness';
import { guarded } from '../../src/functions/registry';
import { rowFunction } from '../../src/functions/args';
import type { CustomFunctionSpec } from '../../src/functions/spec';

let addon: AddOn;
const call = (name: string, ...args: unknown[]): any => {
  const out = addon.callCustomFunction(name, ...args);
  return out === undefined ? undefined : JSON.parse(JSON.stringify(out));
};
const col = (...values: unknown[]) => values.map((v) => [v]);
const NON_FINITE = 'the result is not a finite number (an input is too large, too small or makes a division by 0)';

beforeAll(() => {
  addon = loadAddOn();
});

describe('divisions by 0 are refused with the parameter and the row', () => {
  it('CAC with 0 new customers', () => {
    expect(() => call('CAC', 1000, 0)).toThrow('CAC: new_customers must be > 0, got 0');
    expect(() => call('CAC', col(100, 200, 300), col(4, 5, 0))).toThrow('CAC: new_customers must be > 0, got 0 (row 3 of the range)');
  });
  it('CAC per channel with no customers in a channel shows words, not Infinity', () => {
    const out = call('CAC', col(100, 50), col(4, 0), col('ads', 'seo'));
    expect(out.flat().some((v: unknown) => typeof v === 'number' && !Number.isFinite(v))).toBe(false);
    expect(out[2][3]).toBe('no new customers');
  });
  it('CLTV_RETENTION with retention 100 % and no discount (denominator 0)', () => {
    expect(() => call('CLTV_RETENTION', 100, 0, 1, 0)).toThrow('CLTV_RETENTION: retention_rate of 100 % with discount_rate 0 gives an endless value; use a discount rate > 0');
    expect(() => call('CLTV_RETENTION', col(100, 100), 0, col(0.8, '100%'), 0)).toThrow('CLTV_RETENTION: retention_rate of 100 % with discount_rate 0 gives an endless value; use a discount rate > 0 (row 2 of the range)');
  });
  it('LTV_CAC_RATIO, CAC_PAYBACK and the rates with a 0 divisor', () => {
    expect(() => call('LTV_CAC_RATIO', 300, 0)).toThrow('LTV_CAC_RATIO: cac must be > 0, got 0');
    expect(() => call('CAC_PAYBACK', 600, 100, 0)).toThrow('CAC_PAYBACK: gross_margin is 0, so the CAC is never paid back');
    expect(() => call('CAC_PAYBACK', 600, 0)).toThrow('CAC_PAYBACK: avg_revenue_per_period must be > 0, got 0');
    expect(() => call('CONVERSION_RATE', 0, 0)).toThrow('CONVERSION_RATE: visitors must be > 0, got 0');
    expect(() => call('CTR', col(1, 2), col(10, 0))).toThrow('CTR: impressions must be > 0, got 0 (row 2 of the range)');
    expect(() => call('RETENTION_RATE', 0, 0, 0)).toThrow('RETENTION_RATE: customers_at_start must be > 0, got 0');
    expect(() => call('CHURN_RATE', 0, 5, 0)).toThrow('CHURN_RATE: customers_at_start must be > 0, got 0');
    expect(() => call('AB_TEST', 1, 0, 1, 10)).toThrow('AB_TEST: visitors_a must be > 0, got 0');
  });
  it('AD_FUNNEL with 0 clicks or 0 conversions leaves the cost per click blank, not Infinity', () => {
    const out = call('AD_FUNNEL', 1000, 0, 0, 50);
    expect(out[1]).toEqual([0, '', 0, '', '']);
  });
});

describe('results too large for a cell are refused', () => {
  it('CLTV overflowing a double, alone and in a column (row named)', () => {
    expect(() => call('CLTV', 1e200, 1e200, 1e200)).toThrow(`CLTV: ${NON_FINITE}`);
    expect(() => call('CLTV', col(1, 1e200), col(1, 1e200), col(1, 1e200))).toThrow(`CLTV: ${NON_FINITE} (row 2 of the range)`);
  });
  it('CAC of a huge cost over a tiny count', () => {
    expect(() => call('CAC', 1e308, 1e-10)).toThrow(`CAC: ${NON_FINITE}`);
    expect(() => call('CAC', '1e308', '0.0000000001')).toThrow(`CAC: ${NON_FINITE}`);
  });
  it('LTV_CAC_RATIO and CAC_PAYBACK', () => {
    expect(() => call('LTV_CAC_RATIO', 1e308, 1e-70)).toThrow(`LTV_CAC_RATIO: ${NON_FINITE}`);
    expect(() => call('CAC_PAYBACK', '1e308', 1, '50%')).toThrow(`CAC_PAYBACK: ${NON_FINITE}`);
  });
  it('CLTV_RETENTION with a denominator near 0', () => {
    expect(() => call('CLTV_RETENTION', 1e308, 0, 1, 1e-300)).toThrow(`CLTV_RETENTION: ${NON_FINITE}`);
  });
  it('AD_FUNNEL with a tiny click count names the row', () => {
    expect(() => call('AD_FUNNEL', col(5, 5), col(1, 1e-320), col(0, 1e-320), col(5, 1e10))).toThrow(`AD_FUNNEL: ${NON_FINITE} (row 2 of the range)`);
  });
  it('CLTV_HISTORIC with amounts adding up beyond a double names the customer', () => {
    expect(() => call('CLTV_HISTORIC', col('a', 'a'), col('2024-01-01', '2024-01-02'), col(1e308, 1e308))).toThrow(`CLTV_HISTORIC: ${NON_FINITE} (customer a)`);
  });
  it('AOV of amounts adding up beyond a double', () => {
    expect(() => call('AOV', col(1e308, 1e308))).toThrow('AOV: amounts must be a number, got Infinity');
  });
  it('"Infinity", "NaN" and "1e999" typed as text are not numbers', () => {
    expect(() => call('CLTV', 'Infinity', 1, 1)).toThrow('CLTV: avg_purchase_value must be a number, got "Infinity"');
    expect(() => call('CAC', 100, 'NaN')).toThrow('CAC: new_customers must be a number, got "NaN"');
    expect(() => call('LTV_CAC_RATIO', '1e999', 1)).toThrow('LTV_CAC_RATIO: cltv must be a number, got "1e999"');
  });
});

describe('left-out required columns', () => {
  it('CLTV_HISTORIC, REPURCHASE_RATE and AOV say which column is required', () => {
    expect(() => call('CLTV_HISTORIC', '', col('2024-01-01'), col(5))).toThrow('CLTV_HISTORIC: customer_ids is required');
    expect(() => call('CLTV_HISTORIC', col('a'), '', col(5))).toThrow('CLTV_HISTORIC: dates is required');
    expect(() => call('CLTV_HISTORIC', col('a'), col('2024-01-01'), '')).toThrow('CLTV_HISTORIC: amounts is required');
    expect(() => call('REPURCHASE_RATE', col('a'), '')).toThrow('REPURCHASE_RATE: dates is required');
    expect(() => call('AOV', '')).toThrow('AOV: amounts is required');
  });
});

const BG = [[0.243, 4.414, 0.793, 2.426]];
const GG = [[6.25, 3.74, 15.44]];
const BGBB = [[1.204, 0.75, 0.657, 2.783]];

/** A valid call of each function; each argument in turn is replaced by an error cell. */
const VALID: [string, unknown[], string[]][] = [
  ['CLTV', [24.3, 52, 20, 0.213, 10], ['avg_purchase_value', 'purchase_frequency', 'lifespan', 'gross_margin', 'cac']],
  ['CLTV_RETENTION', [100, 10, 0.8, 0.1, 5], ['avg_revenue_per_period', 'cost_to_serve_per_period', 'retention_rate', 'discount_rate', 'cac']],
  ['LTV_CAC_RATIO', [300, 100], ['cltv', 'cac']],
  ['CAC_PAYBACK', [600, 100, 0.5], ['cac', 'avg_revenue_per_period', 'gross_margin']],
  ['CAC', [1000, 20], ['marketing_and_sales_cost', 'new_customers']],
  ['CONVERSION_RATE', [25, 1000], ['conversions', 'visitors']],
  ['CTR', [30, 2000], ['clicks', 'impressions']],
  ['AD_FUNNEL', [2000, 30, 3, 60], ['impressions', 'clicks', 'conversions', 'cost']],
  ['RETENTION_RATE', [200, 180, 20], ['customers_at_start', 'customers_at_end', 'new_customers']],
  ['CHURN_RATE', [200, 180, 20], ['customers_at_start', 'customers_at_end', 'new_customers']],
  ['AB_TEST', [120, 2400, 156, 2350, 0.95, 'en'], ['conversions_a', 'visitors_a', 'conversions_b', 'visitors_b', 'confidence', 'language']],
  ['PROB_ALIVE', [2, 30, 39, BG, 'bgnbd'], ['frequency', 'recency', 'T', 'params', 'model']],
  ['EXPECTED_PURCHASES', [39, 2, 30, 39, BG, 'bgnbd'], ['t', 'frequency', 'recency', 'T', 'params', 'model']],
  ['PROB_N_PURCHASES', [0, 39, BG, 'bgnbd'], ['n', 't', 'params', 'model']],
  ['SPEND_EXPECTED', [2, 20, GG], ['frequency', 'monetary', 'spend_params']],
  ['BGBB_PROB_ALIVE', [2, 4, 6, BGBB], ['frequency', 'recency', 'periods', 'params']],
  ['BGBB_EXPECTED_NEW', [6, BGBB], ['periods', 'params']],
];

describe('error cells are refused by name, never read as a number', () => {
  const cases = VALID.flatMap(([fn, args, names]) =>
    names.flatMap((name, i) => ['#N/A', '#DIV/0!', '#REF!'].map((err) => [fn, name, err, args.map((a, k) => (k === i ? err : a))] as const)),
  );
  it.each(cases)('%s: %s = %s', (fn, name, err, args) => {
    expect(() => call(fn, ...args)).toThrow(new RegExp(`^${fn}: ${name}\\b.*error cell \\(${err.replace(/[/!]/g, '\\$&')}\\)`));
  });
  it('the valid calls themselves give finite numbers', () => {
    for (const [fn, args] of VALID) {
      const out = call(fn, ...args);
      expect(JSON.stringify(out), fn).not.toMatch(/null/);
    }
  });
  it('an error cell in a column names the row', () => {
    expect(() => call('CLTV', col(1, '#N/A'), 2, 3)).toThrow('CLTV: avg_purchase_value is an error cell (#N/A) (row 2 of the range)');
    expect(() => call('CAC', col(100, 200), col(4, '#DIV/0!'))).toThrow('CAC: new_customers is an error cell (#DIV/0!) (row 2 of the range)');
    expect(() => call('REPURCHASE_RATE', col('a', '#REF!'), col('2024-01-01', '2024-01-02'))).toThrow('REPURCHASE_RATE: customer_ids is an error cell (#REF!) (row 2 of the range)');
    expect(() => call('AOV', col(5, 6), col('A', '#N/A'))).toThrow('AOV: order_ids is an error cell (#N/A) (row 2 of the range)');
    expect(() => call('CSAT', col(5, '#N/A'))).toThrow('CSAT: scores_range is an error cell (#N/A) (row 2 of the range)');
  });
  it('CAC channels and organic/paid columns refuse error cells (no channel named "#N/A")', () => {
    expect(() => call('CAC', col(100, 200), col(4, 5), col('ads', '#N/A'))).toThrow('CAC: channels is an error cell (#N/A) (row 2 of the range)');
    expect(() => call('CAC', col(100, 200), col(4, 5), '', col('paid', '#REF!'))).toThrow('CAC: organic_or_paid is an error cell (#REF!) (row 2 of the range)');
  });
  it('text options refuse error cells: language, model, unit, output', () => {
    expect(() => call('RFM_SCORE', col(1, 2, 3), col(1, 2, 3), col(1, 2, 3), 5, '#N/A')).toThrow('RFM_SCORE: output is an error cell (#N/A)');
    expect(() => call('RFM_SCORE', col(1, 2, 3), col(1, 2, 3), col(1, 2, 3), 5, 'segment', '', '#N/A')).toThrow('RFM_SCORE: language is an error cell (#N/A)');
    expect(() => call('CLV_PREDICT', 2, 30, 39, 20, BG, GG, 12, 0.01, '#REF!')).toThrow('CLV_PREDICT: unit is an error cell (#REF!)');
    expect(() => call('CLV_FROM_ORDERS', col('a'), col('2024-01-01'), col(5), '', '', '#N/A')).toThrow('CLV_FROM_ORDERS: model is an error cell (#N/A)');
  });
  it('CLUSTER names the cell of an error in its block', () => {
    expect(() => call('CLUSTER', [[1, 2], ['#N/A', 3], [4, 5], [6, 7]])).toThrow('CLUSTER: range is an error cell (#N/A) (row 2, column 1 of the range)');
  });
  it('dates: an error cell is refused, not read as a date', () => {
    expect(() => call('CLTV_HISTORIC', col('a'), col('#N/A'), col(5))).toThrow('CLTV_HISTORIC: dates is an error cell (#N/A) (row 1 of the range)');
    expect(() => call('REPURCHASE_RATE', col('a'), col('2024-01-01'), '#DIV/0!')).toThrow('REPURCHASE_RATE: period_start is an error cell (#DIV/0!)');
  });
});

describe('the registry guard (defence in depth)', () => {
  const spec = (run: CustomFunctionSpec['run']): CustomFunctionSpec => ({ name: 'TEST', description: 'd', params: [{ name: 'x', description: 'x' }], example: '=TEST(1)', returns: 'x', run });
  it('turns a non-finite number, alone or inside a table, into an error naming the function', () => {
    expect(() => guarded(spec(() => Infinity)).run()).toThrow(`TEST: ${NON_FINITE}`);
    expect(() => guarded(spec(() => -Infinity)).run()).toThrow(`TEST: ${NON_FINITE}`);
    expect(() => guarded(spec(() => [['a', 1], ['b', NaN]])).run()).toThrow(`TEST: ${NON_FINITE}`);
    expect(guarded(spec(() => [['a', 1], ['b', '']])).run()).toEqual([['a', 1], ['b', '']]);
    expect(guarded(spec(() => 'text')).run()).toBe('text');
  });
  it('names the function in an error that does not, and leaves one that does', () => {
    expect(() => guarded(spec(() => { throw new TypeError('boom'); })).run()).toThrow(/^TEST: boom$/);
    expect(() => guarded(spec(() => { throw new Error('TEST: x is required'); })).run()).toThrow(/^TEST: x is required$/);
  });
  it('keeps the parameters the registry test reads: source text, arity and rowParams', () => {
    const inner = (a: unknown, b: unknown) => [a, b];
    const g = guarded(spec(inner));
    expect(g.run.length).toBe(2);
    expect(g.run.toString()).toBe(inner.toString());
    const row = rowFunction('TEST', ['x'], [undefined], (x: number) => x);
    expect((guarded(spec(row)).run as unknown as { rowParams: unknown }).rowParams).toBe(row.rowParams);
  });
  it('is on every function of the built add-on', () => {
    // 1e308 × 10: any path that forgets its own check still cannot put Infinity in a cell
    expect(() => call('CLTV', 1e308, 10, 1)).toThrow(/^CLTV: /);
  });
});
