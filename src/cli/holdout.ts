/**
 * `node dist/cli.js holdout <file> --calibration-end YYYY-MM-DD [--observation-end YYYY-MM-DD]
 *   [--customer C --date D --amount A] [--unit week|day] [--format table|csv|json]`
 *
 * Each customer's calibration summary and holdout purchase days, as lifetimes'
 * `calibration_and_holdout_data` (columns frequency_cal, recency_cal, T_cal, monetary_value_cal,
 * frequency_holdout, monetary_value_holdout, duration_holdout). Columns are read as `summary` reads them.
 */
import { calibrationAndHoldout } from '../core/clv/calibrationHoldout';
import type { CliCommand } from './command';
import { CliError, defineCommand, UsageError } from './flags';
import { dayFlag, formatRows, ORDER_FLAGS, purchasesFromFile, unitFlag } from './summary';

export const holdoutCommand: CliCommand = defineCommand({
  name: 'holdout',
  summary: 'Calibration/holdout split per customer (lifetimes calibration_and_holdout_data)',
  usage: 'holdout <file> --calibration-end YYYY-MM-DD [--observation-end YYYY-MM-DD] [--customer C --date D --amount A] [--unit week|day] [--format table|csv|json]',
  positional: [{ name: 'file', file: true }],
  flags: [{ name: 'calibration-end', kind: 'date', required: true }, { name: 'observation-end', kind: 'date' }, ...ORDER_FLAGS],
  async run({ positional, flags }) {
    const file = positional[0];
    const calibrationEnd = dayFlag(flags, 'calibration-end') as number;
    const unit = unitFlag(flags);
    const observationEnd = dayFlag(flags, 'observation-end');
    if (observationEnd !== undefined && observationEnd <= calibrationEnd) throw new UsageError(`--observation-end must be after --calibration-end, got "${String(flags['observation-end'])}" and "${String(flags['calibration-end'])}"`);
    const notes: string[] = [];
    const purchases = await purchasesFromFile(file, flags, notes);
    if (!purchases.some((p) => p.day <= calibrationEnd)) throw new CliError(`${file}: no orders on or before --calibration-end`);
    const rows = calibrationAndHoldout(purchases, { unit, calibrationEnd, holdoutEnd: observationEnd });
    const out = rows.map((r) => ({
      customer_id: r.customerId,
      frequency_cal: r.frequency,
      recency_cal: r.recency,
      T_cal: r.T,
      monetary_value_cal: r.monetary,
      frequency_holdout: r.frequencyHoldout,
      monetary_value_holdout: r.monetaryHoldout,
      duration_holdout: r.durationHoldout,
    }));
    process.stdout.write(formatRows(out, flags.format));
    for (const n of notes) process.stderr.write(`Note: ${n}\n`);
    return 0;
  },
});
