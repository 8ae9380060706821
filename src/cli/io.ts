import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { extname } from 'node:path';
import type { Lang } from '../core/types';
import { guessLegacy, heldBytes, lineAt, NotUtf8Later, openDecoding, utf8Census } from './encoding';
import { fileErrorReason, readMessage } from './messages';
import { excerpt, ReadError, refuse } from './readError';
import { NulByte } from './byteRecords';
import { DelimitedReader, type RowsOfBlock } from './readText';
import { readWorkbook, sniffKind } from './readWorkbook';

/**
 * Reading files for the CLI into the same 2-D array shape `Range.getValues()` returns,
 * so the CLI runs exactly the code the add-on runs.
 */
export type Table = (string | number | boolean | Date)[][];

/**
 * A field as one flat string. Built a character at a time (`field += ch`), V8 keeps a field as a rope
 * of pieces that every later character read walks (the reader reads every character for its row
 * fingerprint, 30-45 % slower on ropes): test tables and benches would time that, which text from
 * getValues never costs.
 */
const flatText = (field: string): string => (field.length > 1 ? Buffer.from(field, 'utf8').toString('utf8') : field);

/** RFC 4180 CSV (quotes, doubled quotes, CRLF or LF). Cells stay text, as an imported CSV before parsing, each a flat string. */
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
      row.push(flatText(field));
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(flatText(field));
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length) {
    row.push(flatText(field));
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
  /** The reader of a text file, for what a read in parts must join (delimiter, width, ragged lines). */
  textReader?: DelimitedReader;
}

/** Why a file cannot be opened, as the user should read it. */
function cannotOpen(err: unknown, path: string, lang: Lang): never {
  const e = err as NodeJS.ErrnoException;
  const reason = fileErrorReason(e, lang) ?? excerpt(e.message ?? String(err));
  return refuse('cannotOpen', lang, { file: path, reason });
}

function readBytes(path: string, lang: Lang): Uint8Array {
  try {
    return readFileSync(path);
  } catch (err) {
    return cannotOpen(err, path, lang);
  }
}

/**
 * Bytes read and parsed per block, and rows handed to the reader at a time: small enough that a
 * block's strings and rows die young (V8's cheap scavenges), which halves the parse time of 256 KB
 * blocks against 8 MB ones.
 */
export const BLOCK_BYTES = 256 * 1024;
const BATCH_ROWS = 4096;
/** The encoding is decided on the file's first 8 MB (or all of it). */
export const HEAD_BYTES = 8 * 1024 * 1024;

/** Rows of a file, in order: `rows[0]` is file row (line) `firstRow`. */
export interface RowBatch {
  rows: Table;
  firstRow: number;
}

/**
 * A text file's bytes block by block from `start` to `end`: a fresh buffer each (so nothing made
 * from a block aliases it), or one buffer for all while `reuse()` says the caller copies what it keeps.
 */
function* byteBlocks(fd: number, end: number, blockBytes: number, start = 0, reuse?: () => boolean): Generator<{ bytes: Uint8Array; final: boolean; offset: number }> {
  let offset = start;
  let buf: Buffer | null = null;
  for (;;) {
    const want = Math.max(1, Math.min(blockBytes, end - offset));
    if (!reuse?.() || !buf || buf.length < want) buf = Buffer.allocUnsafe(want);
    const n = readSync(fd, buf, 0, want, offset);
    const bytes = buf.subarray(0, n);
    const final = n < want || offset + n >= end;
    yield { bytes, final, offset };
    offset += n;
    if (final) return;
  }
}

/**
 * A part of a text file read on its own (a thread of a parallel read): it stops before byte `end`
 * (a line start); a part after the first starts at `from.offset` (just after a line feed) on line
 * `from.line`, with the delimiter and width the first part found.
 */
export interface TextRange {
  end: number;
  from?: { offset: number; line: number; delimiter: string; width: number };
}

/**
 * Reads a .csv/.tsv/.txt file block by block into row batches placed at their file lines (blank rows
 * where lines were skipped, left out or inside a quoted field), so every row number is the line an
 * editor shows. Memory holds one block and one batch, not the file. `info` is filled as it reads;
 * its notes are complete when the generator is done.
 */
export function* textBatches(path: string, options: ReadOptions, info: ReadResult, blockBytes = BLOCK_BYTES, headBytes = HEAD_BYTES, range?: TextRange): Generator<RowBatch> {
  const lang = options.lang ?? 'en';
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (err) {
    cannotOpen(err, path, lang);
  }
  try {
    let size: number;
    try {
      const stat = fstatSync(fd);
      if (stat.isDirectory()) throw Object.assign(new Error('folder'), { code: 'EISDIR' });
      size = stat.size;
    } catch (err) {
      cannotOpen(err, path, lang);
    }
    if (size === 0) refuse('empty', lang, { file: path });
    const from = range?.from;
    const end = Math.min(size, range?.end ?? size);
    // The encoding is decided on the head, read apart when it is not the first block.
    const head = blockBytes === headBytes || from ? null : byteBlocks(fd, size, headBytes).next().value?.bytes;
    const reader = from ? DelimitedReader.continuing(path, lang, from.delimiter, from.width, from.line) : new DelimitedReader(path, lang);
    info.textReader = reader;
    let decoding: ReturnType<typeof openDecoding> | null = null;
    /** Null while blocks are decoded as text; then the bytes the decoder held back, read before the next block. */
    let held: Uint8Array | null = null;
    let batch: Table = [];
    let firstRow = from?.line ?? 1;
    // Once records come from the bytes, the byte reader copies each block: the blocks can share one buffer.
    for (const block of byteBlocks(fd, end, blockBytes, from?.offset ?? 0, () => held !== null)) {
      // The end of a part that is not the end of the file: records may not run over it.
      const final = block.final && end === size;
      if (!decoding) {
        const first = head ?? block.bytes;
        if (first.length === 0) refuse('empty', lang, { file: path });
        const kind = sniffKind(first);
        if (kind === 'zip') refuse('textIsZip', lang, { file: path });
        if (kind === 'ole') refuse('isXls', lang, { file: path });
        decoding = openDecoding(first, first.length >= size, path, options);
        info.encoding = decoding.encoding;
      }
      let got: RowsOfBlock;
      try {
        if (held !== null) {
          // UTF-8 records read from the bytes (byteRecords.ts), once the first block has been read as text.
          got = block.final && !final ? reader.endPartBytes(block.bytes, block.offset, held) : reader.pushBytes(block.bytes, final, block.offset, held);
        } else {
          const text = decoding.decode(block.bytes, final);
          got = block.final && !final ? reader.endPart(text) : reader.push(text, final);
          // A copy: the next block may be read into the same buffer.
          if (decoding.encoding === 'UTF-8' && !options.encoding && reader.takesBytes) held = heldBytes(block.bytes).slice();
        }
      } catch (e) {
        if (e instanceof NotUtf8Later) notUtf8From(fd, size, e.offset, path, lang);
        if (e instanceof NulByte) refuse('notText', lang, { file: path, offset: e.offset });
        throw e;
      }
      const { rows, lines } = got;
      for (let i = 0; i < rows.length; i++) {
        const at = lines[i] - firstRow;
        while (batch.length < at) batch.push([]);
        batch.push(rows[i]);
        if (info.rowLines) info.rowLines.push(lines[i]);
        if (batch.length >= BATCH_ROWS) {
          yield { rows: batch, firstRow };
          firstRow += batch.length;
          batch = [];
        }
      }
    }
    if (batch.length) yield { rows: batch, firstRow };
    // A part's notes are those of the whole read, given by whoever joins the parts.
    if (range) return;
    endReading(info, reader, decoding?.notes ?? []);
  } finally {
    closeSync(fd);
  }
}

/** What a finished text read tells: the decoding's and the reader's notes, skipped and left-out lines. */
export function endReading(info: ReadResult, reader: DelimitedReader, decodingNotes: readonly string[]): void {
  info.notes.push(...decodingNotes, ...reader.notes());
  info.skippedLines = reader.skippedLines;
  info.leftOutLines.push(...reader.leftOutLines);
}

/**
 * A block after the first is not UTF-8 (the first was): refuses naming the line, how many bytes from
 * there on are not UTF-8, and the encoding those lines look like.
 */
function notUtf8From(fd: number, size: number, offset: number, path: string, lang: Lang): never {
  let line = 1;
  let invalid = 0;
  let sample: Uint8Array | null = null;
  for (const block of byteBlocks(fd, size, BLOCK_BYTES)) {
    const end = block.offset + block.bytes.length;
    if (end <= offset) {
      for (let i = block.bytes.indexOf(10); i >= 0; i = block.bytes.indexOf(10, i + 1)) line++;
      continue;
    }
    const from = Math.max(0, offset - block.offset);
    if (block.offset <= offset) {
      line += lineAt(block.bytes, from) - 1;
      sample = block.bytes.subarray(from, from + 1024 * 1024);
    }
    invalid += utf8Census(block.bytes.subarray(from)).invalid;
  }
  const guess = sample ? guessLegacy(sample) : null;
  const hint = guess ? readMessage('laterEncodingHint', lang, { encoding: guess.name, codec: guess.codec }) : '';
  throw new ReadError('laterNotUtf8', `${readMessage('laterNotUtf8', lang, { file: path, line, count: invalid})}${hint ? ` ${hint}` : ''}`);
}

/** Reads a .csv/.tsv/.txt file (encoding detected, delimiter sniffed, preamble skipped): the header, then the data rows. */
export function readTextTable(path: string, options: ReadOptions = {}): Table {
  const info = emptyInfo();
  info.rowLines = [];
  const rows: Table = [];
  for (const batch of textBatches(path, options, info)) for (const row of batch.rows) if (row.length) rows.push(row);
  return rows;
}

const emptyInfo = (): ReadResult => ({ rows: [], notes: [], encoding: null, skippedLines: 0, leftOutLines: [] });

/** True for the workbook file names the CLI reads (.xlsx, .xlsm, .xls). */
export const isWorkbookPath = (path: string) => ['.xlsx', '.xlsm', '.xls'].includes(extname(path).toLowerCase());

/** An input file opened for reading in batches; {@link OpenedInput.batches} may be called again to read it again. */
export interface OpenedInput {
  /** Row batches in file order, the first from row 1 (header included). */
  batches(): Generator<RowBatch>;
  /** What the last complete pass learned: notes, encoding, sheet. */
  info: ReadResult;
}

/**
 * Opens any supported file for reading in batches: text files are read block by block (any size,
 * memory of one block), a workbook is read whole (a sheet holds at most 1,048,576 rows).
 * Throws `ReadError` (a sentence naming the file) when the workbook cannot be read.
 */
export async function openInput(path: string, options: ReadOptions = {}): Promise<OpenedInput> {
  const lang = options.lang ?? 'en';
  if (isWorkbookPath(path)) {
    const wb = await readWorkbook(readBytes(path, lang), path, { sheet: options.sheet, lang });
    const info: ReadResult = { rows: [], notes: wb.notes, encoding: null, skippedLines: 0, sheet: wb.sheet, leftOutLines: [] };
    return {
      info,
      *batches() {
        yield { rows: wb.rows, firstRow: 1 };
      },
    };
  }
  const opened: OpenedInput = {
    info: emptyInfo(),
    *batches() {
      const info = emptyInfo();
      yield* textBatches(path, options, info);
      opened.info = info;
    },
  };
  return opened;
}

/**
 * Reads any supported file with its notes; throws `ReadError` (a sentence naming the file) when the
 * file cannot be read without guessing. The file is only read, never written. `rows` holds the
 * header and the data rows; `rowLines` the line of each (text files).
 */
export async function readInputFile(path: string, options: ReadOptions = {}): Promise<ReadResult> {
  if (isWorkbookPath(path)) {
    const opened = await openInput(path, options);
    const rows: Table = [];
    for (const b of opened.batches()) rows.push(...b.rows);
    return { ...opened.info, rows };
  }
  const info = emptyInfo();
  info.rowLines = [];
  for (const batch of textBatches(path, options, info)) for (const row of batch.rows) if (row.length) info.rows.push(row);
  return info;
}

/**
 * Reads any supported file into a table, writing the reading's notes to stderr. Rows sit at their
 * file lines (blank rows where lines were skipped or left out), so every row number the reader
 * reports is the line the user sees in an editor.
 */
export async function readTable(path: string, options: ReadOptions = {}): Promise<Table> {
  const opened = await openInput(path, options);
  const rows: Table = [];
  for (const b of opened.batches()) for (const row of b.rows) rows.push(row);
  for (const note of opened.info.notes) process.stderr.write(`${note}\n`);
  return rows;
}
