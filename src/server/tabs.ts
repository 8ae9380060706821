/** Sidebar link: jumps to an output tab by its id. */
export function openTab(sheetId: number): void {
  const book = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = book.getSheets().find((s) => s.getSheetId() === sheetId);
  if (sheet) book.setActiveSheet(sheet);
}
