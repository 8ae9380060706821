import type { DayNumber } from '../types';
import { isBlank } from './cells';
import { amountSource, consentFlags, detectColumns, shapeOf, type Detection } from './detectColumns';
import { matchHeader } from './headers/match';
import { normalizeHeader, splitCamel } from './headers/normalize';
import { buildResult, type ReadResult } from './finish';
import { message } from './message';
import { readRows, RowReader } from './readRows';
import { ROLES, type Role } from './roles';
import { mergeReadStates } from './merge';
import type { ReadError, ReadState } from './state';
import { unpackTransfer } from './transfer';

/** Options of a read. Everything but `zoneOffsetMinutes` is kept in the state. */
export interface ReadOptions {
  /** The user's corrections: role → column index (0-based), or null to drop a detected role. */
  mapping?: Partial<Record<Role, number | null>>;
  /** "Today" of the analysis: orders after it are reported as future dates and left out. */
  analysisDay?: DayNumber;
  /** Day/month order to use when the data cannot decide it. */
  dateOrder?: 'dmy' | 'mdy' | 'ymd';
  /** Decimal separator to use for money columns, overriding the data. */
  decimal?: '.' | ',';
  /** Sheet time zone offset (minutes east of UTC) at an instant, for `Date` cells. */
  zoneOffsetMinutes?: (d: Date) => number;
  /** Sheet row number of `values[0]`; default 1. */
  firstSheetRow?: number;
}

/** Applies the user's column choices on top of the detection. */
function applyMapping(det: Detection, mapping: ReadOptions['mapping'], errors: ReadError[]): Detection {
  if (!mapping) return det;
  const roles = { ...det.roles };
  const columns = det.columns.map((c) => ({ ...c }));
  for (const role of ROLES) {
    if (!(role in mapping)) continue;
    const col = mapping[role];
    const prev = roles[role];
    if (prev !== undefined) {
      delete roles[role];
      columns[prev] = { ...columns[prev], role: null, confidence: 0, reason: message('reasonNoRole', { header: columns[prev].header }) };
    }
    if (col === null || col === undefined) continue;
    if (!Number.isInteger(col) || col < 0 || col >= det.width) {
      errors.push({ ...message('mappingOutOfRange', { role, column: Number(col) + 1, width: det.width }), column: null, header: null, rows: [] });
      continue;
    }
    const other = columns[col].role;
    if (other) delete roles[other];
    roles[role] = col;
    columns[col] = { ...columns[col], role, confidence: 1, reason: message('reasonUserMapping', { header: columns[col].header }) };
  }
  const headers = columns.map((c) => c.header);
  const normalized = headers.map((h) => normalizeHeader(splitCamel(h)));
  return { ...det, roles, columns, amountFrom: amountSource(roles), ...shapeOf(roles, headers), ...consentFlags(det.exportFormat, roles, normalized) };
}

/** Problems visible from the detection alone; `amountChosen`: the user set the amount column (or chose none). */
function structuralErrors(det: Detection, amountChosen: boolean): ReadError[] {
  const headers = det.columns.map((c) => `“${c.header}”`).join(', ');
  const e = (key: 'noColumns' | 'noCustomerId' | 'noOrderDate' | 'noLastOrderDate'): ReadError => ({ ...message(key, { headers }), column: null, header: null, rows: [] });
  if (Object.keys(det.roles).length === 0) return [e('noColumns')];
  const out: ReadError[] = [];
  if (det.roles.customerId === undefined) out.push(e('noCustomerId'));
  if (det.shape === 'transactions' && det.roles.orderDate === undefined) out.push(e('noOrderDate'));
  // A column headed like the amount whose values are not amounts would silently make all spend 0.
  if (det.shape === 'transactions' && det.amountFrom === 'none' && !amountChosen) {
    const amountLike = det.columns.find((c) => c.role === null && c.header !== '' && matchHeader(normalizeHeader(splitCamel(c.header)))[0]?.role === 'amount');
    if (amountLike) out.push({ ...message('amountHeaderNotAmounts', { header: amountLike.header }), column: amountLike.index, header: amountLike.header, rows: [] });
  }
  if (det.shape === 'customers' && det.roles.lastOrderDate === undefined) out.push(e('noLastOrderDate'));
  return out;
}

/**
 * Starts reading a sheet: detects the columns from the header and the rows given (pass at least the
 * header and the first `DETECTION_SAMPLE_ROWS` rows) and reads those rows.
 * Further rows go through {@link readChunk}; {@link finishRead} gives the result.
 * The state is plain JSON, so it can be returned from one Apps Script call and passed to the next.
 */
export function startRead(headerAndFirstRows: readonly unknown[][], options: ReadOptions = {}): ReadState {
  return finishStarted(startReading(headerAndFirstRows, options));
}

/** The first rows read ({@link startReading}): the reader, to read on into, and the structural errors found. */
export interface StartedRead {
  readonly reader: RowReader;
  readonly errors: readonly ReadError[];
}

/**
 * {@link startRead} with the reader kept open: a file read in batches (the CLI) reads its later
 * rows into the same reader, then {@link finishStarted} gives the state {@link startRead} and
 * {@link readChunk} would have merged. One reader, not one for the sample and one for the rest:
 * the second reader's objects are new to the code optimized on the first's, which V8 then threw
 * away and optimized again (with the fields of Reader and RowReader given from the start, the CLI's
 * rfm on Online Retail's 541,909 lines went from 0.66 to 0.62 s).
 */
export function startReading(headerAndFirstRows: readonly unknown[][], options: ReadOptions = {}): StartedRead {
  const first = options.firstSheetRow ?? 1;
  const values = Array.isArray(headerAndFirstRows) ? headerAndFirstRows.map((r) => (Array.isArray(r) ? r : [r])) : [];
  const errors: ReadError[] = [];
  const empty = !values.some((row) => row.some((v) => !isBlank(v)));
  let det = detectColumns(empty ? [] : values);
  det = applyMapping(det, options.mapping, errors);
  if (empty) errors.push({ ...message('emptySheet'), column: null, header: null, rows: [] });
  else errors.push(...structuralErrors(det, Boolean(options.mapping && 'amount' in options.mapping)));
  const stored = { analysisDay: options.analysisDay ?? null, dateOrder: options.dateOrder ?? null, decimal: options.decimal ?? null };
  const dataStart = det.headerRow + 1;
  const reader = new RowReader(det, stored, options.zoneOffsetMinutes);
  reader.read(empty ? [] : values.slice(dataStart), first + dataStart);
  return { reader, errors };
}

/** The state of a {@link startReading} and the rows read into its reader since (the reader is not used after). */
export function finishStarted(started: StartedRead): ReadState {
  const state = started.reader.finish();
  state.errors = [...started.errors];
  return state;
}

/**
 * The state of a read before any data row: the detection, options and structural errors of
 * `started`, without its rows. A run read in chunks starts from it, so each chunk reads only its own
 * rows and the sample rows are not counted twice.
 */
export function withoutRows(started: ReadState): ReadState {
  return { ...readRows(started.detection, started.options, [], 1), errors: started.errors };
}

/**
 * Reads more data rows of the same sheet. `firstSheetRow` is the sheet row number of `rows[0]`.
 * Chunks may come in any order; the result of {@link finishRead} is the same.
 */
export function readChunk(state: ReadState, rows: readonly unknown[][], firstSheetRow: number, options: Pick<ReadOptions, 'zoneOffsetMinutes'> = {}): ReadState {
  return mergeReadStates(state, readRows(state.detection, state.options, rows, firstSheetRow, options.zoneOffsetMinutes));
}

/**
 * Reads rows of the same sheet into a separate partial state, for chunks read in parallel
 * (each its own Apps Script call): merge the parts with `mergeReadStates` in any order.
 */
export function readPart(state: Pick<ReadState, 'detection' | 'options'>, rows: readonly unknown[][], firstSheetRow: number, options: Pick<ReadOptions, 'zoneOffsetMinutes'> = {}): ReadState {
  return readRows(state.detection, state.options, rows, firstSheetRow, options.zoneOffsetMinutes);
}

/** Finishes a read: column-wide decisions, orders, customers and the quality report (pure: the state is not changed). */
export function finishRead(packed: ReadState): ReadResult {
  const state = unpackTransfer(packed);
  if (state.rowsRead === 0 && !state.errors.some((e) => e.key === 'emptySheet')) {
    const headerRow = state.detection.headerRow;
    const withError: ReadState = {
      ...state,
      errors: [...state.errors, { ...message('headerOnly', { row: headerRow + 1 }), column: null, header: null, rows: [] }],
    };
    return buildResult(withError);
  }
  return buildResult(state);
}

/**
 * Reads a whole sheet in one go: the one-chunk case of startRead → finishRead.
 * @example readOrders([['Customer', 'Date', 'Amount'], ['A', '2024-03-05', 'NT$1,234']]).orders
 * // [{ row: 2, customerId: 'A', day: 19787, amount: 1234 }]
 */
export function readOrders(values: readonly unknown[][], options: ReadOptions = {}): ReadResult {
  return finishRead(startRead(values, options));
}
