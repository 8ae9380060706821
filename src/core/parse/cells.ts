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
  // The length first: reading the first character of '' (every blank cell) threw optimized code away.
  return typeof v === 'string' && v.length > 0 && v.charCodeAt(0) === 35 /* # */ && ERRORS.has(v.trim().toUpperCase());
}

const numberTexts = new Map<number, string>();

/** Characters `String.prototype.trim` removes that start or end pasted ids. */
function isSpace(c: number): boolean {
  return c <= 32 || c === 0xa0 || c === 0x3000 || c === 0xfeff || c === 0x202f || (c >= 0x2000 && c <= 0x200a);
}

/**
 * Text of an identifier cell, the same whether Sheets gives the number 17850 or a CSV gives "17850.0"
 * (the one rewrite: an integer that a float export wrote with ".0"). Every other text stays as
 * written: "0123456789" and 123456789 are two customers, "1.50" is not "1.5", "1e5" is not
 * 100000 and full-width "１７８５０" is not "17850".
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
  // A blank id (a quarter of Online Retail's rows): said first, so the reads below stay inside the text.
  if (v === '') return '';
  let s = v;
  // Spacing around an id is not part of it: spaces, tabs, line breaks, the no-break space of web
  // copies and the ideographic space of CJK input are trimmed alike (a space inside is kept).
  if (isSpace(s.charCodeAt(0)) || isSpace(s.charCodeAt(s.length - 1))) s = s.trim();
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
