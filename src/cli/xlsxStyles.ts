/**
 * One style object per distinct look of the tabs' cells, for exceljs. exceljs finds a cell's
 * style id by its style object first (a WeakMap) and only then by building the style's XML; a
 * cell whose `numFmt` or `font` is set gets a style object of its own, so every one of the tens
 * of thousands of cells of a customer tab took the slow way (exceljs' `addStyleModel`, the
 * writer's main cost). Cells that look alike here share one object, and exceljs makes each style's
 * XML once. The objects are never changed after they are handed out: a change would restyle every
 * cell that shares them.
 */

/** How a cell looks besides its number format: a block title, a header cell, or plain; wrapped or not. */
export type CellLook = 'title' | 'header' | 'plain';

interface Style {
  numFmt?: string;
  font?: { bold: boolean; size?: number };
  fill?: { type: 'pattern'; pattern: 'solid'; fgColor: { argb: string } };
  alignment?: { wrapText: boolean; vertical: 'top' };
}

const TITLE_FONT = { bold: true, size: 12 };
const HEADER_FONT = { bold: true };
const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8F0FE' } } as const;
const WRAP = { wrapText: true, vertical: 'top' } as const;

/**
 * exceljs gives a cell without a number format its value type's ("General" for numbers,
 * "mm-dd-yy" for dates), remembered with the style object: such cells share one only with cells of their type.
 * `instanceof Date`, as exceljs types a cell (an invalid Date is still its Date type), not core's isDate.
 */
const valueKind = (v: unknown) => (typeof v === 'number' ? 'n' : v instanceof Date ? 'd' : 'o');

export class SharedStyles {
  private readonly byKey = new Map<string, Style>();

  /** The style object for a cell holding `value` with number format `numFmt` (none: undefined), `look` and `wrap`. */
  of(numFmt: string | undefined, look: CellLook, wrap: boolean, value: unknown): Style {
    const key = `${numFmt === undefined ? `\u0000${valueKind(value)}` : numFmt}\u0001${look}\u0001${wrap ? 1 : 0}`;
    let style = this.byKey.get(key);
    if (!style) {
      style = {};
      if (numFmt !== undefined) style.numFmt = numFmt;
      if (look === 'title') style.font = TITLE_FONT;
      if (look === 'header') {
        style.font = HEADER_FONT;
        style.fill = HEADER_FILL;
      }
      if (wrap) style.alignment = WRAP;
      this.byKey.set(key, Object.freeze(style));
    }
    return style;
  }
}
