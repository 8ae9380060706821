import { isoFromDay } from '../days';
import { format } from '../i18n';
import { wholeNumber } from '../personas';
import { SENTENCE_SPACE } from '../personas/messages';
import type { Segmentation } from '../pipeline/segmentCustomers';
import { segmentName } from '../rfm';
import { busiestTimeText, MIN_ORDERS_FOR_SLOT, MIN_ORDERS_FOR_WEEKDAY, MONTH_NAMES, WEEKDAY_NAMES, hourBand, type GroupTiming, type TimingReport, type TimingTally } from '../timing';
import type { Lang } from '../types';
import { LABELS, TAB_NAMES } from './labels';
import type { Block, ChartSpec, NumberFormat, ReportCell, TabSpec } from './tabSpec';
import { TIMING_TEXT as TEXT } from './timingTabText';

/** Rows a chart covers on the tab (as tabExtent assumes): a block below a chart starts after them. */
const CHART_ROWS = 20;
/** Rows between blocks: one blank, one for the next block's title. */
const GAP = 3;
/** Width of every column but the first: a money cell of six figures, or a weekday or month name. */
const DATA_COLUMN_PX = 100;

const allOf = (f: NumberFormat, n: number, from = 1): Partial<Record<number, NumberFormat>> => Object.fromEntries(Array.from({ length: n }, (_, i) => [i + from, f]));
const ratio = (a: number, b: number): number | null => (b > 0 ? a / b : null);

/** The hours that have any order at all, first to last: the heat maps' columns (a shop closed at night shows no empty night). */
function hourSpan(t: TimingTally): number[] {
  let first = 24;
  let last = -1;
  for (const day of t.hourOrders)
    day.forEach((n, h) => {
      if (n > 0) {
        first = Math.min(first, h);
        last = Math.max(last, h);
      }
    });
  return last < first ? [] : Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** A weekday × hour grid with weekday names down the side and hours across. */
function heatGrid(grid: number[][], hours: number[], lang: Lang): ReportCell[][] {
  return [[TEXT.corner[lang], ...hours], ...WEEKDAY_NAMES.map((name, w) => [name[lang], ...hours.map((h) => grid[w][h])])];
}

/** Orders in an average such month per calendar month (null where the data has no such month), and their mean. */
function averageMonths(monthOrders: readonly number[], covered: readonly number[]): { perMonth: (number | null)[]; mean: number | null } {
  const perMonth = monthOrders.map((n, m) => ratio(n, covered[m]));
  const present = perMonth.filter((x): x is number => x !== null);
  return { perMonth, mean: present.length ? present.reduce((a, b) => a + b, 0) / present.length : null };
}

/** The seasonality rows of all customers: orders, revenue, months of data, per average month and against a typical month. */
function seasonality(r: TimingReport, lang: Lang): ReportCell[][] {
  const t = r.overall.tally;
  const { perMonth, mean } = averageMonths(t.monthOrders, r.monthsCovered);
  const header = [LABELS.month[lang], LABELS.orders[lang], LABELS.revenue[lang], TEXT.monthsOfData[lang], TEXT.ordersAverageMonth[lang], TEXT.revenueAverageMonth[lang], TEXT.againstAverage[lang]];
  return [
    header,
    ...MONTH_NAMES.map((name, m) => {
      const covered = r.monthsCovered[m];
      const avg = perMonth[m];
      return [name[lang], t.monthOrders[m], t.monthRevenue[m], covered > 0 ? Math.round(covered * 100) / 100 : null, avg, ratio(t.monthRevenue[m], covered), avg !== null && mean ? avg / mean : null];
    }),
  ];
}

/**
 * One row per segment: its customers, orders, and its busiest time with that time's share of its
 * orders; the time last, so its words spill into the empty cells on the right instead of wrapping.
 */
function segmentRows(seg: Segmentation, r: TimingReport, lang: Lang): ReportCell[][] {
  const header = [LABELS.segment[lang], LABELS.customers[lang], LABELS.orders[lang], TEXT.shareThen[lang], (r.hasTime ? TEXT.busiestTime : TEXT.busiestWeekday)[lang]];
  const row = (name: string, g: GroupTiming): ReportCell[] => [
    name,
    g.customers,
    g.tally.orders,
    g.busiest ? g.busiest.share : null,
    g.busiest ? busiestTimeText(g.busiest, lang) : (g.tally.orders < MIN_ORDERS_FOR_WEEKDAY ? TEXT.tooFew : TEXT.evenWeek)[lang],
  ];
  return [header, ...r.groups.map((g) => row(segmentName(g.id, seg.rules, lang), g))];
}

/**
 * The "When they buy" tab (issue 18): a weekday × hour heat map of orders and one of revenue
 * (colour scales), orders by hour with a column chart, orders by weekday, the months of the year
 * (seasonality, per average such month, with a line chart), and per segment its busiest two-hour
 * slot, its weekday shares, its months against its own typical month and its own heat map. Without
 * a time of day in the dates the hour views are left out and a sentence says so. Null when there is
 * no order to show (a customer list with totals per customer has no purchase times).
 */
export function timingTab(seg: Segmentation, lang: Lang): TabSpec | null {
  const r = seg.timing;
  const t = r.overall.tally;
  if (t.orders === 0) return null;
  const name = TAB_NAMES.timing[lang];
  const intro = format(TEXT.intro, lang, { orders: wholeNumber(t.orders), first: isoFromDay(r.firstDay), last: isoFromDay(r.lastDay) });
  const notes: string[] = [r.hasTime ? `${intro}${SENTENCE_SPACE[lang]}${TEXT.hoursZone[lang]}` : intro];
  if (!r.hasTime) notes.push(TEXT.noTime[lang]);
  else if (t.timedOrders < t.orders) notes.push(format(TEXT.someUntimed, lang, { untimed: wholeNumber(t.orders - t.timedOrders), orders: wholeNumber(t.orders), timed: wholeNumber(t.timedOrders) }));
  const blocks: Block[] = notes.map((n, i) => ({ row: i + 1, col: 1, values: [[n]] }));
  const charts: ChartSpec[] = [];
  let row = notes.length + 3;
  const add = (b: Omit<Block, 'row' | 'col'>, rowsTaken = b.values.length): number => {
    blocks.push({ row, col: 1, ...b });
    row += rowsTaken + GAP;
    return blocks.length - 1;
  };

  const hours = r.hasTime ? hourSpan(t) : [];
  if (hours.length) {
    // Heat maps: numbers for headers, nothing to wrap (each wrapped or formatted column is one more Sheets call).
    add({ values: heatGrid(t.hourOrders, hours, lang), header: true, title: TEXT.heatTitle[lang], colourScale: true, formats: allOf('integer', hours.length), wrapColumns: [] });
    add({ values: heatGrid(t.hourRevenue, hours, lang), header: true, title: TEXT.heatRevenueTitle[lang], colourScale: true, formats: allOf('money', hours.length), wrapColumns: [] });
    const byHour: ReportCell[][] = [[TEXT.hour[lang], LABELS.orders[lang], LABELS.revenue[lang]]];
    for (const h of hours) byHour.push([hourBand(h, 1), t.hourOrders.reduce((n, d) => n + d[h], 0), t.hourRevenue.reduce((n, d) => n + d[h], 0)]);
    const at = row;
    const index = add({ values: byHour, header: true, title: TEXT.hourTitle[lang], formats: { 0: 'text', 1: 'integer', 2: 'money' } }, Math.max(byHour.length, CHART_ROWS));
    charts.push({ type: 'column', title: TEXT.hourTitle[lang], block: index, columns: [0, 1], anchor: { row: at - 1, col: 5 } });
  }

  const weekdays: ReportCell[][] = [[TEXT.weekday[lang], LABELS.orders[lang], TEXT.shareOfOrders[lang], LABELS.revenue[lang], LABELS.revenueShare[lang]]];
  WEEKDAY_NAMES.forEach((n, w) => {
    weekdays.push([n[lang], t.weekdayOrders[w], ratio(t.weekdayOrders[w], t.orders), t.weekdayRevenue[w], ratio(t.weekdayRevenue[w], t.revenue)]);
  });
  add({ values: weekdays, header: true, title: TEXT.weekdayTitle[lang], formats: { 0: 'text', 1: 'integer', 2: 'percent', 3: 'money', 4: 'percent' } });

  const months = seasonality(r, lang);
  const monthsAt = row;
  const monthIndex = add({ values: months, header: true, title: TEXT.monthTitle[lang], formats: { 0: 'text', 1: 'integer', 2: 'money', 3: 'decimal', 4: 'integer', 5: 'money', 6: 'percent' } }, months.length + 2);
  // The note's long line spills to the right, so the chart goes under it rather than beside the table.
  blocks.push({ row: monthsAt + months.length, col: 1, values: [[format(TEXT.monthNote, lang, { first: isoFromDay(r.firstDay), last: isoFromDay(r.lastDay) })]] });
  charts.push({ type: 'line', title: TEXT.monthChart[lang], block: monthIndex, columns: [0, 4], anchor: { row: row - 1, col: 1 } });
  row += CHART_ROWS;

  if (r.groups.length) {
    const names = r.groups.map((g) => segmentName(g.id, seg.rules, lang));
    const segmentsAt = row;
    const segmentRowsOf = segmentRows(seg, r, lang);
    add({ values: segmentRowsOf, header: true, title: TEXT.segmentTitle[lang], formats: { 0: 'text', 1: 'integer', 2: 'integer', 3: 'percent', 4: 'text' }, wrapColumns: [1, 2, 3] }, segmentRowsOf.length + 1);
    const threshold = r.hasTime ? TEXT.thresholds : TEXT.weekdayThreshold;
    blocks.push({ row: segmentsAt + segmentRowsOf.length, col: 1, values: [[format(threshold, lang, { slot: MIN_ORDERS_FOR_SLOT, weekday: MIN_ORDERS_FOR_WEEKDAY })]] });
    const weekdayShares: ReportCell[][] = [[LABELS.segment[lang], ...WEEKDAY_NAMES.map((n) => n[lang])], ...r.groups.map((g, i) => [names[i], ...g.tally.weekdayOrders.map((n) => ratio(n, g.tally.orders))])];
    add({ values: weekdayShares, header: true, title: TEXT.segmentWeekdayTitle[lang], colourScale: true, formats: { 0: 'text', ...allOf('percent', 7) } });
    const monthIndexRows: ReportCell[][] = [
      [LABELS.segment[lang], ...MONTH_NAMES.map((n) => n[lang])],
      ...r.groups.map((g, i) => {
        const { perMonth, mean } = averageMonths(g.tally.monthOrders, r.monthsCovered);
        return [names[i], ...perMonth.map((x) => (x !== null && mean ? x / mean : null))];
      }),
    ];
    add({ values: monthIndexRows, header: true, title: TEXT.segmentMonthTitle[lang], colourScale: true, formats: { 0: 'text', ...allOf('percent', 12) } });
    if (hours.length) {
      r.groups.forEach((g, i) => {
        // A heat map of a few dozen orders is noise: drawn from as many orders as a busiest slot needs.
        if (g.tally.timedOrders < MIN_ORDERS_FOR_SLOT) return;
        const title = format(TEXT.segmentHeatTitle, lang, { segment: names[i], customers: wholeNumber(g.customers), orders: wholeNumber(g.tally.orders) });
        // Whole counts under a thousand read the same unformatted: no format calls for each segment's map.
        add({ values: heatGrid(g.tally.hourOrders, hours, lang), header: true, title, colourScale: true, wrapColumns: [] });
      });
    }
  }
  // Even columns, so the heat map's cells are alike; the tables' long headers wrap in them instead of widening them.
  for (const b of blocks) if (b.header && !b.wrapColumns) b.wrapColumns = Array.from({ length: b.values[0].length - 1 }, (_, i) => i + 1);
  const widest = blocks.reduce((m, b) => Math.max(m, b.values[0]?.length ?? 0), 0);
  const columnWidths: Record<number, number> = { 1: 200 };
  for (let c = 2; c <= widest; c++) columnWidths[c] = DATA_COLUMN_PX;
  return { kind: 'timing', name, blocks, charts, columnWidths };
}
