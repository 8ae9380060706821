import type { TabSpec } from '../core/report/tabSpec';
import { tabExtent } from '../core/report/tabSpec';
import { cellsAfterRun } from '../app/cellBudget';
import { createPendingTab, discardPending, ownedTab, swapIn } from './ownedTabs';
import { sheetGrids } from './source';
import { writeTab } from './writeTab';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Cells the workbook will hold once `tabs` replace the add-on's previous tabs of the same kinds. */
export function cellsWithTabs(book: Spreadsheet, tabs: readonly TabSpec[]): number {
  const replaced = tabs.map((t) => ownedTab(book, t.kind)).filter((s): s is Sheet => s !== null);
  const fresh = tabs.map((t) => {
    const e = tabExtent(t);
    return { rows: e.rows, cols: e.cols };
  });
  return cellsAfterRun(sheetGrids(book.getSheets()), sheetGrids(replaced), fresh);
}

/**
 * Writes a run's tabs on pending sheets, then swaps them in for the previous output. `beforeTab`
 * runs before each tab (progress, cancel checks: it may throw). Any failure deletes the pending
 * sheets and restores the active sheet, so the workbook is left exactly as it was.
 */
export function replaceOutputTabs(
  book: Spreadsheet,
  runId: string,
  tabs: readonly TabSpec[],
  options: { currency: string; zoneOffset: (d: Date) => number; beforeTab: (tab: TabSpec, index: number) => void; afterAll: () => void },
): Sheet[] {
  const active = book.getActiveSheet();
  try {
    tabs.forEach((tab, i) => {
      options.beforeTab(tab, i);
      writeTab(createPendingTab(book, runId, tab.kind), tab, { currency: options.currency, zoneOffset: options.zoneOffset });
    });
    options.afterAll();
  } catch (e) {
    discardPending(book, runId);
    if (active) book.setActiveSheet(active);
    throw e;
  }
  return swapIn(book, runId, [...tabs]);
}
