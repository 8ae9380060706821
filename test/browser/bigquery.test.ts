/**
 * The sidebar's "Export SQL for BigQuery" in headless Chromium against the local preview (real
 * dist/sidebar.html, calls run by the harness on the real dist/Code.js): a wrong table is refused
 * in the user's language, a right one shows the SQL of the settings, Copy puts it on the clipboard
 * and Download .sql saves the same text; the Run in BigQuery switch shows its project field. Text
 * typed by the owner stays text. Screenshots in English and Traditional Chinese go to artifacts/.
 * Needs Debian's chromium (/usr/bin/chromium) and `npm run build` first.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Frame } from 'playwright-core';
import { startPreview, type Preview } from '../../scripts/preview';
import { ARTIFACTS, hasChromium, launch, sidebarFrame } from './helpers';

async function showSql(side: Frame, table: string): Promise<void> {
  await side.fill('#bq-table', table);
  await side.click('#bq-show');
  await side.waitForSelector('#bq-sql, #bq-problem', { timeout: 15_000 });
}

describe.skipIf(!hasChromium)('Export SQL for BigQuery (sidebar in Chromium)', () => {
  let browser: Browser;
  let preview: Preview;

  beforeAll(async () => {
    preview = await startPreview({ port: 0, locale: 'en_US' });
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await preview?.close();
  });

  it('refuses a wrong table, shows the SQL of a right one, copies and downloads it', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(preview.url);
    const side = await sidebarFrame(page);
    await side.waitForSelector('#columns', { timeout: 15_000 });
    await side.click('button[data-page="settings"]');
    await side.waitForSelector('#bigquery');

    // Two parts: said so, and nothing else is shown. Markup typed in the box stays text.
    await showSql(side, 'sales.<img src=x onerror=alert(1)>');
    expect(await side.textContent('#bq-problem')).toBe('"sales.<img src=x onerror=alert(1)>" has 2 part(s) separated by dots; BigQuery needs three: project.dataset.table, e.g. my-shop.sales.orders.');
    expect(await side.locator('#bigquery img').count()).toBe(0);
    await showSql(side, 'My_Shop.sales.orders');
    expect(await side.textContent('#bq-problem')).toMatch(/^The project id "My_Shop" is not a Google Cloud project id/);

    await showSql(side, 'my-shop-123.sales.orders');
    const sql = await side.inputValue('#bq-sql');
    expect(sql).toMatch(/^WITH\n/);
    expect(sql).toContain('FROM `my-shop-123.sales.orders` AS t');
    expect(sql).not.toMatch(/NTILE|PERCENTILE_CONT|APPROX_QUANTILES/);
    expect(await side.textContent('#bq-columns')).toMatch(/^The query reads the columns .+ and counts recency to \d{4}-\d{2}-\d{2}\./);
    await side.locator('#bigquery').scrollIntoViewIfNeeded();
    await page.locator('#sidebar').screenshot({ path: join(ARTIFACTS, 'sidebar-bigquery-en.png') });

    await side.click('#bq-copy');
    await side.waitForFunction(() => document.getElementById('bq-copied')?.textContent === 'Copied.');
    expect(await side.evaluate(() => navigator.clipboard.readText())).toBe(sql);

    const [download] = await Promise.all([page.waitForEvent('download'), side.click('#bq-download')]);
    expect(download.suggestedFilename()).toBe('orders-rfm.sql');
    expect(readFileSync(await download.path(), 'utf8')).toBe(sql);

    // The opt-in run: off by default; turning it on shows the project id and its button.
    expect(await side.isChecked('#bq-run')).toBe(false);
    expect(await side.locator('#bq-project').count()).toBe(0);
    await side.check('#bq-run');
    await side.waitForSelector('#bq-project');
    expect(await side.textContent('#bq-run-now')).toBe('Run in BigQuery');

    // The same card in Traditional Chinese.
    await side.selectOption('#lang', 'zh-TW');
    await side.waitForFunction(() => document.querySelector('#bigquery h2')?.textContent === 'BigQuery' && document.querySelector('#bq-show')?.textContent === '顯示 SQL');
    await side.waitForFunction(() => (document.getElementById('busy') as HTMLElement).hidden);
    await showSql(side, 'my-shop-123.sales');
    expect(await side.textContent('#bq-problem')).toBe('「my-shop-123.sales」以點分隔出 2 段；BigQuery 需要三段：project.dataset.table，例如 my-shop.sales.orders。');
    await showSql(side, 'my-shop-123.sales.orders');
    expect(await side.textContent('#bq-columns')).toMatch(/^此查詢讀取 .+ 欄，並以 \d{4}-\d{2}-\d{2} 計算最近購買天數。/);
    // Segment names in the SQL follow the language.
    expect(await side.inputValue('#bq-sql')).toMatch(/THEN '[^']*[\u4e00-\u9fff]/);
    await side.locator('#bigquery').scrollIntoViewIfNeeded();
    await page.locator('#sidebar').screenshot({ path: join(ARTIFACTS, 'sidebar-bigquery-zh-TW.png') });
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});
