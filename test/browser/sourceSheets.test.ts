/**
 * Several source sheets in the sidebar (issue 18), in headless Chromium against the local preview
 * (real dist/sidebar.html, calls run by the harness on the real dist/Code.js): the multi-select
 * offers the workbook's other sheets and never the add-on's own tabs, each ticked sheet shows its
 * own detected columns, a column choice there stays that sheet's, the run reads every sheet with
 * one progress bar, and a hostile sheet name stays text. Screenshots in English and Malay go to
 * artifacts/ (sidebar-sources-en.png, sidebar-sources-ms.png).
 * Needs Debian's chromium (/usr/bin/chromium) and `npm run build` first.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Frame } from 'playwright-core';
import { startPreview, type Preview } from '../../scripts/preview';
import { ARTIFACTS, hasChromium, launch, sidebarFrame } from './helpers';

const HOSTILE = '<img src=x onerror=alert(1)>';

/** Waits until the sidebar's server call is answered. */
const settled = (side: Frame) => side.waitForFunction(() => (document.getElementById('busy') as HTMLElement).hidden);

describe.skipIf(!hasChromium)('several source sheets in the sidebar (Chromium)', () => {
  let browser: Browser;
  let preview: Preview;

  beforeAll(async () => {
    preview = await startPreview({ port: 0, locale: 'en_US', chunkRows: 400, delayMs: 20 });
    const book = preview.addon().spreadsheet;
    const orders = book.getSheetByName('Orders')!.snapshot();
    // A shop counter with its own (Chinese) columns, a customer list, and a sheet named like markup.
    book.addSheetWithValues('Shop counter', [['訂單編號', '訂單日期', '顧客編號', '金額'], ...orders.slice(1, 301).map((r) => [`K${r[0]}`, r[2], r[1], r[3]])]);
    const ids = [...new Set(orders.slice(1).map((r) => String(r[1])).filter((id) => id !== ''))];
    book.addSheetWithValues('Customers', [['Customer ID', 'Email', 'City'], ...ids.map((id) => [id, `c${id}@example.com`, 'Taipei'])]);
    book.addSheetWithValues(HOSTILE, [['note'], ['x']]);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await preview?.close();
  });

  it('picks sheets, shows each one\'s columns, runs over all of them, in English and Malay', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1400 } });
    const errors: string[] = [];
    const dialogs: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    try {
      await page.goto(preview.url);
      const side = await sidebarFrame(page);
      await side.waitForSelector('#extra-sheets', { timeout: 15_000 });
      await settled(side);
      // The multi-select: the workbook's other sheets, the hostile name as text.
      const offered = await side.locator('#extra-sheets input[type=checkbox]').evaluateAll((els) => els.map((e) => e.getAttribute('data-sheet')));
      expect(offered).toEqual(['Shop counter', 'Customers', HOSTILE]);
      expect(await side.locator('img').count()).toBe(0);
      expect(await side.textContent('#extra-sheets')).toContain(HOSTILE);

      await side.check('#extra-sheets input[data-sheet="Shop counter"]');
      await side.waitForSelector('#source-1');
      await settled(side);
      await side.check('#extra-sheets input[data-sheet="Customers"]');
      await side.waitForSelector('#source-2');
      await settled(side);
      // Each chosen sheet has its own column view, from its own headers.
      expect(await side.textContent('#source-1 h2')).toBe('Columns of “Shop counter”');
      expect(await side.inputValue('#source-1 select[data-source-role="customerId"]')).toBe('顧客編號');
      expect(await side.inputValue('#source-1 select[data-source-role="orderDate"]')).toBe('訂單日期');
      expect(await side.inputValue('#source-1 select[data-source-role="amount"]')).toBe('金額');
      expect(await side.textContent('#source-2 .meta')).toContain('One row per customer');
      // A choice in the counter's view is that sheet's: the first sheet keeps its invoice column.
      await side.selectOption('#source-1 select[data-source-role="orderId"]', '');
      await side.waitForFunction(() => (document.querySelector('#source-1 select[data-source-role="orderId"]') as HTMLSelectElement).value === '' && (document.getElementById('busy') as HTMLElement).hidden);
      expect(await side.inputValue('select[data-role="orderId"]')).toBe('Invoice');
      await side.selectOption('#source-1 select[data-source-role="orderId"]', '訂單編號');
      await side.waitForFunction(() => (document.querySelector('#source-1 select[data-source-role="orderId"]') as HTMLSelectElement).value === '訂單編號' && (document.getElementById('busy') as HTMLElement).hidden);
      await page.locator('#sidebar').screenshot({ path: join(ARTIFACTS, 'sidebar-sources-en.png') });

      // The run reads all three sheets' rows (1,595 + 300 + customers) with one bar that never goes back.
      await side.evaluate(() => {
        const seen: string[] = [];
        (window as unknown as { seen: string[] }).seen = seen;
        new MutationObserver(() => {
          const stage = document.getElementById('stage');
          const bar = document.querySelector('[data-percent]');
          if (stage && bar) seen.push(`${bar.getAttribute('data-percent')}|${stage.textContent}`);
        }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
      });
      await side.click('#run-button');
      await side.waitForSelector('#summary', { timeout: 60_000 });
      const seen = await side.evaluate(() => (window as unknown as { seen: string[] }).seen);
      const percents = seen.map((s) => Number(s.split('|')[0]));
      expect(percents.filter((p, i) => i > 0 && p < percents[i - 1])).toEqual([]);
      const book = preview.addon().spreadsheet;
      const total = ['Orders', 'Shop counter', 'Customers'].reduce((n, name) => n + book.getSheetByName(name)!.snapshot().length - 1, 0);
      expect(seen.some((s) => s.includes(`of ${total.toLocaleString('en-US')}`))).toBe(true);
      expect(preview.addon().executions.map((e) => e.name)).toContain('finishSourcesRun');
      // The add-on's own tabs (and its hidden settings sheet) are never offered as sources.
      await settled(side);
      const afterRun = await side.locator('#extra-sheets input[type=checkbox]').evaluateAll((els) => els.map((e) => e.getAttribute('data-sheet')));
      expect(afterRun).toEqual(['Shop counter', 'Customers', HOSTILE]);

      // Malay: the new words are translated.
      await side.selectOption('#lang', 'ms');
      await side.waitForFunction(() => document.querySelector('#extra-sheets legend')?.textContent === 'Gabungkan juga helaian ini');
      await settled(side);
      expect(await side.textContent('#source-1 h2')).toBe('Lajur “Shop counter”');
      await side.locator('#extra-sheets').scrollIntoViewIfNeeded();
      await page.locator('#sidebar').screenshot({ path: join(ARTIFACTS, 'sidebar-sources-ms.png') });
      expect(errors).toEqual([]);
      expect(dialogs).toEqual([]);
    } finally {
      await page.close();
    }
  }, 120_000);
});
