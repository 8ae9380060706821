/**
 * `summary`, `holdout` and `tracking` commands (issue 13) on the CDNOW sample (columns detected by the
 * core reader; the file has no header) and on lifetimes' test orders. Expected figures:
 * - lifetimes tests/test_utils.py (CamDavidsonPilon/lifetimes): test_summary_date_from_transaction_with_monetary_values,
 *   test_calibration_and_holdout_data_with_monetary_value;
 * - lifetimes' CDNOW calibration summary file (lifetimes/datasets/cdnow_customers_summary_with_transactions.csv), customer 1;
 * - the R BTYD walkthrough (cran/BTYD inst/doc/BTYD-walkthrough.pdf): BG/NBD cum.tracking[,20:25].
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { commands } from '../../src/cli/commands';
import { holdoutCommand } from '../../src/cli/holdout';
import { summaryCommand } from '../../src/cli/summary';
import { trackingCommand } from '../../src/cli/tracking';
import { CDNOW_DIR } from '../core/clv/cdnowData';

let out = '';
beforeEach(() => {
  out = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
});
afterEach(() => vi.restoreAllMocks());

const SAMPLE = join(CDNOW_DIR, 'CDNOW_sample.txt');
// lifetimes tests/test_utils.py, fixture large_transaction_level_data_with_monetary_value.
const ORDERS = join(mkdtempSync(join(tmpdir(), 'clv-cli-')), 'orders.csv');
writeFileSync(
  ORDERS,
  'id,date,monetary_value\n1,2015-01-01,1\n1,2015-02-06,2\n2,2015-01-01,2\n3,2015-01-01,3\n3,2015-01-02,1\n3,2015-01-05,5\n4,2015-01-16,6\n4,2015-02-02,3\n4,2015-02-05,3\n5,2015-01-16,3\n5,2015-01-17,1\n5,2015-01-18,8\n6,2015-02-02,5\n',
);
const json = () => JSON.parse(out) as Record<string, string | number>[];

describe('summary, holdout and tracking commands', () => {
  it('are registered', () => {
    expect([commands.summary, commands.holdout, commands.tracking]).toEqual([summaryCommand, holdoutCommand, trackingCommand]);
  });

  it('summary: lifetimes\' expected frame for its test orders (days, observation end 2015-02-07)', async () => {
    expect(await summaryCommand.run([ORDERS], { customer: 'id', date: 'date', amount: 'monetary_value', unit: 'day', 'observation-end': '2015-02-07', format: 'json' })).toBe(0);
    expect(json().map((r) => [r.customer_id, r.frequency, r.recency, r.T, r.monetary_value])).toEqual([
      ['1', 1, 36, 37, 2],
      ['2', 0, 0, 37, 0],
      ['3', 2, 4, 37, 3],
      ['4', 2, 20, 22, 3],
      ['5', 2, 2, 22, 4.5],
      ['6', 0, 0, 5, 0],
    ]);
  });

  it('summary: the header-less CDNOW sample is read by column detection; 2,357 customers, the first as lifetimes\' summary file (x 2, t_x 30.43, T 38.86, zbar 22.35)', async () => {
    expect(await summaryCommand.run([SAMPLE], { 'observation-end': '1997-09-30', format: 'csv' })).toBe(0);
    const lines = out.trim().split('\n');
    expect(lines[0]).toBe('customer_id,frequency,recency,T,monetary_value');
    expect(lines).toHaveLength(2358);
    const [, x, tx, T, z] = lines[1].split(',').map(Number);
    expect([x, Math.round(tx * 100) / 100, Math.round(T * 100) / 100, Math.round(z * 100) / 100]).toEqual([2, 30.43, 38.86, 22.35]);
  });

  it('holdout: lifetimes test_calibration_and_holdout_data_with_monetary_value (calibration end 2015-02-01)', async () => {
    expect(await holdoutCommand.run([ORDERS], { customer: '1', date: 'B', amount: 'monetary_value', 'calibration-end': '2015-02-01', 'observation-end': '2015-02-07', unit: 'day', format: 'json' })).toBe(0);
    const rows = json();
    expect(rows.map((r) => r.customer_id)).toEqual(['1', '2', '3', '4', '5']);
    expect(rows.map((r) => r.monetary_value_cal)).toEqual([0, 0, 3, 0, 4.5]);
    expect(rows.map((r) => r.monetary_value_holdout)).toEqual([2, 0, 0, 3, 0]);
    expect(rows.map((r) => r.frequency_holdout).slice(0, 2)).toEqual([1, 0]);
    expect(await holdoutCommand.run([ORDERS], {})).toBe(2);
  });

  it('tracking: BG/NBD on the CDNOW sample at the BTYD walkthrough estimates, weeks 20–25 (cum.tracking[,20:25])', async () => {
    expect(await trackingCommand.run([SAMPLE], { model: 'bgnbd', params: '0.2425982,4.4136842,0.7929899,2.4261667', periods: '25', format: 'json' })).toBe(0);
    const rows = json().slice(19, 25);
    expect(rows.map((r) => r.actual_cumulative)).toEqual([1359, 1414, 1484, 1517, 1573, 1672]);
    [1312.458, 1387.346, 1460.392, 1531.713, 1601.418, 1669.6].forEach((w, i) => {
      expect(Math.abs((rows[i].expected_cumulative as number) - w)).toBeLessThan(0.005);
    });
    await expect(trackingCommand.run([SAMPLE], { model: 'bgnbd', params: '1,2,3' })).rejects.toThrow('--params must be 4 numbers > 0 (r,alpha,a,b) for bgnbd');
  });
});
