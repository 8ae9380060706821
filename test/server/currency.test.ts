/**
 * The run's currency in the written tabs (issue 19), through the built bundle in the Apps Script
 * harness as the sidebar drives it: a sheet of "RM 12.50" amounts gets ringgit money formats on
 * the Segments, Segment summary and KPIs tabs; a currency setting overrides what the data shows.
 */
import { describe, expect, it } from 'vitest';
import { loadAddOn, type AddOn } from '../harness';
import { sidebarCall } from '../helpers/sidebarCall';
import { runFlow } from '../../sidebar/runFlow';
import { defaultSettings } from '../../src/app/settings';
import type { Settings } from '../../src/app/contract';

/** 12 customers, 1 to 3 orders each, amounts written as Malaysian shops write them. */
function ringgitShop(): unknown[][] {
  const rows: unknown[][] = [['Customer', 'Order date', 'Amount']];
  for (let c = 0; c < 12; c++) {
    for (let k = 0; k <= c % 3; k++) rows.push([`C${c}`, `2024-0${1 + k + (c % 4)}-1${c % 9}`, `RM ${10 + c}.50`]);
  }
  return rows;
}

async function run(addon: AddOn, settings: Settings) {
  const result = await runFlow(sidebarCall(addon), 'Orders', settings, {});
  if (result.status !== 'done') throw new Error(`run ${result.status}`);
}

/** The number format of the first body cell under a header of a tab's first block, or of a KPI row's value. */
function formatUnder(addon: AddOn, tab: string, header: string): unknown {
  const sheet = addon.spreadsheet.getSheetByName(tab);
  if (!sheet) throw new Error(`no tab ${tab}`);
  const values = sheet.snapshot();
  const col = values[0].indexOf(header);
  if (col >= 0) return sheet.formatAt(2, col + 1, 'numberFormat');
  const row = values.findIndex((r) => r[0] === header);
  if (row < 0) throw new Error(`no ${header} on ${tab}`);
  return sheet.formatAt(row + 1, 2, 'numberFormat');
}

const MONEY = [
  ['Segments', 'Total spend'],
  ['Segment summary', 'Revenue'],
  ['Segment summary', 'Average order value'],
  ['KPIs', 'Revenue'],
  ['KPIs', 'Average order value'],
] as const;

describe('money formats take the run’s currency', () => {
  const settings: Settings = { ...defaultSettings(), fitClv: false };

  it('RM amounts give RM money formats on Segments, Segment summary and KPIs', async () => {
    const addon = loadAddOn({ sheets: { Orders: ringgitShop() }, locale: 'en_US' });
    await run(addon, settings);
    for (const [tab, header] of MONEY) expect(formatUnder(addon, tab, header), `${tab}: ${header}`).toBe('"RM "#,##0.00');
    // Counts stay counts.
    expect(formatUnder(addon, 'KPIs', 'Customers')).toBe('#,##0');
  });

  it('a currency setting overrides the data', async () => {
    const addon = loadAddOn({ sheets: { Orders: ringgitShop() }, locale: 'en_US' });
    await run(addon, { ...settings, currency: 'NT$' });
    for (const [tab, header] of MONEY) expect(formatUnder(addon, tab, header), `${tab}: ${header}`).toBe('"NT$"#,##0');
  });
});
