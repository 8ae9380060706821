/**
 * What counts as untranslated text, for test/i18n/untranslated.test.ts.
 *
 * Chinese: a run of 3 or more ASCII letters is an English word unless the allow-list below says
 * why it stays in Latin letters. Malay is written in Latin letters, so a Malay string is compared
 * with the English string of the same key (or the same cell): an identical string that still has
 * a word of 3+ letters not allowed here was not translated.
 */
import type { RunOutput } from '../../src/app/run';
import { customFunctions } from '../../src/functions/registry';

/** Words kept in Latin letters in Chinese and Malay too, each group with its reason. */
const ALLOWED_WORDS = new Set([
  // Measures and models, written with these letters in Chinese and Malay business writing.
  ...['RFM', 'CLV', 'LTV', 'NPS', 'CSAT', 'KPI', 'CAC', 'AOV', 'ROI', 'NBD', 'MBG', 'Pareto', 'Gamma'],
  // File formats, by the names the files and menus use.
  ...['CSV', 'XLSX', 'JSON', 'URL', 'zip'],
  // Products and services, by their own names (Python's "lifetimes" library is cited for its 30-day month).
  ...['Google', 'Sheets', 'Excel', 'Shopify', 'Klaviyo', 'Mailchimp', 'HubSpot', 'WooCommerce', 'LINE', 'WhatsApp', 'Python', 'lifetimes', 'BigQuery', 'Cloud'],
  // SQL, the query language, and TiB, the unit BigQuery bills by, are written so in Chinese and Malay too.
  ...['SQL', 'TiB'],
  // Written so in Chinese and Malay too: email, VIP (as in "VIP 禮遇"), the Tab key as keyboards print it ("Tab 字元").
  ...['email', 'Email', 'VIP', 'Tab'],
  // Every custom function's name, typed as is in any language (CLTV, RFM_THRESHOLDS).
  ...customFunctions.map((f) => f.name),
]);

/** Currency codes (ISO 4217, as Node's Intl lists them; ES2022, past this project's ES2020 types): TWD, MYR, CNY are written so in every language. */
const CURRENCIES = new Set((Intl as unknown as { supportedValuesOf(key: 'currency'): string[] }).supportedValuesOf('currency'));

/**
 * Spans removed before looking for words: placeholders of a message (`{file}`), a formula or a
 * function call (`=CSAT`, `=PROB_ALIVE(frequency, recency, T, …)`), a command-line flag as typed
 * (`--encoding big5`), the names of text encodings, file extensions, date tokens (YYYY-MM-DD).
 */
const SPANS = [
  /\{\w+\}/g,
  /=[A-Z][A-Z_]*(\([^)]*\))?/g,
  /--[a-z][a-z-]*( [a-z][\w-]*)?/g,
  /\b(utf-8|utf-16le|big5|gb18030|shift_jis|windows-1252)\b/gi,
  /\.[a-z]{3,4}\b/g,
  /\b[YMD]{2,4}([-/][YMD]{2,4})+\b/g,
];

export interface WordOptions {
  /** More words allowed in this context, e.g. the custom functions' parameter names in their errors. */
  also?: ReadonlySet<string>;
}

/** The English words of `text` that are not allowed in a Chinese text. @example englishWords('共 5 customers') // ['customers'] */
export function englishWords(text: string, options: WordOptions = {}): string[] {
  let rest = text;
  for (const span of SPANS) rest = rest.replace(span, ' ');
  // A name with underscores (RFM_SCORE, new_customers) is one word.
  const words = (rest.match(/[A-Za-z_]+/g) ?? []).filter((w) => /[A-Za-z]{3,}/.test(w));
  return words.filter((w) => !ALLOWED_WORDS.has(w) && !CURRENCIES.has(w) && !options.also?.has(w));
}

/**
 * Words Malay writes as English does ("Import" a file, language "Auto", a "Persona", and the months
 * April, September and November, spelled alike in both): an identical string of only these is translated.
 */
const MALAY_AS_ENGLISH = new Set(['Import', 'Auto', 'Persona', 'April', 'September', 'November']);

/** True when a Malay string is its English one unchanged, with a word that is neither allowed nor Malay. */
export function sameAsEnglish(ms: string, en: string, options: WordOptions = {}): boolean {
  if (ms.trim() !== en.trim()) return false;
  const also = new Set([...(options.also ?? []), ...MALAY_AS_ENGLISH]);
  return englishWords(ms, { also }).length > 0;
}

/** One leak, for the failure message: where it is, the text and the words found. */
export interface Leak {
  where: string;
  text: string;
  words?: string[];
}

/** The leaks of one language among `texts` (where → text), Chinese by words, Malay against `english` (where → text). */
export function leaksOf(lang: 'zh-TW' | 'zh-CN' | 'ms', texts: ReadonlyMap<string, string>, english: ReadonlyMap<string, string>, options: WordOptions = {}): Leak[] {
  const leaks: Leak[] = [];
  for (const [where, text] of texts) {
    if (lang === 'ms') {
      const en = english.get(where);
      if (en !== undefined && sameAsEnglish(text, en, options)) leaks.push({ where, text });
    } else {
      const words = englishWords(text, options);
      if (words.length) leaks.push({ where, text, words });
    }
  }
  return leaks;
}

/**
 * The user's own words in a source table, to leave out of what is checked: `isData` for a cell
 * equal to a source text (a customer id), `cut` to take source texts with words in them (headers,
 * countries) out of a sentence ("“Invoice” 的 …", "Germany 頂級顧客").
 */
export function sourceWords(table: readonly (readonly unknown[])[]): { isData: (text: string) => boolean; cut: (text: string) => string } {
  const values = new Set(table.flat().filter((v): v is string => typeof v === 'string').map((v) => v.trim()));
  const escaped = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const words = [...values].filter((v) => /[A-Za-z]{3,}/.test(v)).sort((a, b) => b.length - a.length);
  const pattern = words.length ? new RegExp(`(?<![A-Za-z])(${words.map(escaped).join('|')})(?![A-Za-z])`, 'g') : null;
  return { isData: (text) => values.has(text.trim()), cut: (text) => (pattern ? text.replace(pattern, ' ') : text) };
}

/**
 * What a run shows that is not the user's data, by place: the sentence and warnings the sidebar
 * shows, tab names, titles, chart titles and text cells. The user's words are taken out first: a
 * cell equal to a text of the source table (customer ids, invoice numbers) is skipped, and source
 * texts with words in them (headers, countries) are cut out of sentences ("“Invoice” 的 …",
 * "Germany 頂級顧客"). Also skipped: the segment ids of the History tab (rule ids, read back by
 * later runs) and the CLV model tab's parameter block (rows 1–3: labelled with the parameter names
 * the cell functions read).
 */
export function runTexts(run: RunOutput, source: readonly unknown[][]): Map<string, string> {
  const { isData, cut } = sourceWords(source);
  const ids = new Set([...run.segmentation.rules.map((r) => r.id), 'others']);
  const out = new Map<string, string>();
  const put = (where: string, text: string) => {
    if (!isData(text) && !ids.has(text)) out.set(where, cut(text));
  };
  put('summary', run.summary);
  for (const [i, w] of run.warnings.entries()) put(`warning ${i}`, w);
  for (const [t, tab] of run.tabs.entries()) {
    const at = `${t}:${tab.kind}`;
    put(`${at}/name`, tab.name);
    for (const [c, chart] of (tab.charts ?? []).entries()) put(`${at}/chart${c}`, chart.title);
    for (const [b, block] of tab.blocks.entries()) {
      if (tab.kind === 'model' && block.row === 1) continue;
      if (block.title) put(`${at}/block${b}/title`, block.title);
      for (const [r, row] of block.values.entries()) for (const [c, cell] of row.entries()) if (typeof cell === 'string') put(`${at}/block${b}/r${r}c${c}`, cell);
    }
  }
  return out;
}
