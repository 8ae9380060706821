/**
 * RFC 4180 records from text that arrives in blocks: quotes only at the start of a field, "" inside
 * quotes, CRLF, LF or CR line ends. A record cut by the end of a block waits for the next block, so
 * reading a file in blocks gives exactly the records of reading it whole.
 */

export interface Parsed {
  records: string[][];
  /** The file line on which each record starts. */
  lines: number[];
  /** Set when a quoted field is still open at the end of the (final) text. */
  unclosed?: { line: number; offset: number };
  /** Indices of records with text after a closing quote (a sign of the wrong delimiter). */
  strays: Set<number>;
  /** Offset just after the last complete record, and the line that follows it. */
  end: number;
  endLine: number;
}

/**
 * Parses the records of `text`. `final`: the text is the end of the input; otherwise a record that
 * runs to the end of the text (it may continue in the next block) is left for later: `end` says where
 * the complete records stop. `line` is the file line of `text[0]`.
 */
export function parseRecords(text: string, delimiter: string, options: { maxRecords?: number; final?: boolean; line?: number; skipBom?: boolean } = {}): Parsed {
  const maxRecords = options.maxRecords ?? Number.POSITIVE_INFINITY;
  const final = options.final ?? true;
  const dc = delimiter.charCodeAt(0);
  const n = text.length;
  const records: string[][] = [];
  const lines: number[] = [];
  const strays = new Set<number>();
  const lastFields: string[] = [];
  let i = options.skipBom !== false && text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = options.line ?? 1;
  let end = i;
  let endLine = line;
  // A record left open at the end of a block: the complete records, and where they stop.
  const cut = () => {
    lines.length = records.length;
    return { records, lines, strays, end, endLine };
  };
  while (i < n && records.length < maxRecords) {
    const row: string[] = [];
    lines.push(line);
    for (;;) {
      if (text.charCodeAt(i) === 34) {
        const open = { line, offset: i };
        let field = '';
        let seg = ++i;
        for (;;) {
          const q = text.indexOf('"', i);
          if (q < 0 || (!final && q === n - 1)) {
            // Open to the end of the text: the end of the file (an error) or of a block (wait for more).
            if (!final) return cut();
            lines.length = records.length;
            return { records, lines, unclosed: open, strays, end, endLine };
          }
          line += newlines(text, i, q);
          if (text.charCodeAt(q + 1) === 34) {
            field += text.slice(seg, q + 1);
            i = seg = q + 2;
          } else {
            field += text.slice(seg, q);
            i = q + 1;
            break;
          }
        }
        // Lenient, as spreadsheets are: text after the closing quote belongs to the field.
        let j = i;
        while (j < n) {
          const c = text.charCodeAt(j);
          if (c === dc || c === 10 || c === 13) break;
          j++;
        }
        if (j > i) strays.add(records.length);
        row.push(j > i ? field + text.slice(i, j) : field);
        i = j;
      } else {
        let j = i;
        while (j < n) {
          const c = text.charCodeAt(j);
          if (c === dc || c === 10 || c === 13) break;
          j++;
        }
        // The lines of one order repeat its id, date and customer: the previous record's text of the
        // field is reused when the same, so the reader compares and looks up one string, not a copy each line.
        const prev = lastFields[row.length];
        if (prev !== undefined && prev.length === j - i && text.startsWith(prev, i)) row.push(prev);
        else {
          const field = text.slice(i, j);
          lastFields[row.length] = field;
          row.push(field);
        }
        i = j;
      }
      if (i >= n) {
        if (!final) return cut();
        break;
      }
      const c = text.charCodeAt(i);
      if (c === dc) {
        i++;
        if (i >= n) {
          if (!final) return cut();
          row.push('');
          break;
        }
        continue;
      }
      // A CR at the very end of a block may be the first half of CRLF.
      if (c === 13 && i + 1 >= n && !final) return cut();
      i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
      line++;
      break;
    }
    records.push(row);
    end = i;
    endLine = line;
  }
  return { records, lines, strays, end: i, endLine: line };
}

/** Line ends in `text[from, to)`: LF, CRLF (counted once) and lone CR. */
function newlines(text: string, from: number, to: number): number {
  let k = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) k++;
  }
  return k;
}

/** Records of text fed block by block (`delimiter` null: a whitespace-separated table, one record per non-blank line). */
export class RecordStream {
  private pending = '';
  private line: number;
  private first: boolean;
  /** Text waiting because the record it ends with is longer than what has come so far. */
  private waiting: string[] = [];
  private waitingLength = 0;
  private openText = '';

  /** `line`: the file line of the first text (1, or where a part of a file read in parts starts). */
  constructor(
    private readonly delimiter: string | null,
    line = 1,
  ) {
    this.line = line;
    this.first = line === 1;
  }

  /** True when no record is left open (a part of a file must end on a record's end). */
  get atRecordEnd(): boolean {
    return this.pending === '' && this.waitingLength === 0;
  }

  /**
   * Feeds the next block; returns the records it completes. A very long record (a quoted field over
   * many blocks) is parsed again only when the text has doubled, so the cost stays linear.
   */
  push(text: string, final: boolean): Parsed {
    this.waiting.push(text);
    this.waitingLength += text.length;
    if (!final && this.waitingLength < this.pending.length) return { records: [], lines: [], strays: new Set(), end: 0, endLine: this.line };
    const all = this.pending + this.waiting.join('');
    this.waiting = [];
    this.waitingLength = 0;
    const startLine = this.line;
    const parsed = this.delimiter === null ? whitespaceRecords(all, final, startLine) : parseRecords(all, this.delimiter, { final, line: startLine, skipBom: this.first });
    this.first = false;
    this.pending = all.slice(parsed.end);
    this.line = parsed.endLine;
    if (parsed.unclosed) this.openText = all.slice(parsed.unclosed.offset, parsed.unclosed.offset + 400);
    return parsed;
  }

  /** The text not parsed yet (a record still open) and the line it starts on; the stream is then empty. */
  takeRest(): { text: string; line: number } {
    const text = this.pending + this.waiting.join('');
    this.pending = '';
    this.waiting = [];
    this.waitingLength = 0;
    return { text, line: this.line };
  }

  /** The start of the field whose quote was never closed (for the message), after a final push that found one. */
  unclosedText(): string {
    return this.openText;
  }
}

/** Whitespace-separated records (CDNOW_master.txt: leading spaces, CRLF); blank lines are skipped. */
function whitespaceRecords(text: string, final: boolean, firstLine: number): Parsed {
  const records: string[][] = [];
  const lines: number[] = [];
  let line = firstLine;
  let i = 0;
  const n = text.length;
  while (i < n) {
    let j = i;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (c === 10 || c === 13) break;
      j++;
    }
    if (j >= n && !final) break;
    if (j < n && text.charCodeAt(j) === 13 && j + 1 >= n && !final) break;
    const l = text.slice(i, j).trim();
    if (l !== '') {
      records.push(l.split(/\s+/));
      lines.push(line);
    }
    i = j < n ? j + (text.charCodeAt(j) === 13 && text.charCodeAt(j + 1) === 10 ? 2 : 1) : n;
    line++;
  }
  return { records, lines, strays: new Set(), end: i, endLine: line };
}
