import { currencyCode } from './currency';

/**
 * What one money/number cell revealed besides its value. Filled by {@link parseAmount} when passed.
 * - `decimal`: the decimal separator this cell proves ('1.234,50' proves ','; '12.5' proves '.').
 * - `ambiguous`: '1,234' or '1.234' could be thousands or decimals. The value returned is the reading
 *   with '.' as decimal and ',' as thousands separator (1.234 and 1234), the style of every locale the
 *   product speaks; the caller rescales by 1000 when the whole column proves the other style
 *   (see `decideDecimal`). One cell never decides.
 */
export interface AmountInfo {
  currency: string;
  decimal: '' | '.' | ',';
  ambiguous: '' | '.' | ',';
  percent: boolean;
}

/** A fresh {@link AmountInfo}. */
export function amountInfo(): AmountInfo {
  return { currency: '', decimal: '', ambiguous: '', percent: false };
}

function reset(info: AmountInfo | undefined): void {
  if (!info) return;
  info.currency = '';
  info.decimal = '';
  info.ambiguous = '';
  info.percent = false;
}

/** '1.234' / '-1,234': one separator, 1-3 leading digits (not a lone 0), exactly 3 after. */
function isAmbiguousGroup(s: string, sepAt: number): boolean {
  if (s.length - sepAt - 1 !== 3) return false;
  const start = s.charCodeAt(0) === 45 ? 1 : 0;
  const before = sepAt - start;
  return before >= 1 && before <= 3 && !(before === 1 && s.charCodeAt(start) === 48);
}

/**
 * Reads a money or number cell as a sheet holds it.
 * Numbers pass through; text may carry currency marks or codes (`NT$1,234`, `¥1,234.50`, `RM 25`,
 * `1.234,50 €`), thousands separators (`,` `.` space, apostrophe), negatives as `-5`, `5-` or `(12.00)`,
 * and `%` (12% → 0.12, as Sheets stores percentages). Returns NaN for anything else (blank included).
 * Why no regex on the common path: a column of plain numeric text is read with `Number` and one
 * `indexOf`, which keeps 500k-row sheets fast.
 * @example parseAmount('NT$1,234') // 1234
 * @example parseAmount('1.234,50 €') // 1234.5
 * @example parseAmount('(12.00)') // -12
 */
export function parseAmount(v: unknown, info?: AmountInfo): number {
  reset(info);
  if (typeof v === 'number') return Number.isFinite(v) ? v : NaN;
  if (typeof v !== 'string') return NaN;
  const c0 = v.charCodeAt(0);
  // Fast path: plain numeric text such as "2.55", "-6", "17850".
  if ((c0 >= 48 && c0 <= 57) || c0 === 45) {
    const plain = plainDecimal(v);
    const isPlain = !Number.isNaN(plain);
    const n = isPlain ? plain : Number(v);
    if (isPlain || (Number.isFinite(n) && v.indexOf('x') < 0 && v.indexOf('e') < 0 && v.indexOf('E') < 0 && v.indexOf(' ') < 0)) {
      const dot = v.indexOf('.');
      if (dot >= 0 && info) {
        if (isAmbiguousGroup(v, dot)) info.ambiguous = '.';
        else info.decimal = '.';
      }
      return n;
    }
  }
  return parseAmountText(v, info);
}

/**
 * The value of text that is only `-`, ASCII digits and one `.` with at most 15 digits, else NaN:
 * the digits as a whole number over a power of ten, both exact, so the one rounding of the
 * division gives the double nearest the decimal, as `Number` does, in one pass and no scans.
 * @example plainDecimal('-15.30') // -15.3
 * @example plainDecimal('1e3') // NaN
 */
export function plainDecimal(v: string): number {
  const negative = v.charCodeAt(0) === 45;
  let digits = 0;
  let whole = 0;
  let scale = 1;
  let dot = false;
  for (let i = negative ? 1 : 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      whole = whole * 10 + (c - 48);
      digits++;
      if (dot) scale *= 10;
    } else if (c === 46 && !dot) dot = true;
    else return NaN;
  }
  if (digits === 0 || digits > 15) return NaN;
  const x = whole / scale;
  return negative ? -x : x;
}

/** The general path of {@link parseAmount}: a character scanner. */
function parseAmountText(raw: string, info?: AmountInfo): number {
  const s = raw.trim();
  if (s === '') return NaN;
  let negative = false;
  let percent = false;
  let digits = '';
  // separator characters with the count of digits read before each
  const seps: string[] = [];
  const sepAt: number[] = [];
  let mark = '';
  let inNumber = false;
  let afterNumber = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    const code = s.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      if (afterNumber) return NaN; // two numbers in one cell
      digits += ch;
      inNumber = true;
    } else if (code >= 0xff10 && code <= 0xff19) {
      if (afterNumber) return NaN;
      digits += String.fromCharCode(code - 0xff10 + 48); // full-width digits
      inNumber = true;
    } else if (inNumber && (ch === '.' || ch === ',' || ch === ' ' || ch === '\u00a0' || ch === '\u202f' || ch === "'" || ch === '．' || ch === '，')) {
      seps.push(ch === '．' ? '.' : ch === '，' ? ',' : ch);
      sepAt.push(digits.length);
    } else if (!inNumber && digits === '' && ch === '.' && i + 1 < s.length && s.charCodeAt(i + 1) >= 48 && s.charCodeAt(i + 1) <= 57) {
      // ".5"
      seps.push('.');
      sepAt.push(0);
      inNumber = true;
    } else {
      if (inNumber) {
        inNumber = false;
        afterNumber = true;
      }
      if (ch === '-' || ch === '\u2212' || ch === '(' || ch === ')') {
        if (ch !== ')') negative = true;
      } else if (ch === '%' || ch === '％') percent = true;
      else if (ch === '+' || ch === ' ' || ch === '\u00a0') {
        /* spacing and an explicit plus say nothing */
      } else mark += ch;
    }
  }
  if (digits === '') return NaN;
  // Trailing separators ("12." or "1,234 ") are not separators.
  while (seps.length && sepAt[sepAt.length - 1] === digits.length) {
    const last = seps[seps.length - 1];
    if (last === '.' || last === ',' || last === ' ' || last === '\u00a0') {
      seps.pop();
      sepAt.pop();
    } else break;
  }
  let currency = '';
  if (mark !== '') {
    const code = currencyCode(mark);
    if (code === null) return NaN;
    currency = code;
  }
  let decimalAt = -1;
  let decimal: '' | '.' | ',' = '';
  let ambiguous: '' | '.' | ',' = '';
  let dots = 0;
  let commas = 0;
  for (const c of seps) {
    if (c === '.') dots++;
    else if (c === ',') commas++;
  }
  if (dots > 0 && commas > 0) {
    // Both present: the last one is the decimal separator and must occur once.
    const last = seps[seps.length - 1] as '.' | ',';
    if (last !== '.' && last !== ',') return NaN;
    if ((last === '.' ? dots : commas) !== 1) return NaN;
    decimal = last;
    decimalAt = sepAt[seps.length - 1];
  } else if (dots + commas === 1) {
    const k = seps.findIndex((c) => c === '.' || c === ',');
    const c = seps[k] as '.' | ',';
    const before = sepAt[k];
    const after = digits.length - before;
    if (after === 3 && before >= 1 && before <= 3 && !(before === 1 && digits[0] === '0') && seps.length === 1) {
      ambiguous = c; // read as thousands; the column decides later
    } else if (seps.length > 1 && after === 3) {
      ambiguous = c; // "1 234,567": grouping by space, then one separator: still ambiguous
    } else {
      decimal = c;
      decimalAt = before;
    }
  } else if (dots + commas > 1) {
    // One kind, several times: grouping ("1,234,567"), so the other one is the decimal separator.
    decimal = dots > 0 ? ',' : '.';
  }
  // Grouping separators must cut the integer part into groups of three ("1 234", not "3 4").
  const pointSep = decimal !== '' && decimalAt >= 0 ? decimal : ambiguous === '.' ? '.' : '';
  const pointK = pointSep === '' ? -1 : seps.lastIndexOf(pointSep);
  const intEnd = pointK >= 0 ? sepAt[pointK] : digits.length;
  let prev = -1;
  for (let k = 0; k < seps.length; k++) {
    if (k === pointK) continue;
    const at = sepAt[k];
    if (at > intEnd || (prev >= 0 && at - prev !== 3) || (prev < 0 && (at < 1 || at > 3))) return NaN;
    prev = at;
  }
  if (prev >= 0 && intEnd - prev !== 3) return NaN;
  // Default reading of an ambiguous separator: '.' decimal, ',' thousands.
  if (ambiguous === '.') decimalAt = sepAt[seps.indexOf('.')];
  const intPart = decimalAt >= 0 ? digits.slice(0, decimalAt) : digits;
  const fracPart = decimalAt >= 0 ? digits.slice(decimalAt) : '';
  let n = Number(`${intPart || '0'}${fracPart ? `.${fracPart}` : ''}`);
  if (!Number.isFinite(n)) return NaN;
  if (negative) n = -n;
  if (percent) n /= 100;
  if (info) {
    info.currency = currency;
    info.decimal = decimal;
    info.ambiguous = ambiguous;
    info.percent = percent;
  }
  return n;
}
