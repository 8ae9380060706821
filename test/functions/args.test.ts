/** The argument readers shared by every custom function, called directly (no bundle). */
import { describe, expect, it } from 'vitest';
import { columns, filledRows, mapRows, numberArg, optionalDay, optionalNumberArg, resultLang, sameSize } from '../../src/functions/args';

const positive = (n: number) => (n > 0 ? null : { en: 'must be > 0', 'zh-TW': '必須 > 0', 'zh-CN': '必须 > 0', ms: 'mestilah > 0' });

describe('numberArg and optionalNumberArg', () => {
  it('read one number from a value or a one-cell range, checked', () => {
    expect(numberArg('F', 'x', '1,200')).toBe(1200);
    expect(numberArg('F', 'x', [['5%']])).toBe(0.05);
    expect(() => numberArg('F', 'x', [[1], [2]])).toThrow('F: x must be a single value, got a range of 2 cells');
    expect(() => numberArg('F', 'x', '')).toThrow('F: x is required');
    expect(() => numberArg('F', 'x', '#N/A')).toThrow('F: x is an error cell (#N/A)');
    expect(() => numberArg('F', 'x', 'ten')).toThrow('F: x must be a number, got "ten"');
    expect(() => numberArg('F', 'x', -1, positive)).toThrow('F: x must be > 0');
  });

  it('give the fallback, unchecked, when left out or blank, and read like numberArg otherwise', () => {
    for (const v of [undefined, null, '', [['']], [[''], ['']], '  ', [[' ']]]) expect(optionalNumberArg('F', 'x', v, 7, positive), JSON.stringify(v)).toBe(7);
    expect(optionalNumberArg('F', 'x', -3, -3.5)).toBe(-3);
    expect(optionalNumberArg('F', 'x', [['2']], 7, positive)).toBe(2);
    expect(() => optionalNumberArg('F', 'x', [[1], ['']], 7)).toThrow('F: x must be a single value, got a range of 2 cells');
    expect(() => optionalNumberArg('F', 'x', '#REF!', 7)).toThrow('F: x is an error cell (#REF!)');
    expect(() => optionalNumberArg('F', 'x', 'abc', 7)).toThrow('F: x must be a number, got "abc"');
    expect(() => optionalNumberArg('F', 'x', 0, 7, positive)).toThrow('F: x must be > 0');
  });
});

describe('optionalDay', () => {
  it('is undefined when left out and refuses a range of several cells', () => {
    expect(optionalDay('F', 'd', '')).toBeUndefined();
    expect(optionalDay('F', 'd', [['2024-01-02']])).toBe(optionalDay('F', 'd', '2024-01-02'));
    expect(() => optionalDay('F', 'd', [['2024-01-02', '2024-01-03']])).toThrow('F: d must be a single date, got a range of 2 cells');
  });
});

describe('sameSize, columns and mapRows', () => {
  it('name the first range, or with broadcast the longest, when sizes differ', () => {
    expect(sameSize('F', ['a', 'b', 'c'], [null, [1, 2], [3, 4]])).toBe(2);
    expect(sameSize('F', ['a'], [undefined])).toBe(0);
    expect(() => sameSize('F', ['a', 'b', 'c'], [undefined, [1, 2], [3]])).toThrow('F: c has 1 cells but b has 2; use ranges of the same size');
    expect(sameSize('F', ['a', 'b'], [[1], [2, 3, 4]], true)).toBe(3);
    expect(() => sameSize('F', ['a', 'b', 'c'], [[1, 2], [2, 3, 4], [5]], true)).toThrow('F: a has 2 cells but b has 3; use ranges of the same size');
    expect(() => columns('F', ['ids', 'dates'], [[['a'], ['b']], [['x']]])).toThrow('F: dates has 1 cells but ids has 2; use ranges of the same size');
    expect(() => mapRows('F', ['a', 'b', 'c'], [5, [[1]], [[1], [2]]], () => 0)).toThrow('F: c has 2 cells but b has 1; use ranges of the same size');
  });

  it('columns leaves a left-out optional column undefined; filledRows skips rows blank in every present column', () => {
    const [a, b] = columns('F', ['a', 'b'], [[['x'], [''], [' ']], undefined]);
    expect(b).toBeUndefined();
    expect(filledRows([a, b])).toEqual([0]);
    expect(filledRows([['', 1, ''], ['', '', 'z']])).toEqual([1, 2]);
  });
});

describe('resultLang', () => {
  it('takes an explicit language, else English outside Sheets', () => {
    expect(resultLang('F', 'zh-TW')).toBe('zh-TW');
    expect(resultLang('F', [['ms']])).toBe('ms');
    expect(resultLang('F', '')).toBe('en');
    expect(() => resultLang('F', 'fr')).toThrow('F: language must be en, zh-TW, zh-CN or ms, got "fr"');
  });

  it("else the spreadsheet's locale", () => {
    const g = globalThis as { SpreadsheetApp?: unknown };
    g.SpreadsheetApp = { getActiveSpreadsheet: () => ({ getSpreadsheetLocale: () => 'zh_CN' }) };
    try {
      expect(resultLang('F', undefined)).toBe('zh-CN');
      expect(resultLang('F', 'en')).toBe('en');
    } finally {
      delete g.SpreadsheetApp;
    }
  });
});
