import type { Localized } from '../i18n';
import type { Lang } from '../types';
import { moneyStyle } from './numberPattern';

/** Chinese counts large money in 萬 / 万 (10⁴) and 億 / 亿 (10⁸): "NT$12.3 萬", not "NT$123,456". */
const TEN_THOUSAND: Localized = { en: '', 'zh-TW': '萬', 'zh-CN': '万', ms: '' };
const HUNDRED_MILLION: Localized = { en: '', 'zh-TW': '億', 'zh-CN': '亿', ms: '' };

const grouped = (whole: number) => String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** `x` with at most one decimal, ".0" left out: 12.34 → "12.3", 10.04 → "10". */
function oneDecimal(x: number): string {
  const tenths = Math.round(x * 10);
  return tenths % 10 === 0 ? grouped(tenths / 10) : `${grouped(Math.floor(tenths / 10))}.${tenths % 10}`;
}

/** The amount without sign or currency, rounded as people write money in a sentence, and its Chinese unit. */
function figure(abs: number, decimals: number, lang: Lang): { number: string; unit: string } {
  if (TEN_THOUSAND[lang] && Math.round(abs) >= 10_000) {
    if (Math.round(abs / 1e3) >= 100_000) return { number: oneDecimal(abs / 1e8), unit: HUNDRED_MILLION[lang] };
    return { number: oneDecimal(abs / 1e4), unit: TEN_THOUSAND[lang] };
  }
  // From 100 up cents are noise in a sentence; below, they are shown only when there are some.
  const scale = abs >= 100 ? 1 : 10 ** decimals;
  const units = Math.round(abs * scale);
  const whole = Math.floor(units / scale);
  const cents = units - whole * scale;
  return { number: cents === 0 ? grouped(whole) : `${grouped(whole)}.${String(cents).padStart(decimals, '0')}`, unit: '' };
}

/**
 * Money in a sentence, in the run's currency ({@link moneyStyle}): "RM 1,235", "RM 12.50",
 * "NT$12.3 萬" and "12.3 萬元" in Chinese, "-¥8"; without a currency just the number. Rounded as
 * people write money: whole units from 100 up, the currency's decimals below only when not zero.
 * '' for a missing amount (NaN or infinite).
 * @example formatMoney(1234.5, 'MYR', 'ms') // 'RM 1,235'
 * @example formatMoney(123456, 'TWD', 'zh-TW') // 'NT$12.3 萬'
 */
export function formatMoney(amount: number, currency: string, lang: Lang): string {
  if (!Number.isFinite(amount)) return '';
  const style = moneyStyle(currency) ?? { prefix: '', suffix: '', decimals: 2 };
  const { number, unit } = figure(Math.abs(amount), style.decimals, lang);
  const sign = amount < 0 && /[1-9]/.test(number) ? '-' : '';
  // "12.3 萬元": the unit and a written-after mark such as 元 go together.
  const after = unit ? ` ${unit}${style.suffix.trim()}` : style.suffix;
  return `${sign}${style.prefix}${number}${after}`;
}
