import type { Lang } from '../types';

/** A message in every language the product speaks. */
export type Localized = Record<Lang, string>;

/** Between the parts of a line ("a; b"): a full-width semicolon in Chinese. */
export const PART_SEPARATOR: Localized = { en: '; ', 'zh-TW': '；', 'zh-CN': '；', ms: '; ' };

/**
 * Picks the language for a Sheets/browser locale such as `zh_TW`, `zh-Hant-HK`, `ms_MY` or `en_GB`.
 * Why: `Session.getActiveUserLocale()` returns underscore forms, browsers return BCP 47.
 */
export function langFromLocale(locale: string | undefined | null): Lang {
  const l = String(locale ?? '').replace(/_/g, '-').toLowerCase();
  if (l.startsWith('zh')) {
    if (/hant|tw|hk|mo/.test(l)) return 'zh-TW';
    return 'zh-CN';
  }
  if (l.startsWith('ms') || l.startsWith('id')) return 'ms';
  return 'en';
}

/**
 * Fills `{name}` placeholders of a localized message.
 * @example format({ en: 'Row {row}', 'zh-TW': '第 {row} 列', 'zh-CN': '第 {row} 行', ms: 'Baris {row}' }, 'en', { row: 7 }) // 'Row 7'
 */
export function format(message: Localized, lang: Lang, params: Record<string, string | number> = {}): string {
  const text = message[lang] ?? message.en;
  return text.replace(/\{(\w+)\}/g, (m, key: string) => (key in params ? String(params[key]) : m));
}

/**
 * An error whose words are known in every language: `message` is the English, `text` and
 * `params` give it in another (a custom function shows it in the spreadsheet's language).
 */
export class LocalizedError extends Error {
  readonly text: Localized;
  readonly params: Record<string, string | number>;
  constructor(text: Localized, params: Record<string, string | number> = {}) {
    super(format(text, 'en', params));
    this.name = 'LocalizedError';
    this.text = text;
    this.params = params;
  }
}

/** True for a {@link LocalizedError}, by name so it also works across bundles and realms. */
export function isLocalizedError(e: unknown): e is LocalizedError {
  return e instanceof Error && e.name === 'LocalizedError';
}
