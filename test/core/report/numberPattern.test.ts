/**
 * Money formats per currency (issue 19). Decimals are ISO 4217's minor units (List One: JPY and KRW
 * 0, the others 2), except TWD and IDR, written whole as shops price them (ISO lists 2; CLDR's cash
 * digits are 0). The same pattern goes to Google Sheets and to the CLI's .xlsx.
 */
import { describe, expect, it } from 'vitest';
import { moneyStyle, numberPattern } from '../../../src/core/report/numberPattern';

/** ISO 4217 minor unit of each currency the reader recognises. */
const ISO_4217_MINOR_UNITS: Record<string, number> = { MYR: 2, CNY: 2, USD: 2, SGD: 2, HKD: 2, AUD: 2, CAD: 2, EUR: 2, GBP: 2, JPY: 0, KRW: 0, INR: 2, THB: 2, PHP: 2, TWD: 2, IDR: 2 };
const WRITTEN_WHOLE = new Set(['TWD', 'IDR']);

describe('numberPattern for money', () => {
  it('puts each currency’s symbol before the number, spaced after a letter', () => {
    expect(numberPattern('money', 'MYR')).toBe('"RM "#,##0.00');
    expect(numberPattern('money', 'TWD')).toBe('"NT$"#,##0');
    expect(numberPattern('money', 'JPY')).toBe('"¥"#,##0');
    expect(numberPattern('money', 'CNY')).toBe('"¥"#,##0.00');
    expect(numberPattern('money', 'EUR')).toBe('"€"#,##0.00');
    expect(numberPattern('money', 'IDR')).toBe('"Rp "#,##0');
  });

  it('shows ISO 4217’s minor units (TWD and IDR whole)', () => {
    for (const [code, minor] of Object.entries(ISO_4217_MINOR_UNITS)) {
      const decimals = WRITTEN_WHOLE.has(code) ? 0 : minor;
      expect(moneyStyle(code)?.decimals, code).toBe(decimals);
      expect(numberPattern('money', code).endsWith(decimals ? `#,##0.${'0'.repeat(decimals)}` : '#,##0'), code).toBe(true);
    }
  });

  it('reads a setting as the reader reads a mark: RM, rm and MYR are one currency', () => {
    for (const written of ['RM', 'rm', 'MYR', ' MYR ']) expect(numberPattern('money', written)).toBe('"RM "#,##0.00');
    expect(numberPattern('money', 'NT$')).toBe('"NT$"#,##0');
    expect(numberPattern('money', '円')).toBe('"¥"#,##0');
  });

  it('keeps a mark that names no single currency, and any other text, as written with 2 decimals', () => {
    expect(numberPattern('money', '$')).toBe('"$"#,##0.00');
    expect(numberPattern('money', '￥')).toBe('"¥"#,##0.00');
    expect(numberPattern('money', '元')).toBe('#,##0.00" 元"');
    expect(numberPattern('money', 'Ksh')).toBe('"Ksh "#,##0.00');
    expect(numberPattern('money', 'a"b')).toBe('"ab "#,##0.00');
  });

  it('without a currency money is a plain number, and other formats ignore the currency', () => {
    expect(numberPattern('money', '')).toBe('#,##0.00');
    expect(numberPattern('money', '  ')).toBe('#,##0.00');
    expect(numberPattern('integer', 'MYR')).toBe('#,##0');
    expect(numberPattern('decimal', 'TWD')).toBe('#,##0.00');
    expect(numberPattern('percent', 'MYR')).toBe('0.0%');
  });
});
