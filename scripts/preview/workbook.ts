/** The fake workbook as the preview's grid shows it: names, the first rows as display text, charts. */
import type { FakeSheet, FakeSpreadsheet } from '../../test/harness';
import type { RecordedChart } from '../../test/harness/fakeSpreadsheet';
import { parseA1 } from '../../test/harness/a1';
import { columnLetter } from '../../src/core/parse/cells';
import { chartShapes, CHART_HEIGHT, CHART_WIDTH, type ChartData, type Shape } from './charts';

export interface GridCell {
  text: string;
  num: boolean;
  bold?: boolean;
  background?: string;
  wrap?: boolean;
}

export interface SheetView {
  name: string;
  id: number;
  hidden: boolean;
  rows: number;
  cols: number;
  frozenRows: number;
  letters: string[];
  /** Pixel width of each shown column: the tab's own, else Sheets' default 100. */
  widths: number[];
  values: GridCell[][];
  charts: ChartView[];
}

/** An embedded chart as drawn over the grid: its top-left cell (1-based) and its shapes. */
export interface ChartView {
  type: string;
  title: string;
  row: number;
  col: number;
  width: number;
  height: number;
  shapes: Shape[];
}

/** Rows and columns a chart covers past its anchor (Sheets' 600 × 371 px over 100 × 21 px cells). */
const CHART_ROWS = 18;
const CHART_COLS = 6;

const pad = (n: number) => String(n).padStart(2, '0');

/** A cell as Sheets would display it, close enough for a preview (the number format's decimals, %, dates). */
export function displayCell(v: unknown, format: string | null): GridCell {
  if (v === undefined || v === null || v === '') return { text: '', num: false };
  if (Object.prototype.toString.call(v) === '[object Date]') {
    const d = v as Date;
    const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
    const withTime = format ? /h/i.test(format) : d.getUTCHours() + d.getUTCMinutes() > 0;
    return { text: withTime ? `${day} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}` : day, num: true };
  }
  if (typeof v === 'number') {
    const f = format ?? '';
    const decimals = (/0\.(0+)/.exec(f)?.[1].length) ?? (Number.isInteger(v) ? 0 : 2);
    if (f.includes('%')) return { text: `${(v * 100).toFixed(decimals)}%`, num: true };
    const text = v.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: f.includes(',') });
    return { text, num: true };
  }
  return { text: String(v), num: false };
}

/** A recorded chart's data as Sheets reads it: the first range is the categories, the others the series, each with one header row. */
export function chartData(sheet: FakeSheet, chart: RecordedChart): ChartData {
  const cells = chart.ranges.map((a1) => {
    const r = parseA1(a1, sheet.getLastRow(), sheet.getLastColumn());
    return Array.from({ length: r.rows }, (_, i) => ({ value: sheet.data[r.row - 1 + i]?.[r.col - 1], format: sheet.formatAt(r.row + i, r.col, 'numberFormat') }));
  });
  const fmt = (f: unknown) => (typeof f === 'string' ? f : null);
  const [categories = [], ...series] = cells;
  return {
    type: chart.type,
    title: String(chart.options.setTitle ?? chart.options.title ?? ''),
    labels: categories.slice(1).map((c) => displayCell(c.value, fmt(c.format)).text),
    series: series.map((col) => ({
      name: String(col[0]?.value ?? ''),
      values: col.slice(1).map((c) => (typeof c.value === 'number' ? c.value : null)),
      percent: col.slice(1).some((c) => fmt(c.format)?.includes('%') ?? false),
    })),
  };
}

function chartView(sheet: FakeSheet, chart: RecordedChart): ChartView {
  const [row = 1, col = 1] = (chart.position ?? []) as number[];
  const data = chartData(sheet, chart);
  return { type: data.type, title: data.title, row, col, width: CHART_WIDTH, height: CHART_HEIGHT, shapes: chartShapes(data) };
}

export function sheetView(sheet: FakeSheet, maxRows = 200, maxCols = 30): SheetView {
  const charts = sheet.charts.map((ch) => chartView(sheet, ch));
  // Empty cells under the charts too, so each sits over the grid where Sheets puts it.
  const rows = Math.max(sheet.getLastRow(), ...charts.map((c) => c.row + CHART_ROWS));
  const cols = Math.min(Math.max(sheet.getLastColumn(), ...charts.map((c) => c.col + CHART_COLS)), maxCols);
  const values: GridCell[][] = [];
  for (let r = 0; r < Math.min(rows, maxRows); r++) {
    const row: GridCell[] = [];
    for (let c = 0; c < cols; c++) {
      const f = sheet.formatAt(r + 1, c + 1, 'numberFormat');
      const cell = displayCell(sheet.data[r]?.[c], typeof f === 'string' ? f : null);
      if (cell.text !== '') {
        const background = sheet.formatAt(r + 1, c + 1, 'background');
        if (sheet.formatAt(r + 1, c + 1, 'fontWeight') === 'bold') cell.bold = true;
        if (typeof background === 'string') cell.background = background;
        if (sheet.formatAt(r + 1, c + 1, 'wrap') === true) cell.wrap = true;
      }
      row.push(cell);
    }
    values.push(row);
  }
  return {
    name: sheet.name,
    id: sheet.id,
    hidden: sheet.hidden,
    rows: sheet.getLastRow(),
    cols: sheet.getLastColumn(),
    frozenRows: sheet.frozenRows,
    letters: Array.from({ length: cols }, (_, i) => columnLetter(i)),
    widths: Array.from({ length: cols }, (_, i) => sheet.columnWidths.get(i + 1) ?? 100),
    values,
    charts,
  };
}

export function workbookView(book: FakeSpreadsheet): { name: string; active: string; sheets: SheetView[] } {
  return { name: book.name, active: book.getActiveSheet().name, sheets: book.sheets.map((s) => sheetView(s)) };
}
