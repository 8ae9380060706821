/**
 * Reading files block by block (src/cli/io.ts textBatches, src/cli/records.ts) gives exactly what
 * reading them whole gives, on every shared data set and on generated tables cut at every kind of
 * place (inside quotes, between CR and LF, inside a multi-byte character); a file read in batches
 * into the add-on's reader (ReadAccumulator) gives the one-shot result; pathological lines finish.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BLOCK_BYTES, HEAD_BYTES, readTable, textBatches, type ReadResult, type Table } from '../../src/cli/io';
import { ReadError } from '../../src/cli/readError';
import { finishRead, ReadAccumulator, readOrders, readPart, startRead } from '../../src/core/parse';
import { ONLINE_RETAIL_DIR } from '../helpers/onlineRetail';

let dir: string;
let n = 0;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'streaming-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const DATA = join(process.cwd(), '../shared/data');

interface Reading {
  rows: Table;
  lines: number[];
  notes: string[];
  batches: number;
}

/** Reads `path` with blocks of `blockBytes`, checking that the batches follow each other without gaps. */
function readInBlocks(path: string, blockBytes: number, lang: 'en' | 'zh-TW' = 'en', headBytes = blockBytes): Reading | string {
  const info: ReadResult = { rows: [], notes: [], encoding: null, skippedLines: 0, leftOutLines: [], rowLines: [] };
  const rows: Table = [];
  let batches = 0;
  try {
    for (const b of textBatches(path, { lang }, info, blockBytes, headBytes)) {
      expect(b.firstRow).toBe(rows.length + 1);
      rows.push(...b.rows);
      batches++;
    }
  } catch (e) {
    if (e instanceof ReadError) return e.message;
    throw e;
  }
  return { rows, lines: info.rowLines ?? [], notes: info.notes, batches };
}

function file(content: string | Buffer, ext = 'csv'): string {
  const path = join(dir, `s${n++}.${ext}`);
  writeFileSync(path, content);
  return path;
}

describe('block by block equals whole', () => {
  const sets = [
    join(DATA, 'cdnow/CDNOW_master.txt'),
    join(DATA, 'cdnow/CDNOW_sample.txt'),
    join(DATA, 'cdnow/cdnow_customers_summary.csv'),
    join(DATA, 'rfm-package/rfm_data_orders.csv'),
    ...readdirSync(ONLINE_RETAIL_DIR).sort().slice(0, 3).map((f) => join(ONLINE_RETAIL_DIR, f)),
  ];
  it.each(sets)('%s', (path) => {
    const whole = readInBlocks(path, HEAD_BYTES);
    expect(typeof whole).toBe('object');
    for (const block of [65_537, 4093, 1000]) expect(readInBlocks(path, block)).toEqual({ ...(whole as Reading), batches: expect.any(Number) });
  });

  const cell = fc.stringMatching(/^[a-z0-9 ,;"\r\n.é王小明€-]{0,6}$/);
  const records = fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 20 });
  const quoteAll = (s: string) => `"${s.replace(/"/g, '""')}"`;
  const quoteSome = (s: string) => (/[",;\r\n]/.test(s) ? quoteAll(s) : s);
  it('on generated tables with quotes, CR/LF, CJK, ragged rows and stray quotes, cut anywhere', () => {
    fc.assert(
      fc.property(
        records,
        fc.constantFrom(',', ';'),
        fc.constantFrom('\n', '\r\n', '\r'),
        fc.constantFrom('some', 'all', 'raw'),
        fc.constantFrom('utf-8', 'utf-16le-bom', 'big5'),
        fc.integer({ min: 1, max: 40 }),
        (recs, d, eol, quoting, encoding, block) => {
          const q = quoting === 'all' ? quoteAll : quoting === 'some' ? quoteSome : (s: string) => s;
          const header = 'customer,date,amount';
          const text = [header, ...recs.map((r) => r.map(q).join(d))].join(eol);
          const bytes = encoding === 'utf-8' ? Buffer.from(text) : encoding === 'big5' ? iconv.encode(text.replace(/[é€]/g, 'e'), 'big5') : Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')]);
          const path = file(bytes);
          const whole = readInBlocks(path, HEAD_BYTES);
          // The encoding is decided on an 8 MB head, as in use; decoding and parsing go block by block.
          const cut = readInBlocks(path, encoding === 'utf-16le-bom' ? block * 2 + 1 : block, 'en', HEAD_BYTES);
          if (typeof whole === 'string') expect(cut).toBe(whole);
          else expect(cut).toEqual({ ...whole, batches: expect.any(Number) });
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('blocks of ordinary rows', () => {
  it('pass through as they are, and a blank, short, long or space-led row among them is still held, padded, left out or kept', () => {
    const plain = (from: number, n: number) => Array.from({ length: n }, (_, i) => `c${from + i},2024-01-0${((from + i) % 9) + 1},${from + i}.50`);
    // Past the 64 KB the delimiter is sniffed on (read as one block), each odd row 200 rows from the
    // others, so that it shares a block only with ordinary rows.
    const lines = ['customer,date,amount', ...plain(0, 3200), '', ',,', ...plain(3200, 200), 'short,2024-01-02', ...plain(3400, 200), 'long,2024-01-03,1,2', ...plain(3600, 200), ' lead,2024-01-04,3', ...plain(3800, 200), ',,', ',,', ''];
    const path = file(lines.join('\n'));
    const whole = readInBlocks(path, HEAD_BYTES);
    if (typeof whole === 'string') throw new Error(whole);
    for (const block of [4096, 1000, 333]) expect(readInBlocks(path, block)).toEqual({ ...whole, batches: expect.any(Number) });
    // The two blank lines are rows (more follows), the two at the end are dropped, and the long row's
    // line stays as an empty row (row numbers are line numbers).
    expect(whole.rows.length).toBe(1 + 4000 + 5);
    expect(whole.rows.slice(3201, 3203)).toEqual([['', '', ''], ['', '', '']]);
    expect(whole.rows[3403]).toEqual(['short', '2024-01-02', '']);
    expect(whole.rows[3604]).toEqual([]);
    expect(whole.rows[3805]).toEqual([' lead', '2024-01-04', '3']);
    expect(whole.notes.join(' ')).toMatch(/fewer fields than the header \(3\).*lines 3404\./);
    expect(whole.notes.join(' ')).toMatch(/more fields than the header \(3\).*lines 3605\./);
  });
});

describe('refusals found in a later block', () => {
  it('a file that starts as UTF-8 and goes on in Windows-1252 names the line and the encoding, in the user language', () => {
    const head = `customer,date,amount\n${Array.from({ length: 200 }, (_, i) => `c${i},2024-01-0${(i % 9) + 1},10`).join('\n')}\n`;
    const tail = iconv.encode('Café Müller,2024-02-01,5\nJosé Peña,2024-02-02,6\nCrème Brûlée,2024-02-03,7\n', 'windows-1252');
    const path = file(Buffer.concat([Buffer.from(head), tail]));
    const en = readInBlocks(path, 1024);
    expect(en).toMatch(/starts as UTF-8, but line 202 is not: \d+ bytes from there on are not valid UTF-8/);
    expect(en).toMatch(/--encoding windows-1252/);
    expect(readInBlocks(path, 1024, 'zh-TW')).toMatch(/開頭是 UTF-8，但第 202 行不是/);
    // Decided on the whole file, the same file is not taken for UTF-8 either: Windows-1252 is named.
    expect(JSON.stringify(readInBlocks(path, HEAD_BYTES))).toMatch(/Windows-1252/);
  });

  it('an unclosed quote far into the file names its line, whatever the block size', () => {
    const body = Array.from({ length: 500 }, (_, i) => `c${i},2024-01-01,${i}`).join('\n');
    const path = file(`customer,date,amount\n${body}\nc9,"2024-01-02,5\nc10,2024-01-03,6\n`);
    for (const block of [HEAD_BYTES, BLOCK_BYTES, 777, 64]) expect(readInBlocks(path, block)).toMatch(/the quoted field that starts on line 502 is never closed/);
  });
});

describe('many batches into the reader', () => {
  it('orders that straddle batches and repeated rows give the one-shot result', async () => {
    // 150,000 rows (3 batches): orders of 3 lines, every 7th row a copy of an earlier row.
    const lines = ['Order,Customer,Date,Amount'];
    for (let i = 0; i < 150_000; i++) {
      const o = Math.floor(i / 3);
      lines.push(i % 7 === 6 ? lines[lines.length - 1] : `o${o},c${o % 997},2024-${String((o % 12) + 1).padStart(2, '0')}-${String((o % 28) + 1).padStart(2, '0')},${(i % 50) + 0.25}`);
    }
    const path = file(`${lines.join('\n')}\n`);
    const oneShot = readOrders(await readTable(path));
    const info: ReadResult = { rows: [], notes: [], encoding: null, skippedLines: 0, leftOutLines: [] };
    let acc: ReadAccumulator | null = null;
    let batches = 0;
    for (const b of textBatches(path, {}, info, 100_003)) {
      batches++;
      if (!acc) acc = new ReadAccumulator(startRead(b.rows, { firstSheetRow: b.firstRow }));
      else acc.add(readPart(acc.reading, b.rows, b.firstRow));
    }
    expect(batches).toBeGreaterThanOrEqual(3);
    const chunked = finishRead(acc!.state());
    expect(chunked.orders).toEqual(oneShot.orders);
    expect(chunked.customers).toEqual(oneShot.customers);
    expect(chunked.quality).toEqual(oneShot.quality);
    expect(chunked.quality.issues.find((q) => q.check === 'exactDuplicate')?.count).toBe(21_428);
  });
});

describe('pathological lines finish in seconds', () => {
  it('a data line of 2,000,000 fields is left out and named', () => {
    const path = file(`customer,date,amount\na,2024-01-01,5\n${'x,'.repeat(2_000_000)}x\nb,2024-01-02,6\n`);
    const t0 = Date.now();
    const r = readInBlocks(path, HEAD_BYTES) as Reading;
    expect(Date.now() - t0).toBeLessThan(20_000);
    expect(r.rows.filter((row) => row.length).map((row) => row[0])).toEqual(['customer', 'a', 'b']);
    expect(r.notes.join(' ')).toMatch(/1 rows have more fields than the header \(3\).*lines 3/);
  });

  it('a header of 2,000,000 fields is refused', () => {
    const path = file(`${'h,'.repeat(2_000_000)}h\n1,2\n`);
    expect(readInBlocks(path, HEAD_BYTES)).toMatch(/line 1 does not look like a header row: it has 2,?000,?001 fields/);
  });

  it('a 50 MB line inside a quoted field, read in 1 MB blocks, is read once (linear), not once per block', () => {
    const big = 'y'.repeat(50 * 1024 * 1024);
    const path = file(`customer,note\na,"${big}"\nb,short\n`);
    const t0 = Date.now();
    const r = readInBlocks(path, 1024 * 1024) as Reading;
    expect(Date.now() - t0).toBeLessThan(20_000);
    expect(r.rows.map((row) => [row[0], String(row[1]).length])).toEqual([
      ['customer', 4],
      ['a', big.length],
      ['b', 5],
    ]);
  });
});
