/** Fixtures and an in-process runner for the hostile CLI tests: every case checks nothing was lost. */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { vi } from 'vitest';
import { runCli } from '../../src/cli/commands';
import { shopifySegments } from '../../src/core/rfm';

export async function makeFixtures(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'hostile-cli-'));
  const sample = readFileSync('scripts/sample-shop/orders.csv', 'utf8').split('\n');
  writeFileSync(join(dir, 'orders.csv'), `${sample.slice(0, 400).join('\n')}\n`);
  writeFileSync(join(dir, 'empty.csv'), '');
  writeFileSync(join(dir, 'blank.csv'), '\n\n  \n');
  writeFileSync(join(dir, 'bad.csv'), 'Customer ID,Invoice Date,Amount\nA1,not a date,12.00\nA2,31/31/2020,abc\nA3,,\n');
  writeFileSync(join(dir, 'fake.xlsx'), 'this is not a zip');
  writeFileSync(join(dir, 'rules-noranges.json'), JSON.stringify([{ id: 'a', name: 'A' }]));
  writeFileSync(join(dir, 'rules-second.json'), JSON.stringify({ rules: [shopifySegments[0], { id: 'b', name: 'B', r: [1, 5] }] }));
  writeFileSync(join(dir, 'rules-badjson.json'), '{"rules": [');
  writeFileSync(join(dir, 'rules-empty.json'), '{"rules": []}');
  writeFileSync(join(dir, 'rules-ok.json'), JSON.stringify({ version: 1, bins: 5, rules: shopifySegments }));
  writeFileSync(join(dir, 'injection.csv'), 'customer,date,amount\n=HYPERLINK("http://evil"),2024-01-02,10\n@SUM(1),2024-01-03,5\n+1,2024-01-04,7\nplain,2024-01-05,3\n');
  mkdirSync(join(dir, 'folder'));
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Orders');
  for (const line of sample.slice(0, 200)) if (line) ws.addRow(line.split(','));
  wb.addWorksheet('My notes').addRow(['keep me']);
  await wb.xlsx.writeFile(join(dir, 'orders.xlsx'));
  const user = new ExcelJS.Workbook();
  user.addWorksheet('Budget').addRow(['mine']);
  await user.xlsx.writeFile(join(dir, 'user.xlsx'));
  symlinkSync(join(dir, 'orders.xlsx'), join(dir, 'link.xlsx'));
  return dir;
}

/** Every file under `dir` with a hash of its bytes. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string, rel: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      const st = statSync(p, { throwIfNoEntry: false });
      if (st?.isDirectory()) walk(p, `${rel}${name}/`);
      else out[`${rel}${name}`] = st ? createHash('sha1').update(readFileSync(p)).digest('hex') : 'dangling';
    }
  };
  walk(dir, '');
  return out;
}

/** Runs `node dist/cli.js ...argv` in-process; returns the exit code and what was written. */
export async function cli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => {
    out += String(s);
    return true;
  });
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => {
    err += String(s);
    return true;
  });
  try {
    const code = await runCli(argv);
    return { code, out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}
