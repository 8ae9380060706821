/**
 * Date formats listed in issue 4 (`Date` objects, serial numbers, ISO, `2024/3/5`, `5/3/2024`,
 * `2024年3月5日`, `YYYYMMDD` as in CDNOW_master.txt, ISO with time). 2024-03-05 is day 19787
 * (Date.UTC(2024, 2, 5) / 86,400,000); serial 45356 is 2024-03-05 in Sheets (days since 1899-12-30).
 */
import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '../../../src/core/days';
import { dateInfo, parseDate, PENDING, resolvePending } from '../../../src/core/parse';

const MAR5 = dayFromYmd(2024, 3, 5);

describe('parseDate', () => {
  it('2024-03-05 is day 19787', () => expect(MAR5).toBe(19787));

  it.each([
    ['2024-03-05', 'iso'],
    ['2024-03-05 14:22:31', 'iso'],
    ['2024-03-05T14:22:31Z', 'iso'],
    ['2024-03-05 14:22:31 +0800', 'iso'],
    ['2024/3/5', 'ymd'],
    ['2024.03.05', 'ymd'],
    ['2024年3月5日', 'cjk'],
    ['20240305', 'yyyymmdd'],
    ['5 Mar 2024', 'monthName'],
    ['Mar 5, 2024', 'monthName'],
    ['05-Mar-2024', 'monthName'],
    ['5 Mac 2024', 'monthName'],
  ])('%s', (text, kind) => {
    const info = dateInfo();
    expect(parseDate(text, undefined, info)).toBe(MAR5);
    expect(info.kind).toBe(kind);
  });

  it('reads serial numbers and YYYYMMDD numbers', () => {
    expect(parseDate(45356)).toBe(MAR5);
    expect(parseDate(45356.75)).toBe(MAR5);
    expect(parseDate(19970101)).toBe(dayFromYmd(1997, 1, 1));
  });

  it('reads Date objects as the calendar day in the sheet zone', () => {
    const taipei = () => 480;
    // 2024-03-04T16:30Z is 00:30 on 5 March in Taipei
    expect(parseDate(new Date(Date.UTC(2024, 2, 4, 16, 30)), taipei)).toBe(MAR5);
    expect(parseDate(new Date(Date.UTC(2024, 2, 4, 16, 30)), () => 0)).toBe(MAR5 - 1);
  });

  it('leaves day/month order to the column: 5/3/2024 is pending until decided', () => {
    const code = parseDate('5/3/2024');
    expect(code).toBeGreaterThanOrEqual(PENDING);
    expect(resolvePending(code, 'dmy')).toBe(MAR5);
    expect(resolvePending(code, 'mdy')).toBe(dayFromYmd(2024, 5, 3));
    expect(resolvePending(parseDate('25/3/2024'), 'mdy')).toBeNaN();
    expect(resolvePending(parseDate('05.03.24'), 'dmy')).toBe(MAR5);
  });

  it('refuses impossible or non-date values', () => {
    for (const bad of ['2023-02-29', '2024-13-01', '31/31/2024', 'hello', '#N/A', '', 12, 19971301, true, null]) {
      expect(parseDate(bad)).toBeNaN();
    }
    expect(parseDate('2024-02-29')).toBe(dayFromYmd(2024, 2, 29));
  });
});
