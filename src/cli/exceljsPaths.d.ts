// The one exceljs module the CLI loads by its path (exceljsWorkbook.ts): its CommonJS export is the Workbook class.
declare module 'exceljs/lib/doc/workbook.js' {
  const Workbook: typeof import('exceljs').Workbook;
  export default Workbook;
}
