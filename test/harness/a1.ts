/** A1-notation helpers for the fake spreadsheet. */

/** Column letters of a 1-based column: 1 → A, 27 → AA. */
export function columnLetter(col: number): string {
  let s = '';
  for (let c = col; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/** 1-based column of letters: A → 1. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Parses `A1`, `B2:D10`, `A:C` (open rows use `maxRows`). */
export function parseA1(a1: string, maxRows: number, maxCols: number): { row: number; col: number; rows: number; cols: number } {
  const m = /^\$?([A-Z]+)?\$?(\d+)?(?::\$?([A-Z]+)?\$?(\d+)?)?$/i.exec(a1.trim());
  if (!m) throw new Error(`Range not found: ${a1}`);
  const c1 = m[1] ? columnNumber(m[1]) : 1;
  const r1 = m[2] ? Number(m[2]) : 1;
  const hasEnd = a1.includes(':');
  const c2 = hasEnd ? (m[3] ? columnNumber(m[3]) : maxCols) : c1;
  const r2 = hasEnd ? (m[4] ? Number(m[4]) : maxRows) : r1;
  return { row: r1, col: c1, rows: r2 - r1 + 1, cols: c2 - c1 + 1 };
}

export function a1Of(row: number, col: number, rows: number, cols: number): string {
  const start = `${columnLetter(col)}${row}`;
  return rows === 1 && cols === 1 ? start : `${start}:${columnLetter(col + cols - 1)}${row + rows - 1}`;
}
