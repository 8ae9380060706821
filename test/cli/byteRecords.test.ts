/**
 * Records of UTF-8 bytes (byteRecords.ts) against the text parser they stand in for: `parseRecords`
 * on the decoded text is the reference, for any text and any cut of its bytes into blocks (cuts
 * inside a multi-byte character, a quoted field, a CRLF included).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ByteRecordStream, NulByte } from '../../src/cli/byteRecords';
import { NotUtf8Later } from '../../src/cli/encoding';
import { parseRecords } from '../../src/cli/records';

/** All records of `bytes` fed in blocks cut at `cuts`, with their lines and strays. */
function byBlocks(bytes: Uint8Array, cuts: number[], delimiter = ',', line = 1, width = 3) {
  const stream = new ByteRecordStream(delimiter, width, 0, line);
  const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const records: string[][] = [];
  const lines: number[] = [];
  const strays: number[] = [];
  let from = 0;
  const feed = (to: number, final: boolean) => {
    const p = stream.push(bytes.subarray(from, to), final);
    for (const s of p.strays) strays.push(records.length + s);
    records.push(...p.records);
    lines.push(...p.lines);
    from = to;
    return p;
  };
  for (const c of at) if (c > from && c < bytes.length) feed(c, false);
  const last = feed(bytes.length, true);
  return { records, lines, strays, unclosed: last.unclosed ? { line: last.unclosed.line } : undefined, text: last.unclosed ? stream.unclosedText() : '' };
}

function reference(text: string, delimiter = ',', line = 1) {
  const p = parseRecords(text, delimiter, { line, skipBom: false });
  return { records: p.records, lines: p.lines, strays: [...p.strays].sort((a, b) => a - b), unclosed: p.unclosed ? { line: p.unclosed.line } : undefined, text: p.unclosed ? text.slice(p.unclosed.offset, p.unclosed.offset + 400) : '' };
}

const piece = fc.constantFrom('a', 'b', '17850', ',', ',', ';', '"', '""', '\n', '\r\n', '\r', ' ', '台北', 'é', '😀', 'x"y', '');
const csvText = fc.array(piece, { maxLength: 40 }).map((p) => p.join(''));

describe('ByteRecordStream', () => {
  it('gives the records, lines and strays parseRecords gives for the decoded text, however the bytes are cut', () => {
    fc.assert(
      fc.property(csvText, fc.array(fc.nat(), { maxLength: 6 }), fc.constantFrom(',', ';'), fc.integer({ min: 1, max: 5 }), (text, cuts, delimiter, line) => {
        const bytes = new TextEncoder().encode(text);
        const got = byBlocks(bytes, cuts, delimiter, line);
        got.strays.sort((a, b) => a - b);
        expect(got).toEqual(reference(text, delimiter, line));
      }),
      { numRuns: 3000 },
    );
  });

  it('tells apart fields that share their first bytes (compared four bytes at a time), cut anywhere', () => {
    // Ids, dates and amounts that differ in one byte, at every position of a 4-byte word, as order lines do.
    const value = fc.constantFrom('536365', '536366', '536375', 'C536365', '2010-12-01 08:26', '2010-12-01 08:28', '2010-12-01 09:26', '2011-12-01 08:26', '17850', '17851', '2.55', '2.56', '12.55', '');
    const table = fc.array(fc.array(value, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(table, fc.array(fc.nat(), { maxLength: 6 }), (rows, cuts) => {
        const text = `${rows.map((r) => r.join(',')).join('\n')}\n`;
        const got = byBlocks(new TextEncoder().encode(text), cuts);
        got.strays.sort((a, b) => a - b);
        expect(got).toEqual(reference(text));
      }),
      { numRuns: 1000 },
    );
  });

  it('tells apart two texts of a column whose bytes have the same FNV-1a hash and length', () => {
    // A collision of the tables' 32-bit hash, found by search: the table compares the bytes themselves.
    const [a, b] = ['gxd0bscbg', 'khh23i0ri'];
    const text = `${a},1\nx,2\n${b},3\n${a},4\n${b},5\n`;
    expect(byBlocks(new TextEncoder().encode(text), [], ',', 1, 2).records.map((r) => r[0])).toEqual([a, 'x', b, a, b]);
  });

  it('gives the same string object for a field text seen before in its column', () => {
    const { records } = byBlocks(new TextEncoder().encode('536365,17850\n536365,17850\n'), []);
    expect(records[1][0]).toBe(records[0][0]);
    expect(records).toEqual([
      ['536365', '17850'],
      ['536365', '17850'],
    ]);
  });

  it('reads a column of more distinct texts than its table holds (the table starts again), cut anywhere', () => {
    // 256 columns share the tables' room: 1,024 texts a column, so 5,000 distinct ids fill it four times.
    const text = Array.from({ length: 5000 }, (_, i) => `id${i},"q${i % 7}",${i % 3}\n`).join('') + 'id1,"q1",1\n';
    const bytes = new TextEncoder().encode(text);
    expect(byBlocks(bytes, [1000, 20_000, 20_001, 40_000], ',', 1, 256)).toEqual(reference(text));
  });

  it('reads a quoted field over two lines seen twice with the right lines each time', () => {
    const text = 'a,"one\ntwo"\nb,"one\ntwo"\nc,d\n';
    expect(byBlocks(new TextEncoder().encode(text), [3, 9])).toEqual(reference(text));
  });

  it('throws at the first byte that is not UTF-8, with its offset in the file', () => {
    const bytes = Uint8Array.from([...new TextEncoder().encode('id,name\n1,Ann\n2,'), 0xc3, 0x28, 10]);
    expect(() => byBlocks(bytes, [5])).toThrow(NotUtf8Later);
    try {
      byBlocks(bytes, [5]);
    } catch (e) {
      expect((e as NotUtf8Later).offset).toBe(16);
    }
  });

  it('throws at a NUL byte, as a file that is not text', () => {
    const bytes = Uint8Array.from([...new TextEncoder().encode('id,name\n1,A'), 0, 10]);
    expect(() => byBlocks(bytes, [])).toThrow(NulByte);
  });
});
