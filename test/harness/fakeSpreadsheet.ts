/**
 * In-memory fake of the parts of `SpreadsheetApp` the add-on uses, faithful where it matters:
 * - values have Sheets' types (numbers, strings, booleans, Date, '' for blanks);
 * - `setValues` treats strings as Sheets does when a user types them: `=…` becomes a formula,
 *   numeric text becomes a number, a leading `'` or a plain-text (`@`) format keeps text as text;
 * - ranges outside the grid throw, as Apps Script does; the 10,000,000-cell limit is enforced;
 * - writes are refused in the custom-function and NONE auth modes.
 * Charts, formats, filters and conditional formats are recorded as plain objects for assertions.
 */
import { a1Of, parseA1 } from './a1';
import type { HarnessEnv } from './env';

export type CellValue = string | number | boolean | Date;

export const CELL_LIMIT = 10_000_000;

interface FormatRect {
  row: number;
  col: number;
  rows: number;
  cols: number;
  key: string;
  value: unknown;
}

export interface RecordedChart {
  type: string;
  ranges: string[];
  options: Record<string, unknown>;
  position?: unknown[];
}

export class FakeRange {
  constructor(
    readonly sheet: FakeSheet,
    readonly row: number,
    readonly col: number,
    readonly rows: number,
    readonly cols: number,
  ) {
    if (row < 1 || col < 1 || rows < 1 || cols < 1) throw new Error('The starting row/column of the range is too small, or the number of rows/columns is less than 1.');
    if (row + rows - 1 > sheet.maxRows || col + cols - 1 > sheet.maxCols) throw new Error('Exception: The coordinates of the range are outside the dimensions of the sheet.');
  }
  private get env(): HarnessEnv {
    return this.sheet.spreadsheet.env;
  }
  getSheet() { return this.sheet; }
  getRow() { return this.row; }
  getColumn() { return this.col; }
  getLastRow() { return this.row + this.rows - 1; }
  getLastColumn() { return this.col + this.cols - 1; }
  getNumRows() { return this.rows; }
  getNumColumns() { return this.cols; }
  getA1Notation() { return a1Of(this.row, this.col, this.rows, this.cols); }

  getValues(): CellValue[][] {
    this.env.read('getValues', this.rows * this.cols);
    return this.env.readBlock(this.sheet.data, this.row - 1, this.col - 1, this.rows, this.cols) as CellValue[][];
  }
  getValue(): CellValue { return this.getValues()[0][0]; }
  getDisplayValues(): string[][] {
    return this.getValues().map((r) => r.map((v) => (Object.prototype.toString.call(v) === '[object Date]' ? (v as Date).toISOString().slice(0, 10) : String(v))));
  }
  getFormulas(): string[][] {
    this.env.read('getFormulas', this.rows * this.cols);
    const out: string[][] = [];
    for (let r = 0; r < this.rows; r++) {
      const row: string[] = [];
      for (let c = 0; c < this.cols; c++) row.push(this.sheet.formulas.get(`${this.row + r},${this.col + c}`) ?? '');
      out.push(row);
    }
    return out;
  }

  setValues(values: unknown[][]): FakeRange {
    this.env.write('setValues', this.rows * this.cols);
    if (!Array.isArray(values) || values.length !== this.rows) throw new Error(`Exception: The number of rows in the data does not match the number of rows in the range. The data has ${Array.isArray(values) ? values.length : 0} but the range has ${this.rows}.`);
    values.forEach((row) => {
      if (!Array.isArray(row) || row.length !== this.cols) throw new Error(`Exception: The number of columns in the data does not match the number of columns in the range. The data has ${Array.isArray(row) ? row.length : 0} but the range has ${this.cols}.`);
    });
    for (let r = 0; r < this.rows; r++) for (let c = 0; c < this.cols; c++) this.sheet.put(this.row + r, this.col + c, values[r][c]);
    return this;
  }
  setValue(value: unknown): FakeRange { return this.setValues([[value]]); }

  private setAll(key: string, value: unknown): FakeRange {
    this.env.write(key, 0);
    this.sheet.formats.push({ row: this.row, col: this.col, rows: this.rows, cols: this.cols, key, value });
    return this;
  }
  private setEach(key: string, values: unknown[][]): FakeRange {
    if (values.length !== this.rows || values.some((r) => r.length !== this.cols)) throw new Error(`Exception: The number of rows or columns in the data does not match the range for ${key}.`);
    values.forEach((row, r) => {
      row.forEach((v, c) => {
        this.sheet.formats.push({ row: this.row + r, col: this.col + c, rows: 1, cols: 1, key, value: v });
      });
    });
    return this;
  }
  setNumberFormat(f: string) { return this.setAll('numberFormat', f); }
  setNumberFormats(f: string[][]) { return this.setEach('numberFormat', f); }
  getNumberFormat(): string { return String(this.sheet.formatAt(this.row, this.col, 'numberFormat') ?? 'General'); }
  setFontWeight(w: string) { return this.setAll('fontWeight', w); }
  setFontSize(s: number) { return this.setAll('fontSize', s); }
  setFontColor(c: string) { return this.setAll('fontColor', c); }
  setFontStyle(s: string) { return this.setAll('fontStyle', s); }
  setBackground(c: string | null) { return this.setAll('background', c); }
  setBackgrounds(c: string[][]) { return this.setEach('background', c); }
  setWrap(w: boolean) { return this.setAll('wrap', w); }
  setHorizontalAlignment(a: string) { return this.setAll('horizontalAlignment', a); }
  setVerticalAlignment(a: string) { return this.setAll('verticalAlignment', a); }
  setBorder(...args: unknown[]) { return this.setAll('border', args); }
  setNote(n: string) { return this.setAll('note', n); }
  merge() { return this.setAll('merge', true); }
  getFormat(key: string): unknown { return this.sheet.formatAt(this.row, this.col, key); }
  createFilter() {
    if (this.sheet.filter) throw new Error('Exception: You can\'t create a filter in a sheet that already has a filter.');
    this.sheet.filter = { range: this.getA1Notation() };
    return { getRange: () => this, remove: () => { this.sheet.filter = null; } };
  }
  clear() { return this.clearContent(); }
  clearContent() {
    this.env.write('clearContent', 0);
    for (let r = 0; r < this.rows; r++) for (let c = 0; c < this.cols; c++) this.sheet.put(this.row + r, this.col + c, '');
    return this;
  }
  offset(dr: number, dc: number, rows?: number, cols?: number) {
    return new FakeRange(this.sheet, this.row + dr, this.col + dc, rows ?? this.rows, cols ?? this.cols);
  }
  activate() { this.sheet.spreadsheet.activeSheet = this.sheet; return this; }
}

/** A recorded chart builder: only methods EmbeddedChartBuilder really has are accepted. */
function chartBuilder(sheet: FakeSheet, existing?: RecordedChart) {
  const chart: RecordedChart = existing ? structuredClone(existing) : { type: 'UNSET', ranges: [], options: {} };
  const builder: Record<string, (...a: any[]) => unknown> = {};
  const chain = (fn: (...a: any[]) => void) => (...a: any[]) => { fn(...a); return builder; };
  for (const t of ['Bar', 'Column', 'Pie', 'Line', 'Area', 'Combo', 'Scatter', 'Table', 'Histogram']) builder[`as${t}Chart`] = chain(() => { chart.type = t.toUpperCase(); });
  builder.addRange = chain((r: FakeRange) => chart.ranges.push(r.getA1Notation()));
  builder.setPosition = chain((...p: unknown[]) => { chart.position = p; });
  builder.setOption = chain((k: string, v: unknown) => { chart.options[k] = v; });
  for (const m of ['setTitle', 'setXAxisTitle', 'setYAxisTitle', 'setStacked', 'setLegendPosition', 'setNumHeaders', 'setMergeStrategy', 'setTransposeRowsAndColumns', 'setChartType', 'setColors', 'setRange', 'reverseCategories', 'setDimensions']) builder[m] = chain((...v: unknown[]) => { chart.options[m] = v.length === 1 ? v[0] : v; });
  builder.build = () => ({ __chart: chart, getOptions: () => chart.options, modify: () => chartBuilder(sheet, chart) });
  return builder;
}

export class FakeSheet {
  data: (CellValue | undefined)[][] = [];
  formulas = new Map<string, string>();
  formats: FormatRect[] = [];
  charts: RecordedChart[] = [];
  conditionalFormatRules: unknown[] = [];
  metadata: { key: string; value: string }[] = [];
  filter: { range: string } | null = null;
  frozenRows = 0;
  frozenColumns = 0;
  hidden = false;
  tabColor: string | null = null;
  columnWidths = new Map<number, number>();
  constructor(
    readonly spreadsheet: FakeSpreadsheet,
    public name: string,
    readonly id: number,
    public maxRows = 1000,
    public maxCols = 26,
  ) {}

  /** Stores one value with Sheets' typing rules for strings. */
  put(row: number, col: number, raw: unknown): void {
    const key = `${row},${col}`;
    this.formulas.delete(key);
    let v: CellValue | undefined;
    if (raw === null || raw === undefined || raw === '') v = undefined;
    else if (typeof raw === 'string') {
      const asText = this.formatAt(row, col, 'numberFormat') === '@';
      // A leading apostrophe is Sheets' input prefix for "take the rest as text", hidden in any format.
      if (raw.startsWith("'")) v = raw.slice(1);
      else if (asText) v = raw;
      else if (raw.startsWith('=')) {
        this.formulas.set(key, raw);
        v = undefined; // the fake does not evaluate formulas
      } else if (/^[+-]?\d+(\.\d+)?$/.test(raw.trim())) v = Number(raw);
      else v = raw;
    } else if (typeof raw === 'number' || typeof raw === 'boolean') v = raw;
    else if (Object.prototype.toString.call(raw) === '[object Date]') v = new Date((raw as Date).getTime());
    else throw new Error(`Exception: The parameters (${typeof raw}) don't match the method signature for SpreadsheetApp.Range.setValues.`);
    let r = this.data[row - 1];
    if (!r) {
      if (v === undefined) return;
      r = this.data[row - 1] = [];
    }
    r[col - 1] = v;
  }

  formatAt(row: number, col: number, key: string): unknown {
    for (let i = this.formats.length - 1; i >= 0; i--) {
      const f = this.formats[i];
      if (f.key === key && row >= f.row && row < f.row + f.rows && col >= f.col && col < f.col + f.cols) return f.value;
    }
    return undefined;
  }

  getName() { return this.name; }
  setName(name: string) {
    if (this.spreadsheet.sheets.some((s) => s !== this && s.name === name)) throw new Error(`Exception: A sheet with the name "${name}" already exists. Please enter another name.`);
    this.spreadsheet.env.write('setName', 0);
    this.name = name;
    return this;
  }
  getSheetId() { return this.id; }
  getIndex() { return this.spreadsheet.sheets.indexOf(this) + 1; }
  getParent() { return this.spreadsheet; }
  getMaxRows() { return this.maxRows; }
  getMaxColumns() { return this.maxCols; }
  getLastRow(): number {
    for (let r = this.data.length; r > 0; r--) if (this.data[r - 1]?.some((v) => v !== undefined)) return r;
    return 0;
  }
  getLastColumn(): number {
    let max = 0;
    for (const row of this.data) if (row) for (let c = row.length; c > max; c--) if (row[c - 1] !== undefined) { max = c; break; }
    return max;
  }
  getDataRange() { return new FakeRange(this, 1, 1, Math.max(1, this.getLastRow()), Math.max(1, this.getLastColumn())); }
  getRange(a: number | string, col?: number, rows = 1, cols = 1) {
    if (typeof a === 'string') {
      const p = parseA1(a, this.maxRows, this.maxCols);
      return new FakeRange(this, p.row, p.col, p.rows, p.cols);
    }
    return new FakeRange(this, a, col ?? 1, rows, cols);
  }
  insertRowsAfter(_after: number, n: number) { this.spreadsheet.grow(n * this.maxCols); this.maxRows += n; return this; }
  insertColumnsAfter(_after: number, n: number) { this.spreadsheet.grow(n * this.maxRows); this.maxCols += n; return this; }
  deleteRows(start: number, n: number) { this.spreadsheet.env.write('deleteRows', 0); this.data.splice(start - 1, n); this.maxRows -= n; return this; }
  deleteColumns(start: number, n: number) { this.spreadsheet.env.write('deleteColumns', 0); for (const r of this.data) r?.splice(start - 1, n); this.maxCols -= n; return this; }
  setFrozenRows(n: number) { this.spreadsheet.env.write('setFrozenRows', 0); this.frozenRows = n; return this; }
  getFrozenRows() { return this.frozenRows; }
  setFrozenColumns(n: number) { this.spreadsheet.env.write('setFrozenColumns', 0); this.frozenColumns = n; return this; }
  getFrozenColumns() { return this.frozenColumns; }
  clear() { this.spreadsheet.env.write('clear', 0); this.data = []; this.formulas.clear(); this.formats = []; return this; }
  clearContents() { this.spreadsheet.env.write('clearContents', 0); this.data = []; this.formulas.clear(); return this; }
  newChart() { return chartBuilder(this); }
  insertChart(chart: { __chart: RecordedChart }) { this.spreadsheet.env.write('insertChart', 0); this.charts.push(chart.__chart); }
  updateChart(chart: { __chart: RecordedChart }) { this.spreadsheet.env.write('updateChart', 0); this.charts.push(chart.__chart); }
  getCharts() { return this.charts.map((c) => ({ __chart: c, getOptions: () => c.options, modify: () => chartBuilder(this, c) })); }
  removeChart(chart: { __chart: RecordedChart }) { this.spreadsheet.env.write('removeChart', 0); this.charts = this.charts.filter((c) => c !== chart.__chart); }
  setConditionalFormatRules(rules: unknown[]) { this.spreadsheet.env.write('setConditionalFormatRules', 0); this.conditionalFormatRules = rules.slice(); }
  getConditionalFormatRules() { return this.conditionalFormatRules.slice(); }
  getFilter() { return this.filter ? { remove: () => { this.filter = null; }, getRange: () => this.getRange(this.filter!.range) } : null; }
  hideSheet() { this.spreadsheet.env.write('hideSheet', 0); this.hidden = true; return this; }
  showSheet() { this.spreadsheet.env.write('showSheet', 0); this.hidden = false; return this; }
  isSheetHidden() { return this.hidden; }
  setTabColor(c: string | null) { this.spreadsheet.env.write('setTabColor', 0); this.tabColor = c; return this; }
  autoResizeColumns(_start: number, _n: number) { return this; }
  autoResizeColumn(_c: number) { return this; }
  setColumnWidth(c: number, w: number) { this.columnWidths.set(c, w); return this; }
  setColumnWidths(start: number, n: number, w: number) { for (let c = start; c < start + n; c++) this.columnWidths.set(c, w); return this; }
  activate() { this.spreadsheet.activeSheet = this; return this; }
  showRows() { return this; }
  addDeveloperMetadata(key: string, value = '') {
    this.spreadsheet.env.write('addDeveloperMetadata', 0);
    this.metadata.push({ key, value: String(value) });
    return this;
  }
  getDeveloperMetadata() {
    return this.metadata.map((m) => ({ getKey: () => m.key, getValue: () => m.value, remove: () => { this.metadata = this.metadata.filter((x) => x !== m); } }));
  }
  /** Test helper: the stored values as a plain 2-D array of the used area. */
  snapshot(): CellValue[][] {
    const rows = this.getLastRow();
    const cols = this.getLastColumn();
    const out: CellValue[][] = [];
    for (let r = 0; r < rows; r++) {
      const row: CellValue[] = [];
      for (let c = 0; c < cols; c++) row.push(this.data[r]?.[c] ?? '');
      out.push(row);
    }
    return out;
  }
}

export class FakeSpreadsheet {
  sheets: FakeSheet[] = [];
  activeSheet: FakeSheet | null = null;
  metadata: { key: string; value: string }[] = [];
  toasts: string[] = [];
  private nextId = 0;
  constructor(
    readonly env: HarnessEnv,
    public name = 'Test workbook',
    public timeZone = 'Asia/Taipei',
    public locale = 'en_US',
  ) {}

  totalCells(): number {
    return this.sheets.reduce((n, s) => n + s.maxRows * s.maxCols, 0);
  }
  grow(cells: number): void {
    if (this.totalCells() + cells > CELL_LIMIT) throw new Error(`Exception: This action would increase the number of cells in the workbook above the limit of ${CELL_LIMIT} cells.`);
  }
  /** Test helper: adds a sheet holding `values` (no auth check), sized to fit. */
  addSheetWithValues(name: string, values: unknown[][]): FakeSheet {
    // Small sheets have the default 1,000 × 26 grid; a big import is sized to its data, as Sheets does.
    const width = values.reduce((m, r) => Math.max(m, r.length), 1);
    const rows = values.length > 1000 ? values.length : 1000;
    const cols = values.length > 1000 ? width : Math.max(26, width);
    this.grow(rows * cols);
    const sheet = new FakeSheet(this, name, this.nextId++, rows, cols);
    sheet.data = values.map((r) => r.map((v) => (v === '' || v === null ? undefined : (v as CellValue))));
    this.sheets.push(sheet);
    if (!this.activeSheet) this.activeSheet = sheet;
    return sheet;
  }

  getId() { return 'fake-spreadsheet-id'; }
  getName() { return this.name; }
  getUrl() { return 'https://docs.google.com/spreadsheets/d/fake-spreadsheet-id/edit'; }
  getSpreadsheetTimeZone() { return this.timeZone; }
  getSpreadsheetLocale() { return this.locale; }
  getSheets() { return this.sheets.slice(); }
  getNumSheets() { return this.sheets.length; }
  getSheetByName(name: string) { return this.sheets.find((s) => s.name === name) ?? null; }
  getSheetById(id: number) { return this.sheets.find((s) => s.id === id) ?? null; }
  getActiveSheet() { return this.activeSheet ?? this.sheets[0]; }
  setActiveSheet(s: FakeSheet) { this.activeSheet = s; return s; }
  insertSheet(nameOrIndex?: string | number, index?: number): FakeSheet {
    this.env.write('insertSheet', 0);
    let name = typeof nameOrIndex === 'string' ? nameOrIndex : undefined;
    const at = typeof nameOrIndex === 'number' ? nameOrIndex : index;
    if (name && this.getSheetByName(name)) throw new Error(`Exception: A sheet with the name "${name}" already exists. Please enter another name.`);
    if (!name) for (let i = this.sheets.length + 1; ; i++) if (!this.getSheetByName(`Sheet${i}`)) { name = `Sheet${i}`; break; }
    this.grow(1000 * 26);
    const sheet = new FakeSheet(this, name, this.nextId++ + 1000);
    if (at === undefined) this.sheets.push(sheet);
    else this.sheets.splice(at, 0, sheet);
    this.activeSheet = sheet; // insertSheet activates the new sheet, as in Sheets
    return sheet;
  }
  deleteSheet(sheet: FakeSheet) {
    this.env.write('deleteSheet', 0);
    if (this.sheets.length === 1) throw new Error("Exception: You can't remove all the sheets in a document.");
    this.sheets = this.sheets.filter((s) => s !== sheet);
    if (this.activeSheet === sheet) this.activeSheet = this.sheets[0];
  }
  moveActiveSheet(pos: number) {
    const s = this.getActiveSheet();
    this.sheets = this.sheets.filter((x) => x !== s);
    this.sheets.splice(pos - 1, 0, s);
  }
  toast(msg: string) { this.toasts.push(String(msg)); }
  addDeveloperMetadata(key: string, value = '') { this.env.write('addDeveloperMetadata', 0); this.metadata.push({ key, value: String(value) }); return this; }
  getDeveloperMetadata() {
    return this.metadata.map((m) => ({ getKey: () => m.key, getValue: () => m.value, setValue: (v: string) => { m.value = v; }, remove: () => { this.metadata = this.metadata.filter((x) => x !== m); } }));
  }
  getRange(a1: string) {
    const [sheetName, ref] = a1.includes('!') ? a1.split('!') : [this.getActiveSheet().name, a1];
    const s = this.getSheetByName(sheetName.replace(/^'|'$/g, ''));
    if (!s) throw new Error(`Range not found: ${a1}`);
    return s.getRange(ref);
  }
  /** Test helper: a deep copy, as File > Make a copy gives (sheets, values, formats, metadata). */
  copyAsNewFile(env: HarnessEnv): FakeSpreadsheet {
    const copy = new FakeSpreadsheet(env, `Copy of ${this.name}`, this.timeZone, this.locale);
    for (const s of this.sheets) {
      const t = new FakeSheet(copy, s.name, s.id, s.maxRows, s.maxCols);
      t.data = s.data.map((r) => (r ? r.slice() : r));
      t.formulas = new Map(s.formulas);
      t.formats = s.formats.map((f) => ({ ...f }));
      t.charts = structuredClone(s.charts);
      t.metadata = s.metadata.map((m) => ({ ...m }));
      t.frozenRows = s.frozenRows;
      t.hidden = s.hidden;
      copy.sheets.push(t);
    }
    copy.metadata = this.metadata.map((m) => ({ ...m }));
    copy.activeSheet = copy.sheets[0] ?? null;
    return copy;
  }
}
