/** CLV benchmark (issue 7): BG/NBD and Gamma-Gamma fits on the CDNOW sample and master file, and per-customer predictions. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fitBgnbd } from '../../src/core/clv/bgnbd';
import { fitGammaGamma } from '../../src/core/clv/gammaGamma';
import { predictCustomers } from '../../src/core/clv/predictions';
import { type Purchase, summaryFromTransactions } from '../../src/core/clv/summaryFromTransactions';
import { dayFromYmd } from '../../src/core/days';
import { report, timeMs } from './_util';

const DIR = join(process.cwd(), '../shared/data/cdnow');

function transactions(file: string): Purchase[] {
  const out: Purchase[] = [];
  for (const line of readFileSync(join(DIR, file), 'utf8').split(/\r?\n/)) {
    const f = line.trim().split(/\s+/);
    if (f.length < 4 || !/^\d{8}$/.test(f[f.length - 3])) continue;
    const d = f[f.length - 3];
    out.push({ customerId: f[0], day: dayFromYmd(+d.slice(0, 4), +d.slice(4, 6), +d.slice(6, 8)), amount: Number(f[f.length - 1]) });
  }
  return out;
}

export default async function bench(): Promise<void> {
  const end = dayFromYmd(1997, 9, 30);
  for (const [label, file] of [['sample', 'CDNOW_sample.txt'], ['master', 'CDNOW_master.txt']] as const) {
    // Summaries are built outside the timing, as the issue asks.
    const histories = summaryFromTransactions(transactions(file), { unit: 'week', calibrationEnd: end });
    let bg = fitBgnbd(histories);
    const bgMs = timeMs(() => (bg = fitBgnbd(histories)), 5, 1);
    report(`BG/NBD fit, CDNOW ${label} (${histories.length} customers)`, bgMs, `LL ${bg.logLikelihood.toFixed(1)}${bg.converged ? '' : ' NOT converged'}`, label === 'sample' ? 50 : 500);
    let gg = fitGammaGamma(histories);
    const ggMs = timeMs(() => (gg = fitGammaGamma(histories)), 5, 1);
    report(`Gamma-Gamma fit, CDNOW ${label}`, ggMs, `LL ${gg.logLikelihood.toFixed(1)}${gg.converged ? '' : ' NOT converged'}`);
    const model = { model: 'bgnbd' as const, params: bg.params };
    const predMs = timeMs(() => predictCustomers(model, histories, { unit: 'week', spend: gg.params, calibrationEnd: end }), 5, 1);
    report(`Predictions (P(alive), 12-month purchases, CLV, tiers), ${label}`, predMs, '', label === 'master' ? 100 : undefined);
  }
}
