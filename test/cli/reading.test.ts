/**
 * The CLI reader on generated tables (fast-check): whatever the quoting, delimiter, line ends and
 * encoding, reading gives back the table or throws our ReadError, and every data row is either read
 * or reported as left out.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseCsv, readInputFile, readTable, readTextTable } from '../../src/cli/io';
import { ReadError, excerpt, lineList } from '../../src/cli/readError';
import { readOrders } from '../../src/core/parse';

let dir: string;
let n = 0;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'reading-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const DELIMS = [',', ';', '\t', '|'];
const needsQuote = (s: string) => /[",;\t|\r\n]/.test(s) || s.startsWith('#') || s.trim() !== s;
const quote = (s: string, always: boolean) => (always || needsQuote(s) ? `"${s.replace(/"/g, '""')}"` : s);

const cell = fc.stringMatching(/^[a-zA-Z0-9 ,;|"\t\n.é王小明陈大文José-]{0,8}$/);
const firstCell = fc.stringMatching(/^[a-zA-Z0-9王小明陈José]{1,6}$/);
const table = fc.integer({ min: 2, max: 6 }).chain((k) =>
  fc.record({
    header: fc.uniqueArray(fc.stringMatching(/^[A-Za-z][a-z0-9]{0,6}$/), { minLength: k, maxLength: k, selector: (s) => s.toLowerCase() }),
    rows: fc.array(fc.tuple(firstCell, fc.array(cell, { minLength: k - 1, maxLength: k - 1 })).map(([a, rest]) => [a, ...rest]), { minLength: 0, maxLength: 25 }),
  }),
);
const style = fc.record({
  delimiter: fc.constantFrom(...DELIMS),
  always: fc.boolean(),
  eol: fc.constantFrom('\n', '\r\n'),
  finalEol: fc.boolean(),
  encoding: fc.constantFrom('utf-8', 'utf-8-bom', 'utf-16le-bom', 'utf-16be-bom', 'utf-16le'),
});

function write(records: string[][], s: { delimiter: string; always: boolean; eol: string; finalEol: boolean; encoding: string }): string {
  const text = records.map((r) => r.map((c) => quote(c, s.always)).join(s.delimiter)).join(s.eol) + (s.finalEol ? s.eol : '');
  const bytes =
    s.encoding === 'utf-8' ? Buffer.from(text)
    : s.encoding === 'utf-8-bom' ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])
    : s.encoding === 'utf-16le-bom' ? Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')])
    : s.encoding === 'utf-16be-bom' ? Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf-16be')])
    : iconv.encode(text, s.encoding);
  const path = join(dir, `t${n++}.csv`);
  writeFileSync(path, bytes);
  return path;
}

describe('reading generated tables', () => {
  it('gives back any quoted table in any delimiter, line end and Unicode encoding', async () => {
    await fc.assert(
      fc.asyncProperty(table, style, async (t, s) => {
        const path = write([t.header, ...t.rows], s);
        const before = readFileSync(path);
        const r = await readInputFile(path);
        expect(r.rows).toEqual([t.header, ...t.rows]);
        expect(r.leftOutLines).toEqual([]);
        expect(readFileSync(path).equals(before)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('reads a pipe-delimited file whose one row has quoted line breaks, commas and semicolons', async () => {
    // fast-check's counterexample (seed 1600811380): parsed with "," the quotes do not parse and
    // the last lines fit two fields, which had outvoted the one row that fits the header under "|".
    const t = { header: ['a', 'B', 'a0', 'Aa', 'a1'], rows: [['é', '', '', '\n,;', '\na,\n,o']] };
    const path = write([t.header, ...t.rows], { delimiter: '|', always: false, eol: '\n', finalEol: false, encoding: 'utf-8' });
    expect((await readInputFile(path)).rows).toEqual([t.header, ...t.rows]);
  });

  it('accounts for every data row when some rows have more or fewer fields', async () => {
    const ragged = fc.record({ t: table, s: style, shape: fc.array(fc.constantFrom(0, 0, 0, 0, 0, 0, 0, 0, 1, -1), { minLength: 25, maxLength: 25 }) });
    await fc.assert(
      fc.asyncProperty(ragged, async ({ t, s, shape }) => {
        const k = t.header.length;
        const rows = t.rows.map((r, i) => (shape[i] === 1 ? [...r, 'extra'] : shape[i] === -1 && k > 2 ? r.slice(0, -1) : r));
        const bad = rows.filter((r) => r.length !== k).length;
        fc.pre(bad <= rows.length * 0.15);
        const path = write([t.header, ...rows], { ...s, always: true });
        const r = await readInputFile(path);
        expect(r.rows.length - 1 + r.leftOutLines.length).toBe(rows.length);
        expect(r.leftOutLines.length).toBe(rows.filter((x) => x.length > k).length);
        if (bad) expect(r.notes.some((m) => /rows have (more|fewer) fields than the header/.test(m))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('never throws anything but ReadError on arbitrary bytes, quotes and legacy encodings', async () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 400 }),
      fc.tuple(table, style, fc.constantFrom('big5', 'gbk', 'windows-1252', 'shift_jis'), fc.boolean()).map(([t, s, e, cut]) => {
        const text = [t.header, ...t.rows].map((r) => r.map((c) => quote(c, s.always)).join(s.delimiter)).join(s.eol);
        const b = iconv.encode(cut ? text.replace(/"([^"]*)$/, '"$1') + '\n"open' : text, e);
        return new Uint8Array(b);
      }),
    );
    await fc.assert(
      fc.asyncProperty(bytes, fc.constantFrom('a.csv', 'a.xlsx', 'a.txt'), async (b, name) => {
        const path = join(dir, `r${n++}-${name}`);
        writeFileSync(path, b);
        try {
          const r = await readInputFile(path);
          expect(Array.isArray(r.rows)).toBe(true);
        } catch (e) {
          expect(e).toBeInstanceOf(ReadError);
          expect((e as Error).message.startsWith(path)).toBe(true);
        }
        expect(readFileSync(path).equals(Buffer.from(b))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the existing reading functions', () => {
  it('readTextTable and parseCsv agree on a plain CSV', () => {
    const path = join(dir, 'plain.csv');
    writeFileSync(path, 'a,b\n"x, y",2\n');
    expect(readTextTable(path)).toEqual(parseCsv('a,b\n"x, y",2\n'));
  });

  it('readTable writes the notes to stderr and returns the rows', async () => {
    const path = join(dir, 'big5.csv');
    writeFileSync(path, iconv.encode('客戶,金額\n王小明,100\n陳大文,200\n', 'big5'));
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(await readTable(path)).toEqual([['客戶', '金額'], ['王小明', '100'], ['陳大文', '200']]);
      expect(spy).toHaveBeenCalledWith(`${path}: read as Big5 (detected).\n`);
    } finally {
      spy.mockRestore();
    }
  });

  it('excerpts and line lists stay short', () => {
    expect(excerpt('a\nb')).toBe('a b');
    expect(excerpt('x'.repeat(81))).toBe(`${'x'.repeat(80)}…`);
    expect(lineList([1, 2, 3, 4, 5, 6, 7], 'en')).toBe('lines 1, 2, 3, 4, 5 and 2 more');
  });
});

describe('row numbers after lines the reader skipped', () => {
  it('are the file lines: two title lines above the header, a long row left out', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lines-'));
    const file = join(dir, 'report.csv');
    writeFileSync(file, 'Sales report\nExported 2024-05-01\nCustomer,Date,Amount\nA,2024-01-02,1\nSmith, J,2024-01-03,2\nB,2024-01-03,abc\nC,2024-01-04,3\n');
    const table = await readTable(file);
    const read = readOrders(table);
    // Line 6 holds "abc": the data-quality report says row 6, the line an editor shows.
    expect(read.quality.issues.find((q) => q.check === 'unparseableAmount')?.rows).toEqual([6]);
    expect(read.detection.headerRow + 1).toBe(3);
    expect(read.orders.map((o) => o.row)).toEqual([4, 7]);
  });
});
