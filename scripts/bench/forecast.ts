/**
 * Checked forecasts (issue 13): for each shared data set and the sample shop, at three cut-offs
 * (the whole history, 80 % and 60 % of it), the holdout check of every candidate and the choice:
 * the chosen forecast's total expected vs actual holdout orders, its per-customer error against
 * past pace, and how well it ranks who came back (AUC). Timed: the whole selection on the 23,570
 * CDNOW master customers (target ≤ 2 s in Node).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseCsv } from '../../src/cli/io';
import { readOrders } from '../../src/core/parse';
import { isoFromDay } from '../../src/core/days';
import type { Purchase } from '../../src/core/clv/summaryFromTransactions';
import { pastPace, validatedForecast } from '../../src/core/clv/validatedForecast';
import { cdnowTransactions } from '../../test/core/clv/cdnowData';
import { onlineRetailTable } from '../../test/helpers/onlineRetail';
import { report } from './_util';

const DATA = join(process.cwd(), '..', 'shared', 'data');

/** The reader's orders (an order is a purchase as the CLV models take it). */
function fromTable(rows: unknown[][]): Purchase[] {
  return readOrders(rows).orders;
}

const SETS: [string, () => Purchase[]][] = [
  ['CDNOW sample', () => cdnowTransactions('CDNOW_sample.txt')],
  ['CDNOW master', () => cdnowTransactions('CDNOW_master.txt')],
  ['R rfm orders', () => fromTable(parseCsv(readFileSync(join(DATA, 'rfm-package', 'rfm_data_orders.csv'), 'utf8')))],
  ['UCI Online Retail', () => fromTable(onlineRetailTable())],
  ['sample shop', () => fromTable(parseCsv(readFileSync(join(process.cwd(), 'scripts', 'sample-shop', 'orders.csv'), 'utf8')))],
];

export default function run(): void {
  for (const [name, load] of SETS) {
    const purchases = load();
    let first = Infinity;
    let last = -Infinity;
    for (const p of purchases) {
      first = Math.min(first, p.day);
      last = Math.max(last, p.day);
    }
    for (const share of [1, 0.8, 0.6]) {
      const end = Math.round(first + (last - first) * share);
      const t0 = performance.now();
      const f = validatedForecast(purchases, { end, unit: 'week', months: 12 });
      const ms = performance.now() - t0;
      const label = `${name}, history to ${isoFromDay(end)}`;
      if (!f.check || f.basis === 'none') {
        report(label, ms, `no forecast: ${f.reason}`);
        continue;
      }
      const base = pastPace(f.check);
      const chosen = f.used ?? base;
      const used = f.basis === 'model' ? `${f.model?.model}${chosen.penalty ? ' (penalised)' : ''}` : 'past pace';
      const target = name === 'CDNOW master' && share === 1 ? 2000 : undefined;
      report(label, ms, `${used}; holdout ${f.check.window.days} d: expected ${chosen.expectedTotal.toFixed(0)} vs actual ${chosen.actualTotal} (total error ${(((chosen.expectedTotal - chosen.actualTotal) / chosen.actualTotal) * 100).toFixed(1)} %), per-customer error ${chosen.meanAbsoluteError.toFixed(3)} vs past pace ${base.meanAbsoluteError.toFixed(3)}, AUC ${chosen.rankQuality?.toFixed(3) ?? '–'}`, target);
    }
  }
}
