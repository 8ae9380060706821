import type { Localized } from '../i18n';
import { incomeValue as readIncome } from '../parse/income';
import { quantile7Sorted } from '../rfm/quantile7';
import type { AttributeValue } from '../types';
import type { MostCommon, PersonaCustomer } from './types';

/** A customer's income: an amount (a number, or money text such as "RM 5,000") or a band kept as written ("RM3k-5k", "3萬-5萬"). */
export type IncomeValue = { amount: number } | { band: string };

/** The most common income of a persona: a band of amounts [low, high) or a band as the sheet writes it, with the share having it. */
export type IncomeFact = ({ low: number; high: number } | { band: string }) & { share: number };

export const INCOME_LABEL: Localized = { en: 'Income', 'zh-TW': '收入', 'zh-CN': '收入', ms: 'Pendapatan' };
export const INTERESTS_LABEL: Localized = { en: 'Interests', 'zh-TW': '興趣', 'zh-CN': '兴趣', ms: 'Minat' };
/** What the interests' shares are of. */
export const INTERESTS_OF: Localized = { en: 'share of those who named any', 'zh-TW': '占有填寫興趣者的比例', 'zh-CN': '占填写兴趣者的比例', ms: 'bahagian daripada yang menyatakan minat' };

/**
 * An income cell as an amount or a band. The reader already keeps money as a number and anything
 * else as its text (`parse/income.ts`); text that reaches here unread is read the same way, so a
 * range, "k" or 萬 is a band, kept as written.
 * @example incomeValue('RM 5,000') // { amount: 5000 }
 * @example incomeValue('3萬-5萬') // { band: '3萬-5萬' }
 */
export function incomeValue(v: AttributeValue | undefined): IncomeValue | null {
  if (typeof v === 'number') return Number.isFinite(v) ? { amount: v } : null;
  if (typeof v !== 'string' || v.trim() === '') return null;
  const t = v.trim();
  const read = readIncome(t);
  return typeof read === 'number' && Number.isFinite(read) && read >= 0 ? { amount: read } : { band: t };
}

/** Separators of a list of interests as shops write them: comma, semicolon, slash, bar, 、 and full-width forms. */
const INTEREST_SEPARATORS = /[,;|/、，；]+/;

/**
 * The interests in a cell, each trimmed; the same interest in another case is one ("Yoga", "yoga").
 * @example interestList('yoga; Cooking') // ['yoga', 'Cooking']
 */
export function interestList(v: AttributeValue | undefined): string[] {
  if (typeof v !== 'string') return [];
  const seen = new Set<string>();
  const out: string[] = [];
  for (const part of v.split(INTEREST_SEPARATORS)) {
    const t = part.trim();
    if (t === '' || seen.has(t.toLowerCase())) continue;
    seen.add(t.toLowerCase());
    out.push(t);
  }
  return out;
}

/**
 * A band width for amounts: 1, 2, 2.5 or 5 times a power of ten, about a quarter of the spread
 * between the 10th and 90th percentile of everyone's income, so customers fall into some four bands
 * whatever the currency (RM 2,000 steps for monthly ringgit, NT$20,000 for monthly NT$).
 */
export function bandWidth(amounts: readonly number[]): number {
  const sorted = [...amounts].sort((a, b) => a - b);
  if (!sorted.length) return 1;
  let spread = quantile7Sorted(sorted, 0.9) - quantile7Sorted(sorted, 0.1);
  if (!(spread > 0)) spread = Math.max(Math.abs(quantile7Sorted(sorted, 0.5)), 1);
  const raw = spread / 4;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].find((s) => s * power >= raw) ?? 10;
  return step * power;
}

/** What income and interests the customers have, read once for all personas. */
export interface IncomeInterests {
  /** Per customer, a band key: `#low` for amounts, the band text otherwise; null when blank. */
  income: (string | null)[];
  width: number;
  interests: string[][];
}

export function incomeInterests(customers: readonly PersonaCustomer[]): IncomeInterests {
  const values = customers.map((c) => incomeValue(c.attributes.income));
  const amounts = values.flatMap((v) => (v && 'amount' in v ? [v.amount] : []));
  const width = bandWidth(amounts);
  const income = values.map((v) => (v === null ? null : 'band' in v ? v.band : `#${Math.floor(v.amount / width) * width}`));
  return { income, width, interests: customers.map((c) => interestList(c.attributes.interests)) };
}

/**
 * The most common income band of the customers at `idx`; undefined when none has an income. Among
 * bands as common as each other, the band of amounts holding the group's median amount comes first
 * (a small group whose incomes all differ is then described by its middle), then lower amounts,
 * then bands as written in text order.
 */
export function incomeOf(data: IncomeInterests, idx: readonly number[]): IncomeFact | undefined {
  const counts = new Map<string, number>();
  let n = 0;
  const lows: number[] = [];
  for (const i of idx) {
    const k = data.income[i];
    if (k === null) continue;
    counts.set(k, (counts.get(k) ?? 0) + 1);
    if (k.startsWith('#')) lows.push(Number(k.slice(1)));
    n++;
  }
  lows.sort((a, b) => a - b);
  const middle = lows.length ? `#${lows[Math.floor((lows.length - 1) / 2)]}` : null;
  const rank = (k: string) => (k === middle ? -Infinity : k.startsWith('#') ? Number(k.slice(1)) : Infinity);
  const top = [...counts].sort((a, b) => b[1] - a[1] || rank(a[0]) - rank(b[0]) || (a[0] < b[0] ? -1 : 1))[0];
  if (!top) return undefined;
  const share = top[1] / n;
  if (!top[0].startsWith('#')) return { band: top[0], share };
  const low = Number(top[0].slice(1));
  return { low, high: low + data.width, share };
}

/** How many interests a card names. */
export const TOP_INTERESTS = 3;

/** The interests most of the customers at `idx` name, with the share of those naming any; ties in the order they sort. */
export function topInterests(data: IncomeInterests, idx: readonly number[]): MostCommon[] {
  const counts = new Map<string, { value: string; n: number }>();
  let n = 0;
  for (const i of idx) {
    const list = data.interests[i];
    if (!list.length) continue;
    n++;
    for (const v of list) {
      const k = v.toLowerCase();
      const c = counts.get(k);
      if (c) c.n++;
      else counts.set(k, { value: v, n: 1 });
    }
  }
  return [...counts.values()]
    .sort((a, b) => b.n - a.n || (a.value < b.value ? -1 : 1))
    .slice(0, TOP_INTERESTS)
    .map((c) => ({ value: c.value, share: c.n / n }));
}
