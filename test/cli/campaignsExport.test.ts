/**
 * `segment FILE --out OUT.xlsx --campaigns DIR`: one contact-import CSV per segment (Mailchimp /
 * Klaviyo columns), only customers who may be contacted, escaped against CSV injection, file names
 * safe on any OS, and the folder guarded like --out.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { campaignFileName, writeCampaigns } from '../../src/cli/campaignsExport';
import { parseCsv } from '../../src/cli/io';
import { segmentFile } from '../../src/cli/segment';
import { campaignLists } from '../../src/core/campaigns/campaignLists';
import { WORDINGS, consentRun, consentSheet } from '../core/campaigns/consentSheets';

const tmp = (name: string) => mkdtempSync(join(tmpdir(), `${name}-`));

/** The opt-out sheet of a language as a CSV file, with one more customer whose cells try to run formulas. */
function sheetFile(dir: string, lang: 'en' | 'ms' = 'en'): string {
  const rows = consentSheet(WORDINGS.find((w) => w.lang === lang && w.kind === 'optOut')!);
  for (const date of ['2024-06-01', '2024-07-01', '2024-08-01']) rows.push(['X1', '=HYPERLINK("http://evil.test") -Lee', '@evil.test', '=1+2', 'x', 'No', date, '900']);
  const file = join(dir, 'orders.csv');
  // Written as a shop's own export would be: quoted where needed, nothing escaped.
  const field = (v: unknown) => (/[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
  writeFileSync(file, `${rows.map((r) => r.map(field).join(',')).join('\n')}\n`);
  return file;
}

const csvFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.csv')).sort();

describe('segment --campaigns', () => {
  it('writes one import file per segment with someone to contact, in the Mailchimp / Klaviyo layout', async () => {
    const dir = tmp('campaigns-cli');
    const file = sheetFile(dir);
    const out = join(dir, 'out.xlsx');
    const lists = join(dir, 'lists');
    const text = await segmentFile(file, out, { 'no-clv': true, 'analysis-date': '2024-12-31', campaigns: lists });
    expect(text).toMatch(/Wrote \d+ campaign lists \(9 contacts\) to /);
    const files = csvFiles(lists);
    expect(files).toEqual(expect.arrayContaining(['at_risk.csv', 'almost_lost.csv']));
    const all = files.flatMap((f) => parseCsv(readFileSync(join(lists, f), 'utf8')));
    for (const f of files) expect(readFileSync(join(lists, f), 'utf8').split('\n')[0]).toBe('Email Address,First Name,Last Name,Phone Number,Tags');
    const body = all.filter((r) => r[0] !== 'Email Address');
    expect(body).toHaveLength(9);
    expect(body.find((r) => r[0] === 'buyer11@shop.test')).toEqual(['buyer11@shop.test', 'Buyer11', 'Tan', '+60123001011', 'At risk']);
    // The opted-out customers (C00, C03, C06, C09) are in no file.
    for (const i of [0, 3, 6, 9]) expect(body.some((r) => r[0] === `buyer${i}@shop.test`)).toBe(false);
  });

  it('escapes cells that would run as formulas (OWASP)', async () => {
    const dir = tmp('campaigns-injection');
    const lists = join(dir, 'lists');
    await segmentFile(sheetFile(dir), join(dir, 'out.xlsx'), { 'no-clv': true, 'analysis-date': '2024-12-31', campaigns: lists });
    const lines = csvFiles(lists).flatMap((f) => readFileSync(join(lists, f), 'utf8').split('\n'));
    const evil = lines.find((l) => l.includes('evil'))!;
    expect(evil).toBe(`'@evil.test,"'=HYPERLINK(""http://evil.test"")",'-Lee,'=1+2,${evil.split(',').at(-1)}`);
  });

  it('writes a phone with its country code as E.164, one without as written, and each email or phone once', async () => {
    const dir = tmp('campaigns-phones');
    const run = consentRun(WORDINGS.find((w) => w.lang === 'en' && w.kind === 'optOut')!);
    const lists = campaignLists(run.seg, run.consent, 'en');
    const [first] = lists.segments.filter((s) => s.contacts.length);
    const contact = (email: string | null, phone: string | null) => ({ ...first.contacts[0], details: { name: null, email, phone, messagingId: null } });
    const contacts = [contact('a@x.test', '+60 (12) 345-6789'), contact('b@x.test', '012-345 6789'), contact('A@x.test', '+601111111'), contact(null, '+60-12-345 6789'), contact(null, null)];
    const notes = await writeCampaigns(dir, { ...lists, segments: [{ ...first, contacts }] }, { inputs: [], lang: 'en' });
    expect(parseCsv(readFileSync(join(dir, csvFiles(dir)[0]), 'utf8')).slice(1).map((r) => [r[0], r[3]])).toEqual([['a@x.test', '+60123456789'], ['b@x.test', '012-345 6789']]);
    expect(notes[1]).toMatch(/^Customers who may be contacted but have neither an email nor a phone number: 1\./);
  });

  it('names the files and tags the contacts in the language asked', async () => {
    const dir = tmp('campaigns-ms');
    const lists = join(dir, 'lists');
    await segmentFile(sheetFile(dir, 'ms'), join(dir, 'out.xlsx'), { 'no-clv': true, 'analysis-date': '2024-12-31', campaigns: lists, lang: 'ms' });
    expect(readFileSync(join(lists, 'at_risk.csv'), 'utf8').split('\n')[1]).toMatch(/,Berisiko$/);
  });

  it('refuses a folder holding files it did not write, unless --force, and never deletes them', async () => {
    const dir = tmp('campaigns-guard');
    const file = sheetFile(dir);
    const lists = join(dir, 'lists');
    mkdirSync(lists);
    writeFileSync(join(lists, 'my-notes.txt'), 'mine');
    await expect(segmentFile(file, join(dir, 'out.xlsx'), { 'no-clv': true, campaigns: lists })).rejects.toThrow(/holds files this tool did not write \(my-notes\.txt\); .*--force/);
    expect(existsSync(join(dir, 'out.xlsx'))).toBe(false);
    await segmentFile(file, join(dir, 'out.xlsx'), { 'no-clv': true, campaigns: lists, force: true });
    expect(readFileSync(join(lists, 'my-notes.txt'), 'utf8')).toBe('mine');
    expect(csvFiles(lists).length).toBeGreaterThan(0);
    // A file, not a folder.
    await expect(segmentFile(file, join(dir, 'out2.xlsx'), { 'no-clv': true, campaigns: file })).rejects.toThrow(/is a file; give a folder/);
  });

  it('replaces its own files on a re-run, and removes a list whose segment has nobody left to contact', async () => {
    const dir = tmp('campaigns-rerun');
    const run = consentRun(WORDINGS.find((w) => w.lang === 'en' && w.kind === 'optOut')!);
    const lists = campaignLists(run.seg, run.consent, 'en');
    await writeCampaigns(dir, lists, { inputs: [], lang: 'en' });
    const before = csvFiles(dir);
    const emptied = { ...lists, segments: lists.segments.map((s) => (s.segment === 'at_risk' ? { ...s, contacts: [] } : s)) };
    const notes = await writeCampaigns(dir, emptied, { inputs: [], lang: 'en' });
    expect(csvFiles(dir)).toEqual(before.filter((f) => f !== 'at_risk.csv'));
    expect(notes.at(-1)).toMatch(/^Removed at_risk\.csv: written by an earlier run/);
    // Only the lists and the manifest: no temporary file is left behind.
    expect(readdirSync(dir).filter((f) => !f.endsWith('.csv'))).toEqual(['.customer-segments-campaigns.json']);
  });

  it('never writes over an input, even with --force', async () => {
    const dir = tmp('campaigns-input');
    const run = consentRun(WORDINGS.find((w) => w.lang === 'en' && w.kind === 'optOut')!);
    const input = join(dir, 'at_risk.csv');
    writeFileSync(input, 'my data');
    await expect(writeCampaigns(dir, campaignLists(run.seg, run.consent, 'en'), { inputs: [input], lang: 'en' })).rejects.toThrow(/is the input file/);
    expect(readFileSync(input, 'utf8')).toBe('my data');
  });
});

describe('campaignFileName', () => {
  it('gives names every OS accepts, unique even where case is ignored', () => {
    const taken = new Set<string>();
    expect(['needs_attention', 'VIP / Top 1%', 'vip-top-1', 'CON', '高價值', '客戶', '../etc', 'a'.repeat(90)].map((id) => campaignFileName(id, taken))).toEqual([
      'needs_attention.csv', 'vip-top-1.csv', 'vip-top-1-2.csv', 'con-segment.csv', 'segment.csv', 'segment-2.csv', 'etc.csv', `${'a'.repeat(60)}.csv`,
    ]);
  });
});
