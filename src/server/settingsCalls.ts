import { format } from '../core/i18n';
import type { Lang } from '../core/types';
import type { ImportedRules, Settings } from '../app/contract';
import { SERVER_MESSAGES, UserError } from '../app/messages';
import { firstBadRule } from '../app/rules';
import { parseRulesFile, rulesFileText } from '../app/rulesFile';
import { loadSettings, storeSettings } from '../sheets/settingsStore';
import { activeBook } from '../sheets/book';

/** Stores the sidebar's settings in the workbook; a rule of the wrong shape is refused, not stored. */
export function saveSettings(settings: Settings): Settings {
  if (settings.rules) {
    const bad = firstBadRule(settings.rules);
    if (bad >= 0) throw new UserError(format(SERVER_MESSAGES.badRule, settings.lang ?? 'en', { n: bad + 1 }));
  }
  return storeSettings(activeBook(), settings);
}

/** The rules in use as pretty JSON, for a consultant to keep or move to another workbook. */
export function exportRules(): string {
  return rulesFileText(loadSettings(activeBook()).settings);
}

/** Reads a rules JSON (the export format, or a bare array of rules) and checks it. */
export function importRules(json: string, lang: Lang): ImportedRules {
  const { rules, warnings } = parseRulesFile(json, lang);
  return { rules, warnings };
}
