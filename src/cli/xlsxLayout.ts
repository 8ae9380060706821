import { type Block, type ChartSpec, isDayCell, type NumberFormat, type ReportCell, type TabSpec } from '../core/report/tabSpec';
import { moneyStyle } from '../core/report/numberPattern';

/**
 * The grid of a tab in the .xlsx: column widths from what the cells show, row heights that fit
 * wrapped text, and where a chart's corners fall on that grid. Excel does not measure text when it
 * opens a file, so the writer must: a width is in characters of the default font's digit width
 * (ECMA-376 Part 1 §18.3.1 `col`, the `width` attribute), a height in points (`row`, `ht`).
 * Text is measured in characters, East Asian wide characters counting two.
 */

export interface TabLayout {
  /** Width of each column (1-based) that is not the default, in characters. */
  widths: Map<number, number>;
  /** Height in points of each row (1-based) whose wrapped text takes more than one line. */
  heights: Map<number, number>;
}

/** Excel's default column: 8.43 characters, 64 pixels. */
const DEFAULT_WIDTH = 8.43;
const DEFAULT_WIDTH_PX = 64;
/** The widest a column gets from its content; a wrapped column gets less, so its text wraps into lines one can read. */
const MAX_WIDTH = 50;
const MAX_WRAP_WIDTH = 40;
/** Room beside the text: the cell's margins, and the header's bold. */
const PADDING = 2;
const BOLD = 1;
/** A filter's drop-down button in the header cell. */
const FILTER_BUTTON = 2;
/** Height of a line of the default font (Calibri 11), and the tallest row Excel allows, in points. */
const LINE_POINTS = 15;
const MAX_ROW_POINTS = 409;
/** Pixels of a character of width (the default font's digit), at 96 dpi; a point is 4/3 of a pixel. */
const PX_PER_CHARACTER = 7;

/** East Asian wide and fullwidth characters (Hangul Jamo, CJK, kana, Hangul, fullwidth forms): two columns each. */
const WIDE = '\\u1100-\\u115f\\u2e80-\\u303e\\u3041-\\u33ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\ua000-\\ua4cf\\uac00-\\ud7a3\\uf900-\\ufaff\\ufe30-\\ufe4f\\uff00-\\uff60\\uffe0-\\uffe6';
const WIDE_CHARACTER = new RegExp(`[${WIDE}]`);
const NARROW_ONLY = /^[^\u1100-\uffff]*$/;
/** Where a line may break: after spaces, and around each wide character (CJK text has no spaces). */
const WRAP_TOKENS = new RegExp(`[${WIDE}]\\s*|[^\\s${WIDE}]+\\s*|\\s+`, 'g');

/** Columns a line of text takes. */
export function textWidth(s: string): number {
  if (NARROW_ONLY.test(s)) return s.length;
  let width = 0;
  for (const ch of s) width += WIDE_CHARACTER.test(ch) || (ch.codePointAt(0) ?? 0) >= 0x20000 ? 2 : 1;
  return width;
}

/** Characters of a number with thousands separators and `decimals` decimals. */
function groupedLength(v: number, decimals: number): number {
  const fixed = Math.abs(v).toFixed(decimals);
  const point = fixed.indexOf('.');
  const digits = point < 0 ? fixed.length : point;
  return fixed.length + Math.floor((digits - 1) / 3) + (v < 0 ? 1 : 0);
}

/** How wide a cell of a column in `format` shows a number. */
function numberMeasure(format: NumberFormat | undefined, currency: string): (v: number) => number {
  switch (format) {
    case 'integer':
      return (v) => groupedLength(v, 0);
    case 'decimal':
      return (v) => groupedLength(v, 2);
    case 'money': {
      const style = moneyStyle(currency);
      const marks = style ? textWidth(style.prefix + style.suffix) : 0;
      return (v) => groupedLength(v, style ? style.decimals : 2) + marks;
    }
    case 'percent':
      return (v) => (v * 100).toFixed(1).length + 1;
    case 'date':
      return () => 10;
    case 'text':
      return (v) => String(v).length;
    default:
      // "General" shows at most 11 characters, rounding or switching to 1.2E+15 past that.
      return (v) => Math.min(String(v).length, 11);
  }
}

/** Columns the widest line of a cell takes as shown. */
function shownWidth(v: ReportCell | undefined, number: (v: number) => number): number {
  if (v === null || v === undefined) return 0;
  if (typeof v === 'number') return number(v);
  if (typeof v === 'boolean') return 5;
  if (isDayCell(v)) return 10;
  return v.includes('\n') ? Math.max(...v.split('\n').map(textWidth)) : textWidth(v);
}

/** Lines a text takes in a column `width` characters wide, breaking between words as a spreadsheet does. */
export function lineCount(text: string, width: number): number {
  const room = Math.max(1, width - 1);
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    lines++;
    let used = 0;
    for (const token of paragraph.match(WRAP_TOKENS) ?? []) {
      const word = textWidth(token.trimEnd());
      if (used > 0 && used + word > room) {
        lines++;
        used = 0;
      }
      // A word longer than the line is broken over lines.
      const overflow = Math.max(0, Math.ceil((used + word) / room) - 1);
      lines += overflow;
      used = used + word - overflow * room + (token.length - token.trimEnd().length);
    }
  }
  return lines;
}

const blockWidth = (b: Block) => b.values.reduce((m, r) => Math.max(m, r.length), 0);
/** A block of one column without a header holds sentences that spill into the empty cells on their right, as in Sheets: they set no width. */
const spills = (b: Block) => !b.header && blockWidth(b) === 1;

/** The number format of each body row of a block's column: the column's, or the tab's per-row formats. */
function rowFormat(tab: TabSpec, blockIndex: number, c: number): (r: number) => NumberFormat | undefined {
  const block = tab.blocks[blockIndex];
  const rows = tab.rowFormats;
  if (rows && rows.block === blockIndex && rows.column === c) return (r) => rows.formats[r - (block.header ? 1 : 0)];
  return () => block.formats?.[c];
}

/** Widths from content: the widest cell of each column (header included), capped; the tab's own widths win. */
function columnWidths(tab: TabSpec, currency: string): Map<number, number> {
  const widest = new Map<number, { chars: number; wrap: boolean }>();
  tab.blocks.forEach((block, b) => {
    if (spills(block)) return;
    for (let c = 0; c < blockWidth(block); c++) {
      const formatOf = rowFormat(tab, b, c);
      const measures = new Map<NumberFormat | undefined, (v: number) => number>();
      let chars = 0;
      block.values.forEach((row, r) => {
        const header = block.header && r === 0;
        const format = header ? undefined : formatOf(r);
        const measure = measures.get(format) ?? numberMeasure(format, currency);
        measures.set(format, measure);
        chars = Math.max(chars, shownWidth(row[c], measure) + (header ? BOLD + (block.filter ? FILTER_BUTTON : 0) : 0));
      });
      const column = block.col + c;
      const seen = widest.get(column);
      widest.set(column, { chars: Math.max(chars, seen?.chars ?? 0), wrap: (seen?.wrap ?? false) || (block.wrapColumns ?? []).includes(c) });
    }
  });
  const widths = new Map<number, number>();
  for (const [column, { chars, wrap }] of widest) {
    const width = Math.min(chars + PADDING, wrap ? MAX_WRAP_WIDTH : MAX_WIDTH);
    if (width > DEFAULT_WIDTH) widths.set(column, width);
  }
  for (const [column, px] of Object.entries(tab.columnWidths ?? {})) widths.set(Number(column), Math.round((px / PX_PER_CHARACTER) * 100) / 100);
  return widths;
}

/** Heights of rows whose wrapped cells take more than one line in their column's width. */
function rowHeights(tab: TabSpec, widths: Map<number, number>): Map<number, number> {
  const heights = new Map<number, number>();
  for (const block of tab.blocks) {
    for (const c of block.wrapColumns ?? []) {
      const width = widths.get(block.col + c) ?? DEFAULT_WIDTH;
      block.values.forEach((row, r) => {
        const v = row[c];
        if (typeof v !== 'string' || v === '') return;
        const lines = lineCount(v, width);
        const at = block.row + r;
        if (lines > 1) heights.set(at, Math.max(heights.get(at) ?? 0, Math.min(MAX_ROW_POINTS, lines * LINE_POINTS)));
      });
    }
  }
  return heights;
}

/** The widths and heights of a tab's grid. */
export function tabLayout(tab: TabSpec, currency: string): TabLayout {
  const widths = columnWidths(tab, currency);
  return { widths, heights: rowHeights(tab, widths) };
}

/** A corner of a drawing on the grid (§20.5.2 `from`, `to`): 0-based column and row, and the offset into that cell in EMU. */
export interface GridPoint {
  col: number;
  colOffset: number;
  row: number;
  rowOffset: number;
}

/** English Metric Units (DrawingML's ST_Coordinate: 914,400 an inch) in a pixel at 96 dpi. */
const EMU_PER_PX = 9525;
/** The size Sheets gives a chart inserted at a position without a size, in pixels. */
const CHART_SIZE_PX = { width: 600, height: 371 };

/** Where a length of `px` pixels, starting at the top or left of cell `start` (0-based), ends: the cell and the offset into it. */
function walk(start: number, px: number, cellPx: (i: number) => number): { index: number; offset: number } {
  let index = start;
  let left = px;
  while (left > cellPx(index)) {
    left -= cellPx(index);
    index++;
  }
  return { index, offset: left * EMU_PER_PX };
}

/** The corners of a chart of {@link CHART_SIZE_PX} whose top-left corner is at the top-left of the spec's anchor cell. */
export function chartCorners(anchor: ChartSpec['anchor'], layout: TabLayout): { from: GridPoint; to: GridPoint } {
  const columnPx = (i: number) => {
    const width = layout.widths.get(i + 1);
    return width === undefined ? DEFAULT_WIDTH_PX : Math.round(width * PX_PER_CHARACTER);
  };
  const rowPx = (i: number) => ((layout.heights.get(i + 1) ?? LINE_POINTS) * 4) / 3;
  const col = walk(anchor.col - 1, CHART_SIZE_PX.width, columnPx);
  const row = walk(anchor.row - 1, CHART_SIZE_PX.height, rowPx);
  return {
    from: { col: anchor.col - 1, colOffset: 0, row: anchor.row - 1, rowOffset: 0 },
    to: { col: col.index, colOffset: Math.round(col.offset), row: row.index, rowOffset: Math.round(row.offset) },
  };
}
