/**
 * How a source sheet is read: a sample for detection and the preview, then blocks of rows, each
 * its own Apps Script call so none nears the 6-minute limit.
 */

/** Rows read for column detection and the sample data-quality summary. */
export const SAMPLE_ROWS = 500;
/** Cells per read call: about 25 s of `getValues` at the slowest published speeds, far inside 6 minutes. */
export const CELLS_PER_CALL = 400_000;

/** Rows per read call for a sheet of this width. */
export function chunkRowsFor(columns: number): number {
  return Math.max(1000, Math.floor(CELLS_PER_CALL / Math.max(1, columns)));
}
