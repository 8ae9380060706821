import type { Lang } from '../core/types';
import { readMessage } from './messages';
import { excerpt, refuse } from './readError';
import { workbookClass } from './exceljsWorkbook';

/** A cell as `Range.getValues()` gives it. */
export type Cell = string | number | boolean | Date;

/** What the first bytes of a file say it is. */
export type FileKind = 'zip' | 'ole' | 'text' | 'binary';

/** Sniffs a file's first bytes: a zip (.xlsx), an OLE compound file (.xls, or an encrypted .xlsx), text or other binary. */
export function sniffKind(bytes: Uint8Array): FileKind {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5 || bytes[2] === 7)) return 'zip';
  const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  if (bytes.length >= 8 && ole.every((b, i) => bytes[i] === b)) return 'ole';
  const head = bytes.subarray(0, 4096);
  // UTF-16 text has zero bytes, so a byte order mark or regular zeros on one side still count as text.
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return 'text';
  let control = 0;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < head.length; i++) {
    const b = head[i];
    if (b === 0) {
      if (i % 2) oddZeros++;
      else evenZeros++;
    } else if (b < 0x20 && b !== 9 && b !== 10 && b !== 12 && b !== 13) control++;
  }
  const pairs = head.length / 2;
  if (Math.max(evenZeros, oddZeros) > pairs / 10 && Math.min(evenZeros, oddZeros) < pairs / 50) return 'text';
  const zeros = evenZeros + oddZeros;
  return zeros > 0 || control > head.length / 50 ? 'binary' : 'text';
}

export interface WorkbookTable {
  rows: Cell[][];
  notes: string[];
  sheet: string;
}

function sheetList(names: string[]): string {
  const shown = names.slice(0, 10).map((n) => `"${excerpt(n, 40)}"`);
  return names.length > 10 ? `${shown.join(', ')}, …` : shown.join(', ');
}

/** Reads one worksheet of an .xlsx held in `bytes`; dates arrive as `Date`, as in Sheets. */
export async function readWorkbook(bytes: Uint8Array, file: string, options: { sheet?: string; lang?: Lang } = {}): Promise<WorkbookTable> {
  const lang = options.lang ?? 'en';
  const kind = sniffKind(bytes);
  if (kind === 'ole') refuse('isXls', lang, { file });
  if (kind === 'text') refuse('notWorkbookText', lang, { file });
  if (kind !== 'zip') refuse('notWorkbook', lang, { file });
  const Workbook = await workbookClass();
  const wb = new Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch (err) {
    refuse('badWorkbook', lang, { file, reason: excerpt(err instanceof Error ? err.message : String(err)) });
  }
  const sheets = wb.worksheets;
  const names = sheets.map((s) => s.name);
  if (options.sheet !== undefined) {
    const wanted = options.sheet;
    const ws = sheets.find((s) => s.name === wanted) ?? sheets.find((s) => s.name.toLowerCase() === wanted.toLowerCase());
    if (!ws) refuse('noSuchSheet', lang, { file, sheet: excerpt(options.sheet), sheets: sheetList(names) });
    const rows = sheetRows(ws);
    if (!hasData(rows)) refuse('sheetEmpty', lang, { file, sheet: excerpt(ws.name) });
    return { rows, notes: [], sheet: ws.name };
  }
  if (sheets.length === 0) refuse('noSheetData', lang, { file, sheets: '' });
  const first = sheetRows(sheets[0]);
  if (hasData(first)) return { rows: first, notes: [], sheet: sheets[0].name };
  const withData = sheets.slice(1).map((ws) => ({ ws, rows: sheetRows(ws) })).filter((s) => hasData(s.rows));
  if (withData.length === 0) refuse('noSheetData', lang, { file, sheets: sheetList(names) });
  if (withData.length > 1) refuse('firstSheetEmptyChoose', lang, { file, first: excerpt(names[0], 40), sheets: sheetList(withData.map((s) => s.ws.name)) });
  const used = withData[0];
  return {
    rows: used.rows,
    notes: [readMessage('readOtherSheet', lang, { file, first: excerpt(names[0], 40), used: excerpt(used.ws.name, 40), sheets: sheetList(names) })],
    sheet: used.ws.name,
  };
}

/** A header and at least one row. */
function hasData(rows: Cell[][]): boolean {
  let n = 0;
  for (const r of rows) if (r.some((c) => c !== '')) n++;
  return n >= 2;
}

type Worksheet = import('exceljs').Worksheet;

function sheetRows(ws: Worksheet): Cell[][] {
  const width = ws.columnCount;
  const out: Cell[][] = [];
  ws.eachRow({ includeEmpty: true }, (row) => {
    const cells: Cell[] = [];
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
      } else cells.push(v as Cell);
    }
    out.push(cells);
  });
  return out;
}
