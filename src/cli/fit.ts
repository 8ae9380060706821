import { performance } from 'node:perf_hooks';
import { fitBgbb } from '../core/clv/bgbb';
import { fitGammaGamma } from '../core/clv/gammaGamma';
import type { FitResult } from '../core/clv/maximumLikelihood';
import { purchasesFromColumns } from '../core/clv/purchasesFromColumns';
import { summaryFromTransactions } from '../core/clv/summaryFromTransactions';
import { fitTransactionModel, TRANSACTION_MODELS, type TransactionModelName } from '../core/clv/transactionModel';
import type { TimeUnit } from '../core/clv/types';
import { parseDate } from '../core/parse/parseDate';
import type { CliCommand } from './command';
import { CliError, defineCommand, READ_FLAGS, UsageError } from './flags';
import { readFileTable } from './input';
import type { Table } from './io';

const MODELS = [...TRANSACTION_MODELS, 'gg', 'bgbb'] as const;
type ModelFlag = (typeof MODELS)[number];

/** Index of a column given by header name (case-insensitive) or 1-based number. */
function column(header: string[], spec: string, what: string): number {
  if (/^\d+$/.test(spec)) {
    const n = Number(spec) - 1;
    if (n < 0 || n >= header.length) throw new UsageError(`--${what} ${spec}: the file has ${header.length} columns`);
    return n;
  }
  const i = header.findIndex((h) => h.trim().toLowerCase() === spec.trim().toLowerCase());
  if (i < 0) throw new UsageError(`--${what} ${JSON.stringify(spec.slice(0, 60))}: no such column; columns are: ${header.map((h) => h.trim()).filter(Boolean).slice(0, 30).join(', ') || '(none)'}`);
  return i;
}

const num = (v: unknown, row: number, name: string): number => {
  const n = typeof v === 'number' ? v : Number(String(v).trim());
  if (!Number.isFinite(n) || String(v).trim() === '') throw new CliError(`row ${row}: ${name} is not a number ("${String(v).slice(0, 60)}")`);
  return n;
};

/** Summarised rows when the header says so: x,t_x,T[,zbar] / frequency,recency,T[,monetary_value] / frequency,recency,periods,weights. */
function summarised(table: Table): { frequency: number; recency: number; T: number; monetary: number; periods: number; weight: number }[] | null {
  const header = table[0].map((h) => String(h).trim().toLowerCase());
  const find = (...names: string[]) => header.findIndex((h) => names.includes(h));
  const f = find('x', 'frequency');
  const r = find('t_x', 'recency');
  const T = find('t');
  const periods = find('periods', 'n_periods', 'n');
  if (f < 0 || r < 0 || (T < 0 && periods < 0)) return null;
  const m = find('zbar', 'monetary_value', 'monetary');
  const w = find('weights', 'weight');
  return table.slice(1).filter((row) => row.some((c) => String(c).trim() !== '')).map((row, i) => ({
    frequency: num(row[f], i + 2, header[f]),
    recency: num(row[r], i + 2, header[r]),
    T: T >= 0 ? num(row[T], i + 2, 'T') : 0,
    monetary: m >= 0 ? num(row[m], i + 2, header[m]) : 0,
    periods: periods >= 0 ? num(row[periods], i + 2, header[periods]) : 0,
    weight: w >= 0 ? num(row[w], i + 2, header[w]) : 1,
  }));
}

/**
 * `fit <file> --model bgnbd|pareto|mbgnbd|gg|bgbb [--customer C --date D --amount A --calibration-end YYYY-MM-DD --unit week|day] [--penalty λ] --format json`
 * Prints `{model, params, loglik, n, converged, ms}` (plus `reason` and `standard_errors`).
 * A file whose header has x,t_x,T / frequency,recency,T (or, for BG/BB, frequency,recency,periods,weights)
 * is taken as already summarised; otherwise it is read as order rows (CDNOW's header-less sample works
 * with column numbers: `--customer 2 --date 3 --amount 5`).
 */
export const fitCommand: CliCommand = defineCommand({
  name: 'fit',
  summary: 'Fit a CLV model (BG/NBD, Pareto/NBD, MBG/NBD, Gamma-Gamma, BG/BB) by maximum likelihood',
  usage: `fit <file> --model ${MODELS.join('|')} [--customer C --date D --amount A --calibration-end YYYY-MM-DD --unit week|day] [--penalty L] [--format json|text]`,
  positional: [{ name: 'file', file: true }],
  flags: [
    { name: 'model', kind: 'enum', values: MODELS, required: true },
    { name: 'customer', kind: 'string' },
    { name: 'date', kind: 'string' },
    { name: 'amount', kind: 'string' },
    { name: 'calibration-end', kind: 'date' },
    { name: 'unit', kind: 'enum', values: ['week', 'day'] },
    { name: 'penalty', kind: 'number', min: 0 },
    { name: 'format', kind: 'enum', values: ['json', 'text'] },
    ...READ_FLAGS,
  ],
  async run(args) {
    const { flags } = args;
    const file = args.positional[0];
    const model = flags.model as ModelFlag;
    const unit = (args.str('unit') ?? 'week') as TimeUnit;
    const penalty = args.num('penalty') ?? 0;
    const table = await readFileTable(file, args);
    if (table.length < 2) throw new CliError(`${file}: no data rows, only a header`);
    let rows = summarised(table);
    let readMs = 0;
    if (!rows) {
      if (model === 'bgbb') throw new CliError('bgbb needs a summarised file with columns frequency,recency,periods,weights');
      const t0 = performance.now();
      const header = table[0].map(String);
      // A first row that already holds a date is data, not a header (CDNOW_sample.txt has none).
      const hasHeader = !header.some((h) => /^\d{8}$/.test(h.trim()) || /^\d{4}-\d\d-\d\d/.test(h.trim()));
      const body = hasHeader ? table.slice(1) : table;
      const need = (flag: string, fallback: string) => column(header, String(flags[flag] ?? fallback), flag);
      const [c, d] = [need('customer', 'customer_id'), need('date', 'date')];
      const a = flags.amount !== undefined || model === 'gg' ? need('amount', 'amount') : -1;
      let purchases: ReturnType<typeof purchasesFromColumns>;
      try {
        purchases = purchasesFromColumns(
          body.map((r) => r[c]),
          body.map((r) => r[d]),
          a >= 0 ? body.map((r) => r[a]) : null,
          hasHeader ? 2 : 1,
          file,
        );
      } catch (e) {
        // The reader's sentences name the file and the row: a data problem, not a bug.
        throw new CliError(e instanceof Error ? e.message : String(e));
      }
      if (purchases.length === 0) throw new CliError(`${file}: no order rows to fit`);
      let calibrationEnd: number | undefined;
      if (flags['calibration-end'] !== undefined) calibrationEnd = parseDate(String(flags['calibration-end']));
      rows = summaryFromTransactions(purchases, { unit, calibrationEnd }).map((h) => ({ ...h, periods: 0, weight: 1 }));
      readMs = performance.now() - t0;
    }
    const t0 = performance.now();
    let fit: FitResult<object>;
    if (model === 'gg') fit = fitGammaGamma(rows, { penalty });
    else if (model === 'bgbb') fit = fitBgbb(rows, { penalty });
    else fit = fitTransactionModel(model as TransactionModelName, rows.map((r) => ({ frequency: r.frequency, recency: r.recency, T: r.T, weight: r.weight })), { penalty });
    const ms = performance.now() - t0;
    const round = (v: number) => Number(v.toPrecision(8));
    const out: Record<string, unknown> = {
      model,
      params: Object.fromEntries(Object.entries(fit.params).map(([k, v]) => [k, round(v as number)])),
      loglik: round(fit.logLikelihood),
      n: fit.n,
      converged: fit.converged,
      ms: Math.round(ms * 10) / 10,
    };
    if (fit.reason) out.reason = fit.reason;
    if (fit.standardErrors) out.standard_errors = Object.fromEntries(Object.entries(fit.standardErrors).map(([k, v]) => [k, round(v as number)]));
    if (model !== 'bgbb') out.unit = unit;
    if (readMs) out.summary_ms = Math.round(readMs * 10) / 10;
    if (flags.format === 'json') process.stdout.write(`${JSON.stringify(out)}\n`);
    else {
      process.stdout.write(`${model}: ${Object.entries(out.params as object).map(([k, v]) => `${k}=${v}`).join(' ')}  LL=${out.loglik}  n=${out.n}  ${fit.converged ? 'converged' : `NOT converged: ${fit.reason}`}  ${out.ms} ms\n`);
    }
    return fit.converged ? 0 : 1;
  },
});
