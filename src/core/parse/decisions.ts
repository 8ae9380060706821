import { message, type Message } from './message';
import type { DateEvidence, MoneyEvidence } from './state';

/**
 * Column-wide parsing decisions, taken once the whole column has been read.
 * Rule for day/month order: a value whose first number is > 12 can only be day-first, one whose
 * second number is > 12 only month-first; one such value decides the column. When none does and
 * the cells are ambiguous (5/3/2024), we use the user's choice, else another date column of the same
 * sheet that was decided, else we stop and ask: never a silent guess.
 */
export interface DateOrderDecision {
  column: number;
  header: string;
  order: 'dmy' | 'mdy' | null;
  source: 'data' | 'majority' | 'option' | 'otherColumn' | 'notNeeded' | 'undecided';
  dayFirst: number;
  monthFirst: number;
  ambiguous: number;
  message: Message;
}

export interface DecimalDecision {
  column: number;
  header: string;
  decimal: '.' | ',';
  source: 'data' | 'majority' | 'option' | 'default' | 'notNeeded';
  message: Message;
}

export interface CurrencyDecision {
  column: number;
  header: string;
  /** Cells per currency mark (ISO code where the mark names one currency). */
  currencies: Record<string, number>;
  /** The one currency of the column, or null when none is written or they are mixed. */
  currency: string | null;
  message: Message | null;
}

/** Decides the day/month order of one date column from its evidence (see the module comment). */
export function decideDateOrder(column: number, header: string, ev: DateEvidence, option: 'dmy' | 'mdy' | 'ymd' | null): DateOrderDecision {
  const base = { column, header, dayFirst: ev.dmy, monthFirst: ev.mdy, ambiguous: ev.ambiguous };
  const opt = option === 'dmy' || option === 'mdy' ? option : null;
  if (ev.dmy > 0 && ev.mdy === 0) return decided('dmy', ev.dmy, ev.dmyRows[0]);
  if (ev.mdy > 0 && ev.dmy === 0) return decided('mdy', ev.mdy, ev.mdyRows[0]);
  if (ev.dmy > 0 && ev.mdy > 0) {
    if (opt) return { ...base, order: opt, source: 'option', message: message('dateOrderOption', { header, order: opt }) };
    const order = ev.dmy >= ev.mdy ? 'dmy' : 'mdy';
    return { ...base, order, source: 'majority', message: message('dateOrderMajority', { header, order, dmy: ev.dmy, mdy: ev.mdy }) };
  }
  if (ev.ambiguous === 0) return { ...base, order: opt, source: 'notNeeded', message: message('dateOrderNotNeeded', { header }) };
  if (opt) return { ...base, order: opt, source: 'option', message: message('dateOrderOption', { header, order: opt }) };
  return {
    ...base,
    order: null,
    source: 'undecided',
    message: message('dateOrderUndecided', { header, examples: ev.ambiguousExamples.map((e) => `“${e[1]}” (row ${e[0]})`).join(', ') }),
  };

  function decided(order: 'dmy' | 'mdy', count: number, row: number): DateOrderDecision {
    if (opt && opt !== order) {
      return { ...base, order, source: 'data', message: message('dateOrderOverruled', { header, option: opt, order, count, row }) };
    }
    return { ...base, order, source: 'data', message: message('dateOrderData', { header, order, count, row }) };
  }
}

/** An undecided column takes the order of another decided date column of the same sheet. */
export function borrowDateOrder(decisions: DateOrderDecision[]): void {
  const donor = decisions.find((d) => d.order !== null && (d.source === 'data' || d.source === 'majority') && d.dayFirst + d.monthFirst > 0);
  if (!donor) return;
  for (const d of decisions) {
    if (d.source !== 'undecided') continue;
    d.order = donor.order;
    d.source = 'otherColumn';
    d.message = message('dateOrderOtherColumn', { header: d.header, order: donor.order!, other: donor.header });
  }
}

/** Decides the decimal separator of one money column. Default: '.' (the style of en, zh and ms locales). */
export function decideDecimal(column: number, header: string, ev: MoneyEvidence | undefined, option: '.' | ',' | null): DecimalDecision {
  const base = { column, header };
  if (option) return { ...base, decimal: option, source: 'option', message: message('decimalOption', { header, decimal: option }) };
  if (!ev || (ev.dot === 0 && ev.comma === 0 && ev.ambDot + ev.ambComma === 0)) return { ...base, decimal: '.', source: 'notNeeded', message: message('decimalData', { header, decimal: '.', count: 0, row: '-' }) };
  if (ev.dot > 0 && ev.comma === 0) return { ...base, decimal: '.', source: 'data', message: message('decimalData', { header, decimal: '.', count: ev.dot, row: ev.dotRows[0] }) };
  if (ev.comma > 0 && ev.dot === 0) return { ...base, decimal: ',', source: 'data', message: message('decimalData', { header, decimal: ',', count: ev.comma, row: ev.commaRows[0] }) };
  if (ev.comma > 0 && ev.dot > 0) {
    const decimal = ev.dot >= ev.comma ? '.' : ',';
    return { ...base, decimal, source: 'majority', message: message('decimalMajority', { header, decimal, dot: ev.dot, comma: ev.comma }) };
  }
  return { ...base, decimal: '.', source: 'default', message: message('decimalDefault', { header, count: ev.ambDot + ev.ambComma, row: ev.ambRows[0] }) };
}

/** The currency of a money column, from the marks written in its cells. */
export function decideCurrency(column: number, header: string, ev: MoneyEvidence | undefined): CurrencyDecision {
  const currencies = { ...(ev?.currencies ?? {}) };
  // most used first; ties by code, so the result does not depend on which chunk came first
  const codes = Object.keys(currencies).sort((a, b) => currencies[b] - currencies[a] || (a < b ? -1 : 1));
  if (codes.length === 0) return { column, header, currencies, currency: null, message: null };
  if (codes.length === 1) return { column, header, currencies, currency: codes[0], message: message('currencyOne', { header, currency: codes[0] }) };
  return { column, header, currencies, currency: null, message: message('currencyMixed', { header, currencies: codes.map((c) => `${c} ×${currencies[c]}`).join(', ') }) };
}

/**
 * One decision of a read, as a localizable sentence plus its topic, column and chosen value
 * (e.g. topic 'dateOrder', value 'dmy', source 'data'). `topic: 'undecided'` marks what the data
 * could not decide; it also appears in the read's errors.
 */
export interface Decision extends Message {
  topic: 'shape' | 'dateOrder' | 'decimal' | 'currency' | 'note' | 'undecided';
  column: number | null;
  value: string | null;
  source: string | null;
}
