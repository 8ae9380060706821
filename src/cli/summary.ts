/**
 * `node dist/cli.js summary <file.csv|.txt|.xlsx> [--customer C --date D --amount A] [--unit week|day]
 *   [--observation-end YYYY-MM-DD] [--format table|csv|json]`
 *
 * One row per customer: frequency (repeat purchase days), recency, T and monetary value (mean spend
 * per repeat purchase day), as lifetimes' `summary_data_from_transaction_data`, same-day orders
 * merged. Columns are detected by the add-on's reader (`src/core/parse`), as `inspect` shows;
 * --customer/--date/--amount (header names, letters or 1-based numbers) override the detection.
 */
import { summaryFromTransactions, type Purchase } from '../core/clv/summaryFromTransactions';
import type { TimeUnit } from '../core/clv/types';
import { dayFromIso } from '../core/days';
import { qualityMessage, readOrders } from '../core/parse';
import type { DayNumber } from '../core/types';
import type { CliCommand } from './command';
import { csvTable } from './csvCell';
import { CliError, defineCommand, READ_FLAGS, UsageError, type FlagSpec } from './flags';
import { readFailure, readFileTable } from './input';
import { columnIndex } from './rfm';

type Flags = Record<string, string | true>;

const str = (flags: Flags, k: string) => (typeof flags[k] === 'string' ? (flags[k] as string) : undefined);

/** The order rows of a file, read as the sheet reads them; notes on data quality go to `notes`. */
export async function purchasesFromFile(file: string, flags: Flags, notes: string[]): Promise<Purchase[]> {
  const table = await readFileTable(file, { str: (k) => str(flags, k) });
  const header = table[0] ?? [];
  const mapping: Record<string, number> = {};
  for (const [flag, role] of [['customer', 'customerId'], ['date', 'orderDate'], ['amount', 'amount']] as const) {
    const spec = str(flags, flag);
    if (spec !== undefined) mapping[role] = columnIndex(header, spec, flag);
  }
  const read = readOrders(table, { mapping });
  if (read.errors.length) throw readFailure(file, read.errors, read.quality.issues, 'en');
  notes.push(...read.quality.issues.map((q) => qualityMessage(q, 'en')));
  return read.orders;
}

/** `--unit week|day`, default week. */
export function unitFlag(flags: Flags): TimeUnit {
  const unit = str(flags, 'unit') ?? 'week';
  if (unit !== 'week' && unit !== 'day') throw new UsageError(`--unit must be week or day, got "${unit}"`);
  return unit;
}

/** A `--name YYYY-MM-DD` flag as a day, undefined when absent. */
export function dayFlag(flags: Flags, name: string): DayNumber | undefined {
  if (flags[name] === undefined) return undefined;
  const day = dayFromIso(String(flags[name]));
  if (day === null) throw new UsageError(`--${name} must be a date like 1997-09-30, got "${String(flags[name])}"`);
  return day;
}

/** Rows as `--format table` (aligned columns, the default), `csv` or `json`; numbers to 6 decimals. */
export function formatRows(rows: Record<string, string | number>[], format: string | true | undefined): string {
  const clean = rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'number' ? Math.round(v * 1e6) / 1e6 : v])));
  if (format === 'csv') return csvTable(clean);
  if (format === 'json') return `${JSON.stringify(clean)}\n`;
  if (format !== undefined && format !== 'table') throw new UsageError(`--format must be table, csv or json, got "${String(format)}"`);
  const cols = Object.keys(clean[0] ?? {});
  const width = cols.map((c) => Math.max(c.length, ...clean.map((r) => String(r[c]).length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(width[i]) : c.padStart(width[i]))).join('  ');
  return `${[line(cols), ...clean.map((r) => line(cols.map((c) => String(r[c]))))].join('\n')}\n`;
}

/** Flags of the commands that read order rows through {@link purchasesFromFile}. */
export const ORDER_FLAGS: FlagSpec[] = [
  { name: 'customer', kind: 'string' },
  { name: 'date', kind: 'string' },
  { name: 'amount', kind: 'string' },
  { name: 'unit', kind: 'enum', values: ['week', 'day'] },
  { name: 'format', kind: 'enum', values: ['table', 'csv', 'json'] },
  ...READ_FLAGS,
];

export const summaryCommand: CliCommand = defineCommand({
  name: 'summary',
  summary: 'Per-customer frequency, recency, T and monetary value (lifetimes summary_data_from_transaction_data)',
  usage: 'summary <file> [--customer C --date D --amount A] [--unit week|day] [--observation-end YYYY-MM-DD] [--format table|csv|json]',
  positional: [{ name: 'file', file: true }],
  flags: [...ORDER_FLAGS, { name: 'observation-end', kind: 'date' }],
  async run({ positional, flags }) {
    const file = positional[0];
    const unit = unitFlag(flags);
    const end = dayFlag(flags, 'observation-end');
    const notes: string[] = [];
    const rows = summaryFromTransactions(await purchasesFromFile(file, flags, notes), { unit, calibrationEnd: end });
    if (rows.length === 0) throw new CliError(`${file}: no orders${end === undefined ? '' : ' on or before --observation-end'}`);
    const out = rows.map((r) => ({ customer_id: r.customerId, frequency: r.frequency, recency: r.recency, T: r.T, monetary_value: r.monetary }));
    process.stdout.write(formatRows(out, flags.format));
    for (const n of notes) process.stderr.write(`Note: ${n}\n`);
    return 0;
  },
});
