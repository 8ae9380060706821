import { readFileSync } from 'node:fs';
import { dateFromDay } from '../core/days';
import { format, type Localized } from '../core/i18n';
import type { Lang } from '../core/types';
import { isDayCell, type ReportCell, type TabSpec } from '../core/report/tabSpec';
import { numberPattern } from '../core/report/numberPattern';
import { fillPlaceholder, fitToCell, looksConvertible, MAX_CELL_CHARS, type SheetTally, sheetFrame, sheetXmlChunks, XLSX_COLUMNS, XLSX_ROWS } from './sheetXml';
import { chartData } from './xlsxChartData';
import { SharedStyles } from './xlsxStyles';
import { chartParts, type SheetCharts } from './xlsxChartParts';
import { chartCorners, tabLayout } from './xlsxLayout';
import { entryBytes, readZip, writeZip, type ZipOutput } from './zip';
import { workbookClass } from './exceljsWorkbook';

export { looksConvertible, MAX_CELL_CHARS };

/**
 * Renders the add-on's output tabs to an .xlsx workbook with exceljs, from the same TabSpecs the
 * sheet writer uses, so `npm run demo` shows what the add-on writes: the same charts (exceljs cannot
 * write charts, so their parts are added to its zip, see xlsxChartParts.ts), colour scales, formats,
 * and column widths and row heights measured from the cells (xlsxLayout.ts). Copies of the source
 * rows (up to a million rows) are streamed as sheet XML into exceljs' zip instead (see sheetXml.ts):
 * exceljs' per-cell objects would take minutes and gigabytes.
 */
const cellValue = (v: ReportCell): string | number | boolean | Date | null => (isDayCell(v) ? dateFromDay(v.day) : v);

/** The workbook's creator and keywords: how the CLI knows a file it may replace without --force. */
const CREATOR = 'Customer Segments add-on';
const MARKER = 'customer-segments-output';

/**
 * True when the .xlsx at `path` was written by {@link writeXlsx} (so a new run may replace it).
 * Reads only the document properties: loading a million-row output with exceljs would take minutes.
 */
export async function isOurWorkbook(path: string): Promise<boolean> {
  try {
    const core = readZip(readFileSync(path)).find((e) => e.name === 'docProps/core.xml');
    if (!core) return false;
    const xml = entryBytes(core).toString('utf8');
    const keywords = /<cp:keywords>([^<]*)<\/cp:keywords>/.exec(xml)?.[1] ?? '';
    return /<dc:creator>([^<]*)<\/dc:creator>/.exec(xml)?.[1] === CREATOR && (keywords === MARKER || keywords === '');
  } catch {
    return false;
  }
}

/**
 * A cell's value as written: a number of a text column as its text, text cut to what a cell holds;
 * `asText` when the value must keep the text format "@" (any text of a text column, and text a
 * spreadsheet would convert); `whole` false when the text was cut.
 */
function cellContent(v: unknown, textColumn: boolean): { value: unknown; asText: boolean; whole: boolean } {
  const value = textColumn && typeof v === 'number' ? String(v) : v;
  if (typeof value !== 'string') return { value, asText: false, whole: true };
  const fitted = fitToCell(value);
  return { value: fitted, asText: textColumn || looksConvertible(fitted), whole: value.length <= MAX_CELL_CHARS };
}

/** Options of {@link writeXlsx}. */
export interface XlsxOptions {
  currency?: string;
  /** Sheets put before the tabs, such as a copy of the source rows; each `rows` is iterated once, lazily, and may be a generator. */
  extraSheets?: { name: string; rows: Iterable<readonly unknown[]> }[];
  /** The language of the notes (English unless given). */
  lang?: Lang;
  /** The most rows an extra sheet holds: an .xlsx sheet's 1,048,576 unless a test lowers it. */
  rowLimit?: number;
}

const count = (n: number) => n.toLocaleString('en-US');

/** The notes on what the workbook could not hold, per language. */
const NOTES = {
  cutCell: {
    en: '1 cell on the "{tab}" tab had more than {max} characters (the most a spreadsheet cell holds) and was cut short, ending in "…".',
    'zh-TW': '「{tab}」分頁有 1 個儲存格超過 {max} 個字元（試算表儲存格的上限），已截短並以「…」結尾。',
    'zh-CN': '“{tab}”标签页有 1 个单元格超过 {max} 个字符（电子表格单元格的上限），已截短并以“…”结尾。',
    ms: '1 sel pada tab "{tab}" mempunyai lebih daripada {max} aksara (had satu sel hamparan) dan dipendekkan, berakhir dengan "…".',
  },
  cutCells: {
    en: '{n} cells on the "{tab}" tab had more than {max} characters (the most a spreadsheet cell holds) and were cut short, ending in "…".',
    'zh-TW': '「{tab}」分頁有 {n} 個儲存格超過 {max} 個字元（試算表儲存格的上限），已截短並以「…」結尾。',
    'zh-CN': '“{tab}”标签页有 {n} 个单元格超过 {max} 个字符（电子表格单元格的上限），已截短并以“…”结尾。',
    ms: '{n} sel pada tab "{tab}" mempunyai lebih daripada {max} aksara (had satu sel hamparan) dan dipendekkan, berakhir dengan "…".',
  },
  rowLimit: {
    en: 'The "{sheet}" sheet holds the first {limit} rows of {total}: an .xlsx sheet holds no more. The analysis used every row.',
    'zh-TW': '「{sheet}」工作表只收錄 {total} 列中的前 {limit} 列：.xlsx 工作表最多只能容納這麼多。分析使用了所有列。',
    'zh-CN': '“{sheet}”工作表只收录 {total} 行中的前 {limit} 行：.xlsx 工作表最多只能容纳这么多。分析使用了所有行。',
    ms: 'Helaian "{sheet}" memuatkan {limit} baris pertama daripada {total}: helaian .xlsx tidak dapat memuatkan lebih. Analisis menggunakan setiap baris.',
  },
  columnLimit: {
    en: 'The "{sheet}" sheet holds the first {limit} columns of {total}: an .xlsx sheet holds no more. The analysis used every column.',
    'zh-TW': '「{sheet}」工作表只收錄 {total} 欄中的前 {limit} 欄：.xlsx 工作表最多只能容納這麼多。分析使用了所有欄。',
    'zh-CN': '“{sheet}”工作表只收录 {total} 列中的前 {limit} 列：.xlsx 工作表最多只能容纳这么多。分析使用了所有列。',
    ms: 'Helaian "{sheet}" memuatkan {limit} lajur pertama daripada {total}: helaian .xlsx tidak dapat memuatkan lebih. Analisis menggunakan setiap lajur.',
  },
} satisfies Record<string, Localized>;

function truncationNote(tab: string, n: number, lang: Lang): string[] {
  return n ? [format(n === 1 ? NOTES.cutCell : NOTES.cutCells, lang, { n, tab, max: count(MAX_CELL_CHARS) })] : [];
}

/** Notes on what an extra sheet could not hold: cut text, rows and columns past an .xlsx sheet's limits. */
function extraSheetNotes(name: string, tally: SheetTally, rowLimit: number, lang: Lang): string[] {
  const notes = truncationNote(name, tally.truncated, lang);
  if (tally.rows > rowLimit) notes.push(format(NOTES.rowLimit, lang, { sheet: name, limit: count(rowLimit), total: count(tally.rows) }));
  if (tally.columns > XLSX_COLUMNS) notes.push(format(NOTES.columnLimit, lang, { sheet: name, limit: count(XLSX_COLUMNS), total: count(tally.columns) }));
  return notes;
}

/**
 * Writes the workbook: the extra sheets first, streamed (see sheetXml.ts), then the tabs with exceljs.
 * Returns notes for the user: cells that had to be truncated (one note per tab) and rows or columns
 * an extra sheet could not hold.
 */
export async function writeXlsx(path: string, tabs: TabSpec[], options: XlsxOptions = {}): Promise<string[]> {
  const Workbook = await workbookClass();
  const wb = new Workbook();
  wb.creator = CREATOR;
  wb.keywords = MARKER;
  const currency = options.currency ?? '';
  const lang = options.lang ?? 'en';
  const rowLimit = Math.min(options.rowLimit ?? XLSX_ROWS, XLSX_ROWS);
  const notes: string[] = [];
  const sheetCharts: SheetCharts[] = [];
  const styles = new SharedStyles();
  // exceljs writes a small placeholder in each extra sheet's place; its XML is then replaced by the streamed rows.
  const extras = (options.extraSheets ?? []).map((extra) => {
    const ws = wb.addWorksheet(extra.name.slice(0, 31));
    fillPlaceholder(ws);
    return { name: ws.name, entry: `xl/worksheets/sheet${ws.id}.xml`, rows: extra.rows, tally: { rows: 0, columns: 0, truncated: 0 } };
  });
  for (const tab of tabs) {
    // Excel reserves the sheet name "History"; Sheets does not.
    const name = tab.name.toLowerCase() === 'history' ? `${tab.name} (runs)` : tab.name;
    const ws = wb.addWorksheet(name.slice(0, 31));
    let cut = 0;
    const rowFormats = tab.rowFormats;
    tab.blocks.forEach((block, blockIndex) => {
      if (block.title && block.row > 1) {
        const c = ws.getCell(block.row - 1, block.col);
        c.value = block.title;
        c.style = styles.of(undefined, 'title', false, block.title) as never;
      }
      const bodyStart = block.header ? 1 : 0;
      // This block's column of per-row formats (a KPI tab's values of different kinds), over the column's own.
      const perRow = rowFormats?.block === blockIndex ? rowFormats : undefined;
      block.values.forEach((row, r) => {
        row.forEach((v, c) => {
          const cell = ws.getCell(block.row + r, block.col + c);
          const isBody = r >= bodyStart;
          const format = block.formats?.[c];
          const content = cellContent(cellValue(v), isBody && format === 'text');
          if (!content.whole) cut++;
          const rowFormat = perRow && c === perRow.column && isBody ? perRow.formats[r - bodyStart] : undefined;
          const numFmt = rowFormat ? numberPattern(rowFormat, currency) : content.asText ? '@' : isBody && format ? numberPattern(format, currency) : undefined;
          cell.value = content.value as never;
          cell.style = styles.of(numFmt, isBody ? 'plain' : 'header', block.wrapColumns?.includes(c) ?? false, content.value) as never;
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
    if (rowFormats) {
      // Per-row formats past the block's rows: cells of their own with only the format.
      const b = tab.blocks[rowFormats.block];
      const first = b.row + (b.header ? 1 : 0);
      for (let i = b.values.length - (b.header ? 1 : 0); i < rowFormats.formats.length; i++) {
        const cell = ws.getCell(first + i, b.col + rowFormats.column);
        cell.style = styles.of(numberPattern(rowFormats.formats[i], currency), 'plain', false, cell.value) as never;
      }
    }
    notes.push(...truncationNote(ws.name, cut, lang));
    if (tab.frozenRows) ws.views = [{ state: 'frozen', ySplit: tab.frozenRows }];
    const layout = tabLayout(tab, currency);
    for (const [c, width] of layout.widths) ws.getColumn(c).width = width;
    for (const [r, height] of layout.heights) ws.getRow(r).height = height;
    const charts = (tab.charts ?? []).flatMap((spec) => {
      const data = chartData(tab, spec, ws.name, currency);
      return data ? [{ data, ...chartCorners(spec.anchor, layout) }] : [];
    });
    sheetCharts.push({ sheet: `xl/worksheets/sheet${ws.id}.xml`, charts });
  }
  // Stored, not deflated: exceljs deflates in JavaScript (JSZip's pako), a few times slower than
  // node:zlib, which deflates every part below as it is written.
  const entries = readZip(Buffer.from(await wb.xlsx.writeBuffer({ zip: { compression: 'STORE' } })));
  const parts = chartParts(entries, sheetCharts);
  const outputs: ZipOutput[] = entries.map((e) => {
    const extra = extras.find((x) => x.entry === e.name);
    const part = parts.get(e.name);
    if (part !== undefined) return { name: e.name, content: [Buffer.from(part, 'utf8')] };
    if (!extra) return e.method === 0 ? { name: e.name, content: [e.data] } : { copy: e };
    const frame = sheetFrame(entryBytes(e).toString('utf8'));
    return { name: e.name, content: sheetXmlChunks(extra.rows, frame, { rows: rowLimit, columns: XLSX_COLUMNS }, extra.tally) };
  });
  for (const [name, part] of parts) if (!entries.some((e) => e.name === name)) outputs.push({ name, content: [Buffer.from(part, 'utf8')] });
  const missing = extras.find((x) => !entries.some((e) => e.name === x.entry));
  if (missing) throw new Error(`exceljs wrote no ${missing.entry} for the "${missing.name}" sheet`);
  await writeZip(path, outputs);
  return [...extras.flatMap((x) => extraSheetNotes(x.name, x.tally, rowLimit, lang)), ...notes];
}
