/**
 * The sidebar and every tab it writes, in each language the add-on speaks, as screenshots in
 * artifacts/ (`<lang>-sidebar-*.png`, `<lang>-tab-<kind>.png`), with each tab's charts drawn over
 * the grid where Sheets puts them. A fresh workbook per language, so the tabs are that language's.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startPreview } from '../../scripts/preview';
import { uiText } from '../../src/app/uiText';
import type { Lang } from '../../src/core/types';
import { ARTIFACTS, hasChromium, launch, sidebarFrame } from './helpers';

const LOCALES: [string, Lang][] = [['en_US', 'en'], ['zh_TW', 'zh-TW'], ['zh_CN', 'zh-CN'], ['ms_MY', 'ms']];

describe.skipIf(!hasChromium)('sidebar and tabs in four languages (screenshots)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const [locale, lang] of LOCALES) {
    it(`${lang}: sidebar pages and every tab`, async () => {
      const preview = await startPreview({ port: 0, locale });
      // A desktop screen: the grid is wide enough for charts anchored at column H.
      const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
      const shot = (name: string) => join(ARTIFACTS, `${lang}-${name}.png`);
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      try {
        await page.goto(preview.url);
        const side = await sidebarFrame(page);
        await side.waitForSelector('#run-button:not([disabled])', { timeout: 15_000 });
        expect(await side.textContent('#run-button')).toBe(uiText[lang].menuSegment);
        await page.screenshot({ path: shot('setup') });
        await page.locator('#sidebar').screenshot({ path: shot('sidebar-setup') });

        await side.click('#run-button');
        await side.waitForSelector('#summary', { timeout: 45_000 });
        await page.locator('#sidebar').screenshot({ path: shot('sidebar-summary') });
        const links = await side.locator('#summary .tab-links button').evaluateAll((bs) => bs.map((b) => ({ name: b.textContent ?? '', kind: b.getAttribute('data-kind') ?? '' })));
        expect(links.map((l) => l.kind)).toEqual(expect.arrayContaining(['segments', 'summary', 'personas', 'kpis', 'quality', 'history']));
        await page.waitForSelector(`#tabs button[data-sheet="${links[links.length - 1].name}"]`);
        for (const { name, kind } of links) {
          await page.click(`#tabs button[data-sheet="${name}"]`);
          await page.waitForSelector(`#sheet-grid[data-sheet="${name}"]`);
          // Every chart the add-on inserted is drawn, with its title and some bars, a line or slices.
          const charts = preview.addon().spreadsheet.sheets.find((s) => s.name === name)?.charts ?? [];
          const drawn = page.locator('#grid svg.chart');
          expect(await drawn.count(), `${kind} charts`).toBe(charts.length);
          for (let i = 0; i < charts.length; i++) {
            expect(await drawn.nth(i).getAttribute('aria-label')).toBe(String(charts[i].options.setTitle));
            // Bars or slices: several shapes; a line of one series (months of the year): one polyline of many points.
            const lines = await drawn.nth(i).locator('polyline').evaluateAll((ps) => ps.map((p) => (p.getAttribute('points') ?? '').split(' ').filter(Boolean).length));
            if (lines.length) expect(Math.max(...lines), `${kind} line points`).toBeGreaterThan(3);
            else expect(await drawn.nth(i).locator('rect, path').count()).toBeGreaterThan(3);
          }
          await page.screenshot({ path: shot(`tab-${kind}`) });
        }

        await side.click('button[data-page="settings"]');
        await side.waitForSelector('#rules .rule');
        await page.locator('#sidebar').screenshot({ path: shot('sidebar-settings') });
        await side.click('button[data-page="help"]');
        await side.waitForSelector('#help');
        await page.locator('#sidebar').screenshot({ path: shot('sidebar-help') });
        expect(errors).toEqual([]);
      } finally {
        await page.close();
        await preview.close();
      }
    });
  }
});
