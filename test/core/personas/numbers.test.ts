/** Persona numbers as people write them: whole days and counts, whole percents (one decimal below 10 %). */
import { describe, expect, it } from 'vitest';
import { percent, typicalText, wholeNumber } from '../../../src/core/personas';

describe('persona numbers', () => {
  it('percent: whole from 10 % up, one decimal below, ".0" left out, a sliver not shown as none', () => {
    expect([0.394, 0.29, 0.1, 0.0996, 0.049, 0.05, 0.0004, 0, 1].map(percent)).toEqual(['39 %', '29 %', '10 %', '10 %', '4.9 %', '5 %', '<0.1 %', '0 %', '100 %']);
  });

  it('wholeNumber: rounded, with thousands separators', () => {
    expect([1168.6, 5, 0.4, 12345678, -1500].map(wholeNumber)).toEqual(['1,169', '5', '0', '12,345,678', '-1,500']);
  });

  it('typicalText: median (10th–90th percentile) as written, the median alone when the range adds nothing', () => {
    expect(typicalText({ median: 5, low: 1.9, high: 11 }, wholeNumber)).toBe('5 (2–11)');
    expect(typicalText({ median: 1, low: 1, high: 1.2 }, wholeNumber)).toBe('1');
    expect(typicalText({ median: 3767.4, low: 1685, high: 10864 }, (x) => `RM ${wholeNumber(x)}`)).toBe('RM 3,767 (RM 1,685–RM 10,864)');
    expect(typicalText(undefined, wholeNumber)).toBe('');
    expect(typicalText({ median: NaN, low: NaN, high: NaN }, wholeNumber)).toBe('');
  });
});
