import type { Lang } from '../core/types';
import { readMessage } from './messages';
import { excerpt, lineList, refuse } from './readError';

/**
 * Delimited text (CSV, TSV, semicolon, pipe) and whitespace tables into rows, with what a user must
 * know about the reading: the delimiter is sniffed from several lines below any preamble (title
 * lines, `#` comments as GA4 exports have, blank lines), which is skipped and reported; an unclosed
 * quote refuses the file with the line it opened on; rows with more or fewer fields than the header
 * are reported by line.
 */

export interface TextTable {
  /** The header row, then one row per data record, each as wide as the header. */
  rows: string[][];
  notes: string[];
  /** Physical lines above the header that were skipped. */
  skippedLines: number;
  /** The delimiter used, or null for a whitespace-separated table. */
  delimiter: string | null;
  /** The file line on which each row of `rows` starts. */
  rowLines: number[];
  /** Lines of records left out because they have more fields than the header. */
  leftOutLines: number[];
  /** Lines of records with fewer fields than the header (kept, padded with blanks). */
  shortLines: number[];
}

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

interface Parsed {
  records: string[][];
  lines: number[];
  /** Set when a quoted field is still open at the end of the text. */
  unclosed?: { line: number; offset: number };
  /** Indices of records with text after a closing quote (a sign of the wrong delimiter). */
  strays: Set<number>;
}

/** Parses RFC 4180 records (quotes only at the start of a field, "" inside quotes, CRLF, LF or CR). */
function parseRecords(text: string, delimiter: string, maxRecords = Number.POSITIVE_INFINITY): Parsed {
  const dc = delimiter.charCodeAt(0);
  const n = text.length;
  const records: string[][] = [];
  const lines: number[] = [];
  const strays = new Set<number>();
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
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
          if (q < 0) return { records, lines, unclosed: open, strays };
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
        row.push(text.slice(i, j));
        i = j;
      }
      if (i >= n) break;
      const c = text.charCodeAt(i);
      if (c === dc) {
        i++;
        if (i >= n) {
          row.push('');
          break;
        }
        continue;
      }
      i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
      line++;
      break;
    }
    records.push(row);
  }
  return { records, lines, strays };
}

function newlines(text: string, from: number, to: number): number {
  let k = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) k++;
  }
  return k;
}

/** A record with `width` fields, or more whose extra ones are empty (trailing delimiters, as some exports write). */
const fits = (r: string[], width: number) => r.length === width || (r.length > width && r.slice(width).every((c) => c === ''));
const isBlank = (r: string[]) => r.every((c) => c.trim() === '');
const isComment = (r: string[]) => r[0].trimStart().startsWith('#');

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
  layout.support = (strays.has(layout.header) ? 0 : 1) + fit - [...strays].filter((x) => x > layout.header).length;
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
    const p = parseRecords(sample, d, SAMPLE_RECORDS + 1);
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
  const p = parseRecords(sample, ',', SAMPLE_RECORDS);
  return { delimiter: ',', header: firstContent(p.records), width: 1, support: 0 };
}

function whitespaceTable(text: string): TextTable {
  const rows: string[][] = [];
  const rowLines: number[] = [];
  const lines = text.split(/\r\n|\n|\r/);
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i].trim();
    if (l === '') continue;
    rows.push(l.split(/\s+/));
    rowLines.push(i + 1);
  }
  return { rows, notes: [], skippedLines: 0, delimiter: null, rowLines, leftOutLines: [], shortLines: [] };
}

const delimiterName = (d: string, lang: Lang) => (d === '\t' ? readMessage('tab', lang) : `"${d}"`);

/** Reads a decoded text file into rows, or refuses naming `file`. */
export function readDelimited(text: string, file: string, lang: Lang = 'en'): TextTable {
  if (text === '' || text === '\ufeff') refuse('empty', lang, { file });
  const layout = sniff(text);
  if (layout === 'whitespace') return whitespaceTable(text);
  const { delimiter } = layout;
  const parsed = parseRecords(text, delimiter);
  if (parsed.unclosed) {
    const { line, offset } = parsed.unclosed;
    refuse('unclosedQuote', lang, { file, line, excerpt: excerpt(text.slice(offset, offset + 400)) });
  }
  const { records, lines } = parsed;
  let h = layout.header;
  while (h < records.length && (isBlank(records[h]) || isComment(records[h]))) h++;
  if (h >= records.length) refuse('noTable', lang, { file });
  const header = records[h];
  const headerLine = lines[h];
  if (header.length > MAX_COLUMNS) refuse('tooManyColumns', lang, { file, line: headerLine, count: header.length, excerpt: excerpt(header.slice(0, 100).join(delimiter)) });
  const long = header.find((c) => c.length > MAX_HEADER_CELL);
  if (long !== undefined) refuse('notAHeader', lang, { file, line: headerLine, length: long.length, excerpt: excerpt(long) });
  const width = header.length;
  let end = records.length;
  while (end > h + 1 && isBlank(records[end - 1])) end--;
  const rows: string[][] = [header];
  const rowLines: number[] = [headerLine];
  const leftOutLines: number[] = [];
  const shortLines: number[] = [];
  for (let r = h + 1; r < end; r++) {
    let row = records[r];
    if (row.length > width) {
      let k = row.length;
      while (k > width && row[k - 1] === '') k--;
      if (k > width) {
        leftOutLines.push(lines[r]);
        continue;
      }
      row = row.slice(0, width);
    } else if (row.length < width) {
      if (!isBlank(row)) shortLines.push(lines[r]);
      while (row.length < width) row.push('');
    }
    rows.push(row);
    rowLines.push(lines[r]);
  }
  const notes: string[] = [];
  const skippedLines = headerLine - 1;
  if (skippedLines > 0) notes.push(readMessage(skippedLines === 1 ? 'skippedLine' : 'skippedLines', lang, { file, count: skippedLines, line: headerLine }));
  if (shortLines.length) notes.push(readMessage('shortRows', lang, { file, count: shortLines.length, width, lines: lineList(shortLines, lang) }));
  if (leftOutLines.length) notes.push(readMessage('longRows', lang, { file, count: leftOutLines.length, width, delimiter: delimiterName(delimiter, lang), lines: lineList(leftOutLines, lang) }));
  if (rows.length === 1 && leftOutLines.length === 0) notes.push(readMessage('headerOnly', lang, { file }));
  return { rows, notes, skippedLines, delimiter, rowLines, leftOutLines, shortLines };
}
