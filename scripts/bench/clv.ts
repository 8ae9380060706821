/**
 * CLV benchmark (issue 7): BG/NBD and Gamma-Gamma fits on the CDNOW sample and master file, and
 * per-customer predictions. Issue 13: the BG/NBD fit side by side with scipy's Nelder–Mead as
 * Python lifetimes fits it (scripts/bench/peers/bgnbd_nelder_mead.py), on the same histories;
 * ours must be ≥ 5× faster. Both time the fit only (no start-up, loading or summary).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fitBgnbd } from '../../src/core/clv/bgnbd';
import type { FitResult } from '../../src/core/clv/maximumLikelihood';
import { groupHistories } from '../../src/core/clv/groupHistories';
import type { BetaGeoParams, RepeatHistory } from '../../src/core/clv/types';
import { fitGammaGamma } from '../../src/core/clv/gammaGamma';
import { predictCustomers } from '../../src/core/clv/predictions';
import { type Purchase, summaryFromTransactions } from '../../src/core/clv/summaryFromTransactions';
import { dayFromYmd } from '../../src/core/days';
import { type PeerFit, scipyPeerFit } from './_scipyPeer';
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

/** cdnow_customers_summary.csv (ID,frequency,recency,T in weeks): the summary lifetimes ships and fits as `load_cdnow_summary`. */
function lifetimesSummary(): RepeatHistory[] {
  const lines = readFileSync(join(DIR, 'cdnow_customers_summary.csv'), 'utf8').trim().split(/\r?\n/).slice(1);
  return lines.map((l) => l.split(',').map(Number)).map(([, frequency, recency, T]) => ({ frequency, recency, T }));
}

export default async function bench(): Promise<void> {
  // Issue 13's figure: lifetimes' own CDNOW summary, the fit ours vs scipy's Nelder–Mead.
  const summary = lifetimesSummary();
  let fit = fitBgnbd(summary);
  const fitMs = timeMs(() => (fit = fitBgnbd(summary)), 11, 2);
  report(`BG/NBD fit, cdnow_customers_summary.csv (${summary.length} customers)`, fitMs, `LL ${fit.logLikelihood.toFixed(1)}${fit.converged ? '' : ' NOT converged'}`);
  versusScipy(summary, fit, fitMs, 7, true);
  const end = dayFromYmd(1997, 9, 30);
  for (const [label, file] of [['sample', 'CDNOW_sample.txt'], ['master', 'CDNOW_master.txt']] as const) {
    // Summaries are built outside the timing, as the issue asks.
    const histories = summaryFromTransactions(transactions(file), { unit: 'week', calibrationEnd: end });
    let bg = fitBgnbd(histories);
    const bgMs = timeMs(() => (bg = fitBgnbd(histories)), 11, 2);
    report(`BG/NBD fit, CDNOW ${label} (${histories.length} customers)`, bgMs, `LL ${bg.logLikelihood.toFixed(1)}${bg.converged ? '' : ' NOT converged'}`, label === 'sample' ? 50 : 500);
    versusScipy(histories, bg, bgMs, label === 'sample' ? 5 : 3, label === 'sample');
    let gg = fitGammaGamma(histories);
    const ggMs = timeMs(() => (gg = fitGammaGamma(histories)), 5, 1);
    report(`Gamma-Gamma fit, CDNOW ${label}`, ggMs, `LL ${gg.logLikelihood.toFixed(1)}${gg.converged ? '' : ' NOT converged'}`);
    const model = { model: 'bgnbd' as const, params: bg.params };
    const predMs = timeMs(() => predictCustomers(model, histories, { unit: 'week', spend: gg.params, calibrationEnd: end }), 5, 1);
    report(`Predictions (P(alive), 12-month purchases, CLV, tiers), ${label}`, predMs, '', label === 'master' ? 100 : undefined);
  }
}

const fmt = (p: BetaGeoParams) => `r ${p.r.toFixed(4)}  α ${p.alpha.toFixed(4)}  a ${p.a.toFixed(4)}  b ${p.b.toFixed(4)}`;

/**
 * Prints the scipy peer's fit time, LL and parameters beside ours, and the ratio: on one row
 * per customer as lifetimes is usually called (the issue 13 figure, target ≥ 5×), and, if
 * `alsoWeighted`, on the distinct (x, t_x, T) rows with lifetimes' `weights` for reference.
 */
function versusScipy(histories: readonly RepeatHistory[], ours: FitResult<BetaGeoParams>, oursMs: number, runs: number, alsoWeighted: boolean): void {
  const g = groupHistories(histories);
  const perCustomer = scipyPeerFit({ x: histories.map((h) => h.frequency), tx: histories.map((h) => h.recency), T: histories.map((h) => h.T), weights: null }, runs);
  if ('unavailable' in perCustomer) {
    console.log(`  scipy Nelder–Mead peer not available (${perCustomer.unavailable})`);
    return;
  }
  const grouped = alsoWeighted
    ? scipyPeerFit({ x: Array.from(g.x), tx: Array.from(g.tx), T: Array.from(g.T), weights: Array.from(g.weight) }, runs)
    : { unavailable: 'not run' };
  const line = (who: string, ms: number, ll: number, p: BetaGeoParams, note: string) =>
    console.log(`  ${who.padEnd(52)} ${ms.toFixed(1).padStart(8)} ms  LL ${ll.toFixed(3)}  ${fmt(p)}  ${note}`);
  const v = perCustomer.versions;
  console.log(`  BG/NBD fit, ours vs scipy ${v.scipy} Nelder–Mead as lifetimes 0.10 (python ${v.python}, numpy ${v.numpy}), median of ${runs}:`);
  line(`ours (BFGS, analytic gradient, ${g.x.length} distinct rows)`, oursMs, ours.logLikelihood, ours.params, `${ours.iterations} iterations`);
  const peerLine = (f: PeerFit, what: string) =>
    line(`scipy (${f.rows} ${what})`, f.ms, f.logLikelihood, f.params, `${f.iterations} iterations, ${f.evaluations} evaluations${f.success ? '' : ', NOT converged'}`);
  peerLine(perCustomer, 'rows, one per customer');
  if (!('unavailable' in grouped)) peerLine(grouped, 'distinct rows, weights');
  const ratio = perCustomer.ms / oursMs;
  const verdict = ratio >= 5 ? 'met' : 'MISSED';
  const extra = 'unavailable' in grouped ? '' : `; vs scipy on the weighted distinct rows ${(grouped.ms / oursMs).toFixed(1)}×`;
  console.log(`  ratio scipy / ours ${ratio.toFixed(1)}× (target ≥ 5×: ${verdict})${extra}; LL difference ${(ours.logLikelihood - perCustomer.logLikelihood).toFixed(3)}`);
}
