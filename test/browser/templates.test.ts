/**
 * Campaign messages on the sidebar's Settings page in headless Chromium against the local preview:
 * the built-in message is the placeholder; an edited message is saved with the settings, is there
 * when the sidebar is opened again, stays text (markup in it is never parsed), and "Use built-in"
 * removes it. Screenshot: artifacts/sidebar-templates.png.
 * Needs Debian's chromium (/usr/bin/chromium) and `npm run build` first.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import { startPreview, type Preview } from '../../scripts/preview';
import type { SetupInfo } from '../../src/app/contract';
import { ARTIFACTS, hasChromium, launch, sidebarFrame } from './helpers';

const MESSAGE = 'Thank you, VIP! <img src=x onerror="window.pwned=1"> 10% off this week.';
const CHAMPIONS = '#templates .template[data-segment="champions"]';

describe.skipIf(!hasChromium)('campaign messages on the Settings page (Chromium)', () => {
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

  /** Opens the sidebar on its Settings page, as the menu's Settings item does, and waits for it to settle. */
  async function openSettings(page: Page): Promise<Frame> {
    await page.goto(`${preview.url}?page=settings`);
    const side = await sidebarFrame(page);
    await side.waitForSelector(`${CHAMPIONS} textarea`, { timeout: 15_000 });
    await side.waitForFunction(() => (document.getElementById('busy') as HTMLElement).hidden);
    return side;
  }

  async function save(side: Frame): Promise<void> {
    await side.click('#save-settings');
    await side.waitForSelector('#notice');
    await side.waitForFunction(() => (document.getElementById('busy') as HTMLElement).hidden);
    expect(await side.textContent('#notice')).toBe('Settings saved in this workbook.');
  }

  /** The templates the workbook's settings sheet holds now. */
  const stored = () => (preview.addon().runFromSidebar('getSetup', null, null, null) as SetupInfo).settings.campaignTemplates;

  it('edits a message, saves it, sees it on reopening, and goes back to the built-in one', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    try {
      let side = await openSettings(page);
      const box = () => side.locator(`${CHAMPIONS} textarea`);
      const reset = () => side.locator(`${CHAMPIONS} button.use-built-in`);
      const counter = () => side.textContent(`${CHAMPIONS} .counter`);
      // One box per segment, "Others" last; each empty with its built-in message as the placeholder.
      expect(await side.locator('#templates .template').count()).toBe(12);
      expect(await side.locator('#templates .template').last().getAttribute('data-segment')).toBe('others');
      expect(await side.textContent(`${CHAMPIONS} label span`)).toBe('Champions');
      expect(await box().getAttribute('placeholder')).toMatch(/^Thank you for being one of our best customers!/);
      expect(await box().inputValue()).toBe('');
      expect(await reset().isDisabled()).toBe(true);
      expect(await counter()).toBe('0 of 500 characters');

      // At most 500 characters.
      await box().fill('x'.repeat(600));
      expect((await box().inputValue()).length).toBe(500);
      expect(await counter()).toBe('500 of 500 characters');

      await box().fill(MESSAGE);
      expect(await counter()).toBe(`${MESSAGE.length} of 500 characters`);
      expect(await reset().isEnabled()).toBe(true);
      await save(side);
      expect(stored()).toEqual({ champions: MESSAGE });

      side = await openSettings(page);
      expect(await box().inputValue()).toBe(MESSAGE);
      expect(await counter()).toBe(`${MESSAGE.length} of 500 characters`);
      // The text is text: no element made from it, no handler run.
      expect(await side.locator('#templates img').count()).toBe(0);
      expect(await side.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
      expect(await side.locator('#templates .template:not([data-segment="champions"]) textarea').evaluateAll((boxes) => boxes.map((b) => (b as HTMLTextAreaElement).value).join(''))).toBe('');
      // The card's top just under the sticky header: the heading, the hint, the edited message.
      await side.evaluate(() => {
        document.getElementById('templates')?.scrollIntoView({ block: 'start' });
        window.scrollBy(0, -(document.querySelector('header')?.offsetHeight ?? 0) - 8);
      });
      await page.locator('#sidebar').screenshot({ path: join(ARTIFACTS, 'sidebar-templates.png') });

      await reset().click();
      expect(await box().inputValue()).toBe('');
      expect(await reset().isDisabled()).toBe(true);
      expect(await box().evaluate((b) => b === document.activeElement)).toBe(true);
      await save(side);
      expect(stored()).toEqual({});
      side = await openSettings(page);
      expect(await box().inputValue()).toBe('');
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
