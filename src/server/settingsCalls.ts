import { format } from '../core/i18n';
import type { Lang } from '../core/types';
import type { Settings } from './contract';
import { loadSettings, storeSettings } from '../sheets/settingsStore';
import { SERVER_MESSAGES, UserError } from './messages';
import { firstBadRule, ruleWarnings, rulesOf } from './rules';

/** Stores the sidebar's settings in the workbook. */
export function saveSettings(settings: Settings): Settings {
  if (settings.rules) {
    const bad = firstBadRule(settings.rules);
    if (bad >= 0) throw new UserError(format(SERVER_MESSAGES.badRule, settings.lang ?? 'en', { n: bad + 1 }));
  }
  return storeSettings(SpreadsheetApp.getActiveSpreadsheet(), settings);
}

/** The rules in use as pretty JSON, for a consultant to keep or move to another workbook. */
export function exportRules(): string {
  const settings = loadSettings(SpreadsheetApp.getActiveSpreadsheet());
  return JSON.stringify({ version: 1, bins: settings.bins, rules: rulesOf(settings) }, null, 2);
}

/** Reads a rules JSON (the export format, or a bare array of rules) and checks it. */
export function importRules(json: string, lang: Lang): { rules: unknown[]; warnings: string[] } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (e) {
    throw new UserError(format(SERVER_MESSAGES.badRulesJson, lang, { reason: e instanceof Error ? e.message : String(e) }));
  }
  const rules = Array.isArray(parsed) ? parsed : (parsed as { rules?: unknown })?.rules;
  if (!Array.isArray(rules) || rules.length === 0) throw new UserError(format(SERVER_MESSAGES.badRulesJson, lang, { reason: 'no "rules" list' }));
  const bad = firstBadRule(rules);
  if (bad >= 0) throw new UserError(format(SERVER_MESSAGES.badRule, lang, { n: bad + 1 }));
  const bins = Number((parsed as { bins?: unknown }).bins) || 5;
  return { rules, warnings: ruleWarnings(rules as never, bins, lang) };
}
