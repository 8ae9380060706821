import { format } from '../core/i18n';
import type { Lang } from '../core/types';
import type { ImportedRules, Settings } from './contract';
import { SERVER_MESSAGES, UserError } from './messages';
import { firstBadRule, ruleWarnings, runRules } from './rules';

/** The rules in use as pretty JSON, for a consultant to keep or move to another workbook (`--rules` reads it too). */
export function rulesFileText(settings: Settings): string {
  return JSON.stringify({ version: 1, bins: settings.bins, rules: runRules(settings) }, null, 2);
}

/**
 * Reads a rules file (the export format, or a bare array of rules) and checks every rule's shape.
 * Throws a {@link UserError} naming the first bad rule; returns the rules with their warnings.
 */
export function parseRulesFile(json: string, lang: Lang): ImportedRules & { bins: number | null } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (e) {
    throw new UserError(format(SERVER_MESSAGES.badRulesJson, lang, { reason: e instanceof Error ? e.message : String(e) }));
  }
  const rules = Array.isArray(parsed) ? parsed : (parsed as { rules?: unknown } | null)?.rules;
  if (!Array.isArray(rules) || rules.length === 0) throw new UserError(format(SERVER_MESSAGES.badRulesJson, lang, { reason: 'no "rules" list' }));
  const bad = firstBadRule(rules);
  if (bad >= 0) throw new UserError(format(SERVER_MESSAGES.badRule, lang, { n: bad + 1 }));
  const stated = Array.isArray(parsed) ? null : Number((parsed as { bins?: unknown }).bins);
  const bins = stated !== null && Number.isInteger(stated) && stated >= 2 && stated <= 10 ? stated : null;
  return { rules, bins, warnings: ruleWarnings(rules, bins ?? 5, lang) };
}
