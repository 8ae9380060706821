/**
 * Google Sheets holds at most 10,000,000 cells per spreadsheet, source and output together.
 * We check before writing and refuse with the reason instead of failing halfway.
 */
export const CELL_LIMIT = 10_000_000;

/** A new sheet's grid (1,000 rows × 26 columns). */
const NEW_SHEET_CELLS = 1000 * 26;
/** Segments, Segment summary, Campaign lists, Personas, KPIs, Data quality, History, Movement, CLV model, When they buy, Products. */
const OUTPUT_TABS = 11;

/** Upper estimate of the output for a source of `rows` × `columns` (before the customers are known). */
export function estimateOutputCells(rows: number, columns: number): number {
  // Two tabs have a row per customer (at most one per source row): Segments, about 20 columns plus
  // attributes, and Campaign lists, whose rows fit a new sheet's 26 columns.
  const segments = Math.max(NEW_SHEET_CELLS, rows * Math.max(26, 20 + columns));
  const campaigns = Math.max(NEW_SHEET_CELLS, rows * 26);
  return segments + campaigns + (OUTPUT_TABS - 2) * NEW_SHEET_CELLS;
}

/**
 * {@link estimateOutputCells} for a run over several source sheets combined: at most one customer
 * per source row of any sheet, and each sheet's columns may add attributes.
 */
export function estimateSourcesOutputCells(sources: readonly { rows: number; columns: number }[]): number {
  return estimateOutputCells(
    sources.reduce((n, s) => n + s.rows, 0),
    sources.reduce((n, s) => n + s.columns, 0),
  );
}

/** Cells a tab of `rows` × `cols` takes once written (a new sheet is never smaller than 1,000 × 26). */
export function tabCells(rows: number, cols: number): number {
  return Math.max(rows, 1000) * Math.max(cols, 26);
}

/** The grid size of a sheet: what counts against the limit, used or not. */
export interface Grid {
  rows: number;
  cols: number;
}

/** Cells the sheets of a workbook take. */
export function workbookCells(sheets: readonly Grid[]): number {
  return sheets.reduce((n, s) => n + s.rows * s.cols, 0);
}

/** Cells the workbook will take once a run's tabs replace the add-on's previous ones. */
export function cellsAfterRun(existing: readonly Grid[], replaced: readonly Grid[], newTabs: readonly Grid[]): number {
  return workbookCells(existing) - workbookCells(replaced) + newTabs.reduce((n, t) => n + tabCells(t.rows, t.cols), 0);
}
