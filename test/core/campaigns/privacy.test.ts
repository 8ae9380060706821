/**
 * Privacy, in the four languages: no customer who opted out, or who gave no consent where the sheet
 * records consent, reaches the Campaign lists tab, a CSV export or this week's list, and no contact
 * detail of theirs is on the Segments tab; and nothing
 * leaves the spreadsheet: the add-on asks for no new OAuth scope.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { campaignLists } from '../../../src/core/campaigns/campaignLists';
import { thisWeeksList } from '../../../src/core/campaigns/thisWeek';
import { campaignsTab } from '../../../src/core/report/campaignsTab';
import { segmentsTab } from '../../../src/core/report/segmentsTab';
import { writeCampaigns } from '../../../src/cli/campaignsExport';
import { isDayCell } from '../../../src/core/report/tabSpec';
import { CUSTOMERS, WORDINGS, allowedUnder, consentRun, emailOf, idOf, messagingOf, nameOf, phoneOf } from './consentSheets';

/** Every text that would identify customer i anywhere: id, name, email, phone (also as digits), messaging id. */
const tracesOf = (i: number) => [idOf(i), nameOf(i), emailOf(i), phoneOf(i), phoneOf(i).replace(/[\s-]/g, ''), messagingOf(i)];

const excluded = (w: (typeof WORDINGS)[number]) => Array.from({ length: CUSTOMERS }, (_, i) => i).filter((i) => !allowedUnder(w, i));

describe.each(WORDINGS.map((w) => [`${w.lang} "${w.header}"`, w] as const))('%s', (_, w) => {
  const run = consentRun(w);
  const left = excluded(w);

  it('the Campaign lists tab names no customer who may not be contacted', () => {
    const tab = campaignsTab(run.seg, w.lang, { consent: run.consent, templates: {}, previous: run.previous, sameSegment: run.sameSegment });
    const cells = tab.blocks.flatMap((b) => b.values.flat()).filter((v) => !isDayCell(v)).map(String);
    for (const i of left) for (const t of tracesOf(i)) expect(cells.some((c) => c.includes(t)), `${idOf(i)}: ${t}`).toBe(false);
    // Those who may be contacted are all there.
    for (let i = 0; i < CUSTOMERS; i++) if (allowedUnder(w, i)) expect(cells).toContain(idOf(i));
  });

  it("this week's list holds only customers who may be contacted, though left-out ones would qualify", () => {
    const week = thisWeeksList(run.seg, campaignLists(run.seg, run.consent, w.lang), run.previous, run.sameSegment);
    const ids = week.map((p) => p.contact.customer.summary.customerId);
    expect(ids.length).toBeGreaterThan(0);
    for (const i of left) expect(ids).not.toContain(idOf(i));
    const unguarded = thisWeeksList(run.seg, campaignLists(run.seg, { marketing: null, sms: null }, w.lang), run.previous, run.sameSegment).map((p) => p.contact.customer.summary.customerId);
    expect(unguarded.some((id) => left.map(idOf).includes(id))).toBe(true);
  });

  it('the Segments tab lists everyone, but no contact detail of a customer who may not be contacted', () => {
    const tab = segmentsTab(run.seg, w.lang, 20_000, run.previous, run.sameSegment, run.consent);
    const cells = tab.blocks.flatMap((b) => b.values.flat()).filter((v) => !isDayCell(v)).map(String);
    for (const i of left) {
      expect(cells).toContain(idOf(i));
      for (const t of [emailOf(i), phoneOf(i), phoneOf(i).replace(/[\s-]/g, ''), messagingOf(i)]) expect(cells.some((c) => c.includes(t)), `${idOf(i)}: ${t}`).toBe(false);
    }
    for (let i = 0; i < CUSTOMERS; i++) if (allowedUnder(w, i)) expect(cells.some((c) => c === emailOf(i) || c === phoneOf(i) || c === messagingOf(i))).toBe(true);
  });

  it('the CSV export names no customer who may not be contacted', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'campaigns-privacy-'));
    await writeCampaigns(dir, campaignLists(run.seg, run.consent, w.lang), { inputs: [], lang: w.lang });
    const text = readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
    for (const i of left) for (const t of tracesOf(i).slice(1)) expect(text.includes(t), `${idOf(i)}: ${t}`).toBe(false);
    for (let i = 0; i < CUSTOMERS; i++) if (allowedUnder(w, i)) expect(text).toContain(emailOf(i));
  });
});

describe('nothing leaves the spreadsheet', () => {
  it('the manifest asks for the same two scopes: this spreadsheet and the sidebar', () => {
    const manifest = JSON.parse(readFileSync('appsscript.json', 'utf8')) as { oauthScopes: string[] };
    expect(manifest.oauthScopes).toEqual(['https://www.googleapis.com/auth/spreadsheets.currentonly', 'https://www.googleapis.com/auth/script.container.ui']);
  });
});
