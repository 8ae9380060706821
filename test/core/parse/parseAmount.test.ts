/**
 * Amount formats listed in issue 4 ("Value parsing": `NT$1,234`, `¥1,234.50`, `RM 25`, `1.234,50 €`,
 * `(12.00)`, `-5`, `12%`). Expected values are the amounts those strings denote.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { amountInfo, currencyCode, parseAmount } from '../../../src/core/parse';
import { plainDecimal } from '../../../src/core/parse/parseAmount';

describe('parseAmount', () => {
  it.each([
    ['NT$1,234', 1234, 'TWD'],
    ['¥1,234.50', 1234.5, '¥'],
    ['RM 25', 25, 'MYR'],
    ['RM25.90', 25.9, 'MYR'],
    ['1.234,50 €', 1234.5, 'EUR'],
    ['$1,234,567.89', 1234567.89, '$'],
    ['1 234,50', 1234.5, ''],
    ['USD 99', 99, 'USD'],
    ['人民币 88.8', 88.8, 'CNY'],
    ['１２３', 123, ''],
  ])('%s → %d (%s)', (text, value, currency) => {
    const info = amountInfo();
    expect(parseAmount(text, info)).toBeCloseTo(value, 10);
    expect(info.currency).toBe(currency);
  });

  it('reads negatives written with a minus, a trailing minus or parentheses', () => {
    expect(parseAmount('(12.00)')).toBe(-12);
    expect(parseAmount('-5')).toBe(-5);
    expect(parseAmount('5-')).toBe(-5);
    expect(parseAmount('($4.50)')).toBe(-4.5);
    expect(parseAmount('−3')).toBe(-3);
  });

  it('reads percentages as fractions, as Sheets stores them', () => {
    expect(parseAmount('12%')).toBeCloseTo(0.12, 12);
    const info = amountInfo();
    parseAmount('7.5 %', info);
    expect(info.percent).toBe(true);
  });

  it('passes numbers through and refuses what is not an amount', () => {
    expect(parseAmount(2.55)).toBe(2.55);
    for (const bad of ['', 'abc', '12 apples', '#N/A', '#REF!', '1,2,3.4.5', true, null, undefined, NaN, Infinity, '1-2-3', '3 4']) {
      expect(parseAmount(bad)).toBeNaN();
    }
  });

  it('reports the decimal separator a value proves, and leaves "1,234" / "1.234" to the column', () => {
    const info = amountInfo();
    parseAmount('12,5', info);
    expect(info.decimal).toBe(',');
    parseAmount('1.234,50', info);
    expect(info.decimal).toBe(',');
    parseAmount('2.55', info);
    expect(info.decimal).toBe('.');
    parseAmount('1,234,567', info);
    expect(info.decimal).toBe('.');
    expect(parseAmount('1,234', info)).toBe(1234);
    expect(info.ambiguous).toBe(',');
    expect(parseAmount('1.234', info)).toBe(1.234);
    expect(info.ambiguous).toBe('.');
    expect(parseAmount('0.500', info)).toBe(0.5); // a leading 0 cannot be a thousands group
    expect(info.ambiguous).toBe('');
  });

  it('maps currency marks to one code, and refuses unknown words', () => {
    expect(currencyCode('nt$')).toBe('TWD');
    expect(currencyCode('RM')).toBe('MYR');
    expect(currencyCode('€')).toBe('EUR');
    expect(currencyCode('apples')).toBeNull();
  });
});

describe('parseAmount on the text path', () => {
  it('keeps the default reading of an ambiguous separator behind a currency mark', () => {
    const info = amountInfo();
    expect(parseAmount('RM1.234', info)).toBe(1.234);
    expect(info.ambiguous).toBe('.');
    expect(parseAmount('NT$ 12,345', info)).toBe(12345);
    expect(info.ambiguous).toBe(',');
    expect(parseAmount("1'234.50")).toBe(1234.5);
    expect(parseAmount('12,34,567')).toBeNaN();
  });
});

describe('plainDecimal (the fast path of parseAmount)', () => {
  it('gives what Number gives for every plain decimal of up to 15 digits, and NaN for the rest', () => {
    const digits = (n: number) => fc.stringMatching(new RegExp(`^[0-9]{0,${n}}$`));
    fc.assert(
      fc.property(fc.boolean(), digits(15), fc.option(digits(15)), (neg, a, b) => {
        const v = `${neg ? '-' : ''}${a}${b === null ? '' : `.${b}`}`;
        const count = a.length + (b ?? '').length;
        if (count === 0 || count > 15) expect(plainDecimal(v)).toBeNaN();
        else expect(Object.is(plainDecimal(v), Number(v))).toBe(true);
      }),
      { numRuns: 5000 },
    );
    for (const v of ['1e3', '0x10', '1.2.3', '12 ', '--1', '1-', '１２', '0b1']) expect(plainDecimal(v)).toBeNaN();
  });
});
