/**
 * `node dist/cli.js tracking <file> [--model mbgnbd|bgnbd|pareto] [--params 0.243,4.414,0.793,2.426]
 *   [--calibration-end YYYY-MM-DD] [--periods 78] [--customer C --date D] [--unit week|day] [--format table|csv|json]`
 *
 * Actual against expected repeat purchases per period since the first order, cumulative and
 * incremental (FHL 2005 figure 2; lifetimes `expected_cumulative_transactions`; BTYD tracking plots).
 * Without --params the model is fitted to the summary up to --calibration-end (default: all data)
 * and the fitted parameters are printed to stderr. --periods defaults to the periods the data span.
 */
import { cumulativeRepeatTransactions } from '../core/clv/modelChecks';
import { summaryFromTransactions } from '../core/clv/summaryFromTransactions';
import { PARAM_NAMES, TRANSACTION_MODELS, fitTransactionModel, type TransactionModel, type TransactionModelName } from '../core/clv/transactionModel';
import { DAYS_PER_UNIT } from '../core/clv/types';
import { isoFromDay } from '../core/days';
import type { CliCommand } from './command';
import { CliError, defineCommand, UsageError } from './flags';
import { dayFlag, formatRows, ORDER_FLAGS, purchasesFromFile, unitFlag } from './summary';

/** `--params` as four numbers in the model's published order. */
function paramsFlag(name: TransactionModelName, text: string): Record<string, number> {
  const names = PARAM_NAMES[name];
  const values = text.split(',').map((v) => Number(v.trim()));
  if (values.length !== names.length || !values.every((v) => Number.isFinite(v) && v > 0)) throw new UsageError(`--params must be ${names.length} numbers > 0 (${names.join(',')}) for ${name}, got "${text.slice(0, 60)}"`);
  return Object.fromEntries(names.map((n, i) => [n, values[i]]));
}

export const trackingCommand: CliCommand = defineCommand({
  name: 'tracking',
  summary: 'Actual vs expected cumulative and incremental repeat purchases per period (lifetimes expected_cumulative_transactions)',
  usage: `tracking <file> [--model ${TRANSACTION_MODELS.join('|')}] [--params p1,p2,p3,p4] [--calibration-end YYYY-MM-DD] [--periods N] [--unit week|day] [--format table|csv|json]`,
  positional: [{ name: 'file', file: true }],
  flags: [
    { name: 'model', kind: 'enum', values: TRANSACTION_MODELS },
    { name: 'params', kind: 'string' },
    { name: 'calibration-end', kind: 'date' },
    { name: 'periods', kind: 'integer', min: 1, max: 10_000 },
    ...ORDER_FLAGS,
  ],
  async run({ positional, flags }) {
    const file = positional[0];
    const name = String(flags.model ?? 'mbgnbd') as TransactionModelName;
    const unit = unitFlag(flags);
    const notes: string[] = [];
    const purchases = await purchasesFromFile(file, flags, notes);
    if (purchases.length === 0) throw new CliError(`${file}: no orders`);
    let params: Record<string, number>;
    if (typeof flags.params === 'string') params = paramsFlag(name, flags.params);
    else {
      const summary = summaryFromTransactions(purchases, { unit, calibrationEnd: dayFlag(flags, 'calibration-end') });
      const fit = fitTransactionModel(name, summary);
      if (!fit.converged) throw new CliError(`${name} fit did not converge: ${fit.reason ?? 'unknown reason'}`);
      params = fit.params as unknown as Record<string, number>;
      notes.push(`fitted ${name}: ${Object.entries(params).map(([k, v]) => `${k}=${Number(v.toPrecision(6))}`).join(' ')} (LL ${fit.logLikelihood.toFixed(2)}, ${unit}s)`);
    }
    let first = Infinity;
    let last = -Infinity;
    for (const p of purchases) {
      first = Math.min(first, p.day);
      last = Math.max(last, p.day);
    }
    const periods = flags.periods === undefined ? Math.ceil((last - first + 1) / DAYS_PER_UNIT[unit]) : Number(flags.periods);
    if (!Number.isInteger(periods) || periods < 1) throw new CliError(`--periods must be a whole number ≥ 1, got "${String(flags.periods)}"`);
    const model = { model: name, params } as unknown as TransactionModel;
    const rows = cumulativeRepeatTransactions(model, purchases, { unit, periods });
    const out = rows.map((r, i) => ({
      period: r.period,
      period_end: isoFromDay(r.endDay - 1),
      actual_cumulative: r.actual,
      expected_cumulative: r.expected,
      actual_incremental: r.actual - (i ? rows[i - 1].actual : 0),
      expected_incremental: r.expected - (i ? rows[i - 1].expected : 0),
    }));
    process.stdout.write(formatRows(out, flags.format));
    for (const n of notes) process.stderr.write(`Note: ${n}\n`);
    return 0;
  },
});
