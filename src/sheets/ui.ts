import { uiText } from '../app/uiText';
import type { Lang } from '../core/types';
import { userLang } from './session';

/** A sidebar page the menu can open. */
export type SidebarPage = 'run' | 'settings' | 'help';

/**
 * Adds the add-on menu: "Segment my customers", "Settings", then "Help". Safe in AuthMode.NONE
 * (menus only; nothing touches the spreadsheet). Each item calls the named global function.
 */
export function addAddonMenu(lang: Lang, handlers: Record<SidebarPage, string>): void {
  const t = uiText[lang];
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem(t.menuSegment, handlers.run)
    .addItem(t.menuSettings, handlers.settings)
    .addSeparator()
    .addItem(t.menuHelp, handlers.help)
    .addToUi();
}

/**
 * Opens the sidebar built from `dist/sidebar.html`. The page to show is passed in the
 * page's hash-free global so the client can start on run, settings or help.
 */
export function showSidebarPanel(page: SidebarPage): void {
  const template = HtmlService.createHtmlOutputFromFile('sidebar').getContent();
  // The start page is a fixed word from our own code, never user text.
  const html = HtmlService.createHtmlOutput(template.replace('data-start-page="run"', `data-start-page="${page}"`))
    .setTitle(uiText[userLang()].sidebarTitle)
    .setSandboxMode(HtmlService.SandboxMode.IFRAME);
  SpreadsheetApp.getUi().showSidebar(html);
}

/** Jumps to a sheet of the active workbook by its id (a link in the sidebar's result). */
export function showSheet(sheetId: number): void {
  const book = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = book.getSheets().find((s) => s.getSheetId() === sheetId);
  if (sheet) book.setActiveSheet(sheet);
}
