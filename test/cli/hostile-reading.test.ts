/**
 * Hostile input files for the CLI reader (issue 14): every case gets a clear sentence naming the
 * file (or the right rows and a note), and the input file is byte-for-byte and mtime unchanged.
 */
import { mkdtempSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInputFile, type ReadOptions, type ReadResult } from '../../src/cli/io';
import { ReadError } from '../../src/cli/readError';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'hostile-reading-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const H = 'Customer,Date,Amount\n';
const enc = (text: string, e: string) => iconv.encode(text, e);
const bom = (b: number[], body: Buffer) => Buffer.concat([Buffer.from(b), body]);
const lines = (n: number, from = 1) => Array.from({ length: n }, (_, i) => `C${i + from},2024-01-${String((i % 28) + 1).padStart(2, '0')},${i + 10}`).join('\n') + '\n';

type Expect = { error: RegExp } | { check: (r: ReadResult) => void };
type Case = [name: string, file: string, content: () => Buffer | string | Promise<Buffer>, expect: Expect, options?: ReadOptions];

const names = (r: ReadResult) => r.rows.slice(1).map((row) => row[0]);
const noNotes = (r: ReadResult) => expect(r.notes).toEqual([]);

async function workbook(sheets: Record<string, unknown[][]>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    for (const r of rows) ws.addRow(r);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
const ORDERS = [['Customer', 'Date', 'Amount'], ['王小明', '2024-01-02', 100], ['José', '2024-01-03', 200]];

const cases: Case[] = [
  // Encodings
  ['Big5 without BOM', 'big5.csv', () => enc(`${H}王小明,2024-01-02,100\n陳大文,2024-01-03,200\n`, 'big5'), { check: (r) => { expect(names(r)).toEqual(['王小明', '陳大文']); expect(r.encoding).toBe('Big5'); expect(r.notes).toEqual([expect.stringMatching(/big5\.csv: read as Big5 \(detected\)\.$/)]); } }],
  ['Big5 names that mojibake would merge stay two customers', 'big5-two.csv', () => enc(`${H}王小明,2024-01-02,100\n王大明,2024-01-03,200\n陳小明,2024-01-04,300\n`, 'big5'), { check: (r) => expect(new Set(names(r)).size).toBe(3) }],
  ['GBK without BOM', 'gbk.csv', () => enc(`${H}王小明,2024-01-02,100\n陈大文,2024-01-03,200\n`, 'gbk'), { check: (r) => { expect(names(r)).toEqual(['王小明', '陈大文']); expect(r.notes[0]).toMatch(/read as GB18030 \(detected\)/); } }],
  ['GB18030 header in Chinese', 'gb-header.csv', () => enc('客户编号,日期,金额\n陈大文,2024-01-02,100\n王小明,2024-01-03,50\n', 'gb18030'), { check: (r) => expect(r.rows[0]).toEqual(['客户编号', '日期', '金额']) }],
  ['Big5 header in Chinese', 'big5-header.csv', () => enc('客戶編號,日期,金額\n陳大文,2024-01-02,100\n王小明,2024-01-03,50\n', 'big5'), { check: (r) => expect(r.rows[0]).toEqual(['客戶編號', '日期', '金額']) }],
  ['cp1252 accents', 'cp1252.csv', () => enc(`${H}José,2024-01-02,100\nFrançois,2024-01-03,200\n`, 'windows-1252'), { check: (r) => { expect(names(r)).toEqual(['José', 'François']); expect(r.encoding).toBe('Windows-1252'); } }],
  ['Shift_JIS with kana', 'sjis.csv', () => enc('顧客名,日付,金額\nヤマダ タロウ,2024-01-02,100\nすずき はなこ,2024-01-03,200\n', 'shift_jis'), { check: (r) => { expect(names(r)).toEqual(['ヤマダ タロウ', 'すずき はなこ']); expect(r.encoding).toBe('Shift_JIS'); } }],
  ['UTF-16 LE with BOM', 'u16le-bom.csv', () => bom([0xff, 0xfe], enc(`${H}王小明,2024-01-02,100\nJosé,2024-01-03,5\n`, 'utf-16le')), { check: (r) => { expect(names(r)).toEqual(['王小明', 'José']); expect(r.notes[0]).toMatch(/read as UTF-16 LE \(byte order mark\)/); } }],
  ['UTF-16 BE with BOM', 'u16be-bom.csv', () => bom([0xfe, 0xff], enc(`${H}陈大文,2024-01-02,100\n`, 'utf-16be')), { check: (r) => { expect(names(r)).toEqual(['陈大文']); expect(r.encoding).toBe('UTF-16 BE'); } }],
  ['UTF-16 LE without BOM', 'u16le.csv', () => enc(`${H}王小明,2024-01-02,100\n`, 'utf-16le'), { check: (r) => { expect(r.rows[0]).toEqual(['Customer', 'Date', 'Amount']); expect(r.notes[0]).toMatch(/read as UTF-16 LE \(detected\)/); } }],
  ['UTF-16 BE without BOM', 'u16be.csv', () => enc(`${H}王小明,2024-01-02,100\n`, 'utf-16be'), { check: (r) => { expect(names(r)).toEqual(['王小明']); expect(r.encoding).toBe('UTF-16 BE'); } }],
  ['UTF-16 LE tab-separated (Excel "Unicode text")', 'u16.txt', () => bom([0xff, 0xfe], enc('Customer\tDate\tAmount\r\n王小明\t2024-01-02\t100\r\n', 'utf-16le')), { check: (r) => expect(r.rows).toEqual([['Customer', 'Date', 'Amount'], ['王小明', '2024-01-02', '100']]) }],
  ['UTF-8 with BOM', 'u8bom.csv', () => bom([0xef, 0xbb, 0xbf], Buffer.from(`${H}王小明,2024-01-02,100\n`)), { check: (r) => { expect(r.rows[0][0]).toBe('Customer'); noNotes(r); } }],
  ['plain UTF-8 says nothing', 'u8.csv', () => `${H}王小明,2024-01-02,100\nJosé,2024-01-03,1\n`, { check: (r) => { expect(r.encoding).toBe('UTF-8'); noNotes(r); } }],
  ['--encoding big5 overrides', 'big5-opt.csv', () => enc(`${H}王,2024-01-02,100\n`, 'big5'), { check: (r) => { expect(names(r)).toEqual(['王']); expect(r.notes[0]).toMatch(/read as big5 \(--encoding\)/); } }, { encoding: 'big5' }],
  ['--encoding an unknown name', 'u8-bad-opt.csv', () => `${H}A,2024-01-02,1\n`, { error: /u8-bad-opt\.csv: "klingon" is not an encoding this tool knows/ }, { encoding: 'klingon' }],
  ['--encoding utf-8 on Big5 bytes reports the � cells', 'big5-as-u8.csv', () => enc(`${H}王小明,2024-01-02,100\n`, 'big5'), { check: (r) => expect(r.notes[1]).toMatch(/bytes are not valid utf-8 and were read as � \(first on line 2\)/) }, { encoding: 'utf-8' }],
  ['one Big5 character is ambiguous with GB18030', 'big5-one.csv', () => enc(`${H}王,2024-01-02,100\n`, 'big5'), { error: /big5-one\.csv: its text could be Big5 or GB18030\. .*--encoding big5 or --encoding gb18030/ }],
  ['bytes no encoding explains', 'unsure.csv', () => Buffer.from(`${H}\x80\x81\x8d\x8f\x90\x9d,1,2\n`, 'latin1'), { error: /unsure\.csv: cannot tell which text encoding it uses \(best guess: Windows-1252\)/ }],
  ['UTF-8 joined with a Big5 line', 'mixed.csv', () => Buffer.concat([Buffer.from(`${H}王小明,2024-01-02,100\n陈大文,2024-01-02,100\nJosé,2024-01-02,1\n`), enc('陳大文,2024-01-03,200\n', 'big5')]), { error: /mixed\.csv is mostly UTF-8 but \d+ bytes are not valid UTF-8 \(first on line 5\)/ }],
  ['random bytes', 'random.csv', () => { let s = 7; return Buffer.from(Array.from({ length: 5000 }, () => { s = (s * 1103515245 + 12345) % 2147483648; return s >> 23; })); }, { error: /random\.csv does not look like a text table: it has binary data near byte \d+/ }],
  ['NUL bytes in ASCII', 'nul.csv', () => Buffer.from(`${H}A\u0000B,2024-01-02,1\n`), { error: /nul\.csv does not look like a text table: it has binary data near byte 22/ }],
  // Quotes
  ['unclosed quote on line 2', 'q2.csv', () => `${H}"Smith, J,2024-01-02,1\n${lines(20)}`, { error: /q2\.csv: the quoted field that starts on line 2 is never closed/ }],
  ['unclosed quote on line 7 with CRLF', 'q7.csv', () => `${H}${lines(5)}C9,"2024-01-02,1\r\n${lines(5)}`.replace(/\n/g, '\r\n').replace(/\r\r/g, '\r'), { error: /q7\.csv: the quoted field that starts on line 7 is never closed/ }],
  ['unclosed quote on the last line', 'qlast.csv', () => `${H}${lines(30)}C99,2024-01-02,"12`, { error: /qlast\.csv: the quoted field that starts on line 32 is never closed/ }],
  ['unclosed quote after a multi-line quoted field counts lines right', 'qmulti.csv', () => `${H}"A\nB",2024-01-02,1\nC,2024-01-02,"oops\n${lines(3)}`, { error: /starts on line 4 is never closed/ }],
  ['unclosed quote excerpt is truncated', 'qlong.csv', () => `${H}"${'x'.repeat(5000)}\n`, { error: /\("x{79}…\)/ }],
  ['closed multi-line quoted field reads as one cell', 'qok.csv', () => `${H}"Line 1\nLine 2",2024-01-02,1\nB,2024-01-03,2\n`, { check: (r) => { expect(names(r)).toEqual(['Line 1\nLine 2', 'B']); noNotes(r); } }],
  ['doubled quotes inside a field', 'qdq.csv', () => `${H}"He said ""hi""",2024-01-02,1\n`, { check: (r) => expect(names(r)).toEqual(['He said "hi"']) }],
  // Ragged rows
  ['short rows are kept, padded and reported', 'short.csv', () => `${H}A,2024-01-02,1\nB,2024-01-03\nC,2024-01-04,3\n`, { check: (r) => { expect(r.rows[2]).toEqual(['B', '2024-01-03', '']); expect(r.notes).toEqual([expect.stringMatching(/short\.csv: 1 rows have fewer fields than the header \(3\); their missing cells are read as blank: lines 3\.$/)]); } }],
  ['long rows are left out and reported', 'long.csv', () => `${H}A,2024-01-02,1\nSmith, J,2024-01-03,2\nC,2024-01-04,3\n`, { check: (r) => { expect(names(r)).toEqual(['A', 'C']); expect(r.leftOutLines).toEqual([3]); expect(r.notes[0]).toMatch(/long\.csv: 1 rows have more fields than the header \(3\), perhaps an unquoted "," inside a value; they were left out: lines 3\.$/); } }],
  ['many ragged rows: first five, then a count', 'many-long.csv', () => `${H}${lines(30)}${Array.from({ length: 8 }, (_, i) => `X${i},a,b,c`).join('\n')}\n`, { check: (r) => expect(r.notes[0]).toMatch(/8 rows have more fields .*: lines 32, 33, 34, 35, 36 and 3 more\.$/) }],
  ['trailing empty fields are not ragged', 'trailing.csv', () => `${H}A,2024-01-02,1,,\nB,2024-01-03,2,\n`, { check: (r) => { expect(r.rows.slice(1)).toEqual([['A', '2024-01-02', '1'], ['B', '2024-01-03', '2']]); noNotes(r); } }],
  ['blank lines inside the data keep their place', 'blank-inside.csv', () => `${H}A,2024-01-02,1\n\nB,2024-01-03,2\n\n\n`, { check: (r) => { expect(r.rows).toHaveLength(4); noNotes(r); } }],
  // Preamble
  ['two title lines above the header', 'title.csv', () => `Sales report\nExported 2024-05-01\n${H}${lines(5)}`, { check: (r) => { expect(r.rows[0]).toEqual(['Customer', 'Date', 'Amount']); expect(r.skippedLines).toBe(2); expect(r.notes).toEqual([expect.stringMatching(/title\.csv: skipped 2 lines above the header \(line 3\)\.$/)]); } }],
  ['GA4 # comment lines and a blank line', 'ga4.csv', () => `# ----------------------------------------\n# Ecommerce purchases\n# Account: Shop\n# ----------------------------------------\n\n${H}${lines(4)}`, { check: (r) => { expect(r.rows[0][0]).toBe('Customer'); expect(r.notes[0]).toMatch(/skipped 5 lines above the header \(line 6\)/); } }],
  ['one blank line above the header', 'blank-top.csv', () => `\n${H}${lines(3)}`, { check: (r) => expect(r.notes[0]).toMatch(/skipped 1 line above the header \(line 2\)/) }],
  ['a title line with a comma', 'title-comma.csv', () => `Orders, all shops\n${H}${lines(6)}`, { check: (r) => { expect(r.rows[0]).toEqual(['Customer', 'Date', 'Amount']); expect(r.rows).toHaveLength(7); } }],
  ['title lines above a semicolon table', 'title-semi.csv', () => `Report\n\n${H.replace(/,/g, ';')}A;2024-01-02;1,50\nB;2024-01-03;2,00\n`, { check: (r) => expect(r.rows).toEqual([['Customer', 'Date', 'Amount'], ['A', '2024-01-02', '1,50'], ['B', '2024-01-03', '2,00']]) }],
  // Delimiters
  ['semicolon with decimal commas', 'semi.csv', () => 'Kunde;Datum;Betrag\nA;02.01.2024;1,50\nB;03.01.2024;12,00\nC;04.01.2024;3\n', { check: (r) => expect(r.rows[1]).toEqual(['A', '02.01.2024', '1,50']) }],
  ['tab-separated', 'tab.tsv', () => 'Customer\tDate\tAmount\nSmith, J\t2024-01-02\t1\n', { check: (r) => expect(r.rows[1]).toEqual(['Smith, J', '2024-01-02', '1']) }],
  ['pipe-separated', 'pipe.txt', () => 'Customer|Date|Amount\nA|2024-01-02|1\nB|2024-01-03|2\n', { check: (r) => expect(r.rows).toHaveLength(3) }],
  ['comma file whose quoted values hold semicolons', 'comma-semi.csv', () => `${H}"A; B",2024-01-02,1\n"C; D",2024-01-03,2\n`, { check: (r) => expect(names(r)).toEqual(['A; B', 'C; D']) }],
  ['whitespace table (CDNOW style)', 'cdnow.txt', () => '00001 19970101  1  11.77\r\n00002 19970112  1  12.00\r\n00002 19970112  5  77.00\r\n', { check: (r) => expect(r.rows[1]).toEqual(['00002', '19970112', '1', '12.00']) }],
  // Empty and tiny
  ['empty file', 'empty.csv', () => '', { error: /empty\.csv is empty\./ }],
  ['BOM only', 'bom-only.csv', () => Buffer.from([0xef, 0xbb, 0xbf]), { error: /bom-only\.csv is empty\./ }],
  ['blank lines only', 'blank.csv', () => '\n\n  \n', { error: /blank\.csv has no table: it has only blank or comment lines\./ }],
  ['comment lines only', 'comments.csv', () => '# nothing here\n# at all\n', { error: /comments\.csv has no table/ }],
  ['header only', 'header.csv', () => H, { check: (r) => expect(r.notes).toEqual([expect.stringMatching(/header\.csv: there is a header row but no data rows\./)]) }],
  // Huge lines
  ['a 2 MB single line without delimiters', 'huge.csv', () => 'x'.repeat(2_000_000), { error: /huge\.csv: line 1 does not look like a header row: a cell is 2000000 characters long \(x{80}…\)\.$/ }],
  ['a 2 MB single line of commas', 'huge-commas.csv', () => 'a,'.repeat(1_000_000), { error: /huge-commas\.csv: line 1 does not look like a header row: it has 1000001 fields, more than a sheet can hold \((a,){40}…\)/ }],
  ['a 2 MB quoted data cell is read, not echoed', 'huge-cell.csv', () => `${H}"${'y'.repeat(2_000_000)}",2024-01-02,1\n`, { check: (r) => { expect(String(r.rows[1][0]).length).toBe(2_000_000); noNotes(r); } }],
  // Files that are not what their name says
  ['.xlsx that is CSV text', 'orders.xlsx', () => `${H}A,2024-01-02,1\n`, { error: /orders\.xlsx is not an Excel workbook \(it looks like CSV text\): rename it to \.csv or export it again\.$/ }],
  ['.xlsx of random binary', 'binary.xlsx', () => Buffer.from([0x01, 0x02, 0x00, 0x00, 0x9f, 0x13, 0x00, 0x07, 0x01]), { error: /binary\.xlsx is not an Excel workbook \(it is not a zip file\)/ }],
  ['.xls (Excel 97-2003)', 'old.xls', () => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]), { error: /old\.xls is an old Excel 97–2003 workbook \(\.xls\) or a password-protected one: .*save it as \.xlsx or CSV/ }],
  ['.xlsx that is an .xls inside', 'renamed.xlsx', () => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]), { error: /renamed\.xlsx is an old Excel 97–2003 workbook/ }],
  ['.csv that is a workbook', 'book.csv', () => workbook({ Orders: ORDERS }), { error: /book\.csv is an Excel workbook, not CSV text: rename it to \.xlsx\./ }],
  ['a zip that is not a workbook', 'zip.xlsx', () => Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(100, 7)]), { error: /zip\.xlsx could not be read as an Excel workbook \(.+\): export it again/ }],
  // Workbooks
  ['data on the second sheet', 'second.xlsx', () => workbook({ Cover: [['Quarterly export']], Orders: ORDERS }), { check: (r) => { expect(r.sheet).toBe('Orders'); expect(r.rows[1]).toEqual(['王小明', '2024-01-02', 100]); expect(r.notes).toEqual([expect.stringMatching(/second\.xlsx: the first sheet "Cover" has no data, so the sheet "Orders" was read \(sheets: "Cover", "Orders"\)\./)]); } }],
  ['--sheet chooses a sheet', 'choose.xlsx', () => workbook({ Summary: [['a', 'b'], [1, 2]], Orders: ORDERS }), { check: (r) => { expect(r.sheet).toBe('Orders'); expect(r.rows).toHaveLength(3); noNotes(r); } }, { sheet: 'Orders' }],
  ['--sheet is matched without case', 'choose-case.xlsx', () => workbook({ Summary: [['a', 'b'], [1, 2]], Orders: ORDERS }), { check: (r) => expect(r.sheet).toBe('Orders') }, { sheet: 'orders' }],
  ['--sheet names a missing sheet', 'missing-sheet.xlsx', () => workbook({ Cover: [['x']], Orders: ORDERS }), { error: /missing-sheet\.xlsx has no sheet named "Sales"; its sheets are: "Cover", "Orders"\./ }, { sheet: 'Sales' }],
  ['--sheet names an empty sheet', 'empty-sheet.xlsx', () => workbook({ Cover: [['x']], Orders: ORDERS }), { error: /empty-sheet\.xlsx: the sheet "Cover" has no data\./ }, { sheet: 'Cover' }],
  ['first sheet empty, two others with data', 'two-data.xlsx', () => workbook({ Cover: [], A: ORDERS, B: ORDERS }), { error: /two-data\.xlsx: the first sheet "Cover" has no data; choose a sheet with --sheet: "A", "B"\./ }],
  ['no sheet has data', 'no-data.xlsx', () => workbook({ One: [], Two: [['only a header']] }), { error: /no-data\.xlsx has no data on any sheet \(sheets: "One", "Two"\)\./ }],
  ['a long sheet name in a message is truncated', 'long-sheet.xlsx', () => workbook({ Orders: ORDERS }), { error: /has no sheet named "z{80}…"/ }, { sheet: 'z'.repeat(500) }],
  // Languages
  ['messages in Traditional Chinese', 'zh.csv', () => `${H}"A,1,2\n`, { error: /zh\.csv：第 2 行開始的引號欄位沒有結束/ }, { lang: 'zh-TW' }],
  ['messages in Simplified Chinese', 'zhcn.csv', () => `Title\n${H}A,2024-01-02,1\n`, { check: (r) => expect(r.notes[0]).toMatch(/zhcn\.csv：跳过标题行（第 2 行）上方的 1 行。/) }, { lang: 'zh-CN' }],
  ['messages in Malay', 'ms.csv', () => '', { error: /ms\.csv kosong\./ }, { lang: 'ms' }],
];

describe('hostile input files', () => {
  it('has at least 50 cases', () => expect(cases.length).toBeGreaterThanOrEqual(50));

  it.each(cases)('%s', async (_name, file, content, want, options) => {
    const path = join(dir, file);
    const data = await content();
    writeFileSync(path, data);
    const before = { bytes: readFileSync(path), mtime: statSync(path).mtimeMs };
    const t0 = performance.now();
    if ('error' in want) {
      const err = await readInputFile(path, options).then(
        () => null,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(ReadError);
      const message = (err as Error).message;
      expect(message).toMatch(want.error);
      expect(message.startsWith(path)).toBe(true);
      expect(message.length).toBeLessThan(path.length + 600);
    } else want.check(await readInputFile(path, options));
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(readFileSync(path).equals(before.bytes)).toBe(true);
    expect(statSync(path).mtimeMs).toBe(before.mtime);
  });

  it('names a missing file and a folder', async () => {
    await expect(readInputFile(join(dir, 'nope.csv'))).rejects.toThrow(/nope\.csv could not be read: no such file/);
    const sub = join(dir, 'folder.csv');
    mkdirSync(sub);
    await expect(readInputFile(sub)).rejects.toThrow(/folder\.csv could not be read: it is a folder/);
    // The reason is in the user's language too, not English inside a translated sentence.
    await expect(readInputFile(join(dir, 'nope.csv'), { lang: 'zh-TW' })).rejects.toThrow(`無法讀取 ${join(dir, 'nope.csv')}：找不到這個檔案`);
    await expect(readInputFile(sub, { lang: 'ms' })).rejects.toThrow(/folder\.csv tidak dapat dibaca: ia ialah folder/);
  });
});
