/**
 * Reading a big CSV on several threads (src/cli/parallelRead.ts, run by the built dist/cli.js) gives
 * byte for byte the output of one thread: same customers, scores, notes and row numbers, including
 * when a cut point falls inside a quoted field that spans lines (then the file is read on one thread),
 * with lone-CR line ends, and with ragged and blank lines next to the cuts.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const CLI = join(process.cwd(), 'dist/cli.js');
/**
 * The files here are cut, as `--threads` asks (parallelRead.ts: from 1 MB when asked, from 128 MB by
 * default), into parts of many 256 KB read blocks each.
 */
const TEST_FILE_MIN_BYTES = 16 * 1024 * 1024;
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'parallel-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Order lines: quoted notes with commas, a few ragged and blank lines, repeated rows. */
function orderLines(n: number, eol: string, from = 0): string[] {
  const out: string[] = [];
  for (let i = from; i < from + n; i++) {
    const o = Math.floor(i / 3);
    if (i % 5003 === 17) out.push('');
    else if (i % 7919 === 5) out.push(`#${o},c${o % 2003},2024-01-01,5,extra,fields`);
    else out.push(`#${o},c${(o * 31) % 2003},2024-${String((o % 12) + 1).padStart(2, '0')}-${String((o % 28) + 1).padStart(2, '0')},"${(i % 97) + 0.5}","note, with comma ${i % 13}"`);
  }
  return out.map((l) => l + eol);
}

function write(name: string, parts: string[]): string {
  const path = join(dir, name);
  writeFileSync(path, parts.join(''));
  expect(statSync(path).size).toBeGreaterThan(TEST_FILE_MIN_BYTES);
  return path;
}

function rfm(path: string, threads: number) {
  const r = spawnSync(process.execPath, [CLI, 'rfm', path, '--customer', 'Customer', '--date', 'Date', '--amount', 'Total', '--order', 'Order', '--analysis-date', '2025-01-01', '--format', 'csv', '--threads', String(threads)], { encoding: 'utf8', maxBuffer: 1 << 28 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('reading on several threads', () => {
  it('gives the one-thread output on a 20 MB CSV with quotes, ragged and blank lines', () => {
    const path = write('orders.csv', ['Order,Customer,Date,Total,Note\n', ...orderLines(330_000, '\n')]);
    const one = rfm(path, 1);
    expect(one.status).toBe(0);
    expect(one.stderr).toMatch(/more fields than the header/);
    for (const threads of [2, 3]) expect(rfm(path, threads)).toEqual(one);
  }, 120_000);

  it('falls back to one thread when a cut falls inside a quoted field that spans lines', () => {
    const half = orderLines(165_000, '\n');
    // A note of 40,000 lines in one quoted cell, straddling the middle of the file.
    const long = `#x,c1,2024-02-02,"7","${Array.from({ length: 40_000 }, (_, i) => `line ${i}`).join('\n')}"\n`;
    const path = write('long-note.csv', ['Order,Customer,Date,Total,Note\n', ...half, long, ...orderLines(165_000, '\n', 165_000)]);
    const one = rfm(path, 1);
    expect(one.status).toBe(0);
    expect(rfm(path, 2)).toEqual(one);
  }, 120_000);

  it('counts lines the same with CRLF and lone CR line ends', () => {
    for (const eol of ['\r\n', '\r']) {
      const path = write(`eol-${eol.length}.csv`, [`Order,Customer,Date,Total,Note${eol}`, ...orderLines(330_000, eol)]);
      const one = rfm(path, 1);
      expect(one.status).toBe(0);
      expect(rfm(path, 2)).toEqual(one);
    }
  }, 180_000);
});
