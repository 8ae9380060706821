/**
 * Money in sentences (issue 19): the run's currency as the money formats write it, rounded as
 * people write money (whole units from 100 up, cents below only when there are some), and Chinese
 * counting large sums in 萬 / 万 and 億 / 亿.
 */
import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../../src/core/report/formatMoney';
import type { Lang } from '../../../src/core/types';

const LANGS: Lang[] = ['en', 'zh-TW', 'zh-CN', 'ms'];
const inEvery = (amount: number, currency: string) => LANGS.map((lang) => formatMoney(amount, currency, lang));

describe('formatMoney', () => {
  it('writes small sums with their cents, only when there are some', () => {
    expect(inEvery(12.5, 'MYR')).toEqual(['RM 12.50', 'RM 12.50', 'RM 12.50', 'RM 12.50']);
    expect(inEvery(25, 'RM')).toEqual(['RM 25', 'RM 25', 'RM 25', 'RM 25']);
    expect(inEvery(0.5, '$')).toEqual(['$0.50', '$0.50', '$0.50', '$0.50']);
  });

  it('rounds to whole units from 100 up', () => {
    expect(inEvery(1234.5, 'MYR')).toEqual(['RM 1,235', 'RM 1,235', 'RM 1,235', 'RM 1,235']);
    expect(inEvery(99.996, 'EUR')).toEqual(['€100', '€100', '€100', '€100']);
  });

  it('keeps zero-decimal currencies whole', () => {
    expect(inEvery(12.5, 'TWD')).toEqual(['NT$13', 'NT$13', 'NT$13', 'NT$13']);
    expect(inEvery(-8.2, 'JPY')).toEqual(['-¥8', '-¥8', '-¥8', '-¥8']);
  });

  it('counts large sums in 萬 / 万 and 億 / 亿 in Chinese, with digits grouped in English and Malay', () => {
    expect(inEvery(123_456, 'TWD')).toEqual(['NT$123,456', 'NT$12.3 萬', 'NT$12.3 万', 'NT$123,456']);
    expect(inEvery(120_000, 'CNY')).toEqual(['¥120,000', '¥12 萬', '¥12 万', '¥120,000']);
    expect(inEvery(250_000_000, 'CNY')).toEqual(['¥250,000,000', '¥2.5 億', '¥2.5 亿', '¥250,000,000']);
    expect(inEvery(9_999.6, 'MYR')).toEqual(['RM 10,000', 'RM 1 萬', 'RM 1 万', 'RM 10,000']);
  });

  it('writes a mark that goes after the number after it, with the Chinese unit', () => {
    expect(inEvery(1234, '元')).toEqual(['1,234 元', '1,234 元', '1,234 元', '1,234 元']);
    expect(inEvery(123_456, '元')).toEqual(['123,456 元', '12.3 萬元', '12.3 万元', '123,456 元']);
  });

  it('without a currency writes the number only; a missing amount is empty', () => {
    expect(inEvery(1234.5, '')).toEqual(['1,235', '1,235', '1,235', '1,235']);
    expect(inEvery(-0.001, 'MYR')).toEqual(['RM 0', 'RM 0', 'RM 0', 'RM 0']);
    expect(inEvery(Number.NaN, 'MYR')).toEqual(['', '', '', '']);
  });
});
