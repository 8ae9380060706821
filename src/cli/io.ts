import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import type { Lang } from '../core/types';
import { decodeText } from './encoding';
import { excerpt, refuse } from './readError';
import { readDelimited } from './readText';
import { readWorkbook, sniffKind } from './readWorkbook';

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

/** Options for reading an input file; the CLI flags `--sheet`, `--encoding` and `--lang` pass them. */
export interface ReadOptions {
  /** The worksheet of an .xlsx to read (default: the first with data). */
  sheet?: string;
  /** The text encoding of a CSV/TSV/TXT file (any iconv-lite name: big5, gb18030, shift_jis, windows-1252, utf-16le, ...); default: detected. */
  encoding?: string;
  /** The language of the notes and errors. */
  lang?: Lang;
}

/** An input file as read, with what the user should be told about the reading. */
export interface ReadResult {
  rows: Table;
  /** Sentences for stderr, each naming the file (encoding used, skipped preamble, ragged rows, sheet chosen). */
  notes: string[];
  /** The text encoding used ("UTF-8", "Big5", ...), or null for a workbook. */
  encoding: string | null;
  /** Lines above the header that were skipped. */
  skippedLines: number;
  /** The worksheet read, for a workbook. */
  sheet?: string;
  /** Lines of text records left out because they have more fields than the header. */
  leftOutLines: number[];
  /** The file line on which each row of `rows` starts (text files; a workbook's rows are its rows). */
  rowLines?: number[];
}

function readBytes(path: string, lang: Lang): Uint8Array {
  try {
    return readFileSync(path);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    const reason = e.code === 'ENOENT' ? 'no such file' : e.code === 'EISDIR' ? 'it is a folder' : e.code === 'EACCES' ? 'permission denied' : excerpt(e.message ?? String(err));
    return refuse('cannotOpen', lang, { file: path, reason });
  }
}

function readTextBytes(bytes: Uint8Array, path: string, options: ReadOptions): ReadResult {
  const lang = options.lang ?? 'en';
  if (bytes.length === 0) refuse('empty', lang, { file: path });
  const kind = sniffKind(bytes);
  if (kind === 'zip') refuse('textIsZip', lang, { file: path });
  if (kind === 'ole') refuse('isXls', lang, { file: path });
  const decoded = decodeText(bytes, path, options);
  const table = readDelimited(decoded.text, path, lang);
  return { rows: table.rows, notes: [...decoded.notes, ...table.notes], encoding: decoded.encoding, skippedLines: table.skippedLines, leftOutLines: table.leftOutLines, rowLines: table.rowLines };
}

/** Reads a .csv/.tsv/.txt file (encoding detected, delimiter sniffed, preamble skipped). */
export function readTextTable(path: string, options: ReadOptions = {}): Table {
  return readTextBytes(readBytes(path, options.lang ?? 'en'), path, options).rows;
}

/**
 * Reads any supported file with its notes; throws `ReadError` (a sentence naming the file) when the
 * file cannot be read without guessing. The file is only read, never written.
 */
export async function readInputFile(path: string, options: ReadOptions = {}): Promise<ReadResult> {
  const lang = options.lang ?? 'en';
  const bytes = readBytes(path, lang);
  const ext = extname(path).toLowerCase();
  if (ext === '.xlsx' || ext === '.xlsm' || ext === '.xls') {
    const wb = await readWorkbook(bytes, path, { sheet: options.sheet, lang });
    return { rows: wb.rows, notes: wb.notes, encoding: null, skippedLines: 0, sheet: wb.sheet, leftOutLines: [] };
  }
  return readTextBytes(bytes, path, options);
}

/**
 * Reads any supported file into a table, writing the reading's notes to stderr. Rows sit at their
 * file lines (blank rows where lines were skipped or left out), so every row number the reader
 * reports is the line the user sees in an editor.
 */
export async function readTable(path: string, options: ReadOptions = {}): Promise<Table> {
  const result = await readInputFile(path, options);
  for (const note of result.notes) process.stderr.write(`${note}\n`);
  return result.rowLines ? atTheirLines(result.rows, result.rowLines) : result.rows;
}

/** `rows[i]` moved to index `lines[i] − 1`, blank rows in between. */
function atTheirLines(rows: Table, lines: readonly number[]): Table {
  if (lines.every((line, i) => line === i + 1)) return rows;
  const out: Table = [];
  rows.forEach((row, i) => {
    while (out.length < lines[i] - 1) out.push([]);
    out.push(row);
  });
  return out;
}
