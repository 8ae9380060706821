import { dateFromDay } from '../core/days';
import { isDayCell, type ReportCell, type TabSpec } from '../core/report/tabSpec';
import { numberPattern } from '../core/report/numberPattern';

/**
 * Renders the add-on's output tabs to an .xlsx workbook with exceljs, from the same TabSpecs the
 * sheet writer uses, so `npm run demo` shows what the add-on writes. Charts are not written
 * (exceljs cannot create them); their data blocks are, and Sheets builds the charts in the add-on.
 */
const cellValue = (v: ReportCell): string | number | boolean | Date | null => (isDayCell(v) ? dateFromDay(v.day) : v);

/** The workbook's creator and keywords: how the CLI knows a file it may replace without --force. */
const CREATOR = 'Customer Segments add-on';
const MARKER = 'customer-segments-output';

/** Excel's limit on the characters of one cell. */
export const MAX_CELL_CHARS = 32_767;

/**
 * Text a spreadsheet would turn into a number, date, time or boolean on entry or import
 * (0123456789, 1.50, 1e5, 2024-01-02, 12:30, 50%, TRUE): written with the text format "@" so it stays text.
 */
export function looksConvertible(s: string): boolean {
  const t = s.trim();
  return (
    /^[-+(]?[$€£¥]?\s*(\d[\d,]*\.?\d*|\.\d+)(e[+-]?\d+)?\s*%?\)?$/i.test(t) ||
    /^\d{1,4}[-/.]\d{1,2}([-/.]\d{1,4})?([ T].*)?$/.test(t) ||
    /^\d{1,2}:\d{2}/.test(t) ||
    /^(true|false)$/i.test(t) ||
    /^\d{1,2}[- ]?[a-z]{3,9}([- ]?\d{2,4})?$/i.test(t)
  );
}

/** True when the .xlsx at `path` was written by {@link writeXlsx} (so a new run may replace it). */
export async function isOurWorkbook(path: string): Promise<boolean> {
  try {
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    return wb.creator === CREATOR && (wb.keywords === MARKER || wb.keywords === undefined || wb.keywords === '');
  } catch {
    return false;
  }
}

type Cell = { value: unknown; numFmt: string };

/** Sets a cell's value; text that would convert, and any value of a text column, is stored as text. Returns false when the text was truncated. */
function setCell(cell: Cell, v: unknown, textColumn: boolean): boolean {
  let value = v;
  if (textColumn && typeof value === 'number') value = String(value);
  let whole = true;
  if (typeof value === 'string') {
    if (value.length > MAX_CELL_CHARS) {
      value = `${value.slice(0, MAX_CELL_CHARS - 1)}…`;
      whole = false;
    }
    if (textColumn || looksConvertible(value as string)) cell.numFmt = '@';
  }
  cell.value = value as never;
  return whole;
}

/**
 * Writes the workbook; returns notes for the user (one per tab whose cells had to be truncated).
 */
export async function writeXlsx(path: string, tabs: TabSpec[], options: { currency?: string; extraSheets?: { name: string; rows: unknown[][] }[] } = {}): Promise<string[]> {
  const ExcelJS = (await import('exceljs')).default;
  const wb = new ExcelJS.Workbook();
  wb.creator = CREATOR;
  wb.keywords = MARKER;
  const currency = options.currency ?? '';
  const notes: string[] = [];
  const noteTruncated = (tab: string, n: number) => {
    if (n) notes.push(`${n} cell${n === 1 ? '' : 's'} on the "${tab}" tab had more than ${MAX_CELL_CHARS.toLocaleString('en-US')} characters (the most a spreadsheet cell holds) and ${n === 1 ? 'was' : 'were'} cut short, ending in "…".`);
  };
  for (const extra of options.extraSheets ?? []) {
    const ws = wb.addWorksheet(extra.name.slice(0, 31));
    let cut = 0;
    extra.rows.forEach((row, r) => {
      row.forEach((v, c) => {
        if (v === '' || v === null || v === undefined) return;
        if (!setCell(ws.getCell(r + 1, c + 1) as unknown as Cell, v, false)) cut++;
      });
    });
    noteTruncated(ws.name, cut);
  }
  for (const tab of tabs) {
    // Excel reserves the sheet name "History"; Sheets does not.
    const name = tab.name.toLowerCase() === 'history' ? `${tab.name} (runs)` : tab.name;
    const ws = wb.addWorksheet(name.slice(0, 31));
    let cut = 0;
    tab.blocks.forEach((block) => {
      if (block.title && block.row > 1) {
        const c = ws.getCell(block.row - 1, block.col);
        c.value = block.title;
        c.font = { bold: true, size: 12 };
      }
      block.values.forEach((row, r) => {
        row.forEach((v, c) => {
          const cell = ws.getCell(block.row + r, block.col + c);
          const isBody = !(block.header && r === 0);
          const format = block.formats?.[c];
          if (isBody && format) cell.numFmt = numberPattern(format, currency);
          if (!setCell(cell as unknown as Cell, cellValue(v), isBody && format === 'text')) cut++;
          if (!isBody) {
            cell.font = { bold: true };
            cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8F0FE' } };
          }
          if (block.wrapColumns?.includes(c)) cell.alignment = { wrapText: true, vertical: 'top' };
        });
      });
      const width = block.values.reduce((m, r) => Math.max(m, r.length), 0);
      if (block.filter && block.values.length > 1) ws.autoFilter = { from: { row: block.row, column: block.col }, to: { row: block.row + block.values.length - 1, column: block.col + width - 1 } };
      if (block.colourScale && block.values.length > 1 && width > 1) {
        const from = ws.getCell(block.row + 1, block.col + 1).address;
        const to = ws.getCell(block.row + block.values.length - 1, block.col + width - 1).address;
        ws.addConditionalFormatting({
          ref: `${from}:${to}`,
          rules: [{ type: 'colorScale', priority: 1, cfvo: [{ type: 'min' }, { type: 'max' }], color: [{ argb: 'FFF8F9FA' }, { argb: 'FF1E8E3E' }] }],
        });
      }
    });
    const rowFormats = tab.rowFormats;
    if (rowFormats) {
      const b = tab.blocks[rowFormats.block];
      const first = b.row + (b.header ? 1 : 0);
      rowFormats.formats.forEach((f, i) => {
        ws.getCell(first + i, b.col + rowFormats.column).numFmt = numberPattern(f, currency);
      });
    }
    noteTruncated(ws.name, cut);
    if (tab.frozenRows) ws.views = [{ state: 'frozen', ySplit: tab.frozenRows }];
    for (const [c, w] of Object.entries(tab.columnWidths ?? {})) ws.getColumn(Number(c)).width = Math.round(w / 7);
  }
  await wb.xlsx.writeFile(path);
  return notes;
}
