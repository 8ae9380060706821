/**
 * What the browser tests share: Debian's Chromium (playwright cannot download a browser here), the
 * sidebar frame of the preview page, waiting for the sidebar to settle, and WCAG contrast.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
export const ARTIFACTS = join(process.cwd(), 'artifacts');

export function launch(): Promise<Browser> {
  mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'],
  });
}

export async function sidebarFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('#sidebar');
  for (let i = 0; i < 100; i++) {
    const frame = await handle.contentFrame();
    if (frame?.url().includes('/sidebar')) return frame;
    await page.waitForTimeout(50);
  }
  throw new Error('sidebar frame did not load');
}

/** Waits until the sidebar's server call is answered and `select[data-role=role]` shows `value`. */
export async function roleSettled(side: Frame, role: string, value: string): Promise<void> {
  await side.waitForFunction(
    ([r, v]) => (document.getElementById('busy') as HTMLElement).hidden && (document.querySelector(`select[data-role="${r}"]`) as HTMLSelectElement).value === v,
    [role, value] as const,
  );
}

/** The role → column the drop-downs show. */
export function mappingShown(side: Frame): Promise<Record<string, string>> {
  return side.evaluate(() => Object.fromEntries(Array.from(document.querySelectorAll<HTMLSelectElement>('select[data-role]')).map((s) => [s.getAttribute('data-role') as string, s.value])));
}

type Rgba = [number, number, number, number];

/** A CSS colour as `getComputedStyle` gives it: rgb(...) or rgba(...). */
export function parseColour(css: string): Rgba {
  const m = /rgba?\(([^)]+)\)/.exec(css);
  if (!m) throw new Error(`not a colour: ${css}`);
  const [r, g, b, a = 1] = m[1].split(/[ ,/]+/).filter(Boolean).map(Number);
  return [r, g, b, a];
}

/** WCAG 2 contrast ratio of two opaque colours. */
export function contrastRatio(fg: Rgba, bg: Rgba): number {
  const lum = ([r, g, b]: Rgba) => {
    const c = [r, g, b].map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  };
  const [hi, lo] = [lum(fg), lum(bg)].sort((a, b) => b - a);
  return (hi + 0.05) / (lo + 0.05);
}

/** `top` painted over `under` (alpha blending), for see-through backgrounds. */
export function over(top: Rgba, under: Rgba): Rgba {
  const a = top[3];
  return [0, 1, 2].map((i) => top[i] * a + under[i] * (1 - a)).concat(1) as Rgba;
}
