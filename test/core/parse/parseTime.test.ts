/**
 * The time of day of a date cell (issue 18: when customers buy). Expected minutes are the written
 * hour × 60 + minute; zone conversions are worked by hand: 20:26 UTC is 04:26 the next day in UTC+8
 * (Asia/Taipei, Asia/Kuala_Lumpur), 14:22 at +05:30 is 08:52 UTC, so 16:52 in UTC+8.
 * Serial 45356.75 is 2024-03-05 18:00 (the fraction of a day since 1899-12-30).
 */
import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '../../../src/core/days';
import { dateInfo, parseDate, readOrders, resolvePending } from '../../../src/core/parse';
import { timeAt } from '../../../src/core/parse/parseTime';

const utc8 = () => 480;

function read(v: unknown, zone?: (d: Date) => number): [number, number] {
  const info = dateInfo();
  const d = parseDate(v, zone, info);
  return [d, info.minute];
}

describe('timeAt', () => {
  it.each([
    ['08:26', 506, NaN],
    ['8:26:00', 506, NaN],
    ['T08:26:00Z', 506, 0],
    ['14:22:31.123+05:30', 862, 330],
    ['14:22:31 +0800', 862, 480],
    ['2:30 PM', 870, NaN],
    ['12:05 am', 5, NaN],
    ['12:00 PM', 720, NaN],
    ['下午2:30', 870, NaN],
    ['上午11:15', 675, NaN],
    ['2:30 ptg', 870, NaN],
    ['00:00', 0, NaN],
    ['23:59 UTC', 1439, 0],
  ])('%s', (text, minute, offset) => {
    const t = timeAt(text, 0);
    expect(t.minute).toBe(minute);
    expect(t.offset).toBe(offset);
  });

  it.each(['', 'abc', '24:00', '7:60', '13:00 PM', '8.26', '(Tue)', '1234'])('%s is no time', (text) => {
    expect(timeAt(text, 0).minute).toBe(-1);
  });
});

describe('parseDate minutes', () => {
  const MAR5 = dayFromYmd(2024, 3, 5);
  it('text dates with a time keep their day and give the minute', () => {
    expect(read('2010-12-01 08:26:00')).toEqual([dayFromYmd(2010, 12, 1), 506]);
    expect(read('2024/3/5 14:22')).toEqual([MAR5, 862]);
    expect(read('2024年3月5日 下午2:30')).toEqual([MAR5, 870]);
    expect(read('Mar 5, 2024 2:30 PM')).toEqual([MAR5, 870]);
    expect(read('5 Mac 2024 14:30')).toEqual([MAR5, 870]);
    const [code, minute] = read('12/1/2010 8:26');
    expect(resolvePending(code, 'mdy')).toBe(dayFromYmd(2010, 12, 1));
    expect(minute).toBe(506);
  });

  it('only a cell that carries a time has a minute; midnight written as 00:00 is a time', () => {
    expect(read('2024-03-05')).toEqual([MAR5, -1]);
    expect(read('2024-03-05 00:00')).toEqual([MAR5, 0]);
    expect(read('5/3/2024')[1]).toBe(-1);
    expect(read(45356)).toEqual([MAR5, -1]);
    expect(read(45356.75)).toEqual([MAR5, 18 * 60]);
    expect(read(20240305)).toEqual([MAR5, -1]);
  });

  it('Date cells: the time in the sheet zone; a Date at midnight there is a date-only cell', () => {
    // 2024-03-04T16:30Z is 00:30 on 5 March in UTC+8
    expect(read(new Date(Date.UTC(2024, 2, 4, 16, 30)), utc8)).toEqual([MAR5, 30]);
    expect(read(new Date(Date.UTC(2024, 2, 4, 16, 0)), utc8)).toEqual([MAR5, -1]);
    expect(read(new Date(Date.UTC(2024, 2, 5, 6, 15)), () => 0)).toEqual([MAR5, 375]);
  });

  it('a written offset is moved to the sheet zone when the zone is known, day and minute alike', () => {
    expect(read('2010-12-01T08:26:00Z', utc8)).toEqual([dayFromYmd(2010, 12, 1), 16 * 60 + 26]);
    expect(read('2010-12-01T20:26:00Z', utc8)).toEqual([dayFromYmd(2010, 12, 2), 4 * 60 + 26]);
    expect(read('2024-03-05T14:22:31.123+05:30', utc8)).toEqual([MAR5, 16 * 60 + 52]);
    // Shopify writes the shop's own offset: nothing moves in a sheet of that zone.
    expect(read('2024-03-05 14:22:31 +0800', utc8)).toEqual([MAR5, 862]);
    // Without a zone the time is kept as written (as the day always was).
    expect(read('2010-12-01T20:26:00Z')).toEqual([dayFromYmd(2010, 12, 1), 20 * 60 + 26]);
  });
});

describe('Order.minute in the shop zone', () => {
  it('an ISO time with Z read in a UTC+8 shop gives the local minute and day', () => {
    const values = [
      ['Order ID', 'Customer ID', 'Created at', 'Amount'],
      ['1', 'A', '2024-03-05T23:30:00Z', '10'],
      ['2', 'A', '2024-03-05T01:00:00Z', '10'],
    ];
    const r = readOrders(values, { zoneOffsetMinutes: utc8 });
    expect(r.orders.map((o) => [o.day, o.minute])).toEqual([
      [dayFromYmd(2024, 3, 6), 7 * 60 + 30],
      [dayFromYmd(2024, 3, 5), 9 * 60],
    ]);
  });

  it('Date cells, as Sheets gives them, in the sheet zone; a date-only cell has no minute', () => {
    const values = [
      ['Order ID', 'Customer ID', 'Order Date', 'Amount'],
      // 2024-03-05T01:26Z is 09:26 in UTC+8; 2024-03-05T16:00Z is midnight of 6 March there
      ['1', 'A', new Date(Date.UTC(2024, 2, 5, 1, 26)), 10],
      ['2', 'A', new Date(Date.UTC(2024, 2, 5, 16, 0)), 10],
    ];
    const r = readOrders(values, { zoneOffsetMinutes: utc8 });
    expect(r.orders.map((o) => [o.day, o.minute])).toEqual([
      [dayFromYmd(2024, 3, 5), 9 * 60 + 26],
      [dayFromYmd(2024, 3, 6), undefined],
    ]);
  });
});
