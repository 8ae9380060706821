/**
 * Every sidebar button keeps its label readable (WCAG AA, 4.5:1) at rest, hovered, pressed and
 * focused from the keyboard: the colours are read with getComputedStyle in Chromium, as drawn.
 * A hovered "Segment my customers" once turned white on near-white.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import { startPreview, type Preview } from '../../scripts/preview';
import { contrastRatio, hasChromium, launch, over, parseColour, sidebarFrame } from './helpers';

type State = 'rest' | 'hover' | 'active' | 'focus';

/** The label colour and the backgrounds from the button up to the page, as the browser computes them now. */
function coloursOf(side: Frame, index: number) {
  return side.evaluate((i) => {
    const el = document.querySelectorAll('button')[i] as HTMLElement;
    const backgrounds: string[] = [];
    for (let e: HTMLElement | null = el; e; e = e.parentElement) backgrounds.push(getComputedStyle(e).backgroundColor);
    const style = getComputedStyle(el);
    return { label: el.getAttribute('id') ?? el.textContent ?? '', color: style.color, backgrounds, focusVisible: el.matches(':focus-visible'), outline: style.outlineStyle };
  }, index);
}

/** Contrast of the label over what is really behind it (see-through backgrounds blended onto white). */
function ratio(c: Awaited<ReturnType<typeof coloursOf>>): number {
  const bg = [...c.backgrounds].reverse().reduce((under, css) => over(parseColour(css), under), [255, 255, 255, 1] as [number, number, number, number]);
  return contrastRatio(over(parseColour(c.color), bg), bg);
}

/** Measures every visible, enabled button of the page shown in every state. */
async function measure(page: Page, side: Frame): Promise<{ label: string; state: State; ratio: number }[]> {
  const out: { label: string; state: State; ratio: number }[] = [];
  const buttons = side.locator('button');
  const count = await buttons.count();
  for (let i = 0; i < count; i++) {
    const b = buttons.nth(i);
    if (!(await b.isVisible()) || !(await b.isEnabled())) continue;
    const record = async (state: State) => {
      const c = await coloursOf(side, i);
      out.push({ label: c.label, state, ratio: ratio(c) });
      return c;
    };
    await page.mouse.move(0, 0);
    await record('rest');
    await b.hover();
    await record('hover');
    // Pressed: the button is down; released away from it, so nothing is clicked.
    await page.mouse.down();
    await record('active');
    await page.mouse.move(0, 0);
    await page.mouse.up();
    await b.blur();
    await page.keyboard.press('Shift'); // keyboard use, so focus is drawn as :focus-visible
    await b.focus();
    const focused = await record('focus');
    expect(focused.focusVisible, `${focused.label} focus-visible`).toBe(true);
    expect(focused.outline, `${focused.label} focus ring`).not.toBe('none');
    await b.blur();
  }
  return out;
}

describe.skipIf(!hasChromium)('sidebar button contrast in Chromium', () => {
  let browser: Browser;
  let preview: Preview;
  beforeAll(async () => {
    preview = await startPreview({ port: 0 });
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await preview?.close();
  });

  it('every button label is at least 4.5:1 at rest, hovered, pressed and focused', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(preview.url);
    const side = await sidebarFrame(page);
    await side.waitForSelector('#run-button:not([disabled])', { timeout: 15_000 });
    const seen = await measure(page, side);
    expect(seen.map((s) => s.label)).toContain('run-button');
    await side.click('button[data-page="settings"]');
    await side.waitForSelector('#rules .rule');
    await side.click('#rules details.json summary');
    seen.push(...(await measure(page, side)));
    expect(seen.map((s) => s.label)).toEqual(expect.arrayContaining(['add-rule', 'reset-rules', 'export-rules', 'import-rules', 'save-settings']));
    // The result's tab links (run the sample first).
    await side.click('button[data-page="run"]');
    await side.click('#run-button');
    await side.waitForSelector('#summary', { timeout: 45_000 });
    const before = seen.length;
    seen.push(...(await measure(page, side)));
    expect(seen.length - before).toBeGreaterThan(20);
    const poor = seen.filter((s) => s.ratio < 4.5).map((s) => `${s.label} ${s.state} ${s.ratio.toFixed(2)}`);
    expect(poor).toEqual([]);
    // A disabled Run stays readable too: its reason sits next to it.
    await side.selectOption('select[data-role="customerId"]', '');
    await side.waitForSelector('#run-button[disabled]');
    const index = await side.evaluate(() => Array.from(document.querySelectorAll('button')).indexOf(document.getElementById('run-button') as HTMLButtonElement));
    expect(ratio(await coloursOf(side, index))).toBeGreaterThanOrEqual(4.5);
    await page.close();
  });
});
