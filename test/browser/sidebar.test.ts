/**
 * The sidebar in headless Chromium against the local preview (real dist/sidebar.html, calls run by
 * the Apps Script harness on the real dist/Code.js): open, check the detected columns, change one,
 * run, see progress, see the new tabs in the grid, switch language; a column chosen for a role
 * another role holds swaps them; Run waits, saying why, while a blocking error shows; data from
 * the sheet stays text. Screenshots go to artifacts/.
 * Needs Debian's chromium (/usr/bin/chromium; .ci/run installs it) and `npm run build` first.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startPreview, type Preview } from '../../scripts/preview';
import { ARTIFACTS, hasChromium, launch, mappingShown, roleSettled, sidebarFrame } from './helpers';

describe.skipIf(!hasChromium)('sidebar in Chromium (local preview)', () => {
  let browser: Browser;
  let preview: Preview;

  beforeAll(async () => {
    // 400 rows per read call: the 1,595-row sample is read in 4 steps, so progress moves visibly.
    preview = await startPreview({ port: 0, locale: 'en_US', chunkRows: 400, delayMs: 40 });
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await preview?.close();
  });

  it('detects columns, runs with progress, writes tabs and switches language', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(preview.url);
    const side = await sidebarFrame(page);
    await side.waitForSelector('#columns', { timeout: 15_000 });

    // Detected columns: the sample shop's headers in the drop-downs.
    expect(await side.inputValue('select[data-role="customerId"]')).toBe('Customer ID');
    expect(await side.inputValue('select[data-role="orderDate"]')).toBe('Invoice Date');
    expect(await side.inputValue('select[data-role="amount"]')).toBe('Amount');
    expect(await side.textContent('#shape-size')).toMatch(/1,?59[56] rows × 5 columns/);
    expect(await side.locator('#columns .badge').count()).toBeGreaterThan(2);
    await page.screenshot({ path: join(ARTIFACTS, 'preview-setup.png') });

    // Change one role: the invoice number no longer identifies orders; the server re-reads with it.
    await side.selectOption('select[data-role="orderId"]', '');
    await roleSettled(side, 'orderId', '');
    expect(await side.inputValue('select[data-role="customerId"]')).toBe('Customer ID');
    // ...and back, so the run below uses invoices as orders.
    await side.selectOption('select[data-role="orderId"]', 'Invoice');
    await roleSettled(side, 'orderId', 'Invoice');

    // Record every percentage the progress bar shows.
    await side.evaluate(() => {
      const seen: number[] = [];
      (window as unknown as { seen: number[] }).seen = seen;
      new MutationObserver(() => {
        const bar = document.querySelector('[data-percent]');
        if (bar) seen.push(Number(bar.getAttribute('data-percent')));
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    const sheetsBefore = await page.locator('#tabs button').count();
    await side.click('#run-button');
    await side.waitForSelector('#progress', { timeout: 10_000 });
    await side.waitForSelector('#summary', { timeout: 45_000 });
    const seen = await side.evaluate(() => (window as unknown as { seen: number[] }).seen);
    expect(seen.some((p) => p > 0 && p < 100)).toBe(true);
    expect(seen.filter((p, i) => i > 0 && p < seen[i - 1])).toEqual([]); // the bar never goes back

    // Summary and links; the new tabs are in the grid.
    const summary = (await side.textContent('.summary-text')) ?? '';
    expect(summary.length).toBeGreaterThan(10);
    const links = await side.locator('#summary .tab-links button').allTextContents();
    expect(links.length).toBeGreaterThanOrEqual(4);
    await page.waitForFunction((n) => document.querySelectorAll('#tabs button').length > n, sheetsBefore);
    const gridTabs = await page.locator('#tabs button').allTextContents();
    for (const name of links) expect(gridTabs.map((t) => t.replace(/ \(hidden\)$/, ''))).toContain(name);
    // A link jumps to its tab.
    await side.locator('#summary .tab-links button').nth(1).click();
    await page.waitForSelector(`#sheet-grid[data-sheet="${links[1]}"]`, { timeout: 10_000 });
    await page.screenshot({ path: join(ARTIFACTS, 'preview-after-run.png') });
    await page.locator('#sidebar').screenshot({ path: join(ARTIFACTS, 'sidebar-summary.png') });

    // Switch language in the sidebar.
    await side.selectOption('#lang', 'zh-TW');
    await side.waitForFunction(() => document.querySelector('h1')?.textContent === '顧客分群');
    await side.waitForFunction(() => (document.getElementById('busy') as HTMLElement).hidden);
    expect(await side.textContent('button[data-page="settings"]')).toBe('設定');
    expect(await side.textContent('#run-button')).toBe('分群我的顧客');
    await page.screenshot({ path: join(ARTIFACTS, 'preview-zh-TW.png') });
    await side.click('button[data-page="settings"]');
    await side.waitForSelector('#rules .rule');
    await page.screenshot({ path: join(ARTIFACTS, 'preview-settings-zh-TW.png') });

    // Rules: a rule added after the full grid can never win; the server's check says so, live.
    const ruleCount = await side.locator('#rules .rule').count();
    await side.click('#add-rule');
    expect(await side.locator('#rules .rule').count()).toBe(ruleCount + 1);
    await side.waitForSelector('#rule-warnings li', { timeout: 10_000 });
    await side.click('#reset-rules');
    await side.waitForSelector('#rule-warnings .ok', { timeout: 10_000 });
    // JSON export, then import of the same text.
    await side.click('#rules details.json summary');
    await side.click('#export-rules');
    await side.waitForFunction(() => (document.getElementById('rules-json') as HTMLTextAreaElement).value.length > 50);
    const exported = await side.inputValue('#rules-json');
    expect(() => JSON.parse(exported)).not.toThrow();
    await side.click('#import-rules');
    await side.waitForSelector('#notice');
    expect(await side.textContent('#notice')).toContain(String(ruleCount));
    await page.locator('#sidebar').screenshot({ path: join(ARTIFACTS, 'sidebar-rules-zh-TW.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('cancels a run and keeps the workbook as it was', async () => {
    // 100 rows per call, 120 ms each: 16 read steps, time enough to press Cancel.
    const slow = await startPreview({ port: 0, chunkRows: 100, delayMs: 120 });
    const page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
    try {
      await page.goto(slow.url);
      const side = await sidebarFrame(page);
      await side.waitForSelector('#run-button:not([disabled])', { timeout: 15_000 });
      const before = slow.addon().spreadsheet.sheets.map((s) => s.name);
      await side.click('#run-button');
      await side.waitForFunction(() => Number(document.querySelector('[data-percent]')?.getAttribute('data-percent')) > 0);
      await side.click('#cancel-button');
      await side.waitForSelector('#run-cancelled', { timeout: 15_000 });
      expect(await side.locator('#summary').count()).toBe(0);
      expect(await side.isEnabled('#run-button')).toBe(true);
      expect(slow.addon().spreadsheet.sheets.map((s) => s.name)).toEqual(before);
      await page.locator('#sidebar').screenshot({ path: join(ARTIFACTS, 'sidebar-cancelled.png') });
    } finally {
      await page.close();
      await slow.close();
    }
  });

  it('swaps two roles\' columns, and changing back restores the mapping', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    try {
      await fetch(`${preview.url}reset`, { method: 'POST' }); // a fresh workbook: earlier tests saved settings
      await page.goto(preview.url);
      const side = await sidebarFrame(page);
      await side.waitForSelector('#run-button:not([disabled])', { timeout: 15_000 });
      const original = await mappingShown(side);
      // The customer column given to the invoice numbers: the order role takes the customer column.
      await side.selectOption('select[data-role="customerId"]', 'Invoice');
      await roleSettled(side, 'customerId', 'Invoice');
      expect(await side.inputValue('select[data-role="orderId"]')).toBe('Customer ID');
      expect(await side.textContent('#role-moves')).toContain('B: Customer ID');
      await page.locator('#sidebar').screenshot({ path: join(ARTIFACTS, 'sidebar-columns-swapped.png') });
      await side.selectOption('select[data-role="customerId"]', 'Customer ID');
      await roleSettled(side, 'customerId', 'Customer ID');
      expect(await mappingShown(side)).toEqual(original);
      // From "not used": the role that held the column waits, says so, and gets its column back.
      await side.selectOption('select[data-role="orderId"]', '');
      await roleSettled(side, 'orderId', '');
      await side.selectOption('select[data-role="orderId"]', 'Customer ID');
      await roleSettled(side, 'orderId', 'Customer ID');
      expect(await side.inputValue('select[data-role="customerId"]')).toBe('');
      expect(await side.textContent('#role-moves')).toMatch(/not used/);
      await side.selectOption('select[data-role="orderId"]', 'Invoice');
      await roleSettled(side, 'orderId', 'Invoice');
      expect(await mappingShown(side)).toEqual(original);
    } finally {
      await page.close();
    }
  });

  it('keeps Run disabled, saying why, while a blocking error shows', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    try {
      await fetch(`${preview.url}reset`, { method: 'POST' }); // a fresh workbook: earlier tests saved settings
      await page.goto(preview.url);
      const side = await sidebarFrame(page);
      await side.waitForSelector('#run-button:not([disabled])', { timeout: 15_000 });
      expect(await side.locator('#run-blocked').count()).toBe(0);
      await side.selectOption('select[data-role="customerId"]', '');
      await roleSettled(side, 'customerId', '');
      expect(await side.isDisabled('#run-button')).toBe(true);
      const error = (await side.textContent('#quality .quality.error')) ?? '';
      const reason = (await side.textContent('#run-blocked')) ?? '';
      expect(error.length).toBeGreaterThan(5);
      expect(reason).toContain(error.replace(/^✖/, '').trim());
      expect(await side.getAttribute('#run-button', 'aria-describedby')).toBe('run-blocked');
      await side.locator('#run-panel').scrollIntoViewIfNeeded();
      await page.locator('#sidebar').screenshot({ path: join(ARTIFACTS, 'sidebar-run-blocked.png') });
      await side.selectOption('select[data-role="customerId"]', 'Customer ID');
      await roleSettled(side, 'customerId', 'Customer ID');
      expect(await side.isEnabled('#run-button')).toBe(true);
      expect(await side.locator('#run-blocked').count()).toBe(0);
    } finally {
      await page.close();
    }
  });

  it('shows markup from the sheet as text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'xss-'));
    const csv = join(dir, 'orders.csv');
    const hostile = '<img src=x onerror=alert(1)>';
    writeFileSync(csv, `Customer ID,Order Date,Amount,${hostile}\n${hostile},2024-01-05,10,a\nb,2024-02-05,20,b\n`);
    const other = await startPreview({ port: 0, file: csv });
    const page = await browser.newPage({ viewport: { width: 1280, height: 700 } });
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    try {
      await page.goto(other.url);
      const side = await sidebarFrame(page);
      await side.waitForSelector('#columns', { timeout: 15_000 });
      await side.click('#columns details summary').catch(() => undefined);
      const optionTexts = await side.locator('select[data-role="customerId"] option').allTextContents();
      expect(optionTexts).toContain(`D: ${hostile}`);
      expect(await side.locator('img').count()).toBe(0);
      expect(await page.locator('img').count()).toBe(0); // the grid too
      expect(await page.locator('#sheet-grid td', { hasText: hostile }).count()).toBeGreaterThan(0);
      expect(dialogs).toEqual([]);
    } finally {
      await page.close();
      await other.close();
    }
  });
});
