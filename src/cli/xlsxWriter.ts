import { dateFromDay } from '../core/days';
import { isDayCell, type ReportCell, type TabSpec } from '../core/report/tabSpec';
import { numberPattern } from '../core/report/numberPattern';

/**
 * Renders the add-on's output tabs to an .xlsx workbook with exceljs, from the same TabSpecs the
 * sheet writer uses, so `npm run demo` shows what the add-on writes. Charts are not written
 * (exceljs cannot create them); their data blocks are, and Sheets builds the charts in the add-on.
 */
const cellValue = (v: ReportCell): string | number | boolean | Date | null => (isDayCell(v) ? dateFromDay(v.day) : v);

export async function writeXlsx(path: string, tabs: TabSpec[], options: { currency?: string; extraSheets?: { name: string; rows: unknown[][] }[] } = {}): Promise<void> {
  const ExcelJS = (await import('exceljs')).default;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Customer Segments add-on';
  const currency = options.currency ?? '';
  for (const extra of options.extraSheets ?? []) {
    const ws = wb.addWorksheet(extra.name.slice(0, 31));
    for (const row of extra.rows) ws.addRow(row);
  }
  for (const tab of tabs) {
    // Excel reserves the sheet name "History"; Sheets does not.
    const name = tab.name.toLowerCase() === 'history' ? `${tab.name} (runs)` : tab.name;
    const ws = wb.addWorksheet(name.slice(0, 31));
    tab.blocks.forEach((block) => {
      if (block.title && block.row > 1) {
        const c = ws.getCell(block.row - 1, block.col);
        c.value = block.title;
        c.font = { bold: true, size: 12 };
      }
      block.values.forEach((row, r) => {
        row.forEach((v, c) => {
          const cell = ws.getCell(block.row + r, block.col + c);
          cell.value = cellValue(v) as never;
          const isBody = !(block.header && r === 0);
          const format = block.formats?.[c];
          if (isBody && format) cell.numFmt = numberPattern(format, currency);
          if (!isBody) {
            cell.font = { bold: true };
            cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8F0FE' } };
          }
          if (block.wrapColumns?.includes(c)) cell.alignment = { wrapText: true, vertical: 'top' };
        });
      });
      const width = block.values.reduce((m, r) => Math.max(m, r.length), 0);
      if (block.filter && block.values.length > 1) ws.autoFilter = { from: { row: block.row, column: block.col }, to: { row: block.row + block.values.length - 1, column: block.col + width - 1 } };
      if (block.colourScale && block.values.length > 1 && width > 1) {
        const from = ws.getCell(block.row + 1, block.col + 1).address;
        const to = ws.getCell(block.row + block.values.length - 1, block.col + width - 1).address;
        ws.addConditionalFormatting({
          ref: `${from}:${to}`,
          rules: [{ type: 'colorScale', priority: 1, cfvo: [{ type: 'min' }, { type: 'max' }], color: [{ argb: 'FFF8F9FA' }, { argb: 'FF1E8E3E' }] }],
        });
      }
    });
    if (tab.rowFormats) {
      const b = tab.blocks[tab.rowFormats.block];
      const first = b.row + (b.header ? 1 : 0);
      tab.rowFormats.formats.forEach((f, i) => {
        ws.getCell(first + i, b.col + tab.rowFormats!.column).numFmt = numberPattern(f, currency);
      });
    }
    if (tab.frozenRows) ws.views = [{ state: 'frozen', ySplit: tab.frozenRows }];
    for (const [c, w] of Object.entries(tab.columnWidths ?? {})) ws.getColumn(Number(c)).width = Math.round(w / 7);
  }
  await wb.xlsx.writeFile(path);
}
