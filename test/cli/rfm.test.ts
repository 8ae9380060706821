/**
 * The `rfm` CLI report on R `rfm`'s sample orders (rsquaredacademy/rfm commit 297ed8b, data/rfm_data_orders.rda
 * as CSV): the vignette rules give the vignette's segment summary (docs/articles/rfm-introduction.html).
 */
import { describe, expect, it } from 'vitest';
import { columnIndex, rfmReport } from '../../src/cli/rfm';
import { readTable } from '../../src/cli/io';
import { RFM_PACKAGE_CSV } from '../core/rfm/rfmPackageFixture';

describe('rfm command', () => {
  it('prints one record per customer with the contract fields, then summary and thresholds', async () => {
    const table = await readTable(RFM_PACKAGE_CSV);
    const report = rfmReport(table, { customer: 'customer_id', date: 'B', amount: '3', 'analysis-date': '2006-12-31', preset: 'rfm' });
    expect(report.customers).toHaveLength(995);
    expect(Object.keys(report.customers[0])).toEqual(['customer_id', 'recency_days', 'frequency', 'monetary', 'r', 'f', 'm', 'rfm_score', 'segment']);
    expect(report.customers.find((c) => c.customer_id === 'Aden Murphy')).toMatchObject({ recency_days: 98, frequency: 7, monetary: 596, rfm_score: '544', segment: 'Potential Loyalist' });
    expect(report.summary.find((s) => s.segment === 'Potential Loyalist')).toMatchObject({ customers: 342, orders: 2211, revenue: 204856 });
    expect(report.thresholds.frequency.cutPoints).toEqual([4, 5, 6, 8]);
    // The vignette rules leave 10 score combinations to "Others": the report says so.
    expect(report.warnings.some((w) => w.startsWith('10 score combinations match no rule'))).toBe(true);
  });

  it('resolves columns by header, letter or number and names the headers when one is wrong', () => {
    const header = ['customer_id', 'order_date', 'revenue'];
    expect([columnIndex(header, 'Revenue', 'amount'), columnIndex(header, 'b', 'date'), columnIndex(header, '1', 'customer')]).toEqual([2, 1, 0]);
    expect(() => columnIndex(header, 'amount', 'amount')).toThrow('--amount "amount" is not a column of the file; its headers are: customer_id, order_date, revenue');
  });
});
