import { addAddonMenu, showSidebarPanel, showSheet } from '../sheets/ui';
import { userLang } from '../sheets/session';

/**
 * The add-on menu. `onOpen` runs in AuthMode.NONE until the add-on is used in this file:
 * only menus and the user's locale are available, so nothing here may touch the spreadsheet.
 */
export function onOpen(_e?: unknown): void {
  addAddonMenu(userLang(), { run: 'showSidebar', settings: 'showSettings', help: 'showHelp' });
}

/** Google calls `onInstall` once; it must build the menu as `onOpen` would. */
export function onInstall(e?: unknown): void {
  onOpen(e);
}

/** Menu: "Segment my customers" opens the sidebar on the run page. */
export function showSidebar(): void {
  showSidebarPanel('run');
}

/** Menu: "Settings" opens the sidebar on the settings page. */
export function showSettings(): void {
  showSidebarPanel('settings');
}

/** Menu: "Help" opens the sidebar on the help page. */
export function showHelp(): void {
  showSidebarPanel('help');
}

/** Sidebar link: jumps to an output tab by its id. */
export function openTab(sheetId: number): void {
  showSheet(sheetId);
}
