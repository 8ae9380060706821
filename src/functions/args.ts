/**
 * Turning what Sheets passes to a custom function into clean values, with messages that name
 * the function, the parameter and the row, in the form Sheets shows on hover of `#ERROR!`:
 * single numbers, days and ids, aligned columns, row-by-row mapping, the spreadsheet's language,
 * and the rewrite of core domain errors ({@link KpiInputError}) into "FUNCTION: param problem (row N)".
 *
 * Sheets passes a single cell as its value and a range as a 2-D array; blanks arrive as `""`,
 * error cells as their text (`#N/A`), percentages as fractions, dates as `Date` objects.
 */
import { format, langFromLocale, type Localized } from '../core/i18n';
import { isKpiInputError } from '../core/kpi/inputError';
import { idText } from '../core/parse/cells';
import { PENDING, parseDate } from '../core/parse/parseDate';
import type { DayNumber, Lang } from '../core/types';
import { spreadsheetLocale } from '../sheets/spreadsheetLocale';
import { ARG_ERRORS } from './errorText';

/** A cell value as Sheets passes it. */
export type Cell = string | number | boolean | Date | null | undefined;
/** A custom-function argument: a cell value or a 2-D range. */
export type Arg = Cell | Cell[][];

/** An error whose message is shown in the cell. */
export function fail(fn: string, message: string): never {
  throw new Error(`${fn}: ${message}`);
}

/** The spreadsheet's language, for errors: asked only when a call fails, as it reads the spreadsheet. */
export function errorLang(): Lang {
  return langFromLocale(spreadsheetLocale());
}

/** An error in the spreadsheet's language: `text` with its placeholders filled. */
export function failWith(fn: string, text: Localized, params: Record<string, string | number> = {}): never {
  fail(fn, format(text, errorLang(), params));
}

/** True for a cell Sheets passes as empty (`""`, or nothing); unlike {@link blank}, `" "` is not empty. */
export function isEmptyCell(c: unknown): boolean {
  return c === '' || c === null || c === undefined;
}

/** True when the argument was left out or is an empty cell (or a range of empty cells). */
export function isMissing(arg: unknown): boolean {
  return isEmptyCell(arg) || (Array.isArray(arg) && arg.every((r) => Array.isArray(r) && r.every(isEmptyCell)));
}

/** Flattens a range (row by row) or wraps a single value. */
export function cells(arg: Arg): Cell[] {
  if (!Array.isArray(arg)) return [arg];
  const out: Cell[] = [];
  for (const row of arg) {
    if (Array.isArray(row)) for (const c of row) out.push(c);
    else out.push(row as Cell);
  }
  return out;
}

/** A range as passed, or a single value as a one-cell range. */
export function asRange(arg: Arg): Cell[][] {
  return Array.isArray(arg) ? arg : [[arg]];
}

const ERROR_TEXT = /^#(N\/A|REF!|VALUE!|DIV\/0!|NUM!|NAME\?|NULL!|ERROR!|SPILL!|CALC!)/;

/** True for the text Sheets passes for an error cell. */
export function isErrorText(v: unknown): v is string {
  return typeof v === 'string' && ERROR_TEXT.test(v);
}

/** Converts one cell to a number: numbers, numeric text (with `,` thousands, `%`), booleans are refused. */
export function toNumber(v: Cell): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string') {
    const s = v.trim().replace(/,/g, '');
    if (s === '') return null;
    const pct = s.endsWith('%');
    const n = Number(pct ? s.slice(0, -1) : s);
    if (!Number.isFinite(n)) return null;
    return pct ? n / 100 : n;
  }
  return null;
}

/** Describes where a value sits, for an error: " (row 7 of the range)" for a column, " (row 7, column 2 of the range)" for a block, "" for a single value. */
export function where(index: number, arg: Arg): string {
  if (!Array.isArray(arg)) return '';
  const width = Array.isArray(arg[0]) ? arg[0].length : 1;
  const row = Math.floor(index / width) + 1;
  const col = (index % width) + 1;
  return format(width === 1 ? ARG_ERRORS.rowOfRange : ARG_ERRORS.cellOfRange, errorLang(), { row, col });
}

/** " (row 7)" of a row-by-row function, "" for row 0 (single values), for an error. */
export function rowPlace(row: number): string {
  return row ? format(ARG_ERRORS.row, errorLang(), { row }) : '';
}

/** " (row 3 of the range)" for the `index`-th cell of the first range among `args`, "" when all are single values. */
export function placeOf(index: number, args: readonly Arg[]): string {
  const range = args.find((a) => Array.isArray(a));
  return range === undefined ? '' : where(index, range);
}

/**
 * Where a value sits, for messages: text, or a function that builds it only when a message is
 * needed (building " (row 9,999 of the range)" for every healthy row costs more than the math, and
 * wording it asks the spreadsheet for its language). A parameter's name may be given the same way.
 */
export type Place = string | (() => string);

function placeText(place: Place): string {
  return typeof place === 'function' ? place() : place;
}

/** True for an empty cell. */
export function blank(c: Cell): boolean {
  return c === '' || c === null || c === undefined || (typeof c === 'string' && c.trim() === '');
}

/** Refuses an error cell (`#N/A`…) with "param is an error cell (#N/A)". */
export function refuseErrorCell(fn: string, param: Place, c: unknown, place: Place): void {
  if (isErrorText(c)) failWith(fn, ARG_ERRORS.errorCell, { param: placeText(param), value: c, place: placeText(place) });
}

/**
 * True when `v` (a number, or a table of results) holds Infinity, -Infinity or NaN anywhere.
 * Sheets would show such a number as a huge value or `#NUM!` without saying which input caused it.
 */
export function hasNonFinite(v: unknown): boolean {
  if (typeof v === 'number') return !Number.isFinite(v);
  if (Array.isArray(v)) {
    for (const x of v) if (hasNonFinite(x)) return true;
  }
  return false;
}

/** `v` unless it is (or holds) a non-finite number, which fails naming the function and the place ("FN: the result is not a finite number ... (row 3 of the range)"). */
export function finiteResult<T>(fn: string, v: T, place: Place): T {
  if (hasNonFinite(v)) failWith(fn, ARG_ERRORS.notFinite, { place: placeText(place) });
  return v;
}

/** One number from a cell; blank gives `fallback` when given, else "is required". */
export function cellNumber(fn: string, param: Place, c: Cell, place: Place, fallback?: number): number {
  if (blank(c)) {
    if (fallback !== undefined) return fallback;
    failWith(fn, ARG_ERRORS.required, { param: placeText(param), place: placeText(place) });
  }
  refuseErrorCell(fn, param, c, place);
  const n = toNumber(c);
  if (n === null) failWith(fn, ARG_ERRORS.notNumber, { param: placeText(param), value: String(c), place: placeText(place) });
  return n;
}

/** One day from a date cell, a serial number or date text; ambiguous day/month text is refused, not guessed. */
export function cellDay(fn: string, param: string, c: Cell, place: Place): DayNumber {
  if (blank(c)) failWith(fn, ARG_ERRORS.required, { param, place: placeText(place) });
  refuseErrorCell(fn, param, c, place);
  const day = parseDate(c);
  if (Number.isNaN(day)) failWith(fn, ARG_ERRORS.notDate, { param, value: String(c), place: placeText(place) });
  if (day >= PENDING) failWith(fn, ARG_ERRORS.ambiguousDate, { param, value: String(c), place: placeText(place) });
  return day;
}

/** Id text of a customer or order cell (17850 and "17850.0" are the same id). */
export function cellId(fn: string, param: string, c: Cell, place: Place): string {
  refuseErrorCell(fn, param, c, place);
  const id = idText(c);
  if (id === '') failWith(fn, ARG_ERRORS.empty, { param, place: placeText(place) });
  return id;
}

/** The one cell of a single value or a one-cell range; a bigger range is refused ("must be a single value"). */
function singleCell(fn: string, param: Place, v: Arg, what: 'value' | 'date' = 'value'): Cell {
  if (!Array.isArray(v)) return v;
  const flat = cells(v);
  if (flat.length !== 1) failWith(fn, what === 'date' ? ARG_ERRORS.notSingleDate : ARG_ERRORS.notSingleValue, { param: placeText(param), count: flat.length });
  return flat[0];
}

/**
 * What a number's check says is wrong with it, after the parameter's name, in every language
 * (`{value}` is the number), or null when it is fine.
 */
export type NumberCheck = (n: number) => Localized | null;

/** `n`, unless `check` names a problem with it ("param problem"). */
function checked(fn: string, param: Place, n: number, check?: NumberCheck): number {
  const problem = check?.(n);
  if (problem) fail(fn, `${placeText(param)} ${format(problem, errorLang(), { value: n })}`);
  return n;
}

/** One required number (a one-cell range is accepted), optionally checked. */
export function numberArg(fn: string, param: Place, v: Arg, check?: NumberCheck): number {
  return checked(fn, param, cellNumber(fn, param, singleCell(fn, param, v), ''), check);
}

/**
 * An optional number (a one-cell range is accepted): `fallback` when left out or blank (also a
 * range of blank cells), else the number, optionally checked. The fallback is not checked.
 */
export function optionalNumberArg(fn: string, param: string, v: Arg, fallback: number, check?: NumberCheck): number {
  if (isMissing(v)) return fallback;
  const c = singleCell(fn, param, v);
  return blank(c) ? fallback : checked(fn, param, cellNumber(fn, param, c, ''), check);
}

/** An optional single day. */
export function optionalDay(fn: string, param: string, v: Arg): DayNumber | undefined {
  if (isMissing(v)) return undefined;
  return cellDay(fn, param, singleCell(fn, param, v, 'date'), '');
}

/**
 * Fails unless the given lists (absent ones skipped) have the same length, naming the first one,
 * or with `broadcast`, the longest one, which lists of one cell may then be short of. Returns that length.
 */
export function sameSize(fn: string, names: readonly string[], lists: readonly (readonly unknown[] | null | undefined)[], broadcast = false): number {
  const lengths = lists.map((l) => (l ? l.length : -1));
  const ref = broadcast ? lengths.indexOf(Math.max(...lengths)) : lengths.findIndex((n) => n >= 0);
  if (ref < 0) return 0;
  const n = lengths[ref];
  lengths.forEach((len, i) => {
    if (len >= 0 && len !== n && !(broadcast && len === 1)) failWith(fn, ARG_ERRORS.sizes, { param: names[i], count: len, other: names[ref], otherCount: n });
  });
  return n;
}

/**
 * Flattened columns of equal length (`undefined` for a left-out optional one). The first
 * `required` columns (default the first one) must be given: a left-out one is "is required".
 */
export function columns(fn: string, names: readonly string[], args: readonly Arg[], required = 1): (Cell[] | undefined)[] {
  const lists = args.map((a) => (isMissing(a) && !Array.isArray(a) ? undefined : cells(a)));
  for (let i = 0; i < required && i < lists.length; i++) if (lists[i] === undefined) failWith(fn, ARG_ERRORS.required, { param: names[i], place: '' });
  sameSize(fn, names, lists);
  return lists;
}

/**
 * Indexes of the rows where at least one of the (equally long) columns is not blank; absent
 * columns are skipped. The first column gives the row count and must be present.
 */
export function filledRows(lists: readonly (readonly Cell[] | undefined)[]): number[] {
  const n = lists[0]!.length;
  const out: number[] = [];
  for (let i = 0; i < n; i++) if (!lists.every((l) => !l || blank(l[i]))) out.push(i);
  return out;
}

/**
 * Element-wise map over arguments that may be single values or equally long columns:
 * returns a single value when all are scalars, else a column (`[[v1],[v2],...]`).
 * Scalars broadcast. Rows where every argument is blank give a blank result so a formula
 * over a whole column (`A2:A`) leaves empty rows empty.
 */
export function mapRows(fn: string, names: string[], args: Arg[], compute: (values: Cell[], row: number) => number | string): number | string | (number | string)[][] {
  const lists = args.map((a) => (Array.isArray(a) ? cells(a) : null));
  if (lists.every((l) => l === null)) return finiteResult(fn, compute(args as Cell[], 0), '');
  const n = sameSize(fn, names, lists);
  const out: (number | string)[][] = [];
  for (let r = 0; r < n; r++) {
    const values = args.map((a, i) => (lists[i] ? lists[i]![r] : (a as Cell)));
    const rangeValues = values.filter((_, i) => lists[i]);
    if (rangeValues.every(isEmptyCell)) {
      out.push(['']);
      continue;
    }
    out.push([finiteResult(fn, compute(values, r + 1), () => placeOf(r, args))]);
  }
  return out;
}

/**
 * Runs `compute` and turns a core {@link KpiInputError} into the function's message, adding
 * `place` (or, when the core names a list position, the place of that position).
 */
export function guard<T>(fn: string, place: Place, compute: () => T, placeOfIndex?: (index: number) => string): T {
  try {
    return compute();
  } catch (e) {
    if (isKpiInputError(e)) fail(fn, `${e.param} ${format(e.problem, errorLang(), e.values)}${e.index !== undefined && placeOfIndex ? placeOfIndex(e.index) : placeText(place)}`);
    throw e;
  }
}

/** The parameter names a {@link rowFunction} reads, the value each optional one defaults to, and the formula it calls. */
export interface RowFunctionParams {
  names: readonly string[];
  defaults: readonly (number | undefined)[];
  formula: (...values: number[]) => number;
}

/**
 * A custom function over per-row numbers: each argument a value or a column, computed row by row
 * (see `mapRows`); `defaults` gives optional parameters' values when left out or blank.
 * The returned function carries its `rowParams` so the registry test can check them against the spec.
 */
export function rowFunction(fn: string, names: string[], defaults: (number | undefined)[], formula: (...values: number[]) => number) {
  const run = (...args: Arg[]) => {
    const padded = names.map((_, i) => args[i]);
    return mapRows(fn, names, padded, (values: Cell[], row: number) => {
      const place = row === 0 ? '' : () => placeOf(row - 1, padded);
      const numbers = values.map((c, i) => cellNumber(fn, names[i], c, place, defaults[i]));
      return guard(fn, place, () => formula(...numbers));
    });
  };
  const rowParams: RowFunctionParams = { names, defaults, formula };
  return Object.assign(run, { rowParams });
}

/** Cell value as text (ids, channels), trimmed; Dates as ISO day. */
export function textOf(c: Cell): string {
  if (c === null || c === undefined) return '';
  if (c instanceof Date) return c.toISOString().slice(0, 10);
  if (typeof c === 'number') return String(c);
  return String(c).trim();
}

/** The sheet's language for text results: an explicit language argument, else the spreadsheet locale, else English. */
export function resultLang(fn: string, v: Arg): Lang {
  if (!isMissing(v)) {
    refuseErrorCell(fn, 'language', cells(v)[0], '');
    const text = String(cells(v)[0]).trim();
    const lang = langFromLocale(text);
    if (lang === 'en' && !/^en/i.test(text)) failWith(fn, ARG_ERRORS.language, { value: text });
    return lang;
  }
  // Outside Sheets (Node tests) or without a readable locale: null, which is English.
  return langFromLocale(spreadsheetLocale());
}

export { isDate } from '../core/days';
