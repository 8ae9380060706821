import type { Lang } from '../types';
import { format } from '../i18n';
import { PARSE_MESSAGES, type MessageKey } from './messages';

/**
 * A localizable sentence: the sidebar re-renders `key` + `params` in the user's language,
 * logs and the CLI use the English `text`. Plain data, so it crosses `google.script.run`.
 */
export interface Message {
  key: MessageKey;
  params: Record<string, string | number>;
  text: string;
}

/** Builds a message with its English text. @example message('noCustomerId', {}).text */
export function message(key: MessageKey, params: Record<string, string | number> = {}): Message {
  return { key, params, text: localize({ key, params }, 'en') };
}

/** Params that are counts, shown with thousands separators (row numbers are not: the sheet shows them bare). */
const COUNT_PARAMS = ['count', 'dmy', 'mdy', 'dot', 'comma', 'width'];

/**
 * 135080 → "135,080": the grouping used in English, Chinese and Malaysian Malay alike.
 * @example groupDigits(1234567) // '1,234,567'
 */
export function groupDigits(n: number): string {
  if (!Number.isInteger(n) || Math.abs(n) < 1000) return String(n);
  const s = String(Math.abs(n));
  let out = '';
  for (let i = 0; i < s.length; i++) {
    if (i > 0 && (s.length - i) % 3 === 0) out += ',';
    out += s[i];
  }
  return n < 0 ? `-${out}` : out;
}

/** Date orders travel as 'dmy'/'mdy' in params and are shown in the reader's language. */
const ORDER_NAMES: Record<string, MessageKey> = { dmy: 'orderDmy', mdy: 'orderMdy' };

/** The message in another language. @example localize(message('emptySheet'), 'zh-TW') */
export function localize(m: Pick<Message, 'key' | 'params'>, lang: Lang): string {
  const params: Record<string, string | number> = { ...m.params };
  for (const k of COUNT_PARAMS) if (typeof params[k] === 'number') params[k] = groupDigits(params[k] as number);
  for (const k of ['order', 'option']) {
    const name = ORDER_NAMES[String(params[k])];
    if (name) params[k] = PARSE_MESSAGES[name][lang];
  }
  return format(PARSE_MESSAGES[m.key], lang, params);
}

/**
 * "2, 5, 9" or "2, 5, 9 and 12 more": sheet rows named in a message.
 * @example rowList([2, 5], 4, 'en') // '2, 5 and 2 more'
 */
export function rowList(rows: readonly number[], count: number, lang: Lang): string {
  const shown = rows.join(', ');
  const more = count - rows.length;
  if (more <= 0) return shown;
  const n = groupDigits(more);
  // The Chinese messages close with "列）"/"行）" after the list ("第 5, 6 及另外 3 列"), so the tail has no unit.
  const tail: Record<Lang, string> = { en: ` and ${n} more`, 'zh-TW': ` 及另外 ${n}`, 'zh-CN': ` 及另外 ${n}`, ms: ` dan ${n} lagi` };
  return shown + tail[lang];
}
