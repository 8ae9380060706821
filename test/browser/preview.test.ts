/**
 * The preview with the user's own data in Chromium: a workbook given on the command line
 * (`npm start -- shop.xlsx`) and a CSV chosen with the page's file picker, both read on this
 * machine; the page asks nothing of any other address.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startPreview } from '../../scripts/preview';
import { ARTIFACTS, hasChromium, launch, sidebarFrame } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'preview-own-'));

/** A small shop workbook: 12 customers, 3 orders each, dates as real dates. */
async function shopWorkbook(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sales');
  ws.addRow(['Client', 'Date', 'Total']);
  for (let c = 0; c < 12; c++) for (let o = 0; o < 3; o++) ws.addRow([`client-${c}`, new Date(Date.UTC(2024, c % 12, 1 + o * 7)), 10 + c * o]);
  const file = join(dir, 'shop.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

/** Every address the page asked for that is not the preview's own. */
function outsideRequests(page: Page, url: string): string[] {
  const outside: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(url) && !r.url().startsWith('data:') && r.url() !== 'about:blank') outside.push(r.url());
  });
  return outside;
}

describe.skipIf(!hasChromium)('the preview with your own file (Chromium)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens the workbook given on the command line', async () => {
    const preview = await startPreview({ port: 0, file: await shopWorkbook() });
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const outside = outsideRequests(page, preview.url);
    try {
      await page.goto(preview.url);
      await page.waitForSelector('#sheet-grid[data-sheet="shop"]');
      const side = await sidebarFrame(page);
      await side.waitForSelector('#run-button:not([disabled])', { timeout: 15_000 });
      expect(await side.inputValue('select[data-role="customerId"]')).toBe('Client');
      expect(await side.inputValue('select[data-role="orderDate"]')).toBe('Date');
      expect(await side.textContent('#shape-size')).toMatch(/^37 rows × 3 columns/);
      expect(await page.locator('#sheet-grid tr').nth(2).locator('td').nth(2).textContent()).toBe('2024-01-01'); // row 2, column B
      expect(outside).toEqual([]);
    } finally {
      await page.close();
      await preview.close();
    }
  });

  it('opens a CSV chosen on the page, and Reset goes back to it', async () => {
    const preview = await startPreview({ port: 0 });
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const outside = outsideRequests(page, preview.url);
    const csv = join(dir, 'kedai.csv');
    const lines = ['ID Pelanggan,Tarikh,Jumlah'];
    for (let i = 0; i < 30; i++) lines.push(`p${i % 10},2024-0${1 + (i % 9)}-1${i % 10},${5 + i}`);
    writeFileSync(csv, `${lines.join('\n')}\n`);
    try {
      await page.goto(preview.url);
      const before = await sidebarFrame(page);
      await before.waitForSelector('#run-button:not([disabled])', { timeout: 15_000 });
      await page.setInputFiles('#open-file', csv);
      await page.waitForSelector('#sheet-grid[data-sheet="kedai"]');
      expect(await page.textContent('#file-status')).toContain('kedai.csv');
      expect(await page.locator('#tabs button').allTextContents()).toEqual(['kedai']);
      const side = await sidebarFrame(page);
      await side.waitForFunction(() => (document.querySelector('select[data-role="customerId"]') as HTMLSelectElement | null)?.value === 'ID Pelanggan', null, { timeout: 15_000 });
      await page.screenshot({ path: join(ARTIFACTS, 'preview-own-file.png') });
      expect(preview.addon().spreadsheet.sheets.map((s) => s.name)).toEqual(['kedai']);
      // Run, then reset: the opened file comes back, not the sample.
      await side.click('#run-button');
      await side.waitForSelector('#summary', { timeout: 45_000 });
      await page.click('#reset');
      await page.waitForFunction(() => document.querySelectorAll('#tabs button').length === 1);
      expect(preview.addon().spreadsheet.sheets.map((s) => s.name)).toEqual(['kedai']);
      // A file the reader refuses: its sentence is shown, the workbook stays.
      const empty = join(dir, 'empty.xlsx');
      writeFileSync(empty, 'not a workbook');
      await page.setInputFiles('#open-file', empty);
      await page.waitForSelector('#file-status.error');
      expect((await page.textContent('#file-status'))?.length).toBeGreaterThan(10);
      expect(preview.addon().spreadsheet.sheets.map((s) => s.name)).toEqual(['kedai']);
      expect(outside).toEqual([]);
    } finally {
      await page.close();
      await preview.close();
    }
  });

  it('refuses a file sent from another site', async () => {
    const preview = await startPreview({ port: 0 });
    try {
      const res = await fetch(`${preview.url}open`, { method: 'POST', headers: { origin: 'http://evil.example', 'x-file-name': 'a.csv' }, body: 'a,b\n1,2\n' });
      expect(res.status).toBe(403);
      expect(preview.addon().spreadsheet.sheets.map((s) => s.name)).toEqual(['Orders']);
    } finally {
      await preview.close();
    }
  });
});
