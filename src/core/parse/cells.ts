/**
 * Small cell tests shared by detection and reading. Cells are what `Range.getValues()` returns:
 * numbers, strings, booleans, `Date`s, `''` for blanks and the error text for error cells.
 */

/** True for an empty cell (`''`, whitespace only, null or undefined). */
export function isBlank(v: unknown): boolean {
  if (v === '' || v === null || v === undefined) return true;
  return typeof v === 'string' && v.trim() === '';
}

const ERRORS = new Set(['#N/A', '#REF!', '#VALUE!', '#DIV/0!', '#NUM!', '#NAME?', '#NULL!', '#ERROR!', '#SPILL!', '#CALC!']);

/**
 * True for the text Sheets passes for a formula error. Kept here (not in `src/functions/args.ts`)
 * because `src/core` must not depend on the custom-function layer.
 */
export function isErrorCell(v: unknown): v is string {
  return typeof v === 'string' && v.charCodeAt(0) === 35 /* # */ && ERRORS.has(v.trim().toUpperCase());
}

const numberTexts = new Map<number, string>();

/**
 * Text of an identifier cell, the same whether Sheets gives the number 17850 or a CSV gives "17850.0".
 * @example idText(17850) // '17850'
 * @example idText(' 17850.0 ') // '17850'
 */
export function idText(v: unknown): string {
  if (typeof v === 'number') {
    // ids repeat on every order line: reuse their text instead of allocating it per row
    let s = numberTexts.get(v);
    if (s === undefined) {
      if (!Number.isFinite(v)) return '';
      if (numberTexts.size >= 200_000) numberTexts.clear();
      s = String(v);
      numberTexts.set(v, s);
    }
    return s;
  }
  if (typeof v !== 'string') return v === null || v === undefined ? '' : String(v);
  let s = v;
  const last = s.charCodeAt(s.length - 1);
  if (last === 32 || s.charCodeAt(0) === 32 || last === 9 || last === 13) s = s.trim();
  // "17850.0": a numeric id written as a float by pandas/Excel exports.
  if (s.length > 2 && s.charCodeAt(s.length - 2) === 46 && s.charCodeAt(s.length - 1) === 48) {
    const head = s.slice(0, -2);
    if (/^\d+$/.test(head)) return head;
  }
  return s;
}

/** A short printable form of a cell for examples in messages. */
export function cellText(v: unknown): string {
  if (typeof v === 'string') return v.length > 40 ? `${v.slice(0, 37)}...` : v;
  if (Object.prototype.toString.call(v) === '[object Date]') {
    const t = (v as Date).getTime();
    return Number.isNaN(t) ? 'Invalid Date' : (v as Date).toISOString();
  }
  return String(v);
}

/** "A", "B", ..., "Z", "AA": the sheet's column letter of a 0-based index. */
export function columnLetter(index: number): string {
  let s = '';
  let n = index + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
