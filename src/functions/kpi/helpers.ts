/**
 * Argument reading shared by the KPI custom functions: per-row numbers and dates with the row in
 * the message, aligned columns of ids/dates/amounts, and the rewrite of core domain errors
 * ({@link KpiInputError}) into the "FUNCTION: param problem (row N)" form Sheets shows.
 */
import { isKpiInputError } from '../../core/kpi/inputError';
import { idText } from '../../core/parse/cells';
import { PENDING, parseDate } from '../../core/parse/parseDate';
import { langFromLocale } from '../../core/i18n';
import type { DayNumber, Lang } from '../../core/types';
import { type Arg, type Cell, type Place, blank, cellNumber, cells, fail, isErrorText, isMissing, mapRows, placeText, where } from '../args';

/** " (row 3 of the range)" for the `index`-th cell of the first range among `args`, "" when all are single values. */
export function placeOf(index: number, args: readonly Arg[]): string {
  const range = args.find((a) => Array.isArray(a));
  return range === undefined ? '' : where(index, range);
}

/**
 * Runs `compute` and turns a core {@link KpiInputError} into the function's message, adding
 * `place` (or, when the core names a list position, the place of that position).
 */
export function guard<T>(fn: string, place: Place, compute: () => T, placeOfIndex?: (index: number) => string): T {
  try {
    return compute();
  } catch (e) {
    if (isKpiInputError(e)) fail(fn, `${e.param} ${e.problem}${e.index !== undefined && placeOfIndex ? placeOfIndex(e.index) : placeText(place)}`);
    throw e;
  }
}

/** One day from a date cell, a serial number or date text; ambiguous day/month text is refused, not guessed. */
export function cellDay(fn: string, param: string, c: Cell, place: Place): DayNumber {
  if (blank(c)) fail(fn, `${param} is required${placeText(place)}`);
  if (isErrorText(c)) fail(fn, `${param} is an error cell (${c})${placeText(place)}`);
  const day = parseDate(c);
  if (Number.isNaN(day)) fail(fn, `${param} must be a date, got "${String(c)}"${placeText(place)}`);
  if (day >= PENDING) fail(fn, `${param} "${String(c)}" could be day/month or month/day; use a date cell or YYYY-MM-DD${placeText(place)}`);
  return day;
}

/** An optional single number (a one-cell range is accepted). */
export function optionalNumber(fn: string, param: string, v: Arg, fallback: number): number {
  const flat = cells(v);
  if (flat.length !== 1) fail(fn, `${param} must be a single value, got a range of ${flat.length} cells`);
  return cellNumber(fn, param, flat[0], '', fallback);
}

/** An optional single day. */
export function optionalDay(fn: string, param: string, v: Arg): DayNumber | undefined {
  if (isMissing(v)) return undefined;
  const flat = cells(v);
  if (flat.length !== 1) fail(fn, `${param} must be a single date, got a range of ${flat.length} cells`);
  return cellDay(fn, param, flat[0], '');
}

/** Flattened columns of equal length (`undefined` for a left-out optional one). */
export function columns(fn: string, names: readonly string[], args: readonly Arg[]): (Cell[] | undefined)[] {
  const lists = args.map((a) => (isMissing(a) && !Array.isArray(a) ? undefined : cells(a)));
  const first = lists.findIndex((l) => l !== undefined);
  lists.forEach((l, i) => {
    if (l && l.length !== lists[first]!.length)
      fail(fn, `${names[i]} has ${l.length} cells but ${names[first]} has ${lists[first]!.length}; use ranges of the same size`);
  });
  return lists;
}

/** Id text of a customer or order cell (17850 and "17850.0" are the same id). */
export function cellId(fn: string, param: string, c: Cell, place: Place): string {
  if (isErrorText(c)) fail(fn, `${param} is an error cell (${c})${placeText(place)}`);
  const id = idText(c);
  if (id === '') fail(fn, `${param} is empty${placeText(place)}`);
  return id;
}

/** The sheet's language for text results: an explicit language argument, else the spreadsheet locale, else English. */
export function resultLang(fn: string, v: Arg): Lang {
  if (!isMissing(v)) {
    const text = String(cells(v)[0]).trim();
    const lang = langFromLocale(text);
    if (lang === 'en' && !/^en/i.test(text)) fail(fn, `language must be en, zh-TW, zh-CN or ms, got "${text}"`);
    return lang;
  }
  try {
    // Reading the locale is allowed in a custom function (read-only); guarded so the core stays testable in Node.
    if (typeof SpreadsheetApp !== 'undefined') return langFromLocale(SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale());
  } catch {
    // No spreadsheet (e.g. run outside Sheets): English.
  }
  return 'en';
}

/**
 * A custom function over per-row numbers: each argument a value or a column, computed row by row
 * (see `mapRows`); `defaults` gives optional parameters' values when left out or blank.
 */
export function rowFunction(fn: string, names: string[], defaults: (number | undefined)[], formula: (...values: number[]) => number) {
  return (...args: Arg[]) => {
    const padded = names.map((_, i) => args[i]);
    return mapRows(fn, names, padded, (values: Cell[], row: number) => {
      const place = row === 0 ? '' : () => placeOf(row - 1, padded);
      const numbers = values.map((c, i) => cellNumber(fn, names[i], c, place, defaults[i]));
      return guard(fn, place, () => formula(...numbers));
    });
  };
}
