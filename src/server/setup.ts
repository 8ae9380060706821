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
import { extraSamples, sheetExists } from '../sheets/sources';
import { runSheets, SOURCE_TEXT } from '../app/sourceSheets';
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
  const read = override ? readSettings(override) : loadSettings(activeBook());
  const { problems } = read;
  let { settings } = read;
  const l = lang ?? settings.lang ?? userLang();
  // The saved source sheet renamed or deleted since: the sidebar opens on the active sheet and says so by name.
  const gone = sheetName === null && settings.sourceSheet !== null && !sheetExists(settings.sourceSheet) ? settings.sourceSheet : null;
  if (gone !== null) settings = { ...settings, sourceSheet: null, mapping: {} };
  const sheet = sourceSheet(sheetName ?? settings.sourceSheet, l);
  const book = activeBook();
  const today = dayFromDate(new Date(), sheetZoneOffset(book.getSpreadsheetTimeZone()));
  // Extra source sheets (issue 18): each with its own columns; a renamed or deleted one is named, not fatal here.
  const extras = extraSamples(runSheets(settings, sheet.getName()).slice(1), l);
  const info = setupInfo(setupSource(sheet, l, extras), settings, problems, l, { lastRunDay: lastRunDay(book), today });
  return gone === null ? info : { ...info, settingsWarnings: [format(SOURCE_TEXT.missing, l, { name: gone }), ...info.settingsWarnings] };
}

/** Live warnings for rules being edited in the sidebar. */
export function checkRules(rules: SegmentRule[], bins: number, lang: Lang): string[] {
  const bad = firstBadRule(rules);
  if (bad >= 0) return [format(SERVER_MESSAGES.badRule, lang, { n: bad + 1 })];
  return ruleWarnings(rules, bins, lang);
}
