import type { DayNumber } from '../types';

/**
 * An output tab described as data: blocks of values with formats, charts and colour scales.
 * The sheet writer (`src/sheets/writeTab.ts`) and the .xlsx writer of the demo both render
 * these, so the demo workbook matches what the add-on writes.
 */

/** A calendar date in a block; writers turn it into a date cell. */
export interface DayCell {
  day: DayNumber;
}
export type ReportCell = string | number | boolean | null | DayCell;

export function isDayCell(v: unknown): v is DayCell {
  return typeof v === 'object' && v !== null && typeof (v as DayCell).day === 'number';
}

export type NumberFormat = 'integer' | 'decimal' | 'money' | 'percent' | 'date' | 'text';

export interface Block {
  /** 1-based top-left position on the tab. */
  row: number;
  col: number;
  values: ReportCell[][];
  /** The first row is a header (bold, frozen when the block is at row 1). */
  header?: boolean;
  /** A title line written above the block (at row - 1). */
  title?: string;
  /** Format per column of the block (index into the row). */
  formats?: Partial<Record<number, NumberFormat>>;
  /** Add a filter over the block (Segments tab). */
  filter?: boolean;
  /** Colour scale over the body of the block (the R×F grid). */
  colourScale?: boolean;
  /** Wrap text in these columns. */
  wrapColumns?: number[];
}

export interface ChartSpec {
  type: 'bar' | 'column' | 'line' | 'pie';
  title: string;
  /** The data range: the block's header row plus its body, given by block index and columns. */
  block: number;
  columns: number[];
  /** Where the chart's top-left sits (1-based row and column). */
  anchor: { row: number; col: number };
  /** Bar/column series stacked in one bar per category (where a previous segment's customers went). */
  stacked?: boolean;
}

export type TabKind = 'segments' | 'summary' | 'campaigns' | 'personas' | 'kpis' | 'quality' | 'history' | 'movement' | 'model' | 'products' | 'timing';

export interface TabSpec {
  kind: TabKind;
  name: string;
  blocks: Block[];
  charts?: ChartSpec[];
  frozenRows?: number;
  columnWidths?: Record<number, number>;
  /** One format per body row of one column of a block (a KPI list mixes money, % and counts). */
  rowFormats?: { block: number; column: number; formats: NumberFormat[] };
}

/** Rows × columns a tab needs. */
export function tabExtent(tab: TabSpec): { rows: number; cols: number } {
  let rows = 1;
  let cols = 1;
  for (const b of tab.blocks) {
    const width = b.values.reduce((m, r) => Math.max(m, r.length), 0);
    rows = Math.max(rows, b.row - 1 + b.values.length);
    cols = Math.max(cols, b.col - 1 + width);
  }
  for (const c of tab.charts ?? []) {
    rows = Math.max(rows, c.anchor.row + 20);
    cols = Math.max(cols, c.anchor.col + 6);
  }
  return { rows, cols };
}
