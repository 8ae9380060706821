import type { Lang } from '../types';
import { localize, rowList } from './message';
import { PARSE_MESSAGES, type MessageKey } from './messages';
import { EXAMPLE_ROWS, mergeExamples, mergeRows, pushRow } from './rows';

/**
 * The data-quality checks. Each names what was found and what was done with those rows:
 * rows that cannot be an order (no customer, no date, refunds...) are left out of frequency and
 * monetary value and counted here, never dropped silently.
 */
export type CheckId =
  | 'exactDuplicate'
  | 'repeatedOrderId'
  | 'orderCustomerConflict'
  | 'missingCustomerId'
  | 'customerIdFromOrder'
  | 'missingOrderId'
  | 'missingDate'
  | 'unparseableDate'
  | 'earlyDate'
  | 'futureDate'
  | 'missingAmount'
  | 'unparseableAmount'
  | 'beyondPrecision'
  | 'unparseableNumber'
  | 'zeroAmount'
  | 'negativeAmount'
  | 'refunded'
  | 'errorCell'
  | 'mixedTypes'
  | 'mixedCurrency'
  | 'blankRows'
  | 'duplicateCustomerId'
  | 'noOrders';

export type Severity = 'warning' | 'info';

/** Severity, and whether the rows were left out of the orders. */
export const CHECKS: Record<CheckId, { severity: Severity; excluded: boolean }> = {
  errorCell: { severity: 'warning', excluded: true },
  missingCustomerId: { severity: 'warning', excluded: true },
  missingDate: { severity: 'warning', excluded: true },
  unparseableDate: { severity: 'warning', excluded: true },
  earlyDate: { severity: 'warning', excluded: true },
  futureDate: { severity: 'warning', excluded: true },
  missingAmount: { severity: 'warning', excluded: true },
  unparseableAmount: { severity: 'warning', excluded: true },
  beyondPrecision: { severity: 'warning', excluded: true },
  negativeAmount: { severity: 'warning', excluded: true },
  exactDuplicate: { severity: 'warning', excluded: false },
  orderCustomerConflict: { severity: 'warning', excluded: false },
  missingOrderId: { severity: 'warning', excluded: false },
  mixedCurrency: { severity: 'warning', excluded: false },
  duplicateCustomerId: { severity: 'warning', excluded: true },
  unparseableNumber: { severity: 'warning', excluded: false },
  refunded: { severity: 'info', excluded: true },
  zeroAmount: { severity: 'info', excluded: false },
  repeatedOrderId: { severity: 'info', excluded: false },
  customerIdFromOrder: { severity: 'info', excluded: false },
  mixedTypes: { severity: 'info', excluded: false },
  blankRows: { severity: 'info', excluded: true },
  noOrders: { severity: 'info', excluded: true },
};

/** One finding of the report: plain data for a report tab or the sidebar. */
export interface QualityIssue {
  check: CheckId;
  severity: Severity;
  /** Rows (or orders, for order-level checks) concerned. */
  count: number;
  /** The first few sheet row numbers (1-based, as the sheet shows them). */
  rows: number[];
  /** Column index and header when the check is about one column, else null. */
  column: number | null;
  header: string | null;
  /** A few offending values as text. */
  examples: string[];
  /** Whether these rows were left out of the orders. */
  excluded: boolean;
}

/** The data-quality report. */
export interface QualityReport {
  /** Data rows read (non-blank rows under the header). */
  rowsRead: number;
  /** Distinct customer ids on any row, valid or not (before refunds and invalid rows are left out). */
  customerIdsSeen: number;
  /** Distinct order ids on any row (0 without an order id column). */
  orderIdsSeen: number;
  /** Orders kept after cleaning (transactions), or customer rows kept (one row per customer). */
  ordersKept: number;
  customers: number;
  issues: QualityIssue[];
}

/** Accumulating form of an issue inside a read state. */
export interface IssueAcc {
  check: CheckId;
  column: number;
  count: number;
  rows: number[];
  examples: [number, string][];
}

/** Records one occurrence (or `count` at once) of a check in a state's issue table. */
export function addIssue(issues: Record<string, IssueAcc>, check: CheckId, column: number, row: number, example?: string, count = 1): void {
  const key = `${check}:${column}`;
  let acc = issues[key];
  if (!acc) {
    acc = { check, column, count: 0, rows: [], examples: [] };
    issues[key] = acc;
  }
  acc.count += count;
  pushRow(acc.rows, row);
  if (example !== undefined && acc.examples.length < 3 && !acc.examples.some((e) => e[1] === example)) {
    acc.examples.push([row, example]);
    acc.examples.sort((a, b) => a[0] - b[0]);
  }
}

/** Adds rows already collected elsewhere (e.g. an order's blank-customer rows). */
export function addIssueRows(issues: Record<string, IssueAcc>, check: CheckId, column: number, rows: readonly number[], count: number): void {
  if (count <= 0) return;
  const key = `${check}:${column}`;
  let acc = issues[key];
  if (!acc) {
    acc = { check, column, count: 0, rows: [], examples: [] };
    issues[key] = acc;
  }
  acc.count += count;
  acc.rows = mergeRows(acc.rows, rows);
}

/** Union of two issue tables, independent of which chunk came first. */
export function mergeIssues(a: Record<string, IssueAcc>, b: Record<string, IssueAcc>): Record<string, IssueAcc> {
  const out: Record<string, IssueAcc> = {};
  for (const [k, v] of Object.entries(a)) out[k] = { ...v, rows: [...v.rows], examples: [...v.examples] };
  for (const [k, v] of Object.entries(b)) {
    const o = out[k];
    if (!o) {
      out[k] = { ...v, rows: [...v.rows], examples: [...v.examples] };
      continue;
    }
    o.count += v.count;
    o.rows = mergeRows(o.rows, v.rows);
    // the examples of the earliest rows, one per distinct text
    o.examples = mergeExamples(o.examples, v.examples);
  }
  return out;
}

const ORDER = Object.keys(CHECKS) as CheckId[];

/** The final list of issues, most important first. */
export function issueList(issues: Record<string, IssueAcc>, headers: readonly string[]): QualityIssue[] {
  return Object.values(issues)
    .filter((a) => a.count > 0)
    .sort((a, b) => ORDER.indexOf(a.check) - ORDER.indexOf(b.check) || a.column - b.column)
    .map((a) => ({
      check: a.check,
      severity: CHECKS[a.check].severity,
      count: a.count,
      rows: a.rows.slice(0, EXAMPLE_ROWS),
      column: a.column >= 0 ? a.column : null,
      header: a.column >= 0 ? (headers[a.column] ?? null) : null,
      examples: a.examples.map((e) => e[1]),
      excluded: CHECKS[a.check].excluded,
    }));
}

/**
 * One issue as a sentence in the user's language, naming the column and the first rows.
 * @example qualityMessage({ check: 'missingCustomerId', count: 3, rows: [4, 9, 12], column: 6, header: 'CustomerID', examples: [], severity: 'warning', excluded: true }, 'en')
 * // '3 rows have no customer id (column "CustomerID"; rows 4, 9, 12); they were left out.'
 */
export function qualityMessage(issue: QualityIssue, lang: Lang): string {
  const unnamed = `check_${issue.check}NoColumn`;
  const key = (!issue.header?.trim() && unnamed in PARSE_MESSAGES ? unnamed : `check_${issue.check}`) as MessageKey;
  return localize(
    {
      key,
      params: {
        count: issue.count,
        rows: rowList(issue.rows, issue.count, lang),
        column: issue.header ?? '',
        examples: issue.examples.map((e) => `"${e}"`).join(', '),
      },
    },
    lang,
  );
}
