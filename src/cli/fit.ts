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
import { readTable, type Table } from './io';

const MODELS = [...TRANSACTION_MODELS, 'gg', 'bgbb'] as const;
type ModelFlag = (typeof MODELS)[number];

/** Index of a column given by header name (case-insensitive) or 1-based number. */
function column(header: string[], spec: string, what: string): number {
  if (/^\d+$/.test(spec)) return Number(spec) - 1;
  const i = header.findIndex((h) => h.trim().toLowerCase() === spec.trim().toLowerCase());
  if (i < 0) throw new Error(`no ${what} column "${spec}"; columns are: ${header.join(', ')}`);
  return i;
}

const num = (v: unknown, row: number, name: string): number => {
  const n = typeof v === 'number' ? v : Number(String(v).trim());
  if (!Number.isFinite(n)) throw new Error(`row ${row}: ${name} is not a number ("${String(v)}")`);
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
export const fitCommand: CliCommand = {
  summary: 'Fit a CLV model (BG/NBD, Pareto/NBD, MBG/NBD, Gamma-Gamma, BG/BB) by maximum likelihood',
  async run(positional, flags) {
    const file = positional[0];
    const model = String(flags.model ?? '') as ModelFlag;
    if (!file || !(MODELS as readonly string[]).includes(model)) {
      process.stderr.write(`Usage: fit <file> --model ${MODELS.join('|')} [--customer C --date D --amount A --calibration-end YYYY-MM-DD --unit week|day] [--penalty L] --format json\n`);
      return 2;
    }
    const unit = String(flags.unit ?? 'week') as TimeUnit;
    if (unit !== 'week' && unit !== 'day') throw new Error(`--unit must be week or day, got "${unit}"`);
    const penalty = flags.penalty === undefined ? 0 : Number(flags.penalty);
    const table = await readTable(file);
    if (table.length < 2) throw new Error(`${file}: no data rows`);
    let rows = summarised(table);
    let readMs = 0;
    if (!rows) {
      if (model === 'bgbb') throw new Error('bgbb needs a summarised file with columns frequency,recency,periods,weights');
      const t0 = performance.now();
      const header = table[0].map(String);
      // A first row that already holds a date is data, not a header (CDNOW_sample.txt has none).
      const hasHeader = !header.some((h) => /^\d{8}$/.test(h.trim()) || /^\d{4}-\d\d-\d\d/.test(h.trim()));
      const body = hasHeader ? table.slice(1) : table;
      const need = (flag: string, fallback: string) => column(header, String(flags[flag] ?? fallback), flag);
      const [c, d] = [need('customer', 'customer_id'), need('date', 'date')];
      const a = flags.amount !== undefined || model === 'gg' ? need('amount', 'amount') : -1;
      const purchases = purchasesFromColumns(
        body.map((r) => r[c]),
        body.map((r) => r[d]),
        a >= 0 ? body.map((r) => r[a]) : null,
        hasHeader ? 2 : 1,
        file,
      );
      let calibrationEnd: number | undefined;
      if (flags['calibration-end'] !== undefined) {
        calibrationEnd = parseDate(String(flags['calibration-end']));
        if (!Number.isFinite(calibrationEnd) || calibrationEnd >= 1e9) throw new Error(`--calibration-end must be a date like 1997-09-30`);
      }
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
};
