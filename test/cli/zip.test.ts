/**
 * The small zip reader and writer behind the streamed .xlsx: entries written (copied or deflated
 * from chunks) read back with their bytes and CRC; a zip whose sizes sit in data descriptors is read
 * through its central directory; `unzip -t` accepts the output; what Zip64 would need is refused.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { entryBytes, readZip, writeZip } from '../../src/cli/zip';

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'zip-'));
});

/** A zip as streaming writers make it: local headers with zero sizes and flag 3, sizes in a data descriptor after the data. */
function zipWithDataDescriptors(files: Record<string, string>): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const raw = Buffer.from(text);
    const data = deflateRawSync(raw);
    const n = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0008, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(n.length, 26);
    const descriptor = Buffer.alloc(16);
    descriptor.writeUInt32LE(0x08074b50, 0);
    descriptor.writeUInt32LE(crc32(raw), 4);
    descriptor.writeUInt32LE(data.length, 8);
    descriptor.writeUInt32LE(raw.length, 12);
    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE(20, 4);
    record.writeUInt16LE(20, 6);
    record.writeUInt16LE(0x0008, 8);
    record.writeUInt16LE(8, 10);
    record.writeUInt32LE(crc32(raw), 16);
    record.writeUInt32LE(data.length, 20);
    record.writeUInt32LE(raw.length, 24);
    record.writeUInt16LE(n.length, 28);
    record.writeUInt32LE(offset, 42);
    parts.push(local, n, data, descriptor);
    central.push(record, n);
    offset += local.length + n.length + data.length + descriptor.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(central.length / 2, 8);
  end.writeUInt16LE(central.length / 2, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, cd, end]);
}

describe('zip', () => {
  it('reads a zip with data descriptors through its central directory', () => {
    const entries = readZip(zipWithDataDescriptors({ 'a.txt': 'hello', 'dir/b.xml': '<x/>'.repeat(1000) }));
    expect(entries.map((e) => [e.name, entryBytes(e).toString()])).toEqual([
      ['a.txt', 'hello'],
      ['dir/b.xml', '<x/>'.repeat(1000)],
    ]);
    expect(entries[0].crc).toBe(crc32('hello'));
  });

  describe('a zip written with copied and deflated entries', () => {
    const source = readZip(zipWithDataDescriptors({ 'kept.txt': 'as it was' }));
    const chunks = [Buffer.from('<rows>'), Buffer.from('<r>ünïcode 顧客</r>'.repeat(50_000)), new Uint8Array(0), Buffer.from('</rows>')];
    const whole = Buffer.concat(chunks);
    const path = () => join(dir, 'out.zip');
    beforeAll(async () => {
      await writeZip(path(), [{ copy: source[0] }, { name: 'xl/worksheets/sheet1.xml', content: chunks }, { name: 'empty.txt', content: [] }, { name: 'ünï.txt', content: [Buffer.from('x')] }]);
    });

    it('reads back: copies byte for byte, new entries with their bytes, CRC and size', () => {
      const back = readZip(readFileSync(path()));
      expect(back.map((e) => e.name)).toEqual(['kept.txt', 'xl/worksheets/sheet1.xml', 'empty.txt', 'ünï.txt']);
      expect(back[0].data.equals(source[0].data)).toBe(true);
      expect(entryBytes(back[0]).toString()).toBe('as it was');
      expect(entryBytes(back[1]).equals(whole)).toBe(true);
      expect([back[1].crc, back[1].size]).toEqual([crc32(whole), whole.length]);
      expect(entryBytes(back[2]).length).toBe(0);
      expect(entryBytes(back[3]).toString()).toBe('x');
    });

    it.skipIf(spawnSync('unzip', ['-v']).status !== 0)('passes unzip -t', () => {
      const r = spawnSync('unzip', ['-t', path()], { encoding: 'utf8' });
      expect(r.status, r.stdout + r.stderr).toBe(0);
    });
  });

  it('refuses an entry of 4 GiB or more instead of writing a broken zip', async () => {
    const huge = new Uint8Array(0);
    // A chunk that says it holds 4 GiB: the size check comes before its bytes are read.
    Object.defineProperty(huge, 'length', { value: 2 ** 32 });
    await expect(writeZip(join(dir, 'huge.zip'), [{ name: 'big.xml', content: [huge] }])).rejects.toThrow(/4 GiB/);
  });

  it('refuses what is not a zip', () => {
    expect(() => readZip(Buffer.from('not a zip at all, just some text'))).toThrow(/not a zip/);
  });
});
