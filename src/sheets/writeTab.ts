import { type TabSpec, type ReportCell, isDayCell, tabExtent } from '../core/report/tabSpec';
import { safeBlock } from './cellText';
import { numberPattern } from '../core/report/numberPattern';

/**
 * Writes a {@link TabSpec} onto a new, empty sheet: one format call per formatted column, then one
 * `setValues` per block, then charts and colour scales. Dates become `Date`s at midnight in the sheet's zone.
 */
export function writeTab(sheet: GoogleAppsScript.Spreadsheet.Sheet, tab: TabSpec, options: { currency: string; zoneOffset: (d: Date) => number }): void {
  const { rows, cols } = tabExtent(tab);
  if (sheet.getMaxRows() < rows) sheet.insertRowsAfter(sheet.getMaxRows(), rows - sheet.getMaxRows());
  if (sheet.getMaxColumns() < cols) sheet.insertColumnsAfter(sheet.getMaxColumns(), cols - sheet.getMaxColumns());
  const toDate = (day: number): Date => {
    const utc = new Date(day * 86_400_000);
    return new Date(utc.getTime() - options.zoneOffset(utc) * 60_000);
  };
  const cell = (v: ReportCell): unknown => (isDayCell(v) ? toDate(v.day) : v);

  for (const block of tab.blocks) {
    const width = block.values.reduce((m, r) => Math.max(m, r.length), 0);
    if (width === 0 || block.values.length === 0) continue;
    if (block.title && block.row > 1) {
      sheet.getRange(block.row - 1, block.col).setValue(safeBlock([[block.title]])[0][0]).setFontWeight('bold').setFontSize(12);
    }
    const range = sheet.getRange(block.row, block.col, block.values.length, width);
    const bodyRows = block.values.length - (block.header ? 1 : 0);
    // Formats before values: a text format must be in place when the value arrives, or Sheets has
    // already turned "0123456789" into a number.
    if (bodyRows > 0) {
      for (const [c, format] of Object.entries(block.formats ?? {})) {
        if (!format) continue;
        sheet.getRange(block.row + (block.header ? 1 : 0), block.col + Number(c), bodyRows, 1).setNumberFormat(numberPattern(format, options.currency));
      }
    }
    range.setValues(safeBlock(block.values.map((r) => r.map(cell)), width));
    if (block.header) sheet.getRange(block.row, block.col, 1, width).setFontWeight('bold').setBackground('#e8f0fe');
    if (bodyRows > 0) for (const c of block.wrapColumns ?? []) sheet.getRange(block.row, block.col + c, block.values.length, 1).setWrap(true);
    if (block.filter && bodyRows > 0) range.createFilter();
    if (block.colourScale && bodyRows > 0 && width > 1) {
      const body = sheet.getRange(block.row + 1, block.col + 1, bodyRows, width - 1);
      const rule = SpreadsheetApp.newConditionalFormatRule()
        .setGradientMinpoint('#f8f9fa')
        .setGradientMaxpoint('#1e8e3e')
        .setRanges([body])
        .build();
      sheet.setConditionalFormatRules(sheet.getConditionalFormatRules().concat([rule]));
    }
  }
  if (tab.rowFormats) {
    const b = tab.blocks[tab.rowFormats.block];
    const first = b.row + (b.header ? 1 : 0);
    const patterns = tab.rowFormats.formats.map((f) => [numberPattern(f, options.currency)]);
    if (patterns.length) sheet.getRange(first, b.col + tab.rowFormats.column, patterns.length, 1).setNumberFormats(patterns);
  }
  if (tab.frozenRows) sheet.setFrozenRows(tab.frozenRows);
  for (const [c, w] of Object.entries(tab.columnWidths ?? {})) sheet.setColumnWidth(Number(c), w);

  for (const chart of tab.charts ?? []) {
    const block = tab.blocks[chart.block];
    if (!block || block.values.length < 2) continue;
    let builder = sheet.newChart();
    for (const c of chart.columns) builder = builder.addRange(sheet.getRange(block.row, block.col + c, block.values.length, 1));
    const typed =
      chart.type === 'bar'
        ? chart.stacked ? builder.asBarChart().setStacked() : builder.asBarChart()
        : chart.type === 'column'
          ? chart.stacked ? builder.asColumnChart().setStacked() : builder.asColumnChart()
          : chart.type === 'line' ? builder.asLineChart() : builder.asPieChart();
    sheet.insertChart(
      typed
        .setTitle(chart.title)
        .setNumHeaders(1)
        .setPosition(chart.anchor.row, chart.anchor.col, 0, 0)
        .build(),
    );
  }
}
