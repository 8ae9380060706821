import { closeSync, openSync, writeSync } from 'node:fs';
import { promisify } from 'node:util';
import { constants, crc32, deflateRaw, inflateRawSync } from 'node:zlib';

/**
 * The little of the zip format an .xlsx needs, on node:zlib and node:fs only: reading the entries
 * of a zip held in memory (through its central directory, so data descriptors do not matter) and
 * writing a zip whose entries are either copied as they are stored or deflated from a stream of
 * chunks, so a large entry is never whole in memory. No Zip64: a zip or entry of 4 GiB or more is
 * refused.
 */

/** One stored entry of a zip read into memory; `data` is the stored (usually deflated) bytes. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  crc: number;
  size: number;
  /** MS-DOS time and date fields, kept when the entry is copied. */
  time: number;
  date: number;
  data: Buffer;
}

/** An entry to write: a copy of a read entry, or a new entry deflated from the chunks of `content` (iterated once). */
export type ZipOutput = { copy: ZipEntry } | { name: string; content: Iterable<Uint8Array> };

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const MAX32 = 0xffffffff;
/** General-purpose flag bit 11: the name is UTF-8. */
const UTF8 = 0x0800;
/** Level 1 of 9: on spreadsheet XML it deflates several times faster than the default level for a file a little larger. */
const LEVEL = 1;
/** Chunks being deflated at once: enough to keep both cores of a small machine busy. */
const PARALLEL = 4;

/** Reads the entries of the zip held in `zip`. Throws on anything that is not a plain (non-Zip64, unencrypted) zip. */
export function readZip(zip: Buffer): ZipEntry[] {
  let end = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === END) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new Error('not a zip file: no end of central directory');
  const count = zip.readUInt16LE(end + 10);
  let p = zip.readUInt32LE(end + 16);
  if (count === 0xffff || p === MAX32) throw new Error('Zip64 files are not supported');
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (p + 46 > zip.length || zip.readUInt32LE(p) !== CENTRAL) throw new Error('broken zip: bad central directory');
    const flags = zip.readUInt16LE(p + 8);
    if (flags & 1) throw new Error('encrypted zip entries are not supported');
    const nameLength = zip.readUInt16LE(p + 28);
    const compressed = zip.readUInt32LE(p + 20);
    const offset = zip.readUInt32LE(p + 42);
    if (offset + 30 > zip.length || zip.readUInt32LE(offset) !== LOCAL) throw new Error('broken zip: bad local header');
    const start = offset + 30 + zip.readUInt16LE(offset + 26) + zip.readUInt16LE(offset + 28);
    if (start + compressed > zip.length) throw new Error('broken zip: entry runs past the end');
    entries.push({
      name: zip.toString(flags & UTF8 ? 'utf8' : 'latin1', p + 46, p + 46 + nameLength),
      method: zip.readUInt16LE(p + 10),
      time: zip.readUInt16LE(p + 12),
      date: zip.readUInt16LE(p + 14),
      crc: zip.readUInt32LE(p + 16),
      size: zip.readUInt32LE(p + 24),
      data: zip.subarray(start, start + compressed),
    });
    p += 46 + nameLength + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  }
  return entries;
}

/** The uncompressed bytes of an entry read by {@link readZip}. */
export function entryBytes(entry: ZipEntry): Buffer {
  if (entry.method === 0) return entry.data;
  if (entry.method === 8) return inflateRawSync(entry.data);
  throw new Error(`zip entry ${entry.name} uses compression method ${entry.method}, which is not supported`);
}

/** MS-DOS time and date of a moment, as zip headers store them. */
function dosTime(d: Date): { time: number; date: number } {
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: (Math.max(0, d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

interface Written {
  name: Buffer;
  flags: number;
  method: number;
  time: number;
  date: number;
  crc: number;
  compressed: number;
  size: number;
  offset: number;
}

function tooLarge(what: string): Error {
  return new Error(`${what} would reach 4 GiB, more than a zip without Zip64 holds`);
}

/** The 30-byte local header of an entry, followed by its name. */
function localHeader(e: Written): Buffer {
  const b = Buffer.alloc(30 + e.name.length);
  b.writeUInt32LE(LOCAL, 0);
  b.writeUInt16LE(20, 4);
  b.writeUInt16LE(e.flags, 6);
  b.writeUInt16LE(e.method, 8);
  b.writeUInt16LE(e.time, 10);
  b.writeUInt16LE(e.date, 12);
  b.writeUInt32LE(e.crc, 14);
  b.writeUInt32LE(e.compressed, 18);
  b.writeUInt32LE(e.size, 22);
  b.writeUInt16LE(e.name.length, 26);
  e.name.copy(b, 30);
  return b;
}

/** The 46-byte central directory record of an entry, followed by its name. */
function centralRecord(e: Written): Buffer {
  const b = Buffer.alloc(46 + e.name.length);
  b.writeUInt32LE(CENTRAL, 0);
  b.writeUInt16LE(20, 4);
  b.writeUInt16LE(20, 6);
  b.writeUInt16LE(e.flags, 8);
  b.writeUInt16LE(e.method, 10);
  b.writeUInt16LE(e.time, 12);
  b.writeUInt16LE(e.date, 14);
  b.writeUInt32LE(e.crc, 16);
  b.writeUInt32LE(e.compressed, 20);
  b.writeUInt32LE(e.size, 24);
  b.writeUInt16LE(e.name.length, 28);
  b.writeUInt32LE(e.offset, 42);
  e.name.copy(b, 46);
  return b;
}

/**
 * Writes a zip file at `path` with the entries in order. Copied entries keep their stored bytes,
 * method, CRC and time; new entries are deflated as their chunks arrive (on zlib's thread, while the
 * next chunks are made), their header patched with the CRC and sizes when they end.
 */
export async function writeZip(path: string, outputs: Iterable<ZipOutput>): Promise<void> {
  const fd = openSync(path, 'w');
  let position = 0;
  const put = (b: Uint8Array, at?: number) => {
    if (at !== undefined) {
      writeSync(fd, b, 0, b.length, at);
      return;
    }
    if (position + b.length > MAX32) throw tooLarge('the zip file');
    writeSync(fd, b, 0, b.length, position);
    position += b.length;
  };
  try {
    const written: Written[] = [];
    for (const out of outputs) {
      if ('copy' in out) {
        const c = out.copy;
        const name = Buffer.from(c.name, 'utf8');
        const e = { name, flags: UTF8, method: c.method, time: c.time, date: c.date, crc: c.crc, compressed: c.data.length, size: c.size, offset: position };
        put(localHeader(e));
        put(c.data);
        written.push(e);
      } else {
        const e = { name: Buffer.from(out.name, 'utf8'), flags: UTF8, method: 8, ...dosTime(new Date()), crc: 0, compressed: 0, size: 0, offset: position };
        put(localHeader(e));
        await deflateInto(out.content, e, put);
        put(localHeader(e).subarray(14, 26), e.offset + 14);
        written.push(e);
      }
    }
    if (written.length >= 0xffff) throw new Error('a zip without Zip64 holds fewer than 65,535 entries');
    const directory = position;
    for (const e of written) put(centralRecord(e));
    const end = Buffer.alloc(22);
    end.writeUInt32LE(END, 0);
    end.writeUInt16LE(written.length, 8);
    end.writeUInt16LE(written.length, 10);
    end.writeUInt32LE(position - directory, 12);
    end.writeUInt32LE(directory, 16);
    put(end);
  } finally {
    closeSync(fd);
  }
}

const deflateChunk = promisify(deflateRaw);

/**
 * Deflates the chunks into the file through `put`, filling in the entry's CRC and sizes. Each chunk
 * is deflated on its own on zlib's threads, a few at a time while the next chunks are made, and
 * ends on a byte boundary (a sync flush), so the pieces join into one deflate stream, as pigz does.
 */
async function deflateInto(content: Iterable<Uint8Array>, e: Written, put: (b: Uint8Array) => void): Promise<void> {
  const pending: Promise<Buffer>[] = [];
  const start = (chunk: Uint8Array, last: boolean) => {
    // Room for the output of XML (about a tenth of it), so zlib's thread need not come back to this one midway.
    const job = deflateChunk(chunk, { level: LEVEL, chunkSize: Math.max(1 << 16, chunk.length >> 2), finishFlush: last ? constants.Z_FINISH : constants.Z_SYNC_FLUSH });
    job.catch(() => {}); // awaited in turn below; a failure while chunks are still being made is not unhandled
    pending.push(job);
  };
  const writeOldest = async () => {
    const b = await (pending.shift() as Promise<Buffer>);
    e.compressed += b.length;
    if (e.compressed > MAX32) throw tooLarge(`the compressed entry ${e.name}`);
    put(b);
  };
  let size = 0;
  let crc = 0;
  for (const chunk of content) {
    size += chunk.length;
    if (size > MAX32) throw tooLarge(`the entry ${e.name}`);
    crc = crc32(chunk, crc);
    start(chunk, false);
    while (pending.length >= PARALLEL) await writeOldest();
  }
  start(new Uint8Array(0), true);
  while (pending.length) await writeOldest();
  e.crc = crc;
  e.size = size;
}
