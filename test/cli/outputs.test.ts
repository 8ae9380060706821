/**
 * What the CLI writes: the output replaces only files it wrote itself (or with --force), is written
 * through a temporary file, keeps ids and number-like text as text in .xlsx, truncates over-long
 * cells with a note, and CSV output is safe to open in a spreadsheet. A few runs of the built
 * `node dist/cli.js` check exit codes and messages end to end.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeAtomically } from '../../src/cli/outputFile';
import { MAX_CELL_CHARS, writeXlsx } from '../../src/cli/xlsxWriter';
import type { TabSpec } from '../../src/core/report/tabSpec';
import { cli, makeFixtures, snapshot } from './hostile-cli.helpers';

let dir = '';
const f = (name: string) => join(dir, name);
beforeAll(async () => {
  dir = await makeFixtures();
});

const noPartials = () => expect(readdirSync(dir).filter((n) => n.includes('.partial'))).toEqual([]);

describe('segment output files', () => {
  it('writes a new file, then replaces its own output without --force; the input is untouched', async () => {
    const input = readFileSync(f('orders.csv'));
    const first = await cli(['segment', f('orders.csv'), '--out', f('run.xlsx'), '--no-clv']);
    expect(first.code, first.err).toBe(0);
    expect(first.out).toMatch(/customers in \d+ segments/);
    const again = await cli(['segment', f('orders.csv'), '--out', f('run.xlsx'), '--no-clv', '--bins', '4']);
    expect(again.code, again.err).toBe(0);
    expect(readFileSync(f('orders.csv')).equals(input)).toBe(true);
    noPartials();
  }, 60_000);

  it('replaces a workbook the user made only with --force, and keeps the .xlsx input with all its sheets', async () => {
    writeFileSync(f('mine.xlsx'), readFileSync(f('user.xlsx')));
    const input = readFileSync(f('orders.xlsx'));
    const r = await cli(['segment', f('orders.xlsx'), '--out', f('mine.xlsx'), '--no-clv', '--force']);
    expect(r.code, r.err).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(f('mine.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toContain('Segments');
    expect(readFileSync(f('orders.xlsx')).equals(input)).toBe(true);
    const src = new ExcelJS.Workbook();
    await src.xlsx.readFile(f('orders.xlsx'));
    expect(src.worksheets.map((w) => w.name)).toEqual(['Orders', 'My notes']);
    noPartials();
  }, 60_000);

  it('a rules file is used, with its warnings printed', async () => {
    const r = await cli(['segment', f('orders.csv'), '--out', f('ruled.xlsx'), '--no-clv', '--rules', f('rules-ok.json'), '--segment-by', 'both']);
    expect(r.code, r.err).toBe(0);
    noPartials();
  }, 60_000);

  it('a failed run leaves no output and no temporary file', async () => {
    const before = snapshot(dir);
    const r = await cli(['segment', f('bad.csv'), '--out', f('never.xlsx')]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/\nData-quality report:\n {2}[!xi] /);
    expect(r.err).not.toMatch(/see the data-quality report/);
    expect(existsSync(f('never.xlsx'))).toBe(false);
    expect(snapshot(dir)).toEqual(before);
  });

  it('writeAtomically leaves the target untouched when the write fails', async () => {
    writeFileSync(f('keep.xlsx'), 'old');
    await expect(
      writeAtomically(f('keep.xlsx'), async (tmp) => {
        writeFileSync(tmp, 'half');
        throw new Error('disk full');
      }),
    ).rejects.toThrow('disk full');
    expect(readFileSync(f('keep.xlsx'), 'utf8')).toBe('old');
    noPartials();
  });
});

describe('xlsx cells', () => {
  it('keeps ids and number-like text as text, and truncates over-long cells with one note per tab', async () => {
    const ids = ['0123456789', '1.50', '1e5', '2024-01-02', '12:30', 'TRUE', '=1+1'];
    const long = 'x'.repeat(MAX_CELL_CHARS + 100);
    const tab: TabSpec = {
      kind: 'segments',
      name: 'Segments',
      blocks: [{ row: 1, col: 1, header: true, formats: { 0: 'text', 1: 'integer' }, values: [['Customer', 'Orders', 'Note'], ...ids.map((id, i) => [id, i, i < 2 ? long : 'ok']), [42, 1, 'numeric id']] }],
    } as unknown as TabSpec;
    const path = f('cells.xlsx');
    const notes = await writeXlsx(path, [tab], { extraSheets: [{ name: 'Orders', rows: [['id', 'amount'], ['007', 5], ['2024-01-02', '1.50']] }] });
    expect(notes).toEqual(['2 cells on the "Segments" tab had more than 32,767 characters (the most a spreadsheet cell holds) and were cut short, ending in "…".']);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const ws = wb.getWorksheet('Segments');
    if (!ws) throw new Error('no Segments tab');
    ids.forEach((id, i) => {
      expect(ws.getCell(i + 2, 1).value).toBe(id);
      expect(ws.getCell(i + 2, 1).numFmt).toBe('@');
    });
    expect(ws.getCell(ids.length + 2, 1).value).toBe('42');
    expect(ws.getCell(2, 2).value).toBe(0);
    const cut = String(ws.getCell(2, 3).value);
    expect(cut.length).toBe(MAX_CELL_CHARS);
    expect(cut.endsWith('…')).toBe(true);
    const orders = wb.getWorksheet('Orders');
    if (!orders) throw new Error('no Orders tab');
    expect(orders.getCell(2, 1).value).toBe('007');
    expect(orders.getCell(2, 1).numFmt).toBe('@');
    expect(orders.getCell(2, 2).value).toBe(5);
    expect(orders.getCell(3, 1).value).toBe('2024-01-02');
    expect(orders.getCell(3, 2).value).toBe('1.50');
  });
});

describe('CSV output is safe to open (OWASP CSV injection)', () => {
  it('rfm --format csv prefixes formula-like ids and keeps numbers', async () => {
    const r = await cli(['rfm', f('injection.csv'), '--customer', 'customer', '--date', 'date', '--amount', 'amount', '--analysis-date', '2024-02-01', '--format', 'csv', '--bins', '2']);
    expect(r.code, r.err).toBe(0);
    const lines = r.out.split('\n');
    expect(lines).toContainEqual(expect.stringMatching(/^"'=HYPERLINK\(""http:\/\/evil""\)",\d+,1,10,/));
    expect(lines).toContainEqual(expect.stringMatching(/^'@SUM\(1\),/));
    expect(lines).toContainEqual(expect.stringMatching(/^'\+1,/));
    expect(r.out).not.toMatch(/^[=+@]/m);
  });
});

describe('node dist/cli.js end to end', () => {
  const run = (...args: string[]) => spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8' });
  const built = existsSync('dist/cli.js');
  it.skipIf(!built)('refuses to write over the input: exit 2, one line, no stack, input unchanged', () => {
    const before = snapshot(dir);
    const r = run('segment', f('orders.csv'), '--out', f('orders.csv'));
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/is the input file/);
    expect(snapshot(dir)).toEqual(before);
  });
  it.skipIf(!built)('--bins 0 and an unknown flag: exit 2 with the message', () => {
    expect(run('segment', f('orders.csv'), '--out', f('e2e.xlsx'), '--bins', '0')).toMatchObject({ status: 2, stderr: 'Error: --bins must be a whole number from 2 to 10, got "0"\n' });
    expect(run('rfm', f('orders.csv'), '--colour', 'red').stderr).toMatch(/^Error: unknown flag --colour for rfm; known flags: /);
    expect(existsSync(f('e2e.xlsx'))).toBe(false);
  });
  it.skipIf(!built)('rfm on an empty file names the file: exit 1', () => {
    const r = run('rfm', f('empty.csv'), '--customer', 'a', '--date', 'b', '--amount', 'c', '--analysis-date', '2024-01-01');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^Error: ${f('empty.csv').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is empty`));
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
  it.skipIf(!built)('no command lists the commands with exit 0; an unknown one exits 2', () => {
    expect(run().status).toBe(0);
    expect(run('nope').status).toBe(2);
  });
});
