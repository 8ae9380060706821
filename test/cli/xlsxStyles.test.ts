/**
 * Shared style objects for exceljs: cells that look alike get the same (frozen) object, so exceljs
 * makes each style once; cells without a number format share only with cells of their value type,
 * whose default format exceljs picks ("General", "mm-dd-yy"). Read back through exceljs, a tab keeps
 * every cell's look.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { SharedStyles } from '../../src/cli/xlsxStyles';
import { writeXlsx } from '../../src/cli/xlsxWriter';
import type { TabSpec } from '../../src/core/report/tabSpec';

describe('SharedStyles', () => {
  it('gives one frozen object per look, apart by value type when there is no number format', () => {
    const styles = new SharedStyles();
    const a = styles.of('#,##0', 'plain', false, 1);
    expect(styles.of('#,##0', 'plain', false, 'x')).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    expect(styles.of(undefined, 'plain', false, 1)).not.toBe(styles.of(undefined, 'plain', false, new Date(0)));
    expect(styles.of(undefined, 'plain', false, 'a')).toBe(styles.of(undefined, 'plain', false, null));
    expect(styles.of(undefined, 'header', false, 'a')).toEqual({ font: { bold: true }, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8F0FE' } } });
    expect(styles.of('@', 'plain', true, 'a')).toEqual({ numFmt: '@', alignment: { wrapText: true, vertical: 'top' } });
    expect(styles.of(undefined, 'title', false, 'T')).toEqual({ font: { bold: true, size: 12 } });
  });

  it('a written tab keeps each cell look: header, title, formats, text, wrap, per-row formats, dates', async () => {
    const day = { day: 20_000 };
    const tab = {
      kind: 'kpis',
      name: 'KPIs',
      blocks: [
        {
          row: 3,
          col: 1,
          title: 'Figures',
          header: true,
          formats: ['text', 'integer', undefined],
          wrapColumns: [2],
          values: [['Name', 'Count', 'Note'], ['0123', 5, 'a long note'], ['b', 7, day], ['c', 0.25, 3]],
        },
      ],
      rowFormats: { block: 0, column: 1, formats: ['integer', 'integer', 'percent'] },
    } as unknown as TabSpec;
    const path = join(mkdtempSync(join(tmpdir(), 'xlsx-styles-')), 'styles.xlsx');
    await writeXlsx(path, [tab]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const ws = wb.getWorksheet('KPIs');
    if (!ws) throw new Error('no KPIs tab');
    expect(ws.getCell('A2').font).toMatchObject({ bold: true, size: 12 });
    expect(ws.getCell('A3').font).toMatchObject({ bold: true });
    expect(ws.getCell('A3').fill).toMatchObject({ pattern: 'solid', fgColor: { argb: 'FFE8F0FE' } });
    expect(ws.getCell('A4').value).toBe('0123');
    expect(ws.getCell('A4').numFmt).toBe('@');
    expect(ws.getCell('A4').font?.bold).toBeFalsy();
    expect(ws.getCell('B6').numFmt).toContain('%');
    expect(ws.getCell('B4').numFmt).not.toContain('%');
    expect(ws.getCell('C4').alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    expect(ws.getCell('B4').alignment).toBeUndefined();
    expect(ws.getCell('C5').numFmt).toBe('mm-dd-yy');
    expect(ws.getCell('C6').numFmt).toBeUndefined();
  });
});
