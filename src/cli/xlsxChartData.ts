import { type Block, type ChartSpec, isDayCell, type ReportCell, type TabSpec } from '../core/report/tabSpec';
import { numberPattern } from '../core/report/numberPattern';
import { columnName, fitToCell } from './sheetXml';

/**
 * What a chart of a tab plots, as the .xlsx holds it: each series as a formula over the tab's cells
 * (ECMA-376 Part 1 §21.2.2 `f`, inside `numRef` or `strRef`) and the values those cells hold, for
 * the caches (`numCache`, `strCache`) that
 * viewers which do not recalculate draw from. The cells are read the way xlsxWriter.ts writes
 * them: a text column's numbers are text, dates are serial numbers, long text is cut.
 */

/** Cells of one column: a formula such as `'Segment summary'!$C$2:$C$11` and the value of each cell (null: blank). */
export type CellRange = { kind: 'text'; formula: string; points: (string | null)[] } | { kind: 'number'; formula: string; formatCode: string; points: (number | null)[] };

export interface SeriesData {
  /** The header cell naming the series; absent when the block has no header row. */
  name?: { formula: string; text: string };
  values: CellRange & { kind: 'number' };
}

export interface ChartData {
  type: ChartSpec['type'];
  title: string;
  stacked: boolean;
  /** The first column of the spec: the categories (or the slices of a pie). */
  categories: CellRange;
  /** The other columns of the spec; a pie has one. */
  series: SeriesData[];
}

/** Excel's serial day of a day number (days since 1970-01-01): days since 1899-12-30. */
const SERIAL_OF_DAY_0 = 25_569;
/** exceljs' number format for a date cell written without one. */
const DEFAULT_DATE_FORMAT = 'mm-dd-yy';

/** A sheet name in a formula: always quoted, quotes doubled (`'Bob''s shop'`). */
function sheetReference(sheetName: string): string {
  return `'${sheetName.replace(/'/g, "''")}'`;
}

/** `$C$2:$C$11` (or `$C$1` for one cell) on the sheet: an absolute reference, as Excel writes chart formulas. */
function rangeFormula(sheetName: string, column: number, first: number, last: number): string {
  const col = columnName(column);
  return `${sheetReference(sheetName)}!$${col}$${first}${last > first ? `:$${col}$${last}` : ''}`;
}

/** The value a cell of a block holds once written: text, a number (dates as serial days) or nothing. */
function writtenValue(v: ReportCell | undefined, textColumn: boolean): string | number | null {
  if (v === null || v === undefined || typeof v === 'boolean') return null;
  if (isDayCell(v)) return SERIAL_OF_DAY_0 + v.day;
  if (typeof v === 'number') return textColumn ? String(v) : Number.isFinite(v) ? v : null;
  return v === '' ? null : fitToCell(v);
}

/** The number format of a body column, as the writer sets it. */
function columnFormat(block: Block, c: number, currency: string): string {
  const format = block.formats?.[c];
  if (format && format !== 'text') return numberPattern(format, currency);
  return block.values.some((row, r) => r > 0 && isDayCell(row[c])) ? DEFAULT_DATE_FORMAT : 'General';
}

function bodyRange(sheetName: string, block: Block, c: number, currency: string, forceNumber: boolean): CellRange {
  const first = block.row + (block.header ? 1 : 0);
  const body = block.values.slice(block.header ? 1 : 0);
  const textColumn = block.formats?.[c] === 'text';
  const values = body.map((row) => writtenValue(row[c], textColumn));
  const formula = rangeFormula(sheetName, block.col + c, first, first + body.length - 1);
  if (forceNumber || values.every((v) => typeof v !== 'string')) {
    return { kind: 'number', formula, formatCode: columnFormat(block, c, currency), points: values.map((v) => (typeof v === 'number' ? v : null)) };
  }
  return { kind: 'text', formula, points: values.map((v) => (v === null ? null : String(v))) };
}

/**
 * The data of one chart spec of a tab written on the sheet `sheetName`, or null when there is
 * nothing to plot (no such block, no body row, no series): the Sheets writer skips those too.
 */
export function chartData(tab: TabSpec, spec: ChartSpec, sheetName: string, currency: string): ChartData | null {
  const block = tab.blocks[spec.block];
  const [categoryColumn, ...valueColumns] = spec.columns;
  if (!block || block.values.length < (block.header ? 2 : 1) || categoryColumn === undefined || valueColumns.length === 0) return null;
  const header = block.header ? block.values[0] : undefined;
  const series = (spec.type === 'pie' ? valueColumns.slice(0, 1) : valueColumns).map((c): SeriesData => {
    const values = bodyRange(sheetName, block, c, currency, true) as SeriesData['values'];
    const text = header ? writtenValue(header[c], false) : null;
    return text === null ? { values } : { name: { formula: rangeFormula(sheetName, block.col + c, block.row, block.row), text: String(text) }, values };
  });
  return { type: spec.type, title: spec.title, stacked: spec.stacked === true, categories: bodyRange(sheetName, block, categoryColumn, currency, false), series };
}
