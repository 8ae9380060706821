/**
 * The owner's campaign messages through the built bundle in the Apps Script harness: the sidebar is
 * sent each segment's built-in message; a template saved with the settings comes back from the
 * settings sheet and is the next run's message for its segment on the Campaign lists tab, the
 * others keeping the built-in one; markup and formulas in a template are written as plain text.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadAddOn, type AddOn } from '../harness';
import { sidebarCall } from '../helpers/sidebarCall';
import { sheetValuesFromCsv } from '../harness/sheetValues';
import { parseCsv } from '../../src/cli/io';
import { runFlow } from '../../sidebar/runFlow';
import { defaultSettings } from '../../src/app/settings';
import type { Settings, SetupInfo } from '../../src/app/contract';

const values = sheetValuesFromCsv(parseCsv(readFileSync('scripts/sample-shop/orders.csv', 'utf8')));

const CHAMPIONS = '<script>alert("hi")</script> Thank you, VIP: 10% off all week.';
const AT_RISK = '=HYPERLINK("https://example.com/back","We miss you: come back for 15% off")';

/** The sidebar opening on the saved settings (no unsaved ones sent). */
const openSidebar = (addon: AddOn, lang: string | null = null) => addon.runFromSidebar('getSetup', 'Orders', lang, null) as SetupInfo;

/** Saves the templates as the Settings page does, then runs with the settings the reopened sidebar reads back. */
async function saveAndRun(campaignTemplates: Settings['campaignTemplates']) {
  const addon = loadAddOn({ sheets: { Orders: values }, locale: 'en_US' });
  addon.runFromSidebar('saveSettings', { ...defaultSettings(), fitClv: false, campaignTemplates });
  const setup = openSidebar(addon);
  const result = await runFlow(sidebarCall(addon), 'Orders', setup.settings, {});
  expect(result.status).toBe('done');
  const tab = addon.spreadsheet.getSheetByName('Campaign lists');
  if (!tab) throw new Error('no Campaign lists tab');
  return { setup, tab, rows: tab.snapshot() };
}

/** Row index and message of every row of the Campaign lists tab with a suggested message (this week's list and per segment). */
function messages(rows: unknown[][]): { row: number; segment: string; message: string }[] {
  const out: { row: number; segment: string; message: string }[] = [];
  let column = -1;
  rows.forEach((r, i) => {
    if (r.includes('Suggested message')) column = r.indexOf('Suggested message');
    else if (r[0] === '') column = -1;
    else if (column >= 0) out.push({ row: i, segment: String(r[0]), message: String(r[column]) });
  });
  return out;
}

describe('campaign message templates', () => {
  it("sends the sidebar every segment's built-in message, Others last, in the user's language", () => {
    const addon = loadAddOn({ sheets: { Orders: values }, locale: 'en_US' });
    const en = openSidebar(addon).campaignMessages;
    expect(en.map((m) => m.segmentId)).toEqual(['prospects', 'champions', 'loyal', 'active', 'new', 'promising', 'needs_attention', 'previously_loyal', 'at_risk', 'almost_lost', 'dormant', 'others']);
    expect(en[1]).toEqual({ segmentId: 'champions', segmentName: 'Champions', builtIn: expect.stringMatching(/^Thank you for being one of our best customers!/) });
    const zh = openSidebar(addon, 'zh-TW').campaignMessages;
    expect(zh[1]).toEqual({ segmentId: 'champions', segmentName: expect.not.stringMatching(/Champions/), builtIn: expect.stringMatching(/^感謝您一直是我們最重要的顧客/) });
  });

  it('a saved template is the next run\'s message for its segment; the other segments keep the built-in one', async () => {
    const { setup, rows } = await saveAndRun({ champions: CHAMPIONS, at_risk: AT_RISK });
    expect(setup.settings.campaignTemplates).toEqual({ champions: CHAMPIONS, at_risk: AT_RISK });
    const builtIn = new Map(setup.campaignMessages.map((m) => [m.segmentName, m.builtIn]));
    const shown = messages(rows);
    // Both tables: this week's list (Loyal, At risk, Previously loyal on the sample) and the 10 segments.
    expect(shown.length).toBeGreaterThan(12);
    for (const { segment, message } of shown) {
      const expected = segment === 'Champions' ? CHAMPIONS : segment === 'At risk' ? AT_RISK : builtIn.get(segment);
      expect(message, segment).toBe(expected);
    }
    expect(shown.filter((s) => s.segment === 'At risk').length).toBeGreaterThan(1);
    expect(shown.some((s) => s.segment === 'Champions')).toBe(true);
  });

  it('a template with markup or a formula is written as plain text in a text-format cell, never as a formula', async () => {
    const { tab, rows } = await saveAndRun({ champions: CHAMPIONS, at_risk: AT_RISK });
    const all = tab.getRange(1, 1, rows.length, rows[0].length);
    expect(all.getFormulas().flat().filter((f) => f !== '')).toEqual([]);
    const shown = messages(rows).filter((s) => s.segment === 'At risk' || s.segment === 'Champions');
    for (const { row, message } of shown) {
      const column = rows[row].indexOf(message) + 1;
      expect(column).toBeGreaterThan(0);
      expect(tab.getRange(row + 1, column).getNumberFormat()).toBe('@');
      expect(tab.getRange(row + 1, column).getValue()).toBe(message); // as typed: no apostrophe shown
    }
  });
});
