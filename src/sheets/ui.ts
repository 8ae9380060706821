import { uiText } from '../server/uiText';
import { langFromLocale } from '../core/i18n';

/**
 * Opens the sidebar built from `dist/sidebar.html`. The page to show is passed in the
 * page's hash-free global so the client can start on run, settings or help.
 */
export function showSidebarPanel(page: 'run' | 'settings' | 'help'): void {
  const lang = langFromLocale(Session.getActiveUserLocale());
  const template = HtmlService.createHtmlOutputFromFile('sidebar').getContent();
  // The start page is a fixed word from our own code, never user text.
  const html = HtmlService.createHtmlOutput(template.replace('data-start-page="run"', `data-start-page="${page}"`))
    .setTitle(uiText[lang].sidebarTitle)
    .setSandboxMode(HtmlService.SandboxMode.IFRAME);
  SpreadsheetApp.getUi().showSidebar(html);
}
