/**
 * The CLI loads exceljs' Workbook by its module path (src/cli/exceljsWorkbook.ts): it must be the
 * very class the package exports, so a change of exceljs' layout fails here, not in a user's run.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { workbookClass } from '../../src/cli/exceljsWorkbook';

describe('workbookClass', () => {
  it("is exceljs' own Workbook, and writes and reads back an .xlsx", async () => {
    const Workbook = await workbookClass();
    expect(Workbook).toBe(ExcelJS.Workbook);
    const wb = new Workbook();
    wb.addWorksheet('Sheet').getCell('A1').value = 42;
    const back = new Workbook();
    await back.xlsx.load(await wb.xlsx.writeBuffer());
    expect(back.getWorksheet('Sheet')?.getCell('A1').value).toBe(42);
  });
});
