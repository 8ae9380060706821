/**
 * The .xlsx writer: the copy of the source rows is streamed as sheet XML into exceljs' zip, so it
 * must read back (with exceljs, and `unzip -t` where it exists) as exceljs' own cells would: values,
 * the text format on text a spreadsheet would convert, cut text with its note, sheet order; rows
 * and columns past the sheet limits are left out with a note; the rows are iterated once, lazily.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { sheetXmlChunks } from '../../src/cli/sheetXml';
import { isOurWorkbook, MAX_CELL_CHARS, writeXlsx } from '../../src/cli/xlsxWriter';
import { entryBytes, readZip, type ZipEntry } from '../../src/cli/zip';
import type { TabSpec } from '../../src/core/report/tabSpec';

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'xlsx-writer-'));
});

const tab = { kind: 'segments', name: 'Segments', blocks: [{ row: 1, col: 1, header: true, values: [['Customer', 'Orders'], ['a', 1]] }] } as unknown as TabSpec;

async function readBack(path: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

const hasUnzip = spawnSync('unzip', ['-v']).status === 0;

describe('extra sheets, streamed', () => {
  const long = 'y'.repeat(40_000);
  const day = new Date(Date.UTC(2024, 0, 2));
  const moment = new Date(Date.UTC(2024, 0, 2, 10, 30, 15));
  const rows: unknown[][] = [
    ['id', 'text', 'number', 'flag', 'when'],
    ['007', '=SUM(A1)', 5, true, day],
    ['0123456789', '+1', -2.5, false, moment],
    ['1.50', '<&>"\'', 1e21, '', null],
    ['2024-01-02', 'bell\u0007here', undefined, 'TRUE', '12:30'],
    ['顧客 客户', '😀 and a lone \ud800 half', 0, '  padded  ', 'two\nlines\r\nend'],
    ['', '', '', '', ''],
    [long, '_x0041_ stays', Number.NaN, '-', '@home'],
  ];
  const path = () => join(dir, 'extra.xlsx');
  let notes: string[] = [];
  beforeAll(async () => {
    notes = await writeXlsx(path(), [tab], { extraSheets: [{ name: 'Orders', rows }] });
  });

  it('puts the extra sheet first, then the tabs, and notes the cut cell', async () => {
    const wb = await readBack(path());
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Orders', 'Segments']);
    expect(wb.getWorksheet('Segments')?.getCell('A2').value).toBe('a');
    expect(notes).toEqual([`1 cell on the "Orders" tab had more than 32,767 characters (the most a spreadsheet cell holds) and was cut short, ending in "…".`]);
    expect(await isOurWorkbook(path())).toBe(true);
  });

  it('deflates every part (exceljs hands its parts over stored, node:zlib deflates them)', () => {
    const entries = readZip(readFileSync(path()));
    expect(entries.length).toBeGreaterThan(5);
    expect(entries.filter((e) => e.method !== 8).map((e) => e.name)).toEqual([]);
    expect(entries.every((e) => e.data.length < e.size || e.size < 200)).toBe(true);
  });

  it('keeps text as text, with "@" on what a spreadsheet would convert, and formulas as plain text', async () => {
    const ws = (await readBack(path())).getWorksheet('Orders');
    if (!ws) throw new Error('no Orders sheet');
    const text = (ref: string, value: string, numFmt?: string) => {
      expect(ws.getCell(ref).value, ref).toBe(value);
      expect(ws.getCell(ref).numFmt, ref).toBe(numFmt);
    };
    text('A1', 'id');
    text('A2', '007', '@');
    text('A3', '0123456789', '@');
    text('A4', '1.50', '@');
    text('A5', '2024-01-02', '@');
    text('D5', 'TRUE', '@');
    text('E5', '12:30', '@');
    text('B2', '=SUM(A1)');
    text('B3', '+1', '@');
    text('E8', '@home');
    text('D8', '-');
    expect(ws.getCell('B2').formula).toBeUndefined();
  });

  it('writes numbers, booleans and dates as values, escapes XML and drops what XML cannot hold', async () => {
    const ws = (await readBack(path())).getWorksheet('Orders');
    if (!ws) throw new Error('no Orders sheet');
    expect([ws.getCell('C2').value, ws.getCell('C3').value, ws.getCell('C4').value, ws.getCell('C6').value]).toEqual([5, -2.5, 1e21, 0]);
    expect([ws.getCell('D2').value, ws.getCell('D3').value]).toEqual([true, false]);
    expect(ws.getCell('E2').value).toEqual(day);
    expect(ws.getCell('E2').numFmt).toBe('mm-dd-yy');
    expect(ws.getCell('E3').value).toEqual(moment);
    expect(ws.getCell('E3').numFmt).toBe('yyyy-mm-dd hh:mm:ss');
    expect(ws.getCell('B4').value).toBe('<&>"\'');
    expect(ws.getCell('B5').value).toBe('bellhere');
    expect(ws.getCell('A6').value).toBe('顧客 客户');
    expect(ws.getCell('B6').value).toBe('😀 and a lone  half');
    expect(ws.getCell('D6').value).toBe('  padded  ');
    expect(ws.getCell('E6').value).toBe('two\nlines\r\nend');
    // Excel reads _x0041_ as "A"; exceljs does not decode such escapes in inline strings, so look at the XML.
    const xml = entryBytes(readZip(readFileSync(path())).find((e) => e.name === 'xl/worksheets/sheet1.xml') as ZipEntry).toString('utf8');
    expect(xml).toContain('<c r="B8" t="inlineStr"><is><t>_x005F_x0041_ stays</t></is></c>');
    expect(ws.getCell('C8').value).toBe('NaN');
    const cut = String(ws.getCell('A8').value);
    expect(cut.length).toBe(MAX_CELL_CHARS);
    expect(cut.endsWith('y…')).toBe(true);
  });

  it('writes no blank cells and no empty rows', async () => {
    const ws = (await readBack(path())).getWorksheet('Orders');
    if (!ws) throw new Error('no Orders sheet');
    expect(ws.getCell('D4').value).toBeNull();
    expect(ws.getCell('E4').value).toBeNull();
    expect(ws.getCell('C5').value).toBeNull();
    expect(ws.getRow(7).cellCount).toBe(0);
    expect(ws.rowCount).toBe(8);
  });

  it.skipIf(!hasUnzip)('passes unzip -t', () => {
    const r = spawnSync('unzip', ['-t', path()], { encoding: 'utf8' });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/No errors detected/);
  });
});

describe('sheet limits', () => {
  it('leaves out rows past the row limit, counting them all, with a note', async () => {
    const path = join(dir, 'rows.xlsx');
    function* rows() {
      for (let i = 1; i <= 10; i++) yield [`row ${i}`, i];
    }
    const notes = await writeXlsx(path, [tab], { extraSheets: [{ name: 'Orders', rows: rows() }], rowLimit: 4 });
    expect(notes).toEqual(['The "Orders" sheet holds the first 4 rows of 10: an .xlsx sheet holds no more. The analysis used every row.']);
    const ws = (await readBack(path)).getWorksheet('Orders');
    expect(ws?.rowCount).toBe(4);
    expect(ws?.getCell('A4').value).toBe('row 4');
  });

  it('leaves out columns past 16,384, with a note; trailing blanks past it are not counted', async () => {
    const path = join(dir, 'columns.xlsx');
    const wide: unknown[] = Array.from({ length: 16_390 }, (_, c) => c + 1);
    const blankTail: unknown[] = [...Array.from({ length: 16_384 }, () => 'x'), '', null];
    const notes = await writeXlsx(path, [tab], { extraSheets: [{ name: 'Orders', rows: [wide, blankTail] }] });
    expect(notes).toEqual(['The "Orders" sheet holds the first 16,384 columns of 16,390: an .xlsx sheet holds no more. The analysis used every column.']);
    const ws = (await readBack(path)).getWorksheet('Orders');
    expect(ws?.getCell(1, 16_384).value).toBe(16_384);
    expect(ws?.getRow(1).cellCount).toBe(16_384);
  });

  it('writes a valid empty sheet for no rows', async () => {
    const path = join(dir, 'empty.xlsx');
    expect(await writeXlsx(path, [tab], { extraSheets: [{ name: 'Orders', rows: [] }] })).toEqual([]);
    const wb = await readBack(path);
    expect(wb.worksheets.map((w) => [w.name, w.rowCount])).toEqual([
      ['Orders', 0],
      ['Segments', 2],
    ]);
  });
});

describe('the rows are iterated once, lazily', () => {
  it('asks the iterable for one iterator and reads it to the end', async () => {
    let iterators = 0;
    let taken = 0;
    const rows: Iterable<readonly unknown[]> = {
      *[Symbol.iterator]() {
        iterators++;
        for (let i = 0; i < 50; i++) {
          taken++;
          yield [i, `v${i}`];
        }
      },
    };
    await writeXlsx(join(dir, 'once.xlsx'), [tab], { extraSheets: [{ name: 'Orders', rows }] });
    expect([iterators, taken]).toEqual([1, 50]);
  });

  it('makes the XML as it is taken, holding no rows', () => {
    let taken = 0;
    function* rows() {
      for (;;) {
        taken++;
        yield ['a fairly long cell of text to fill the chunk', taken];
      }
    }
    const frame = { head: '<worksheet><sheetData>', tail: '</sheetData></worksheet>', styles: { text: 1, date: 2, dateTime: 3 } };
    const chunks = sheetXmlChunks(rows(), frame, { rows: 1_048_576, columns: 16_384 }, { rows: 0, columns: 0, truncated: 0 });
    chunks.next(); // the sheet's head
    const first = chunks.next().value as Uint8Array;
    expect(first.length).toBeGreaterThan(1 << 20);
    expect(taken).toBeLessThan(100_000);
    chunks.return(undefined);
  });

  it('writes a cell repeated from the row above as it writes it alone, across chunks, counting each cut cell', () => {
    const frame = { head: '<worksheet><sheetData>', tail: '</sheetData></worksheet>', styles: { text: 1, date: 2, dateTime: 3 } };
    const xmlOf = (rows: unknown[][], tally = { rows: 0, columns: 0, truncated: 0 }) =>
      Buffer.concat([...sheetXmlChunks(rows, frame, { rows: 1_048_576, columns: 16_384 }, tally)]).toString('utf8');
    /** Each cell's XML after its reference, by reference. */
    const bodies = (xml: string) => new Map([...xml.matchAll(/<c r="([A-Z]+\d+)(.*?<\/c>)/g)].map((m) => [m[1], m[2]]));
    const wide = 'w'.repeat(20_000);
    const cut = 'z'.repeat(MAX_CELL_CHARS + 5);
    const values: unknown[] = ['536365', '2010-12-01 08:26', 17850, wide, cut, '1.50', ' spaced ', true, new Date(Date.UTC(2024, 0, 2))];
    // Runs of repeats and changes, long enough (20,000-character cells) to cross the 2 MB chunks several times.
    const rows = Array.from({ length: 400 }, (_, i) => values.map((v, c) => ((i >> (c % 3)) % 2 === 0 ? v : c)));
    const tally = { rows: 0, columns: 0, truncated: 0 };
    const got = bodies(xmlOf(rows, tally));
    const alone = new Map(values.concat(values.map((_, c) => c)).map((v) => [v, bodies(xmlOf([[v]])).get('A1')]));
    for (const [i, row] of rows.entries()) for (const [c, v] of row.entries()) expect(got.get(`${String.fromCharCode(65 + c)}${i + 1}`)).toBe(alone.get(v));
    expect(tally.truncated).toBe(rows.filter((row) => row[4] === cut).length);
  });

  it('passes on an error of the iterable and closes the file', async () => {
    function* rows() {
      yield ['ok'];
      throw new Error('input changed while reading');
    }
    await expect(writeXlsx(join(dir, 'fails.xlsx'), [tab], { extraSheets: [{ name: 'Orders', rows: rows() }] })).rejects.toThrow('input changed while reading');
  });
});

describe('isOurWorkbook', () => {
  it('is false for a workbook someone else made and for a file that is not a zip', async () => {
    const wb = new ExcelJS.Workbook();
    wb.creator = 'Someone';
    wb.addWorksheet('Budget').addRow(['mine']);
    await wb.xlsx.writeFile(join(dir, 'theirs.xlsx'));
    writeFileSync(join(dir, 'text.xlsx'), 'not a zip');
    expect(await isOurWorkbook(join(dir, 'theirs.xlsx'))).toBe(false);
    expect(await isOurWorkbook(join(dir, 'text.xlsx'))).toBe(false);
    expect(await isOurWorkbook(join(dir, 'missing.xlsx'))).toBe(false);
  });
});
