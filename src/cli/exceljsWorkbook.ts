/**
 * exceljs' Workbook class alone: `import('exceljs')` loads all of its 660 modules (streaming
 * readers and writers, CSV, their dependencies), 0.26 s on a 2-core machine; the Workbook, which
 * reads and writes .xlsx in memory as the CLI does, needs 278 of them, 0.11 s. The path is that of
 * exceljs 4.4.0, the version package.json pins; test/cli/exceljsWorkbook.test.ts holds it to the
 * package's own export.
 */
import type { Workbook } from 'exceljs';

/** The Workbook class, loaded when first needed. */
export async function workbookClass(): Promise<typeof Workbook> {
  return (await import('exceljs/lib/doc/workbook.js')).default as typeof Workbook;
}
