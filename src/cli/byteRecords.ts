/**
 * The records of UTF-8 bytes, as `parseRecords` gives them for the decoded text (RFC 4180: quotes
 * only at the start of a field, "" inside quotes, CRLF, LF or CR line ends, lenient text after a
 * closing quote), without decoding the bytes to one text first: each field is looked up by its
 * bytes in its column's table of the texts already seen (open addressing over a typed array, FNV-1a
 * over the bytes), and only a text not seen before is decoded; before that, a field is compared in
 * place with the previous record's field of its column. Order lines repeat their id, date and
 * customer, so most fields cost a compare, no new string, and the reader then gets one string
 * object per distinct text (its look-ups and `===` tests compare pointers). The record-end steps
 * are `parseRecords`' own, written again over bytes: test/cli/byteRecords.test.ts holds the two to
 * the same records for any text cut anywhere.
 * A byte that is not UTF-8 throws `NotUtf8Later` with its offset in the file, a NUL byte throws
 * `NulByte`, as the text decoding refuses them.
 */
import { isUtf8 } from 'node:buffer';
import { NotUtf8Later, utf8Census } from './encoding';
import type { Parsed } from './records';

/** A NUL byte at `offset` of the file: the file is not text. */
export class NulByte extends Error {
  constructor(readonly offset: number) {
    super(`NUL byte at ${offset}`);
  }
}

/** Columns past this many (or past the header's width) are decoded field by field: a line of a million fields must not make a million tables. */
const MAX_TABLE_COLUMNS = 256;
/**
 * All the columns' tables together hold at most this many texts, and their bytes at most this many
 * bytes, shared equally: a table that is full starts again, so memory stays bounded on columns of
 * unique values however wide the file (4 columns: 65,536 texts and 4 MB each).
 */
const TOTAL_TEXTS = 1 << 18;
const TOTAL_BYTES = 16 * 1024 * 1024;

/** One column's texts by their bytes. */
class ColumnTexts {
  constructor(
    private readonly maxTexts: number,
    private readonly maxBytes: number,
  ) {}

  private mask = 1023;
  /** Per cell: the entry + 1 (0: empty). */
  private cells = new Int32Array(1024);
  private hashes = new Int32Array(1024);
  private starts = new Int32Array(1024);
  private lengths = new Int32Array(1024);
  private texts: string[] = [];
  /** Per entry: line breaks inside it (a quoted field over lines), and whether text follows its closing quote. */
  private breaks = new Int32Array(1024);
  private strays = new Uint8Array(1024);
  private bytes = new Uint8Array(4096);
  /** `bytes` as a DataView, to compare four bytes at a time. */
  private byteWords = new DataView(this.bytes.buffer);
  private used = 0;

  /** The entry of bytes `buf[s, e)` (`words`: the same bytes as a DataView) with hash `h`, or -1. */
  find(buf: Uint8Array, words: DataView, s: number, e: number, h: number): number {
    const len = e - s;
    const { cells, hashes, lengths, starts, bytes, byteWords } = this;
    for (let i = h & this.mask; ; i = (i + 1) & this.mask) {
      const k = cells[i] - 1;
      if (k < 0) return -1;
      if (hashes[k] !== h || lengths[k] !== len) continue;
      const a = starts[k];
      let j = 0;
      while (j + 4 <= len && byteWords.getInt32(a + j) === words.getInt32(s + j)) j += 4;
      while (j < len && bytes[a + j] === buf[s + j]) j++;
      if (j === len) return k;
    }
  }

  text(k: number): string {
    return this.texts[k];
  }
  lineBreaks(k: number): number {
    return this.breaks[k];
  }
  stray(k: number): boolean {
    return this.strays[k] === 1;
  }

  /** Remembers `text` for bytes `buf[s, e)` (hash `h`); its entry. */
  add(buf: Uint8Array, s: number, e: number, h: number, text: string, lineBreaks: number, stray: boolean): number {
    const len = e - s;
    if (this.texts.length >= this.maxTexts || this.used + len > this.maxBytes) this.clear();
    const k = this.texts.length;
    if (k === this.hashes.length) this.growEntries();
    if (this.used + len > this.bytes.length) {
      const b = new Uint8Array(Math.max(2 * this.bytes.length, this.used + len));
      b.set(this.bytes.subarray(0, this.used));
      this.bytes = b;
      this.byteWords = new DataView(b.buffer);
    }
    this.bytes.set(buf.subarray(s, e), this.used);
    this.starts[k] = this.used;
    this.used += len;
    this.lengths[k] = len;
    this.hashes[k] = h;
    this.breaks[k] = lineBreaks;
    this.strays[k] = stray ? 1 : 0;
    this.texts.push(text);
    if (2 * (k + 1) > this.mask) this.rehash(2 * (this.mask + 1));
    else this.place(k);
    return k;
  }

  private place(k: number): void {
    let i = this.hashes[k] & this.mask;
    while (this.cells[i] !== 0) i = (i + 1) & this.mask;
    this.cells[i] = k + 1;
  }

  private rehash(size: number): void {
    this.mask = size - 1;
    this.cells = new Int32Array(size);
    for (let k = 0; k < this.texts.length; k++) this.place(k);
  }

  private growEntries(): void {
    const n = 2 * this.hashes.length;
    const grow = <T extends Int32Array | Uint8Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(n);
      b.set(a);
      return b;
    };
    this.hashes = grow(this.hashes);
    this.starts = grow(this.starts);
    this.lengths = grow(this.lengths);
    this.breaks = grow(this.breaks);
    this.strays = grow(this.strays);
  }

  private clear(): void {
    this.cells.fill(0);
    this.texts = [];
    this.used = 0;
  }
}

/** Line breaks in `buf[s, e)`: LF, CRLF (counted once) and lone CR. */
function lineBreaksIn(buf: Uint8Array, s: number, e: number): number {
  let k = 0;
  for (let i = s; i < e; i++) {
    const c = buf[i];
    if (c === 10 || (c === 13 && buf[i + 1] !== 10)) k++;
  }
  return k;
}

/**
 * The first `n` fields of the scratch row as a new packed array: an array literal for the usual
 * widths (allocated in place by optimized code, where slice calls into the runtime), slice beyond.
 */
function fieldsOf(row: string[], n: number): string[] {
  switch (n) {
    case 2:
      return [row[0], row[1]];
    case 3:
      return [row[0], row[1], row[2]];
    case 4:
      return [row[0], row[1], row[2], row[3]];
    case 5:
      return [row[0], row[1], row[2], row[3], row[4]];
    case 6:
      return [row[0], row[1], row[2], row[3], row[4], row[5]];
    case 7:
      return [row[0], row[1], row[2], row[3], row[4], row[5], row[6]];
    case 8:
      return [row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7]];
    default:
      return row.slice(0, n);
  }
}

/**
 * The records parsed so far, cut at the end of the complete ones: the open record, if any, comes
 * again with the next block. A module function, not a closure made per parse (each block's would be
 * a new call target, and the parse's optimized code was thrown away at it: "wrong call target").
 */
function cutAt(records: string[][], lines: number[], strays: Set<number>, end: number, endLine: number): Parsed {
  strays.delete(records.length);
  return { records, lines, strays, end, endLine };
}

/** Records of UTF-8 bytes fed block by block (see the file's comment); the first block starts at file offset `offset` on line `line`. */
export class ByteRecordStream {
  private readonly dc: number;
  private readonly columns: ColumnTexts[] = [];
  /** Columns read through a table (the header's, up to MAX_TABLE_COLUMNS). */
  private readonly tableColumns: number;
  private readonly prevAt: Int32Array;
  private readonly prevLength: Int32Array;
  private readonly prevText: string[];
  /**
   * The bytes not parsed yet, `work[0, have)`: a record not complete yet, then the blocks fed since.
   * One buffer for the whole read (no buffer per block), so the blocks given may be reused by the caller.
   */
  private work: Buffer;
  private have: number;
  /** Bytes of the open record when it was last parsed: parsing waits until as many more have come. */
  private openLength: number;
  /** File offset of `work[0]`. */
  private offset: number;
  private line: number;
  private openBytes: Uint8Array = new Uint8Array(0);
  /** The fields of the record being parsed (written from 0 up, so it stays a packed array). */
  private readonly scratch: string[] = [];

  /** `width`: the header's number of columns. */
  constructor(delimiter: string, width: number, offset: number, line: number, pending: Uint8Array = new Uint8Array(0)) {
    this.dc = delimiter.charCodeAt(0);
    this.tableColumns = Math.max(1, Math.min(width, MAX_TABLE_COLUMNS));
    this.prevAt = new Int32Array(this.tableColumns);
    this.prevLength = new Int32Array(this.tableColumns);
    this.prevText = new Array<string>(this.tableColumns).fill('');
    this.offset = offset - pending.length;
    this.line = line;
    this.work = Buffer.allocUnsafe(Math.max(1024, 2 * pending.length));
    this.work.set(pending);
    this.have = pending.length;
    this.openLength = pending.length;
  }

  /** True when no record is left open. */
  get atRecordEnd(): boolean {
    return this.have === 0;
  }

  /** The start of the field whose quote was never closed, after a final push that found one. */
  unclosedText(): string {
    return Buffer.from(this.openBytes).toString('utf8').slice(0, 400);
  }

  /**
   * Feeds the next block (copied: the caller may reuse it); returns the records it completes. A very
   * long record (a quoted field over many blocks) is parsed again only when its bytes have doubled,
   * so the cost stays linear.
   */
  push(block: Uint8Array, final: boolean): Parsed {
    const need = this.have + block.length;
    if (need > this.work.length) {
      const grown = Buffer.allocUnsafe(Math.max(need, 2 * this.work.length));
      grown.set(this.work.subarray(0, this.have));
      this.work = grown;
    }
    this.work.set(block, this.have);
    this.have = need;
    if (!final && this.have < 2 * this.openLength) return { records: [], lines: [], strays: new Set(), end: 0, endLine: this.line };
    const buf = this.work.subarray(0, this.have);
    const parsed = this.parse(buf, final);
    // A copy (Buffer's slice is a view, and `work` is reused).
    if (parsed.unclosed) this.openBytes = Uint8Array.from(buf.subarray(parsed.unclosed.offset, parsed.unclosed.offset + 1600));
    // The open record moves to the front.
    this.work.copyWithin(0, parsed.end, this.have);
    this.have -= parsed.end;
    this.openLength = this.have;
    this.offset += parsed.end;
    this.line = parsed.endLine;
    return parsed;
  }

  private column(c: number): ColumnTexts {
    let t = this.columns[c];
    if (!t) {
      t = new ColumnTexts(Math.max(1024, Math.floor(TOTAL_TEXTS / this.tableColumns)), Math.max(64 * 1024, Math.floor(TOTAL_BYTES / this.tableColumns)));
      this.columns[c] = t;
    }
    return t;
  }

  /** A field's text, decoded from `buf[s, e)` (quotes undone when `quoted`, its closing quote at `close`). */
  private decode(buf: Buffer, s: number, e: number, quoted: boolean, close: number): string {
    let ascii = true;
    for (let i = s; i < e; i++) {
      const b = buf[i];
      if (b >= 0x80) ascii = false;
      else if (b === 0) throw new NulByte(this.offset + i);
    }
    if (!ascii && !isUtf8(buf.subarray(s, e))) throw new NotUtf8Later(this.offset + s + Math.max(0, utf8Census(buf.subarray(s, e)).firstInvalid));
    if (e - s === 1 && ascii) return String.fromCharCode(buf[s]);
    const enc = ascii ? 'latin1' : 'utf8';
    if (!quoted) return buf.toString(enc, s, e);
    const inside = buf.toString(enc, s + 1, close).replace(/""/g, '"');
    return close + 1 < e ? inside + buf.toString(enc, close + 1, e) : inside;
  }

  private parse(whole: Buffer, final: boolean): Parsed {
    // A plain Uint8Array view: indexing a Buffer subclass is slower in the hot loops.
    const buf = new Uint8Array(whole.buffer, whole.byteOffset, whole.length);
    const words = new DataView(whole.buffer, whole.byteOffset, whole.length);
    const dc = this.dc;
    const n = buf.length;
    const records: string[][] = [];
    const lines: number[] = [];
    const strays = new Set<number>();
    let line = this.line;
    let i = 0;
    let end = 0;
    let endLine = line;
    // The previous record's unquoted fields, by where they sit in `buf` (-1: none).
    const { prevAt, prevLength, prevText } = this;
    prevAt.fill(-1);
    // Every way out of a block goes through the one return at the end (`break reading`): a
    // return that runs once in a while (a block ending at a record's end, or inside a field) would
    // have no type feedback when the loop is optimized, and the first one would throw that code away.
    reading: while (i < n) {
      // Fields go into one scratch array, then the record is its copy of exact size: one small packed
      // array a record, not one grown by push to 16 slots, and of the same kind as the text reader's rows.
      const row = this.scratch;
      let col = 0;
      for (;;) {
        const s = i;
        // Most often a field is the previous record's (an order's lines repeat its id, date and
        // customer): its bytes are compared with those, and must end there, before any hashing.
        let same = false;
        const prev = col < this.tableColumns ? prevAt[col] : -1;
        if (prev >= 0) {
          const len = prevLength[col];
          const e = s + len;
          if (e < n || (e === n && final)) {
            let j = 0;
            // Four bytes at a time, then byte by byte: ids and dates are 5 to 20 bytes.
            while (j + 4 <= len && words.getInt32(s + j) === words.getInt32(prev + j)) j += 4;
            while (j < len && buf[s + j] === buf[prev + j]) j++;
            const t = e < n ? buf[e] : dc;
            same = j === len && (t === dc || t === 10 || t === 13);
          }
        }
        if (same) {
          row[col] = prevText[col];
          prevAt[col] = s;
          i = s + prevLength[col];
        } else {
          let h = 0x811c9dc5 | 0;
          let quoted = false;
          let close = -1;
          if (buf[i] === 34) {
            quoted = true;
            // The closing quote: one not followed by another (a pair is a quote inside the field).
            let j = i + 1;
            for (;;) {
              while (j < n && buf[j] !== 34) j++;
              if (j >= n || (!final && j === n - 1)) {
                if (!final) break reading;
                return { records, lines, unclosed: { line, offset: s }, strays, end, endLine };
              }
              if (j + 1 < n && buf[j + 1] === 34) j += 2;
              else break;
            }
            close = j;
            i = j + 1;
            for (let k = s; k < i; k++) h = Math.imul(h ^ buf[k], 16777619);
          }
          // The rest of the field (all of it unquoted; after a closing quote, text that belongs to it).
          while (i < n) {
            const b = buf[i];
            if (b === dc || b === 10 || b === 13) break;
            h = Math.imul(h ^ b, 16777619);
            i++;
          }
          // A field that runs to the end of a block may go on in the next.
          if (i >= n && !final) break reading;
          if (col < this.tableColumns) {
            const table = this.column(col);
            let k = table.find(buf, words, s, i, h);
            if (k < 0) k = table.add(buf, s, i, h, this.decode(whole, s, i, quoted, close), quoted ? lineBreaksIn(buf, s + 1, close) : 0, quoted && close + 1 < i);
            line += table.lineBreaks(k);
            if (table.stray(k)) strays.add(records.length);
            const text = table.text(k);
            row[col] = text;
            prevAt[col] = quoted ? -1 : s;
            prevLength[col] = i - s;
            prevText[col] = text;
          } else {
            if (quoted) line += lineBreaksIn(buf, s + 1, close);
            if (quoted && close + 1 < i) strays.add(records.length);
            row[col] = this.decode(whole, s, i, quoted, close);
          }
        }
        col++;
        if (i >= n) break;
        const c = buf[i];
        if (c === dc) {
          i++;
          if (i >= n) {
            if (!final) break reading;
            row[col++] = '';
            break;
          }
          continue;
        }
        // A CR at the very end of a block may be the first half of CRLF.
        if (c === 13 && i + 1 >= n && !final) break reading;
        i += c === 13 && buf[i + 1] === 10 ? 2 : 1;
        line++;
        break;
      }
      lines.push(endLine);
      records.push(fieldsOf(row, col));
      end = i;
      endLine = line;
    }
    // `end` and `endLine` are where the last complete record ended (`i` and `line` when the block ends with it).
    return cutAt(records, lines, strays, end, endLine);
  }
}
