/**
 * Reading one date or money cell of a role column while recording what the column's cells reveal
 * (day/month evidence, separators, currency, cell types) in the read state.
 */
import { isDate } from '../days';
import { cellText, isBlank, isErrorCell } from './cells';
import { amountInfo, parseAmount, type AmountInfo } from './parseAmount';
import { dateInfo, parseDate, PENDING, pendingParts, type DateInfo } from './parseDate';
import { addIssue } from './quality';
import { mergeExamples, pushRow } from './rows';
import { emptyDateEvidence, emptyMoneyEvidence, type DateEvidence, type MoneyEvidence, type ReadState } from './state';

/** Money to integer units of 1/10,000 (see state.ts for why). */
export const MONEY_UNITS = 10_000;

export type Zone = ((d: Date) => number) | undefined;

/**
 * The largest amount whose money units are exact integers (2^53 / 10,000, about 900 billion):
 * beyond it adding amounts rounds them silently, so such rows are reported, not summed.
 */
export const MAX_EXACT_AMOUNT = Number.MAX_SAFE_INTEGER / MONEY_UNITS;

/** Significant digits of a number's text ("00120.50" → "1205"); full-width digits count, an exponent ends them. */
function significantDigits(s: string): string {
  let d = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) d += s[i];
    else if (c >= 0xff10 && c <= 0xff19) d += String.fromCharCode(c - 0xff10 + 48);
    else if (c === 101 || c === 69) break;
  }
  let a = 0;
  while (a < d.length && d.charCodeAt(a) === 48) a++;
  let b = d.length;
  while (b > a && d.charCodeAt(b - 1) === 48) b--;
  return d.slice(a, b);
}

/**
 * True when the amount read from cell `v` as `n` is not what the cell says, or would not add up
 * exactly: beyond {@link MAX_EXACT_AMOUNT}, or text with more than 15 significant digits that a
 * double cannot hold ("1234567.123456789012" would silently become 1234567.123456789).
 * Text a program wrote from a double ("0.30000000000000004") holds exactly that double and passes.
 * @example beyondPrecision('12345678901234567890', 12345678901234567000) // true
 * @example beyondPrecision(12.5, 12.5) // false
 */
export function beyondPrecision(v: unknown, n: number): boolean {
  if (Math.abs(n) > MAX_EXACT_AMOUNT) return true;
  if (typeof v !== 'string' || v.length <= 15) return false;
  const written = significantDigits(v);
  return written.length > 15 && written !== significantDigits(Math.abs(n).toExponential());
}

function typeTag(v: unknown): string {
  return typeof v === 'string' ? 'text' : typeof v === 'number' ? 'number' : isDate(v) ? 'date' : typeof v;
}

/** Distinct texts remembered per chunk; beyond it the memo starts again (bounded memory on columns of unique values). */
const MEMO_SIZE = 20_000;

/** A text date as parsed: the code and what the parse learned about the way it is written. */
interface ParsedDate {
  code: number;
  kind: DateInfo['kind'];
  twoDigitYear: boolean;
  minute: number;
}

/** Per-column reader: parses a cell and records the column's evidence. */
export class Reader {
  readonly state: ReadState;
  private readonly amount = amountInfo();
  private readonly date = dateInfo();
  /**
   * Text dates and amounts already parsed in this chunk: exports repeat them (an order's date on
   * each of its lines, the same prices), and parsing is the reader's main cost. The evidence is
   * still recorded for every cell, so results do not depend on the memo.
   */
  private readonly dates = new Map<string, ParsedDate>();
  private readonly amounts = new Map<string, [number, AmountInfo]>();
  constructor(state: ReadState, private readonly zone: Zone) {
    this.state = state;
  }

  /**
   * The last date cell read and its parse: an order's lines repeat its date (text or Date) row after row.
   * Each field is given a value here, so every reader has all its fields from the start: a field
   * added at its first use gives the next reader another map, and the optimized code reading the
   * first reader's was thrown away at the second's first cell.
   */
  private lastDate: unknown = undefined;
  private lastDateTime = Number.NaN;
  private lastParsed: ParsedDate | undefined = undefined;

  private parseDateMemo(v: unknown): number {
    const last = this.lastParsed;
    if (last !== undefined && (v === this.lastDate || (isDate(v) && v.getTime() === this.lastDateTime))) {
      this.date.kind = last.kind;
      this.date.twoDigitYear = last.twoDigitYear;
      this.date.minute = last.minute;
      return last.code;
    }
    const code = this.parseDateUncached(v);
    this.lastDate = v;
    this.lastDateTime = isDate(v) ? v.getTime() : Number.NaN;
    this.lastParsed = { code, kind: this.date.kind, twoDigitYear: this.date.twoDigitYear, minute: this.date.minute };
    return code;
  }

  private parseDateUncached(v: unknown): number {
    if (typeof v !== 'string') return parseDate(v, this.zone, this.date);
    const known = this.dates.get(v);
    if (known) {
      this.date.kind = known.kind;
      this.date.twoDigitYear = known.twoDigitYear;
      this.date.minute = known.minute;
      return known.code;
    }
    const code = parseDate(v, this.zone, this.date);
    if (this.dates.size >= MEMO_SIZE) this.dates.clear();
    this.dates.set(v, { code, kind: this.date.kind, twoDigitYear: this.date.twoDigitYear, minute: this.date.minute });
    return code;
  }

  private parseAmountMemo(v: string): number {
    // Plain numbers ("15.30", "-6") parse faster than a look-up; currency and separators are remembered.
    const c0 = v.charCodeAt(0);
    if ((c0 >= 48 && c0 <= 57) || c0 === 45) return parseAmount(v, this.amount);
    const known = this.amounts.get(v);
    if (known) {
      const info = known[1];
      this.amount.currency = info.currency;
      this.amount.decimal = info.decimal;
      this.amount.ambiguous = info.ambiguous;
      this.amount.percent = info.percent;
      return known[0];
    }
    const n = parseAmount(v, this.amount);
    if (this.amounts.size >= MEMO_SIZE) this.amounts.clear();
    this.amounts.set(v, [n, { ...this.amount }]);
    return n;
  }

  private tally(col: number, v: unknown, row: number): void {
    let t = this.state.types[col];
    if (!t) {
      t = {};
      this.state.types[col] = t;
    }
    const tag = typeTag(v);
    const e = t[tag];
    if (e) {
      e[0]++;
      if (e[1].length < 5) pushRow(e[1], row);
    } else t[tag] = [1, [row]];
  }

  /** A date cell: day, pending code, NaN when invalid, null when blank. */
  dateCell(col: number, v: unknown, row: number): number | null {
    if (v === '' || v === null || v === undefined) return null;
    if (isErrorCell(v)) {
      addIssue(this.state.issues, 'errorCell', col, row, v);
      return NaN;
    }
    const code = this.parseDateMemo(v);
    if (Number.isNaN(code)) {
      if (isBlank(v)) return null;
      return NaN;
    }
    this.tally(col, v, row);
    let ev: DateEvidence | undefined = this.state.dates[col];
    if (!ev) {
      ev = emptyDateEvidence();
      this.state.dates[col] = ev;
    }
    const kind = this.date.kind;
    ev.kinds[kind] = (ev.kinds[kind] ?? 0) + 1;
    if (this.date.twoDigitYear) ev.twoDigitYears++;
    if (code >= PENDING) {
      const { first, second } = pendingParts(code);
      if (first > 12) {
        ev.dmy++;
        pushRow(ev.dmyRows, row);
      } else if (second > 12) {
        ev.mdy++;
        pushRow(ev.mdyRows, row);
      } else if (first !== second) {
        ev.ambiguous++;
        pushRow(ev.ambiguousRows, row);
        if (ev.ambiguousExamples.length < 3) ev.ambiguousExamples = mergeExamples(ev.ambiguousExamples, [[row, cellText(v)]]);
      }
    }
    return code;
  }

  /** A money/number cell: value, NaN when invalid, null when blank. `info` tells ambiguity. */
  moneyCell(col: number, v: unknown, row: number): number | null {
    if (v === '' || v === null || v === undefined) return null;
    if (typeof v === 'number') {
      this.tally(col, v, row);
      return Number.isFinite(v) ? v : NaN;
    }
    if (isErrorCell(v)) {
      addIssue(this.state.issues, 'errorCell', col, row, v);
      return NaN;
    }
    const n = typeof v === 'string' ? this.parseAmountMemo(v) : parseAmount(v, this.amount);
    if (Number.isNaN(n)) return isBlank(v) ? null : NaN;
    this.tally(col, v, row);
    const info: AmountInfo = this.amount;
    if (info.decimal !== '' || info.ambiguous !== '' || info.currency !== '') {
      let ev: MoneyEvidence | undefined = this.state.money[col];
      if (!ev) {
        ev = emptyMoneyEvidence();
        this.state.money[col] = ev;
      }
      if (info.decimal === '.') {
        ev.dot++;
        pushRow(ev.dotRows, row);
      } else if (info.decimal === ',') {
        ev.comma++;
        pushRow(ev.commaRows, row);
      }
      if (info.ambiguous === '.') ev.ambDot++;
      else if (info.ambiguous === ',') ev.ambComma++;
      if (info.ambiguous !== '') pushRow(ev.ambRows, row);
      if (info.currency !== '') {
        ev.currencies[info.currency] = (ev.currencies[info.currency] ?? 0) + 1;
        const rows = ev.currencyRows[info.currency];
        if (rows) pushRow(rows, row);
        else ev.currencyRows[info.currency] = [row];
      }
    }
    return n;
  }

  /** Minutes after midnight of the time the last date cell carried, -1 when none (see `DateInfo.minute`). */
  get minute(): number {
    return this.date.minute;
  }

  /** Which ambiguous separator the last money cell had ('' when none). */
  get ambiguous(): '' | '.' | ',' {
    return this.amount.ambiguous;
  }
}

/** Adds a money value in units to an accumulator, apart when its separator is undecided. */
export function addMoney(acc: { fixed?: number; total?: number | null; ambDot: number; ambComma: number }, units: number, ambiguous: '' | '.' | ','): void {
  if (ambiguous === '.') acc.ambDot += units;
  else if (ambiguous === ',') acc.ambComma += units;
  else if ('fixed' in acc) acc.fixed! += units;
  else acc.total = (acc.total ?? 0) + units;
}

