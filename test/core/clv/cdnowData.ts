/** Loads the shared CDNOW and donations files (see /work/shared/data/cdnow/README.md) once per test file. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dayFromYmd } from '../../../src/core/days';
import type { Purchase } from '../../../src/core/clv/summaryFromTransactions';

/** Tests and benchmarks run from the repository root, with ../shared beside it. */
export const CDNOW_DIR = join(process.cwd(), '../shared/data/cdnow');

function csv(name: string): number[][] {
  return readFileSync(join(CDNOW_DIR, name), 'utf8').trim().split(/\r?\n/).slice(1).map((l) => l.split(',').map(Number));
}

/** cdnow_customers_summary_with_transactions.csv: ID,x,t_x,T,zbar (weeks). */
export function cdnowSummary(): { id: number; frequency: number; recency: number; T: number; monetary: number }[] {
  return csv('cdnow_customers_summary_with_transactions.csv').map(([id, frequency, recency, T, monetary]) => ({ id, frequency, recency, T, monetary }));
}

/** cdnow_customers_summary.csv: ID,frequency,recency,T (weeks). */
export function cdnowSummaryPlain(): { id: number; frequency: number; recency: number; T: number }[] {
  return csv('cdnow_customers_summary.csv').map(([id, frequency, recency, T]) => ({ id, frequency, recency, T }));
}

/** donations.csv: frequency,recency,periods,weights. */
export function donations(): { frequency: number; recency: number; periods: number; weight: number }[] {
  return csv('donations.csv').map(([frequency, recency, periods, weight]) => ({ frequency, recency, periods, weight }));
}

/** A whitespace CDNOW transaction file; `idColumn` 0 = master id, 1 = sample id (sample file only). */
export function cdnowTransactions(file: 'CDNOW_sample.txt' | 'CDNOW_master.txt'): Purchase[] {
  const lines = readFileSync(join(CDNOW_DIR, file), 'utf8').split(/\r?\n/);
  const out: Purchase[] = [];
  for (const line of lines) {
    const f = line.trim().split(/\s+/);
    if (f.length < 4 || !/^\d{8}$/.test(f[f.length - 3])) continue;
    const date = f[f.length - 3];
    out.push({ customerId: f[f.length === 5 ? 1 : 0], day: dayFromYmd(+date.slice(0, 4), +date.slice(4, 6), +date.slice(6, 8)), amount: Number(f[f.length - 1]) });
  }
  return out;
}

/** End of the CDNOW calibration period (39 weeks). */
export const CALIBRATION_END = dayFromYmd(1997, 9, 30);
export const HOLDOUT_END = dayFromYmd(1998, 6, 30);
