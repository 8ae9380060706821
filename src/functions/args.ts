/**
 * Turning what Sheets passes to a custom function into clean values, with messages that name
 * the function, the parameter and the row, in the form Sheets shows on hover of `#ERROR!`.
 *
 * Sheets passes a single cell as its value and a range as a 2-D array; blanks arrive as `""`,
 * error cells as their text (`#N/A`), percentages as fractions, dates as `Date` objects.
 */

/** A cell value as Sheets passes it. */
export type Cell = string | number | boolean | Date | null | undefined;
/** A custom-function argument: a cell value or a 2-D range. */
export type Arg = Cell | Cell[][];

/** An error whose message is shown in the cell. */
export function fail(fn: string, message: string): never {
  throw new Error(`${fn}: ${message}`);
}

export function isRange(arg: unknown): arg is Cell[][] {
  return Array.isArray(arg);
}

/** True when the argument was left out or is an empty cell. */
export function isMissing(arg: unknown): boolean {
  return arg === undefined || arg === null || arg === '' || (Array.isArray(arg) && arg.every((r) => Array.isArray(r) && r.every((c) => c === '' || c === null || c === undefined)));
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

const ERROR_TEXT = /^#(N\/A|REF!|VALUE!|DIV\/0!|NUM!|NAME\?|NULL!|ERROR!)/;

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

/** Describes where a value sits: "row 7" for a column, "row 7, column 2" for a block, "" for a single value. */
export function where(index: number, arg: Arg): string {
  if (!Array.isArray(arg)) return '';
  const width = Array.isArray(arg[0]) ? arg[0].length : 1;
  const row = Math.floor(index / width) + 1;
  const col = (index % width) + 1;
  return width === 1 ? ` (row ${row} of the range)` : ` (row ${row}, column ${col} of the range)`;
}

/**
 * Where a value sits, for messages: text, or a function that builds it only when a message is
 * needed (building " (row 9,999 of the range)" for every healthy row costs more than the math).
 */
export type Place = string | (() => string);

export function placeText(place: Place): string {
  return typeof place === 'function' ? place() : place;
}

/** True for an empty cell. */
export function blank(c: Cell): boolean {
  return c === '' || c === null || c === undefined || (typeof c === 'string' && c.trim() === '');
}

/** One number from a cell; blank gives `fallback` when given, else "is required". */
export function cellNumber(fn: string, param: string, c: Cell, place: Place, fallback?: number): number {
  if (blank(c)) {
    if (fallback !== undefined) return fallback;
    fail(fn, `${param} is required${placeText(place)}`);
  }
  if (isErrorText(c)) fail(fn, `${param} is an error cell (${c})${placeText(place)}`);
  const n = toNumber(c);
  if (n === null) fail(fn, `${param} must be a number, got "${String(c)}"${placeText(place)}`);
  return n;
}

/** One required number (a one-cell range is accepted), optionally checked. */
export function numberArg(fn: string, param: string, v: Arg, check?: (n: number) => string | null): number {
  if (Array.isArray(v)) {
    const flat = cells(v);
    if (flat.length !== 1) fail(fn, `${param} must be a single value, got a range of ${flat.length} cells`);
    v = flat[0];
  }
  const n = cellNumber(fn, param, v, '');
  const problem = check?.(n);
  if (problem) fail(fn, `${param} ${problem}`);
  return n;
}

/** An optional number with a default. */
export function optionalNumberArg(fn: string, param: string, v: Arg, fallback: number, check?: (n: number) => string | null): number {
  return isMissing(v) ? fallback : numberArg(fn, param, v, check);
}

/**
 * Numbers of a range (or one value), in order. Blank cells are skipped when `skipBlanks`,
 * otherwise reported. Every other non-number is reported with its row.
 */
export function numbersArg(fn: string, param: string, v: Arg, opts: { skipBlanks?: boolean; check?: (n: number) => string | null } = {}): number[] {
  const flat = cells(v);
  const out: number[] = [];
  flat.forEach((c, i) => {
    if (c === '' || c === null || c === undefined) {
      if (opts.skipBlanks) return;
      fail(fn, `${param} is empty${where(i, v)}`);
    }
    if (isErrorText(c)) fail(fn, `${param} is an error cell ${c}${where(i, v)}`);
    const n = toNumber(c);
    if (n === null) fail(fn, `${param} must be a number, got "${String(c)}"${where(i, v)}`);
    const problem = opts.check?.(n);
    if (problem) fail(fn, `${param} ${problem}${where(i, v)}`);
    out.push(n);
  });
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
  const lengths = lists.filter((l): l is Cell[] => l !== null).map((l) => l.length);
  if (lengths.length === 0) return compute(args as Cell[], 0);
  const n = lengths[0];
  lists.forEach((l, i) => {
    if (l && l.length !== n) fail(fn, `${names[i]} has ${l.length} cells but ${names[lists.findIndex((x) => x !== null)]} has ${n}; use ranges of the same size`);
  });
  const out: (number | string)[][] = [];
  for (let r = 0; r < n; r++) {
    const values = args.map((a, i) => (lists[i] ? lists[i]![r] : (a as Cell)));
    const rangeValues = values.filter((_, i) => lists[i]);
    if (rangeValues.every((c) => c === '' || c === null || c === undefined)) {
      out.push(['']);
      continue;
    }
    out.push([compute(values, r + 1)]);
  }
  return out;
}

/** Cell value as text (ids, channels), trimmed; Dates as ISO day. */
export function textOf(c: Cell): string {
  if (c === null || c === undefined) return '';
  if (c instanceof Date) return c.toISOString().slice(0, 10);
  if (typeof c === 'number') return String(c);
  return String(c).trim();
}

export { isDate } from '../core/days';
