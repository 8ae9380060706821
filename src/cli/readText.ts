import type { Lang } from '../core/types';
import { readMessage } from './messages';
import { excerpt, lineList, refuse } from './readError';
import { ByteRecordStream } from './byteRecords';
import { parseRecords, RecordStream, type Parsed } from './records';

/**
 * Delimited text (CSV, TSV, semicolon, pipe) and whitespace tables into rows, with what a user must
 * know about the reading: the delimiter is sniffed from several lines below any preamble (title
 * lines, `#` comments as GA4 exports have, blank lines), which is skipped and reported; an unclosed
 * quote refuses the file with the line it opened on; rows with more or fewer fields than the header
 * are reported by line.
 */

const DELIMITERS = [',', ';', '\t', '|'];
const SAMPLE_CHARS = 65_536;
const SAMPLE_RECORDS = 60;
/** At most this many records above the header are taken for preamble. */
const MAX_PREAMBLE = 10;
/** Share of the sampled records that must have the header's field count for a delimiter to fit. */
const CONSISTENT = 0.8;
/** A header cell longer than this is not a header (and would flood any message that names headers). */
const MAX_HEADER_CELL = 1000;
/** Google Sheets' column limit. */
const MAX_COLUMNS = 18_278;

/** A record with `width` fields, or more whose extra ones are empty (trailing delimiters, as some exports write). */
const fits = (r: string[], width: number) => r.length === width || (r.length > width && r.slice(width).every((c) => c === ''));
/** True when the field starts with a visible ASCII character: it is then not blank, no trim needed. */
const startsVisible = (field: string) => field.length > 0 && field.charCodeAt(0) > 32 && field.charCodeAt(0) < 127;
/**
 * True when every field is empty or spaces. A loop (`every` made a closure per record), and most
 * records are settled by their first field's first character, without a trim.
 */
function isBlank(r: string[]): boolean {
  if (r.length > 0 && startsVisible(r[0])) return false;
  for (let i = 0; i < r.length; i++) if (r[i].trim() !== '') return false;
  return true;
}
const isComment = (r: string[]) => r[0].trimStart().startsWith('#');
/** True when every record has `width` fields and a first field that starts with a visible ASCII character. */
function allKeptAsTheyAre(records: string[][], width: number): boolean {
  for (let i = 0; i < records.length; i++) if (records[i].length !== width || !startsVisible(records[i][0])) return false;
  return true;
}

interface Layout {
  delimiter: string;
  /** Index of the header among the records. */
  header: number;
  width: number;
  /** Sampled records from the header on that have its width and no stray quotes. */
  support: number;
}

/** Counts the layout's support; true when enough records below the header fit it. */
function consistent(records: string[][], strays: Set<number>, layout: Layout): boolean {
  let rest = 0;
  let fit = 0;
  for (let i = layout.header + 1; i < records.length; i++) {
    if (isBlank(records[i])) continue;
    rest++;
    if (fits(records[i], layout.width)) fit++;
  }
  // Lines taken for a preamble count against the layout: a delimiter that explains every line beats
  // one that must skip lines to fit (under the right one, a title line is skipped by every delimiter alike).
  let skipped = 0;
  for (let i = 0; i < layout.header; i++) if (!isBlank(records[i]) && !isComment(records[i])) skipped++;
  layout.support = (strays.has(layout.header) ? 0 : 1) + fit - skipped - [...strays].filter((x) => x > layout.header).length;
  return rest === 0 || fit / rest >= CONSISTENT;
}

/** More records fit, then more columns, then fewer lines skipped. */
const better = (a: Layout, b: Layout) => a.support !== b.support ? a.support > b.support : a.width !== b.width ? a.width > b.width : a.header < b.header;

/** Picks the delimiter and the header line from the first records of the text. */
function sniff(text: string): Layout | 'whitespace' {
  const truncated = text.length > SAMPLE_CHARS;
  const sample = truncated ? text.slice(0, SAMPLE_CHARS) : text;
  let best: Layout | null = null;
  const firstContent = (records: string[][]) => Math.max(0, records.findIndex((r) => !isBlank(r) && !isComment(r)));
  for (const d of DELIMITERS) {
    const p = parseRecords(sample, d, { maxRecords: SAMPLE_RECORDS + 1 });
    // The last sampled record may be cut short; it is kept only when it is the only one.
    const cut = (truncated || p.unclosed || p.records.length > SAMPLE_RECORDS) && p.records.length > 1;
    const records = cut ? p.records.slice(0, -1) : p.records;
    if (records.length === 0) continue;
    let layout: Layout | null = null;
    for (let h = 0; h < Math.min(records.length, MAX_PREAMBLE + 1) && !layout; h++) {
      const r = records[h];
      if (isBlank(r) || isComment(r) || r.length < 2) continue;
      const candidate = { delimiter: d, header: h, width: r.length, support: 0 };
      if (consistent(records, p.strays, candidate)) layout = candidate;
    }
    if (!layout) continue;
    // Only lines that look like a preamble (fewer fields than the header) are skipped.
    const width = layout.width;
    const wider = records.slice(0, layout.header).findIndex((r) => !isBlank(r) && !isComment(r) && r.length >= width);
    if (wider >= 0) {
      layout = { ...layout, header: wider, width: records[wider].length };
      consistent(records, p.strays, layout);
    }
    if (!best || better(layout, best)) best = layout;
  }
  if (best) return best;
  const lines = sample.split(/\r\n|\n|\r/).slice(0, SAMPLE_RECORDS).map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
  if (lines.length >= 2) {
    const counts = lines.map((l) => l.split(/\s+/).length);
    if (counts[0] >= 2 && counts.filter((c) => c === counts[0]).length / counts.length >= CONSISTENT) return 'whitespace';
  }
  // One column: the header is the first line with content.
  const p = parseRecords(sample, ',', { maxRecords: SAMPLE_RECORDS });
  return { delimiter: ',', header: firstContent(p.records), width: 1, support: 0 };
}

const delimiterName = (d: string, lang: Lang) => (d === '\t' ? readMessage('tab', lang) : `"${d}"`);

/** Blank records held back at most, waiting to see whether the file ends with them (then they are dropped). */
const MAX_HELD_BLANKS = 1000;

/** Rows completed by one block of text, each with the file line it starts on. */
export interface RowsOfBlock {
  rows: string[][];
  lines: number[];
}

/**
 * Reads decoded text block by block into rows, or refuses naming `file`: the delimiter and header
 * are found in the first 64 KB, then records are shaped to the header's width as they come, so a
 * file of any size is read in one pass with only one block in memory.
 */
export class DelimitedReader {
  private sample = '';
  private layout: Layout | 'whitespace' | null = null;
  private stream: RecordStream | null = null;
  /** Records from UTF-8 bytes, once the blocks come as bytes (`pushBytes`). */
  private bytes: ByteRecordStream | null = null;
  /** Records seen so far, to find the header by its index in the sample. */
  private seen = 0;
  private header: string[] | null = null;
  private headerLine = 0;
  private width = 0;
  private heldBlanks: { row: string[]; line: number }[] = [];
  private anyText = false;
  readonly leftOutLines: number[] = [];
  readonly shortLines: number[] = [];
  private dataRows = 0;

  constructor(
    private readonly file: string,
    private readonly lang: Lang = 'en',
  ) {}

  /**
   * A reader for a later part of a file read in parts: the delimiter and header width are those the
   * first part found; records start on `line`.
   */
  static continuing(file: string, lang: Lang, delimiter: string, width: number, line: number): DelimitedReader {
    const reader = new DelimitedReader(file, lang);
    reader.layout = { delimiter, header: -1, width, support: 0 };
    reader.stream = new RecordStream(delimiter, line);
    reader.header = [];
    reader.width = width;
    reader.anyText = true;
    return reader;
  }

  /**
   * Feeds the last block of a part that is not the end of the file: blank records held back are rows
   * (more of the file follows). {@link atRecordEnd} then says whether the part ended between records.
   */
  endPart(text: string): RowsOfBlock {
    return this.releaseHeld(this.push(text, false));
  }

  private releaseHeld(out: RowsOfBlock): RowsOfBlock {
    const held = this.heldBlanks;
    this.heldBlanks = [];
    for (const b of held) this.emit(b.row, b.line, out);
    return out;
  }

  /** True when the text so far ended between two records (not inside a quoted field). */
  get atRecordEnd(): boolean {
    if (this.bytes) return this.bytes.atRecordEnd;
    return this.stream?.atRecordEnd ?? this.sample === '';
  }

  /** True once the layout is known and its records can be read from UTF-8 bytes ({@link pushBytes}). */
  get takesBytes(): boolean {
    return this.stream !== null && this.layout !== 'whitespace';
  }

  /**
   * Feeds the next block of UTF-8 bytes (`takesBytes` must be true): from then on every block comes
   * as bytes. `held` are the bytes the text decoder held back (a character cut by the block's end),
   * read before the first block given as bytes; `offset` is the file offset of `bytes[0]`. Throws
   * `NotUtf8Later` or `NulByte` for bytes the text decoding would refuse.
   */
  pushBytes(bytes: Uint8Array, final: boolean, offset: number, held: Uint8Array = new Uint8Array(0)): RowsOfBlock {
    if (!this.bytes) {
      const rest = (this.stream as RecordStream).takeRest();
      const pending = Buffer.concat([Buffer.from(rest.text, 'utf8'), held]);
      this.bytes = new ByteRecordStream((this.layout as Layout).delimiter, (this.layout as Layout).width, offset, rest.line, pending);
    }
    const parsed = this.bytes.push(bytes, final);
    if (parsed.unclosed) refuse('unclosedQuote', this.lang, { file: this.file, line: parsed.unclosed.line, excerpt: excerpt(this.bytes.unclosedText()) });
    return this.takeAll(parsed, final);
  }

  /** {@link endPart} for a last block given as bytes. */
  endPartBytes(bytes: Uint8Array, offset: number, held?: Uint8Array): RowsOfBlock {
    return this.releaseHeld(this.pushBytes(bytes, false, offset, held));
  }

  /** The header's width, once the header is found. */
  get headerWidth(): number {
    return this.width;
  }

  /** What the reader of a part found, as plain data (to come back from a worker thread). */
  partFindings(): { leftOutLines: number[]; shortLines: number[]; dataRows: number } {
    return { leftOutLines: this.leftOutLines, shortLines: this.shortLines, dataRows: this.dataRows };
  }

  /** Adds the findings of a later part read elsewhere. */
  absorbFindings(f: { leftOutLines: number[]; shortLines: number[]; dataRows: number }): void {
    this.leftOutLines.push(...f.leftOutLines);
    this.shortLines.push(...f.shortLines);
    this.dataRows += f.dataRows;
  }

  /** Feeds the next block of text (`final` for the last); returns the rows it completes, header first. */
  push(text: string, final: boolean): RowsOfBlock {
    if (text !== '' && text !== '\ufeff') this.anyText = true;
    if (!this.stream) {
      this.sample += text;
      if (this.sample.length < SAMPLE_CHARS && !final) return { rows: [], lines: [] };
      if (!this.anyText) refuse('empty', this.lang, { file: this.file });
      this.layout = sniff(this.sample);
      this.stream = new RecordStream(this.layout === 'whitespace' ? null : this.layout.delimiter);
      text = this.sample;
      this.sample = '';
    }
    const parsed = this.stream.push(text, final);
    if (parsed.unclosed) refuse('unclosedQuote', this.lang, { file: this.file, line: parsed.unclosed.line, excerpt: excerpt(this.stream.unclosedText()) });
    return this.takeAll(parsed, final);
  }

  /** The rows of the records parsed; after the last block (`final`), a file without a header is refused. */
  private takeAll(parsed: Parsed, final: boolean): RowsOfBlock {
    const { records, lines } = parsed;
    // Most blocks hold only records that `take` keeps as they are (below the header, its width, a
    // visible first character: not blank): the block's arrays are then the rows, not copied into new ones.
    if (this.header && this.layout !== 'whitespace' && this.heldBlanks.length === 0 && allKeptAsTheyAre(records, this.width)) {
      this.seen += records.length;
      this.dataRows += records.length;
      return { rows: records, lines };
    }
    const out: RowsOfBlock = { rows: [], lines: [] };
    for (let r = 0; r < records.length; r++) this.take(records[r], lines[r], out);
    if (final && !this.header) refuse('noTable', this.lang, { file: this.file });
    return out;
  }

  private take(record: string[], line: number, out: RowsOfBlock): void {
    const index = this.seen++;
    if (this.layout === 'whitespace') {
      if (!this.header) {
        this.header = record;
        this.headerLine = line;
      } else this.dataRows++;
      out.rows.push(record);
      out.lines.push(line);
      return;
    }
    if (!this.header) {
      if (index < (this.layout as Layout).header || isBlank(record) || isComment(record)) return;
      this.acceptHeader(record, line);
      out.rows.push(record);
      out.lines.push(line);
      return;
    }
    if (isBlank(record) && this.heldBlanks.length < MAX_HELD_BLANKS) {
      this.heldBlanks.push({ row: record, line });
      return;
    }
    // Blank records followed by more rows are rows of the file (blank ones).
    if (this.heldBlanks.length) {
      const held = this.heldBlanks;
      this.heldBlanks = [];
      for (const b of held) this.emit(b.row, b.line, out);
    }
    this.emit(record, line, out);
  }

  /** A data record shaped to the header's width: extra empty fields dropped, missing ones blank, longer ones left out. */
  private emit(record: string[], line: number, out: RowsOfBlock): void {
    const width = this.width;
    let row = record;
    if (row.length > width) {
      let k = row.length;
      while (k > width && row[k - 1] === '') k--;
      if (k > width) {
        this.leftOutLines.push(line);
        return;
      }
      row = row.slice(0, width);
    } else if (row.length < width) {
      if (!isBlank(row)) this.shortLines.push(line);
      while (row.length < width) row.push('');
    }
    this.dataRows++;
    out.rows.push(row);
    out.lines.push(line);
  }

  private acceptHeader(header: string[], line: number): void {
    const { file, lang } = this;
    const delimiter = (this.layout as Layout).delimiter;
    if (header.length > MAX_COLUMNS) refuse('tooManyColumns', lang, { file, line, count: header.length, excerpt: excerpt(header.slice(0, 100).join(delimiter)) });
    const long = header.find((c) => c.length > MAX_HEADER_CELL);
    if (long !== undefined) refuse('notAHeader', lang, { file, line, length: long.length, excerpt: excerpt(long) });
    this.header = header;
    this.headerLine = line;
    this.width = header.length;
  }

  /** The delimiter used, or null for a whitespace-separated table. */
  get delimiter(): string | null {
    return this.layout === null || this.layout === 'whitespace' ? null : this.layout.delimiter;
  }

  /** Physical lines above the header that were skipped. */
  get skippedLines(): number {
    return this.layout === 'whitespace' ? 0 : Math.max(0, this.headerLine - 1);
  }

  /** What the user must know about the reading, once the last block is in. */
  notes(): string[] {
    const { file, lang, width } = this;
    const notes: string[] = [];
    if (this.layout === 'whitespace') return notes;
    const skippedLines = this.skippedLines;
    if (skippedLines > 0) notes.push(readMessage(skippedLines === 1 ? 'skippedLine' : 'skippedLines', lang, { file, count: skippedLines, line: this.headerLine }));
    if (this.shortLines.length) notes.push(readMessage('shortRows', lang, { file, count: this.shortLines.length, width, lines: lineList(this.shortLines, lang) }));
    if (this.leftOutLines.length) notes.push(readMessage('longRows', lang, { file, count: this.leftOutLines.length, width, delimiter: delimiterName(this.delimiter ?? ',', lang), lines: lineList(this.leftOutLines, lang) }));
    if (this.dataRows === 0 && this.leftOutLines.length === 0) notes.push(readMessage('headerOnly', lang, { file }));
    return notes;
  }
}
