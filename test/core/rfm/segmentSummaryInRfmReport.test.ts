/** The `rfm` CLI report's `summary` (JSON and CSV) lists only segments with customers, as the add-on's tabs do. */
import { describe, expect, it } from 'vitest';
import { readTable } from '../../../src/cli/io';
import { rfmReport } from '../../../src/cli/rfm';
import { RFM_PACKAGE_CSV } from './rfmPackageFixture';

describe('rfm report summary', () => {
  it('leaves out the empty Prospects of the Shopify preset on the R rfm orders, in rule order', async () => {
    const table = await readTable(RFM_PACKAGE_CSV);
    const report = rfmReport(table, { customer: 'customer_id', date: 'order_date', amount: 'revenue', 'analysis-date': '2006-12-31', preset: 'shopify' });
    const names = report.summary.map((s) => s.segment);
    expect(names).not.toContain('Prospects');
    expect(names).toEqual(['Champions', 'Loyal', 'Active', 'New', 'Promising', 'Needs attention', 'Previously loyal', 'At risk', 'Almost lost', 'Dormant']);
    expect(new Set(names)).toEqual(new Set(report.customers.map((c) => c.segment)));
    expect(report.summary.reduce((n, s) => n + s.customers, 0)).toBe(report.customers.length);
  });
});
