import { currencyCode } from '../parse';
import type { NumberFormat } from './tabSpec';

/** How money in one currency is written: text before and after the number, and decimals shown. */
export interface MoneyStyle {
  prefix: string;
  suffix: string;
  decimals: number;
}

/**
 * Symbol and decimals of each currency the reader recognises (`src/core/parse/currency.ts`).
 * Decimals are ISO 4217's minor units (List One), except TWD and IDR: ISO 4217 lists 2, but no
 * coin below NT$1 or Rp 1 is in use, CLDR's cash digits for both are 0 and shops price in whole
 * dollars and rupiah (NT$1,234), so cents would only show ".00".
 * One symbol per currency in every language, so a cell and a sentence of the same run agree.
 */
const CURRENCIES: Record<string, [symbol: string, decimals: number]> = {
  TWD: ['NT$', 0],
  MYR: ['RM', 2],
  CNY: ['¥', 2],
  USD: ['US$', 2],
  SGD: ['S$', 2],
  HKD: ['HK$', 2],
  AUD: ['A$', 2],
  CAD: ['C$', 2],
  EUR: ['€', 2],
  GBP: ['£', 2],
  JPY: ['¥', 0],
  KRW: ['₩', 0],
  INR: ['₹', 2],
  IDR: ['Rp', 0],
  THB: ['฿', 2],
  PHP: ['₱', 2],
};

/** Marks written after the amount ("1,234 元"). */
const AFTER = new Set(['元']);

/**
 * How money in `currency` is written: an ISO code or a mark the reader knows gets its symbol and
 * ISO 4217 decimals (`RM` or `MYR` → "RM 12.50", `TWD` → "NT$1,234"); a mark that names no one
 * currency (`$`, `¥`, `元`) or any other text is written as given with 2 decimals. null: no currency.
 * A symbol ending in a letter is spaced from the number, as "RM 12.50" and "Rp 15,000" are written.
 * @example moneyStyle('NT$') // { prefix: 'NT$', suffix: '', decimals: 0 }
 */
export function moneyStyle(currency: string): MoneyStyle | null {
  const written = currency.replace(/"/g, '').trim();
  if (written === '') return null;
  const code = currencyCode(written);
  const known = code === null ? undefined : CURRENCIES[code];
  const symbol = known ? known[0] : (code ?? written);
  const decimals = known ? known[1] : 2;
  if (AFTER.has(symbol)) return { prefix: '', suffix: ` ${symbol}`, decimals };
  return { prefix: /[A-Za-z]$/.test(symbol) ? `${symbol} ` : symbol, suffix: '', decimals };
}

/**
 * Number-format pattern of a report format, the same in Google Sheets and Excel (the demo's .xlsx);
 * money carries the run's currency: its symbol, where it goes and its decimals ({@link moneyStyle}).
 * @example numberPattern('money', 'MYR') // '"RM "#,##0.00'
 */
export function numberPattern(format: NumberFormat, currency: string): string {
  switch (format) {
    case 'integer':
      return '#,##0';
    case 'decimal':
      return '#,##0.00';
    case 'money': {
      const style = moneyStyle(currency);
      if (!style) return '#,##0.00';
      const number = style.decimals > 0 ? `#,##0.${'0'.repeat(style.decimals)}` : '#,##0';
      return `${style.prefix ? `"${style.prefix}"` : ''}${number}${style.suffix ? `"${style.suffix}"` : ''}`;
    }
    case 'percent':
      return '0.0%';
    case 'date':
      return 'yyyy-mm-dd';
    case 'text':
      return '@';
  }
}
