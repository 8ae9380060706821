import { readFileSync } from 'node:fs';
import { extname } from 'node:path';

/**
 * Reading files for the CLI into the same 2-D array shape `Range.getValues()` returns,
 * so the CLI runs exactly the code the add-on runs.
 */
export type Table = (string | number | boolean | Date)[][];

/** RFC 4180 CSV (quotes, doubled quotes, CRLF or LF). Cells stay text, as an imported CSV before parsing. */
export function parseCsv(text: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  if (text.charCodeAt(0) === 0xfeff) i = 1; // BOM from Excel exports
  for (; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Whitespace-separated text such as CDNOW_master.txt (leading spaces, CRLF). */
export function parseWhitespaceTable(text: string): string[][] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .map((l) => l.split(/\s+/));
}

/** Picks the delimiter of a delimited text file from its first line. */
function sniffDelimiter(firstLine: string): string | null {
  const counts = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length - 1] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0][1] > 0 ? counts[0][0] : null;
}

/** Reads a .csv/.tsv/.txt file. */
export function readTextTable(path: string): Table {
  const text = readFileSync(path, 'utf8');
  const firstLine = text.slice(0, text.indexOf('\n') === -1 ? undefined : text.indexOf('\n'));
  const delimiter = sniffDelimiter(firstLine);
  return delimiter ? parseCsv(text, delimiter) : parseWhitespaceTable(text);
}

/** Reads the first worksheet of an .xlsx file with exceljs; dates arrive as `Date`, as in Sheets. */
export async function readXlsx(path: string, sheetName?: string): Promise<Table> {
  const ExcelJS = (await import('exceljs')).default;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = sheetName ? wb.getWorksheet(sheetName) : wb.worksheets[0];
  if (!ws) throw new Error(`${path}: no worksheet${sheetName ? ` named "${sheetName}"` : ''}`);
  const width = ws.columnCount;
  const out: Table = [];
  ws.eachRow({ includeEmpty: true }, (row) => {
    const cells: (string | number | boolean | Date)[] = [];
    for (let c = 1; c <= width; c++) {
      const v = row.getCell(c).value as unknown;
      if (v === null || v === undefined) cells.push('');
      else if (typeof v === 'object' && !(v instanceof Date)) {
        const o = v as { result?: unknown; text?: unknown; richText?: { text: string }[]; error?: string };
        // Formula errors arrive as their text (#N/A), as Sheets passes them, so the reader reports them.
        if (o.error !== undefined) cells.push(String(o.error));
        else if (o.result !== undefined) cells.push(typeof o.result === 'object' && o.result !== null && 'error' in o.result ? String((o.result as { error: string }).error) : (o.result as string | number));
        else if (o.richText) cells.push(o.richText.map((t) => t.text).join(''));
        else cells.push(String(o.text ?? ''));
      } else cells.push(v as string | number | boolean | Date);
    }
    out.push(cells);
  });
  return out;
}

/** Reads any supported file into a table. */
export async function readTable(path: string): Promise<Table> {
  const ext = extname(path).toLowerCase();
  if (ext === '.xlsx') return readXlsx(path);
  return readTextTable(path);
}

/** Parses `--name value` and `--flag` arguments after the positional ones. */
export function parseFlags(argv: string[]): { positional: string[]; flags: Record<string, string | true> } {
  const positional: string[] = [];
  const flags: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      if (eq > 0) flags[a.slice(2, eq)] = a.slice(eq + 1);
      else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) flags[a.slice(2)] = argv[++i];
      else flags[a.slice(2)] = true;
    } else positional.push(a);
  }
  return { positional, flags };
}

/** Quotes a CSV field when needed. */
export function csvField(v: unknown): string {
  const s = v === null || v === undefined ? '' : v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Rows of objects as CSV with a header row. */
export function toCsv(rows: Record<string, unknown>[], columns?: string[]): string {
  const cols = columns ?? (rows[0] ? Object.keys(rows[0]) : []);
  return [cols.join(','), ...rows.map((r) => cols.map((c) => csvField(r[c])).join(','))].join('\n') + '\n';
}
