/**
 * The preview's Node side, no browser: the command line, a busy port, reading the user's own
 * file with the CLI's reader, and the chart layout.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startPreview } from '../../scripts/preview';
import { previewArgs } from '../../scripts/preview/args';
import { chartShapes, niceTicks } from '../../scripts/preview/charts';
import { readSourceFile } from '../../scripts/preview/source';

describe('npm start options', () => {
  it('takes a file, --port, --locale, --sheet and --encoding; flags win over PORT and LOCALE', () => {
    expect(previewArgs([], {})).toMatchObject({ file: undefined, port: 8080, portChosen: false, help: false });
    expect(previewArgs(['shop.xlsx', '--port', '9000', '--sheet=Orders', '--locale', 'zh_TW'], { PORT: '7000', LOCALE: 'ms_MY' })).toMatchObject({
      file: 'shop.xlsx',
      port: 9000,
      portChosen: true,
      sheet: 'Orders',
      locale: 'zh_TW',
    });
    expect(previewArgs(['--encoding', 'big5', 'a.csv'], { PORT: '7000' })).toMatchObject({ file: 'a.csv', encoding: 'big5', port: 7000, portChosen: true });
    expect(previewArgs(['--help'], {}).help).toBe(true);
  });

  it('names a flag it does not know, one without its value, and a port that is not one', () => {
    expect(() => previewArgs(['--colour', 'red'], {})).toThrow('--colour');
    expect(() => previewArgs(['--port'], {})).toThrow('--port');
    expect(() => previewArgs(['a.csv', 'b.csv'], {})).toThrow('b.csv');
    expect(() => previewArgs([], { PORT: 'eighty' })).toThrow('eighty');
  });
});

describe('a busy port', () => {
  it('is named with the way to pick another, or the next free port is taken', async () => {
    const first = await startPreview({ port: 0 });
    try {
      await expect(startPreview({ port: first.port })).rejects.toThrow(`Port ${first.port} is already in use`);
      await expect(startPreview({ port: first.port, locale: 'zh_TW' })).rejects.toThrow(`連接埠 ${first.port} 已被使用`);
      const next = await startPreview({ port: first.port, portTries: 10 });
      expect(next.port).toBeGreaterThan(first.port);
      await next.close();
      // The program: a port the user named is not silently changed.
      const run = spawnSync(process.execPath, ['dist/preview.js', '--port', String(first.port)], { encoding: 'utf8', timeout: 30_000 });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(`Port ${first.port} is already in use`);
      expect(run.stderr).toContain(`--port ${first.port + 1}`);
      expect(run.stderr).toContain(`PORT=${first.port + 1} npm start`);
      expect(run.stderr).not.toContain('EADDRINUSE');
    } finally {
      await first.close();
    }
  });

  it('the program explains a wrong option with its usage', () => {
    const run = spawnSync(process.execPath, ['dist/preview.js', '--colour'], { encoding: 'utf8', timeout: 30_000 });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--colour');
    expect(run.stderr).toContain('npm start -- [orders.csv | orders.xlsx]');
  });
});

describe("the user's own file", () => {
  it('is read with the CLI reader: numbers and ISO dates as a Sheets import makes them, the sheet named after the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'preview-src-'));
    const file = join(dir, 'my shop.csv');
    writeFileSync(file, 'Customer;Order date;Total\nann;2024-01-05;12,50\nbob;2024-02-06 10:30;7\n');
    const sheet = await readSourceFile(file);
    expect(sheet.name).toBe('my shop');
    expect(sheet.values[0]).toEqual(['Customer', 'Order date', 'Total']);
    expect(sheet.values[1][1]).toEqual(new Date(Date.UTC(2024, 0, 5)));
    expect(sheet.values[1][2]).toBe('12,50'); // text, as Sheets keeps "12,50" in an English locale
    expect(sheet.values[2][2]).toBe(7);
  });

  it('that cannot be read fails with the reader\'s sentence naming it', async () => {
    await expect(readSourceFile(join(tmpdir(), 'no-such-file.csv'))).rejects.toThrow('no-such-file.csv');
  });
});

describe('charts in the grid', () => {
  it('ticks cover the values from zero', () => {
    expect(niceTicks(0, 6.8)).toEqual([0, 2, 4, 6, 8]);
    expect(niceTicks(0, 0.394)).toEqual([0, 0.1, 0.2, 0.3, 0.4]);
    expect(niceTicks(-3, 10)).toEqual([-5, 0, 5, 10]);
    expect(niceTicks(0, 0)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });

  it('draws one bar per value and series, a line per series, a slice per value', () => {
    const series = [
      { name: 'Came', values: [1, 2, null], percent: false },
      { name: 'Forecast', values: [1.5, 2.5, 3], percent: false },
    ];
    const bars = (type: string) => chartShapes({ type, title: 'T', labels: ['a', 'b', 'c'], series }).filter((s) => s.tag === 'rect').length;
    // The background and one legend key per series are rects too.
    expect(bars('COLUMN')).toBe(1 + 2 + 5);
    expect(bars('BAR')).toBe(1 + 2 + 5);
    expect(chartShapes({ type: 'LINE', title: 'T', labels: ['a', 'b', 'c'], series }).filter((s) => s.tag === 'polyline')).toHaveLength(2);
    expect(chartShapes({ type: 'PIE', title: 'T', labels: ['a', 'b', 'c'], series }).filter((s) => s.tag === 'path')).toHaveLength(3);
    const texts = chartShapes({ type: 'COLUMN', title: '<b>x</b>', labels: ['a'], series: [{ name: 'Share', values: [0.25], percent: true }] }).map((s) => s.text);
    expect(texts).toContain('<b>x</b>'); // plain text: the page sets it with textContent
    expect(texts).toContain('25%');
  });
});
