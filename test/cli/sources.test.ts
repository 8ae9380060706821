/**
 * `segment FILE1 FILE2 … --out OUT.xlsx` (cli/sources.ts): order files and a customer list as one
 * customer base, on the fixtures of test/fixtures/sources/ (figures counted by hand there: 5
 * customers from 8 order rows, one of them a sale in both order files).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { segmentFiles } from '../../src/cli/sources';
import { TAB_NAMES } from '../../src/core/report/labels';
import { SOURCE_MESSAGES } from '../../src/core/sources/messages';
import { LANGS } from '../../src/core/types';

const FIXTURES = 'test/fixtures/sources';
const filesOf = (lang: string) => ['shop', 'counter', 'crm'].map((k) => join(FIXTURES, `${lang}-${k}.csv`));

describe.each(LANGS.map((l) => [l] as const))('segment with three files, %s', (lang) => {
  it('writes one workbook: 5 customers, the inputs copied, what combining found in Data quality', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'sources-cli-')), 'out.xlsx');
    const text = await segmentFiles(filesOf(lang), out, { 'no-clv': true, 'analysis-date': '2024-05-01', lang });
    expect(text.split('\n')[0]).toMatch(/^(共 )?5 /);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const names = wb.worksheets.map((w) => w.name);
    for (const k of ['shop', 'counter', 'crm']) expect(names).toContain(`${lang}-${k}.csv`);
    const quality = wb.getWorksheet(TAB_NAMES.quality[lang])!;
    const cells: string[] = [];
    quality.eachRow((row) => cells.push(...Array.from(row.values as unknown[], (v) => String(v ?? ''))));
    expect(cells).toContain(SOURCE_MESSAGES.duplicateName[lang]);
    expect(cells.some((c) => c.includes(`${lang}-counter.csv`) && c.includes(`${lang}-shop.csv`))).toBe(true);
  }, 60_000);
});

describe('segment with several files refuses', () => {
  it('an output that is one of the inputs, even with --force, naming it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sources-cli-'));
    const files = filesOf('en').map((f, i) => {
      const to = join(dir, i === 2 ? 'crm.xlsx' : `f${i}.csv`);
      copyFileSync(f, to);
      return to;
    });
    await expect(segmentFiles(files, files[2], { force: true })).rejects.toThrow(/is the input file .*crm\.xlsx/);
  });
  it('a file the reader cannot use, naming it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sources-cli-'));
    const bad = join(dir, 'notes.csv');
    writeFileSync(bad, 'Note\nhello\n');
    await expect(segmentFiles([filesOf('ms')[0], bad], join(dir, 'out.xlsx'), { lang: 'ms' })).rejects.toThrow(/notes\.csv/);
  });
  it('--engine duckdb, which reads one file', async () => {
    await expect(segmentFiles(filesOf('en'), join(tmpdir(), 'x.xlsx'), { engine: 'duckdb' })).rejects.toThrow(/--engine duckdb reads one file/);
  });
});

describe('node dist/cli.js segment FILE1 FILE2 FILE3', () => {
  it.runIf(existsSync('dist/cli.js'))('takes several files on the command line', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'sources-cli-')), 'out.xlsx');
    const stdout = execFileSync('node', ['dist/cli.js', 'segment', ...filesOf('zh-TW'), '--out', out, '--no-clv', '--lang', 'zh-TW'], { encoding: 'utf8' });
    expect(stdout).toMatch(/^共 5 位顧客/);
    expect(existsSync(out)).toBe(true);
  }, 60_000);
});
