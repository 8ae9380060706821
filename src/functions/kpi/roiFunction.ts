/** =ROI: a campaign's return on its cost, for one campaign or one row per campaign. */
import { format, type Localized } from '../../core/i18n';
import { percentText } from '../../core/kpi/abVerdict';
import { roi } from '../../core/kpi/roi';
import { amountInfo, currencyCode, parseAmount } from '../../core/parse';
import { type Arg, type Cell, blank, fail, isErrorText, isMissing, resultLang, textOf, toNumber } from '../args';
import type { CustomFunctionSpec } from '../spec';
import { roiErrorText as T } from './roiErrorText';

const FN = 'ROI';
/** An ISO 4217 code, which the reader gives for marks that name one currency. */
const ONE_CURRENCY = /^[A-Z]{3}$/;

/** Rows × columns of a range; null for a single value. */
type Shape = [rows: number, cols: number] | null;

function shapeOf(arg: Arg): Shape {
  if (!Array.isArray(arg)) return null;
  return [arg.length, arg.reduce((m, row) => Math.max(m, Array.isArray(row) ? row.length : 1), 0)];
}

const sameShape = (a: Shape, b: Shape) => (a === null ? b === null : b !== null && a[0] === b[0] && a[1] === b[1]);

/** The cell at (r, c) of a range, or the single value itself. */
function at(arg: Arg, r: number, c: number): Cell {
  if (!Array.isArray(arg)) return arg;
  const row = arg[r];
  return Array.isArray(row) ? row[c] : c === 0 ? (row as Cell) : undefined;
}

/** Reads one call: every message in the spreadsheet's language, money cells checked for currency. */
function reader() {
  const lang = resultLang(FN, undefined);
  const say = (m: Localized, p: Record<string, string | number> = {}): never => fail(FN, format(m, lang, p));
  let currency: string | null = null;
  const info = amountInfo();

  const shapeText = (s: Shape) => (s === null ? T.single[lang] : format(T.range, lang, { rows: s[0], cols: s[1] }));
  const placeOf = (s: Shape, r: number, c: number) => (s === null ? '' : format(s[1] === 1 ? T.row : T.cell, lang, { row: r + 1, col: c + 1 }));

  /** An amount of money: a number or money text (`NT$1,234`); a rate (25 %, 0.25) is refused, it belongs in gross_margin. */
  function amount(param: 'revenue' | 'cost', c: Cell, place: string): number {
    if (blank(c)) say(T.blank, { param, place });
    if (isErrorText(c)) say(T.errorCell, { param, value: c, place });
    const n = typeof c === 'number' || typeof c === 'string' ? parseAmount(c, info) : Number.NaN;
    if (!Number.isFinite(n)) say(T.notAmount, { param, value: textOf(c), place });
    if (info.percent) say(T.rate, { param, value: percentText(n), place });
    // Only marks that name one currency (NT$ → TWD) are compared: `$` or `¥` alone could be either.
    const code = currencyCode(info.currency);
    if (code !== null && ONE_CURRENCY.test(code)) {
      if (currency === null) currency = code;
      else if (currency !== code) say(T.currencies, { first: currency, second: code });
    }
    if (n < 0) say(param === 'cost' ? T.negativeCost : T.negativeRevenue, { value: n, place });
    if (param === 'cost' && n === 0) say(T.zeroCost, { place });
    // No campaign costs or earns less than one unit of money: 0.3 is a margin or rate in the wrong place.
    if (n > 0 && n < 1) say(T.rate, { param, value: percentText(n), place });
    return n;
  }

  /** A gross margin from 0 to 1 (a % cell arrives as a fraction). */
  function margin(c: Cell, place: string): number {
    if (blank(c)) say(T.marginBlank, { place });
    if (isErrorText(c)) say(T.errorCell, { param: 'gross_margin', value: c, place });
    const n = toNumber(c);
    if (n === null || n < 0 || n > 1) say(T.margin, { value: n === null ? `"${textOf(c)}"` : n, place });
    return n as number;
  }

  return { say, shapeText, placeOf, amount, margin };
}

function run(revenue: Arg, cost: Arg, grossMargin?: Arg): number | (number | string)[][] {
  const read = reader();
  const shape = shapeOf(revenue);
  const mismatch = (param: string, s: Shape, other: string, o: Shape) => read.say(T.shape, { param, shape: read.shapeText(s), other, otherShape: read.shapeText(o) });
  if (!sameShape(shape, shapeOf(cost))) mismatch('revenue', shape, 'cost', shapeOf(cost));
  const withMargin = !isMissing(grossMargin);
  const marginShape = withMargin ? shapeOf(grossMargin) : null;
  // One margin for all campaigns, or one per campaign.
  if (marginShape !== null && !sameShape(marginShape, shape)) mismatch('gross_margin', marginShape, 'revenue', shape);

  const one = (r: number, c: number): number => {
    const place = read.placeOf(shape, r, c);
    const m = withMargin ? read.margin(at(grossMargin, r, c), marginShape === null ? '' : place) : 1;
    // Cost is at least 1 and the margin at most 100 %, so the result is always a finite number.
    return roi(read.amount('revenue', at(revenue, r, c), place), read.amount('cost', at(cost, r, c), place), m);
  };
  if (shape === null) return one(0, 0);
  const out: (number | string)[][] = [];
  for (let r = 0; r < shape[0]; r++) {
    const row: (number | string)[] = [];
    // A row with neither revenue nor cost is no campaign: it stays blank, so =ROI(B2:B, C2:C) leaves empty rows empty.
    for (let c = 0; c < shape[1]; c++) row.push(blank(at(revenue, r, c)) && blank(at(cost, r, c)) ? '' : one(r, c));
    out.push(row);
  }
  return out;
}

// ROI stays a number, not "25 %" text: a custom function cannot format its cell, and text could
// not be summed, charted or compared. Format the cell as %.
export const ROI: CustomFunctionSpec = {
  name: 'ROI',
  description:
    'Return on investment of a campaign: (revenue − cost) / cost, as a fraction (format the cell as %). With a gross margin, ROI on profit: (revenue × margin − cost) / cost. Give ranges of the same shape, one row per campaign, for a column of ROIs.',
  params: [
    { name: 'revenue', description: 'Revenue the campaign brought: an amount, or a column with one row per campaign.' },
    { name: 'cost', description: 'What the campaign cost, > 0: an amount, or a column of the same shape as revenue.' },
    { name: 'gross_margin', description: 'Gross margin as a % or fraction, e.g. 40 %, for ROI on profit; one for all campaigns or a column; default 100 % (ROI on revenue).', optional: true },
  ],
  example: '=ROI(B2:B6, C2:C6, 40%)',
  returns: 'the ROI as a fraction, e.g. 0.25 for 25 % (a number, or a column for columns of campaigns)',
  run,
};
