/** The fake workbook as the preview's grid shows it: names, the first rows as display text, charts. */
import type { FakeSheet, FakeSpreadsheet } from '../../test/harness';
import { columnLetter } from '../../src/core/parse/cells';

export interface GridCell {
  text: string;
  num: boolean;
}

export interface SheetView {
  name: string;
  id: number;
  hidden: boolean;
  rows: number;
  cols: number;
  frozenRows: number;
  letters: string[];
  values: GridCell[][];
  charts: { type: string; title: string; ranges: string[] }[];
}

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

export function sheetView(sheet: FakeSheet, maxRows = 200, maxCols = 30): SheetView {
  const rows = sheet.getLastRow();
  const cols = Math.min(sheet.getLastColumn(), maxCols);
  const values: GridCell[][] = [];
  for (let r = 0; r < Math.min(rows, maxRows); r++) {
    const row: GridCell[] = [];
    for (let c = 0; c < cols; c++) {
      const f = sheet.formatAt(r + 1, c + 1, 'numberFormat');
      row.push(displayCell(sheet.data[r]?.[c], typeof f === 'string' ? f : null));
    }
    values.push(row);
  }
  return {
    name: sheet.name,
    id: sheet.id,
    hidden: sheet.hidden,
    rows,
    cols: sheet.getLastColumn(),
    frozenRows: sheet.frozenRows,
    letters: Array.from({ length: cols }, (_, i) => columnLetter(i)),
    values,
    charts: sheet.charts.map((ch) => ({ type: ch.type, title: String(ch.options.setTitle ?? ch.options.title ?? ''), ranges: ch.ranges })),
  };
}

export function workbookView(book: FakeSpreadsheet): { name: string; active: string; sheets: SheetView[] } {
  return { name: book.name, active: book.getActiveSheet().name, sheets: book.sheets.map((s) => sheetView(s)) };
}
