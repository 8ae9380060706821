import { isDate } from '../core/days';

/**
 * A worksheet's XML written row by row from any iterable of rows, for copies of the user's source
 * rows too large for exceljs' per-cell objects: inline strings, numbers, booleans and dates as
 * serial numbers, with the same cell rules as the exceljs tabs (text a spreadsheet would convert
 * keeps the text format "@", over-long text is cut, blanks are not written). The sheet's frame
 * (views, margins) and its style ids come from a placeholder sheet exceljs wrote.
 */

/** Excel's limit on the characters of one cell. */
export const MAX_CELL_CHARS = 32_767;

/** The most rows and columns an .xlsx sheet holds. */
export const XLSX_ROWS = 1_048_576;
export const XLSX_COLUMNS = 16_384;

/**
 * Text a spreadsheet would turn into a number, date, time or boolean on entry or import
 * (0123456789, 1.50, 1e5, 2024-01-02, 12:30, 50%, TRUE): written with the text format "@" so it stays text.
 */
export function looksConvertible(s: string): boolean {
  const t = s.trim();
  return CONVERTIBLE.test(t);
}
/** The numbers (1,234.50, $5, -3%, (7), 1e5), dates (2024-01-02, 1/2/24, 2024-01-02 10:00), times, booleans and day-month dates (3 Mar 2024) a spreadsheet converts. */
const CONVERTIBLE =
  /^(?:[-+(]?[$€£¥]?\s*(?:\d[\d,]*\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\s*%?\)?|\d{1,4}[-/.]\d{1,2}(?:[-/.]\d{1,4})?(?:[ T].*)?|\d{1,2}:\d{2}[\s\S]*|[tT][rR][uU][eE]|[fF][aA][lL][sS][eE]|\d{1,2}[- ]?[a-zA-Z]{3,9}(?:[- ]?\d{2,4})?)$/;

/** Text cut to what a cell holds: the first 32,766 characters and "…"; the text itself when it fits. */
export function fitToCell(s: string): string {
  return s.length > MAX_CELL_CHARS ? `${s.slice(0, MAX_CELL_CHARS - 1)}…` : s;
}

/** Style ids (the `s` attribute) of the formats streamed cells use. */
export interface SheetStyles {
  text: number;
  /** A Date at midnight UTC: exceljs' default date format, as its cells get. */
  date: number;
  /** A Date with a time of day, so the time is not hidden. */
  dateTime: number;
}

/** What a streamed sheet met, complete once its chunks have all been taken. */
export interface SheetTally {
  /** Every row the iterable gave, written or not. */
  rows: number;
  /** The last column with a value in any row, counted only for rows wider than the limit. */
  columns: number;
  /** Text cells cut to {@link MAX_CELL_CHARS}. */
  truncated: number;
}

/** The cells a placeholder worksheet carries so exceljs registers the styles of {@link SheetStyles}. */
const STYLE_CELLS: Record<keyof SheetStyles, { ref: string; value: unknown; numFmt?: string }> = {
  // A number, not text: exceljs would add text to the shared strings, where nothing would use it.
  text: { ref: 'A1', value: 0, numFmt: '@' },
  date: { ref: 'A2', value: new Date(0) },
  dateTime: { ref: 'A3', value: new Date(1000), numFmt: 'yyyy-mm-dd hh:mm:ss' },
};

/** Fills a placeholder worksheet (added to exceljs in the streamed sheet's place) with the cells whose styles the stream needs. */
export function fillPlaceholder(ws: { getCell(ref: string): { value: unknown; numFmt: string } }): void {
  for (const { ref, value, numFmt } of Object.values(STYLE_CELLS)) {
    const cell = ws.getCell(ref);
    cell.value = value as never;
    if (numFmt) cell.numFmt = numFmt;
  }
}

/** A sheet's XML around its rows, and the style ids, read from the XML exceljs wrote for a placeholder worksheet. */
export interface SheetFrame {
  head: string;
  tail: string;
  styles: SheetStyles;
}

/** Splits a placeholder worksheet's XML at its `<sheetData>` and reads the style ids of its cells. */
export function sheetFrame(xml: string): SheetFrame {
  const start = xml.indexOf('<sheetData');
  const close = xml.indexOf('</sheetData>', start);
  if (start < 0 || close < 0) throw new Error('placeholder worksheet without <sheetData>');
  const styleOf = (ref: string) => {
    const cell = new RegExp(`<c r="${ref}"[^>]*>`).exec(xml);
    if (!cell) throw new Error(`placeholder worksheet without its cell ${ref}`);
    return Number(/\ss="(\d+)"/.exec(cell[0])?.[1] ?? 0);
  };
  return {
    // The dimension exceljs wrote covers the placeholder cells; without it, readers measure the rows.
    head: `${xml.slice(0, start).replace(/<dimension\b[^>]*\/>/, '')}<sheetData>`,
    tail: xml.slice(close),
    styles: { text: styleOf(STYLE_CELLS.text.ref), date: styleOf(STYLE_CELLS.date.ref), dateTime: styleOf(STYLE_CELLS.dateTime.ref) },
  };
}

/**
 * Fixed ASCII XML, held as little-endian 32-bit words and the bytes left over: copying it into a
 * DataView a word at a time is a few times faster than byte by byte, and most of a sheet's bytes are such pieces.
 */
interface Piece {
  words: Uint32Array;
  rest: Uint8Array;
}

function piece(s: string): Piece {
  const bytes = Buffer.from(s, 'latin1');
  const n = bytes.length >> 2;
  return { words: Uint32Array.from({ length: n }, (_, i) => bytes.readUInt32LE(4 * i)), rest: Uint8Array.from(bytes.subarray(4 * n)) };
}

/** The letters of a column, 1-based: 1 → "A", 28 → "AB". */
export function columnName(column: number): string {
  let name = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** The opening `<c r="B` of a cell in each column (0-based), made when first needed. */
const cellOpenings: Piece[] = [];
function cellOpening(c: number): Piece {
  let open = cellOpenings[c];
  if (!open) open = cellOpenings[c] = piece(`<c r="${columnName(c + 1)}`);
  return open;
}

/** The fixed pieces of a sheet's XML, with its style ids. */
function xmlPieces(styles: SheetStyles) {
  const inline = (style: string, space: string) => piece(`"${style} t="inlineStr"><is><t${space}>`);
  const preserve = ' xml:space="preserve"';
  const text = ` s="${styles.text}"`;
  return {
    rowOpen: piece('<row r="'),
    rowMiddle: piece('">'),
    rowClose: piece('</row>'),
    // [plain, text format] × [as is, spaces kept]
    string: [
      [inline('', ''), inline('', preserve)],
      [inline(text, ''), inline(text, preserve)],
    ],
    stringClose: piece('</t></is></c>'),
    number: piece('"><v>'),
    date: piece(`" s="${styles.date}"><v>`),
    dateTime: piece(`" s="${styles.dateTime}"><v>`),
    true: piece('" t="b"><v>1</v></c>'),
    false: piece('" t="b"><v>0</v></c>'),
    valueClose: piece('</v></c>'),
  };
}
type Pieces = ReturnType<typeof xmlPieces>;

// The writers below put bytes at `at` in `out` and return the position after them. `out` always has room:
// the caller makes sure of it before each cell.

function put(out: DataView, at: number, piece: Piece): number {
  let p = at;
  const { words, rest } = piece;
  for (let i = 0; i < words.length; i++, p += 4) out.setUint32(p, words[i], true);
  for (let i = 0; i < rest.length; i++) out.setUint8(p++, rest[i]);
  return p;
}

function putAscii(out: DataView, at: number, s: string): number {
  for (let i = 0; i < s.length; i++) out.setUint8(at + i, s.charCodeAt(i));
  return at + s.length;
}

const AMP = piece('&amp;');
const LT = piece('&lt;');
const GT = piece('&gt;');
const CR = piece('&#13;');
const UNDERSCORE = piece('_x005F_');

/** Excel reads `_x0041_` as an escaped character: true when `s` has one at `i`, whose `_` must then be escaped itself. */
function escapedCharAt(s: string, i: number): boolean {
  return s.charCodeAt(i + 1) === 0x78 && s.charCodeAt(i + 6) === 0x5f && /^[0-9a-f]{4}$/i.test(s.slice(i + 2, i + 6));
}

/**
 * Text as UTF-8 XML character data: markup characters and CR escaped; what XML 1.0 cannot hold
 * (control characters, U+FFFE, U+FFFF, unpaired surrogates) dropped. At most 7 bytes a character.
 */
function putText(out: DataView, at: number, s: string): number {
  let p = at;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      if (c > 0x3e ? c !== 0x5f || !escapedCharAt(s, i) : c >= 0x20 && c !== 0x26 && c !== 0x3c && c !== 0x3e) out.setUint8(p++, c);
      else if (c === 0x5f) p = put(out, p, UNDERSCORE);
      else if (c === 0x26) p = put(out, p, AMP);
      else if (c === 0x3c) p = put(out, p, LT);
      else if (c === 0x3e) p = put(out, p, GT);
      else if (c === 0x0d) p = put(out, p, CR);
      else if (c === 0x09 || c === 0x0a) out.setUint8(p++, c);
    } else if (c < 0x800) {
      out.setUint8(p++, 0xc0 | (c >> 6));
      out.setUint8(p++, 0x80 | (c & 0x3f));
    } else if (c >= 0xd800 && c <= 0xdfff) {
      const d = s.charCodeAt(i + 1);
      if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
        const u = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        out.setUint8(p++, 0xf0 | (u >> 18));
        out.setUint8(p++, 0x80 | ((u >> 12) & 0x3f));
        out.setUint8(p++, 0x80 | ((u >> 6) & 0x3f));
        out.setUint8(p++, 0x80 | (u & 0x3f));
        i++;
      }
    } else if (c < 0xfffe) {
      out.setUint8(p++, 0xe0 | (c >> 12));
      out.setUint8(p++, 0x80 | ((c >> 6) & 0x3f));
      out.setUint8(p++, 0x80 | (c & 0x3f));
    }
  }
  return p;
}

/** Excel's serial day number of a moment (days since 1899-12-30, UTC, as exceljs counts). */
const MS_PER_DAY = 86_400_000;
const excelSerial = (d: Date) => 25569 + d.getTime() / MS_PER_DAY;

/** Puts the XML of one non-blank cell after its `<c r="B12` (its value and closing tags), counting cut text into the tally. */
function putCellBody(out: DataView, p: number, v: unknown, pieces: Pieces, tally: SheetTally): number {
  if (typeof v !== 'string') {
    if (typeof v === 'number' && Number.isFinite(v)) return put(out, putAscii(out, put(out, p, pieces.number), String(v)), pieces.valueClose);
    if (typeof v === 'boolean') return put(out, p, v ? pieces.true : pieces.false);
    if (isDate(v)) return put(out, putAscii(out, put(out, p, v.getTime() % MS_PER_DAY === 0 ? pieces.date : pieces.dateTime), String(excelSerial(v))), pieces.valueClose);
  }
  // Text; NaN, Infinity or an invalid Date as its text, as a spreadsheet shows it.
  let s = String(v);
  if (s.length > MAX_CELL_CHARS) {
    tally.truncated++;
    s = fitToCell(s);
  }
  const spaced = s.charCodeAt(0) <= 32 || s.charCodeAt(s.length - 1) <= 32 || s.includes('\n');
  p = put(out, p, pieces.string[looksConvertible(s) ? 1 : 0][spaced ? 1 : 0]);
  return put(out, putText(out, p, s), pieces.stringClose);
}

/** Bytes gathered before they are handed on as one chunk: far more than the largest cell takes. */
const CHUNK_BYTES = 2 << 20;
/** Room for a cell's fixed XML, a number and its row's tags. */
const CELL_ROOM = 200;

const isBlank = (v: unknown) => v === '' || v === null || v === undefined;

/**
 * The worksheet XML of `rows` in UTF-8 chunks, made as they are taken: `rows` is iterated once, to
 * its end, and no row is kept. Rows past `limits.rows` and cells past `limits.columns` are counted
 * into `tally` and not written.
 */
export function* sheetXmlChunks(rows: Iterable<readonly unknown[]>, frame: SheetFrame, limits: { rows: number; columns: number }, tally: SheetTally): Generator<Uint8Array> {
  const pieces = xmlPieces(frame.styles);
  yield Buffer.from(frame.head, 'utf8');
  let chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  let out = new DataView(chunk.buffer, chunk.byteOffset, chunk.length);
  let p = 0;
  // Per column, the last cell written and where its value's XML sits in this chunk: the lines of one
  // order repeat its id, date and customer (the same string each time, as the text reader gives it),
  // and such a cell's XML is copied instead of checked and escaped again. Cut text is not reused (it is counted per cell).
  const lastCell: unknown[] = [];
  const lastStart: number[] = [];
  const lastEnd: number[] = [];
  for (const row of rows) {
    const r = ++tally.rows;
    if (r > limits.rows) continue;
    const width = Math.min(row.length, limits.columns);
    if (row.length > width) {
      let last = row.length;
      while (last > width && isBlank(row[last - 1])) last--;
      tally.columns = Math.max(tally.columns, last);
    }
    const rowName = String(r);
    let open = false;
    for (let c = 0; c < width; c++) {
      const raw = row[c];
      if (isBlank(raw)) continue;
      const v = typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean' || isDate(raw) ? raw : String(raw);
      const room = CELL_ROOM + (typeof v === 'string' ? 7 * Math.min(v.length, MAX_CELL_CHARS) : 0);
      if (p + room > chunk.length) {
        yield chunk.subarray(0, p);
        chunk = Buffer.allocUnsafe(CHUNK_BYTES);
        out = new DataView(chunk.buffer, chunk.byteOffset, chunk.length);
        p = 0;
        lastCell.length = 0;
      }
      if (!open) {
        p = put(out, putAscii(out, put(out, p, pieces.rowOpen), rowName), pieces.rowMiddle);
        open = true;
      }
      p = putAscii(out, put(out, p, cellOpening(c)), rowName);
      if (c < lastCell.length && lastCell[c] === v) {
        chunk.copyWithin(p, lastStart[c], lastEnd[c]);
        p += lastEnd[c] - lastStart[c];
      } else {
        const start = p;
        p = putCellBody(out, p, v, pieces, tally);
        const reusable = typeof v !== 'string' || v.length <= MAX_CELL_CHARS;
        while (lastCell.length <= c) lastCell.push(NOT_A_CELL);
        lastCell[c] = reusable ? v : NOT_A_CELL;
        lastStart[c] = start;
        lastEnd[c] = p;
      }
    }
    if (open) p = put(out, p, pieces.rowClose);
  }
  yield chunk.subarray(0, p);
  yield Buffer.from(frame.tail, 'utf8');
}

/** No cell is this value: a column's reuse starts empty. */
const NOT_A_CELL = Symbol('not a cell');

/**
 * Elements that follow `drawing` in a worksheet (ECMA-376 Part 1 §18.3.1.99 CT_Worksheet's sequence:
 * ... conditionalFormatting, ..., pageMargins, pageSetup, headerFooter, ..., drawing, legacyDrawing, ...).
 */
const AFTER_DRAWING = new Set(['legacyDrawing', 'legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst']);

/**
 * Where `drawing` goes: before the first child of the root that follows it, or before `</worksheet>`.
 * Only children of the root count (a conditional format's rule has an `extLst` of its own), so tags
 * are followed by depth from the end of `sheetData`, past which no cell can hold one.
 */
function drawingPosition(xml: string): number {
  const data = /<sheetData\s*\/>|<\/sheetData>/.exec(xml);
  if (!data) throw new Error('worksheet XML without <sheetData>');
  const tags = /<(\/?)([A-Za-z][\w:.-]*)[^>]*?(\/?)>/g;
  tags.lastIndex = data.index + data[0].length;
  let depth = 0;
  for (let tag = tags.exec(xml); tag; tag = tags.exec(xml)) {
    const [, closing, name, empty] = tag;
    if (closing) {
      if (depth === 0) return tag.index; // </worksheet>
      depth--;
    } else {
      if (depth === 0 && AFTER_DRAWING.has(name)) return tag.index;
      if (!empty) depth++;
    }
  }
  throw new Error('worksheet XML without </worksheet>');
}

/** A worksheet's XML with a `<drawing r:id="…"/>` in its place in the sequence, referring to the sheet's drawing part. */
export function withDrawing(xml: string, relationshipId: string): string {
  if (/<drawing\b/.test(xml)) throw new Error('the worksheet already has a drawing');
  const at = drawingPosition(xml);
  // The root declares the r: prefix in what exceljs writes; declared here too when it does not.
  const root = /<worksheet\b[^>]*>/.exec(xml)?.[0] ?? '';
  const prefix = root.includes('xmlns:r=') ? '' : ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  return `${xml.slice(0, at)}<drawing${prefix} r:id="${relationshipId}"/>${xml.slice(at)}`;
}
