import type { Lang } from '../core/types';
import type { Settings, SetupInfo } from '../app/contract';
import { readSettings } from '../app/settings';
import { setupInfo } from '../app/setup';
import { firstBadRule, ruleWarnings } from '../app/rules';
import { SERVER_MESSAGES } from '../app/messages';
import { format } from '../core/i18n';
import type { SegmentRule } from '../core/rfm';
import { loadSettings } from '../sheets/settingsStore';
import { setupSource, sourceSheet } from '../sheets/source';
import { activeBook } from '../sheets/book';
import { userLang } from '../sheets/session';
import { lastRunDay } from '../sheets/previousRun';
import { sheetZoneOffset } from '../sheets/zone';
import { dayFromDate } from '../core/days';

/**
 * What the sidebar shows when it opens: detection, sample quality, settings, presets. `override`
 * is the sidebar's unsaved settings (a changed column choice re-detects with them).
 */
export function getSetup(sheetName: string | null, lang: Lang | null, override: Settings | null): SetupInfo {
  const { settings, problems } = override ? readSettings(override) : loadSettings(activeBook());
  const l = lang ?? settings.lang ?? userLang();
  const sheet = sourceSheet(sheetName ?? settings.sourceSheet, l);
  const book = activeBook();
  const today = dayFromDate(new Date(), sheetZoneOffset(book.getSpreadsheetTimeZone()));
  return setupInfo(setupSource(sheet, l), settings, problems, l, { lastRunDay: lastRunDay(book), today });
}

/** Live warnings for rules being edited in the sidebar. */
export function checkRules(rules: SegmentRule[], bins: number, lang: Lang): string[] {
  const bad = firstBadRule(rules);
  if (bad >= 0) return [format(SERVER_MESSAGES.badRule, lang, { n: bad + 1 })];
  return ruleWarnings(rules, bins, lang);
}
