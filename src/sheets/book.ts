/** The spreadsheet the add-on runs in (bound or add-on container). */
export function activeBook(): GoogleAppsScript.Spreadsheet.Spreadsheet {
  return SpreadsheetApp.getActiveSpreadsheet();
}
