/**
 * The review cadence through the built bundle in the Apps Script harness: before any run the sidebar
 * says so; after a run it names the run's date (from the History tab); when the History tab's newest
 * run is older than the saved review interval, a review is suggested.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadAddOn } from '../harness';
import { sidebarCall } from '../helpers/sidebarCall';
import { sheetValuesFromCsv } from '../harness/sheetValues';
import { parseCsv } from '../../src/cli/io';
import { runFlow } from '../../sidebar/runFlow';
import { defaultSettings } from '../../src/app/settings';
import type { SetupInfo } from '../../src/app/contract';

const values = sheetValuesFromCsv(parseCsv(readFileSync('scripts/sample-shop/orders.csv', 'utf8')));

describe('review cadence in the sidebar', () => {
  it('says when segments were last run, and suggests a review once the interval has passed', async () => {
    const addon = loadAddOn({ sheets: { Orders: values }, locale: 'en_US' });
    const setup = () => addon.runFromSidebar('getSetup', 'Orders', 'en', null) as SetupInfo;
    expect(setup().review).toEqual({ lastRunDay: null, due: false, text: 'Segments have not been run in this workbook yet.' });

    const result = await runFlow(sidebarCall(addon), 'Orders', { ...defaultSettings(), fitClv: false }, {});
    expect(result.status).toBe('done');
    const after = setup().review;
    expect(after.due).toBe(false);
    expect(after.text).toMatch(/^Segments last run on \d{4}-\d{2}-\d{2}\.$/);

    // The newest run's date on the History tab, moved 13 months back.
    const history = addon.spreadsheet.sheets.find((s) => s.metadata.some((m) => m.key === 'csa.tab' && m.value === 'history'))!;
    const old = new Date();
    old.setMonth(old.getMonth() - 13);
    history.getRange(2, 2).setValue(old);
    const due = setup().review;
    expect(due.due).toBe(true);
    expect(due.text).toMatch(/13 months ago: time to review them/);
  });
});
