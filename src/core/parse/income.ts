import { isDate } from '../days';
import type { AttributeValue } from '../types';
import { cellText } from './cells';
import { amountInfo, parseAmount } from './parseAmount';

const info = amountInfo();

/**
 * An income cell (issue 18: demographics): the amount when it is money in any style `parseAmount`
 * reads ("RM 3,500", "NT$45,000", "¥8,000"), else the text as written, a band such as "30k-50k",
 * "RM3,000-RM5,000" or "3萬-5萬". A lone separator before three digits ("3.500") is a thousands
 * group here: no income is written with three decimals.
 * @example incomeValue('RM 3,500') // 3500
 * @example incomeValue('3萬-5萬') // '3萬-5萬'
 */
export function incomeValue(v: unknown): AttributeValue {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v !== 'string') return isDate(v) ? cellText(v) : (v as AttributeValue);
  const text = v.trim();
  const n = parseAmount(text, info);
  if (Number.isNaN(n) || info.percent) return text;
  return info.ambiguous === '.' ? Math.round(n * 1000 * 1e6) / 1e6 : n;
}
