/**
 * The "When they buy" tab on the sample shop (scripts/sample-shop/orders.csv, dates with times),
 * read and segmented as the add-on does. The expected counts are the output of the pandas peer
 *
 *   /usr/bin/python3 test/core/timing/sample_shop_timing.py scripts/sample-shop/orders.csv
 *
 * (rows with a Customer ID and an Amount above 0, `dt.dayofweek` 0 = Monday, `dt.hour`): 1,274
 * orders from 2010-12-01 to 2011-12-09, none on a Saturday, between 07:00 and 19:59. The same shop
 * with the times cut off its dates gets the weekday and month views and a sentence instead of the
 * hour views. The .xlsx writer must carry the colour scales and both charts.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { segmentTable, type RunOutput } from '../../../src/app/run';
import { defaultSettings } from '../../../src/app/settings';
import { parseCsv } from '../../../src/cli/io';
import { writeXlsx } from '../../../src/cli/xlsxWriter';
import { entryBytes, readZip } from '../../../src/cli/zip';
import { TAB_NAMES } from '../../../src/core/report/labels';
import type { Block, TabSpec } from '../../../src/core/report/tabSpec';
import { TIMING_TEXT } from '../../../src/core/report/timingTabText';
import { LANGS, type Lang } from '../../../src/core/types';

// ---- pandas output (see the header) ----
// prettier-ignore
const PANDAS_COUNTS = [
  [0, 0, 0, 0, 0, 0, 0, 0, 5, 23, 35, 29, 26, 26, 21, 24, 6, 0, 0, 0, 0, 0, 0, 0],
  [0, 0, 0, 0, 0, 0, 0, 1, 11, 21, 32, 11, 29, 26, 26, 26, 12, 0, 0, 0, 0, 0, 0, 0],
  [0, 0, 0, 0, 0, 0, 0, 0, 17, 26, 30, 20, 36, 32, 42, 21, 15, 4, 0, 0, 0, 0, 0, 0],
  [0, 0, 0, 0, 0, 0, 0, 0, 12, 34, 42, 21, 33, 36, 34, 27, 19, 25, 8, 3, 0, 0, 0, 0],
  [0, 0, 0, 0, 0, 0, 0, 1, 17, 34, 43, 33, 37, 37, 21, 23, 4, 1, 1, 0, 0, 0, 0, 0],
  [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5, 14, 11, 26, 15, 20, 4, 0, 0, 0, 0, 0, 0, 0],
];
const PANDAS_ORDERS = 1274;
const PANDAS_WEEKDAY_ORDERS = [195, 195, 243, 294, 252, 0, 95];
const PANDAS_MONTH_ORDERS = [83, 65, 97, 60, 105, 87, 84, 101, 122, 148, 195, 127];
const HOURS = Array.from({ length: 13 }, (_, i) => 7 + i);

const shop = parseCsv(readFileSync('scripts/sample-shop/orders.csv', 'utf8'));
const dateOnly = shop.map((r, i) => (i === 0 ? r : r.map((v, c) => (c === 2 ? v.slice(0, 10) : v))));
const settings = { ...defaultSettings(), fitClv: false };
const run = (table: unknown[][], lang: Lang): RunOutput => segmentTable(table, { settings, lang, runDay: 15400 });
const timing = (r: RunOutput): TabSpec => r.tabs.find((t) => t.kind === 'timing')!;
const titled = (tab: TabSpec, title: string): Block | undefined => tab.blocks.find((b) => b.title === title);

const en = run(shop, 'en');
const tab = timing(en);

describe('the When they buy tab', () => {
  it('is written in every language under its own name', () => {
    for (const lang of LANGS) expect(timing(lang === 'en' ? en : run(shop, lang)).name).toBe(TAB_NAMES.timing[lang]);
  });

  it('has the weekday × hour counts pandas has, Monday first, with a colour scale', () => {
    const heat = titled(tab, TIMING_TEXT.heatTitle.en)!;
    expect(heat.colourScale).toBe(true);
    expect(heat.values[0]).toEqual([TIMING_TEXT.corner.en, ...HOURS]);
    expect(heat.values.slice(1).map((r) => r[0])).toEqual(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
    expect(heat.values.slice(1).map((r) => r.slice(1))).toEqual(PANDAS_COUNTS.map((day) => HOURS.map((h) => day[h])));
    expect(titled(tab, TIMING_TEXT.heatRevenueTitle.en)?.colourScale).toBe(true);
  });

  it('has the orders by hour, weekday and month of year pandas has', () => {
    const byHour = titled(tab, TIMING_TEXT.hourTitle.en)!.values.slice(1);
    expect(byHour.map((r) => r[0])).toEqual(HOURS.map((h) => `${String(h).padStart(2, '0')}:00–${String(h + 1).padStart(2, '0')}:00`));
    expect(byHour.map((r) => r[1])).toEqual(HOURS.map((h) => PANDAS_COUNTS.reduce((n, day) => n + day[h], 0)));
    const weekdays = titled(tab, TIMING_TEXT.weekdayTitle.en)!.values.slice(1);
    expect(weekdays.map((r) => r[1])).toEqual(PANDAS_WEEKDAY_ORDERS);
    expect(weekdays[5][2]).toBe(0);
    expect(weekdays[3][2]).toBeCloseTo(294 / PANDAS_ORDERS, 12);
    const months = titled(tab, TIMING_TEXT.monthTitle.en)!.values.slice(1);
    expect(months.map((r) => r[1])).toEqual(PANDAS_MONTH_ORDERS);
  });

  it('averages each month over the months of data: December 2010 whole, December 2011 9 days of 31', () => {
    const months = titled(tab, TIMING_TEXT.monthTitle.en)!.values.slice(1);
    expect(months.map((r) => r[3])).toEqual([...new Array(11).fill(1), 1.29]);
    expect(months[11][4]).toBeCloseTo(127 / (1 + 9 / 31), 9);
    const perMonth = PANDAS_MONTH_ORDERS.map((n, m) => (m === 11 ? n / (1 + 9 / 31) : n));
    const mean = perMonth.reduce((a, b) => a + b, 0) / 12;
    for (const [m, r] of months.entries()) expect(r[6]).toBeCloseTo(perMonth[m] / mean, 9);
  });

  it('charts orders by hour (column) and by month (line) from their blocks', () => {
    const charts = tab.charts ?? [];
    expect(charts.map((c) => [c.type, tab.blocks[c.block].title])).toEqual([
      ['column', TIMING_TEXT.hourTitle.en],
      ['line', TIMING_TEXT.monthTitle.en],
    ]);
  });

  it('splits the orders over the segments, each with its own heat map once it has 100 orders', () => {
    const rows = titled(tab, TIMING_TEXT.segmentTitle.en)!.values.slice(1);
    expect(rows.reduce((n, r) => n + (r[2] as number), 0)).toBe(PANDAS_ORDERS);
    expect(rows.reduce((n, r) => n + (r[1] as number), 0)).toBe(en.segmentation.customers.length);
    const heatMaps = tab.blocks.filter((b) => b.title?.includes(': orders by weekday and hour'));
    const big = rows.filter((r) => (r[2] as number) >= 100);
    expect(heatMaps.map((b) => b.title?.split(':')[0])).toEqual(big.map((r) => r[0]));
    for (const [i, b] of heatMaps.entries()) expect(b.values.slice(1).flatMap((r) => r.slice(1)).reduce<number>((n, v) => n + (v as number), 0)).toBe(big[i][2]);
    // A segment under 30 orders gets no busiest time.
    for (const r of rows) if ((r[2] as number) < 30) expect([r[3], r[4]]).toEqual([null, TIMING_TEXT.tooFew.en]);
  });

  it('names each persona’s busiest time in its shopping habits', () => {
    const personas = en.tabs.find((t) => t.kind === 'personas')!.blocks[0].values;
    const habits = personas.find((r) => r[0] === 'Shopping habits')!.slice(1);
    en.segmentation.personas.forEach((p, i) => {
      if (p.busiestTime) expect(habits[i]).toMatch(/Order most on (Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days( \d\d:00–\d\d:00)? \(/);
      else expect(habits[i]).toContain('which days and hours they buy');
    });
    expect(en.segmentation.personas.some((p) => p.busiestTime?.startHour !== null)).toBe(true);
  });

  it('leaves the hour views out, with a sentence, when the dates have no time of day', () => {
    const plain = timing(run(dateOnly, 'en'));
    expect(plain.blocks.some((b) => b.values.some((r) => r[0] === TIMING_TEXT.noTime.en))).toBe(true);
    expect(titled(plain, TIMING_TEXT.heatTitle.en)).toBeUndefined();
    expect(titled(plain, TIMING_TEXT.hourTitle.en)).toBeUndefined();
    expect(titled(plain, TIMING_TEXT.weekdayTitle.en)!.values.slice(1).map((r) => r[1])).toEqual(PANDAS_WEEKDAY_ORDERS);
    expect(plain.charts?.map((c) => c.type)).toEqual(['line']);
    const rows = titled(plain, TIMING_TEXT.segmentTitle.en)!.values;
    expect(rows[0][4]).toBe(TIMING_TEXT.busiestWeekday.en);
    for (const r of rows.slice(1)) expect(String(r[4])).not.toMatch(/\d\d:00/);
  });

  it('says how many orders the hour views leave out when only some dates carry a time', () => {
    // The first 100 rows lose their time; those of them with a customer and an amount above 0 are orders (the peer's rule).
    const cut = shop.map((r, i) => (i >= 1 && i <= 100 ? r.map((v, c) => (c === 2 ? v.slice(0, 10) : v)) : r));
    const untimed = shop.slice(1, 101).filter((r) => r[1] !== '' && Number(r[3]) > 0).length;
    const mixed = timing(run(cut, 'en'));
    const note = TIMING_TEXT.someUntimed.en.replace('{untimed}', String(untimed)).replace('{orders}', '1,274').replace('{timed}', (PANDAS_ORDERS - untimed).toLocaleString('en-US'));
    expect(mixed.blocks.some((b) => b.values[0][0] === note)).toBe(true);
    const heat = titled(mixed, TIMING_TEXT.heatTitle.en)!;
    expect(heat.values.slice(1).flatMap((r) => r.slice(1)).reduce<number>((n, v) => n + (v as number), 0)).toBe(PANDAS_ORDERS - untimed);
  });

  it('comes out of the .xlsx writer with a colour scale per heat map and both charts', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'timing-')), 'out.xlsx');
    await writeXlsx(path, en.tabs, { currency: en.currency });
    const parts = new Map(readZip(readFileSync(path)).map((e) => [e.name, entryBytes(e).toString('utf8')]));
    const index = en.tabs.indexOf(tab) + 1;
    const sheet = parts.get(`xl/worksheets/sheet${index}.xml`) ?? '';
    const scales = tab.blocks.filter((b) => b.colourScale).length;
    expect((sheet.match(/<cfRule type="colorScale"/g) ?? []).length).toBe(scales);
    const charts = [...parts.keys()].filter((k) => /^xl\/charts\/chart\d+\.xml$/.test(k)).map((k) => parts.get(k) ?? '');
    const ours = charts.filter((c) => c.includes(`'${tab.name}'!`));
    expect(ours.map((c) => (c.includes('<c:barChart>') ? 'column' : c.includes('<c:lineChart>') ? 'line' : '?'))).toEqual(['column', 'line']);
  });
});
