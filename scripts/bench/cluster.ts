/**
 * Clustering speed (issue 8): k = 2..8, 5 k-means++ starts each, silhouette per k, on
 * - the 23,570 CDNOW master customers (target ≤ 1 s),
 * - the 4,372 Online Retail customers (target ≤ 200 ms),
 * each on 3 features (recency days, purchase days, spend), standardised with spend and purchase days
 * log-scaled ('auto'). Per-customer figures are built before timing, with a small aggregation here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv, parseWhitespaceTable } from '../../src/cli/io';
import { clusterCustomers, kMeans, silhouetteScore, buildFeatures } from '../../src/core/cluster';
import { report, timeMs } from './_util';

type Row = Record<string, number>;
const DATA = '/work/shared/data';

/** Days since 1970-01-01 of a `YYYYMMDD` or `YYYY-MM-DD...` text. */
function dayOf(text: string): number {
  const t = text.replace(/-/g, '');
  return Date.UTC(Number(t.slice(0, 4)), Number(t.slice(4, 6)) - 1, Number(t.slice(6, 8))) / 86400000;
}

/** recency (days from last purchase to the day after the data ends), purchase days, total spend. */
function rfmRows(lines: { id: string; day: number; amount: number; order?: string; counts: boolean }[]): Row[] {
  const end = lines.reduce((m, l) => Math.max(m, l.day), -Infinity) + 1;
  const byCustomer = new Map<string, { last: number; days: Set<number>; spend: number }>();
  for (const l of lines) {
    let c = byCustomer.get(l.id);
    if (!c) {
      c = { last: -Infinity, days: new Set(), spend: 0 };
      byCustomer.set(l.id, c);
    }
    c.last = Math.max(c.last, l.day);
    if (l.counts) c.days.add(l.day);
    c.spend += l.amount;
  }
  return [...byCustomer.values()].map((c) => ({ recency: end - c.last, frequency: c.days.size, monetary: Math.max(0, c.spend) }));
}

function cdnow(): Row[] {
  const table = parseWhitespaceTable(readFileSync(join(DATA, 'cdnow/CDNOW_master.txt'), 'utf8')).slice(1);
  return rfmRows(table.map(([id, date, , dollars]) => ({ id, day: dayOf(date), amount: Number(dollars), counts: true })));
}

function onlineRetail(): Row[] {
  const dir = join(DATA, 'online-retail/by-day');
  const lines: Parameters<typeof rfmRows>[0] = [];
  for (const file of readdirSync(dir).sort()) {
    const [, ...rows] = parseCsv(readFileSync(join(dir, file), 'utf8'));
    for (const [invoice, , , quantity, date, price, customer] of rows) {
      if (!customer) continue;
      // Cancellations (invoice "C...") reduce spend but are not purchases.
      lines.push({ id: customer, day: dayOf(date), amount: Number(quantity) * Number(price), counts: !invoice.startsWith('C') });
    }
  }
  return rfmRows(lines);
}

function run(label: string, rows: Row[], target: number): void {
  const options = { numeric: ['recency', 'frequency', 'monetary'], kRange: [2, 8] as [number, number], restarts: 5, seed: 1 };
  let result = clusterCustomers(rows, options);
  const ms = timeMs(() => {
    result = clusterCustomers(rows, options);
  }, 3);
  const sil = result.silhouetteByK.map((s) => `${s.k}:${s.silhouette.toFixed(3)}`).join(' ');
  report(`${label}: ${rows.length} customers, k=2..8 x 5 starts`, ms, `→ k=${result.k}, silhouette ${sil} (${result.silhouetteMethod}, ${result.silhouettePoints} pts)`, target);
  // Where the time goes.
  const { points } = buildFeatures(rows, options);
  const kmMs = timeMs(() => {
    for (let k = 2; k <= 8; k++) kMeans(points, k, { restarts: 5, seed: k });
  }, 3);
  report(`  ${label}: k-means only (35 runs)`, kmMs);
  const labels = kMeans(points, result.k, { seed: 1 }).labels;
  report(`  ${label}: one sampled silhouette (k=${result.k})`, timeMs(() => silhouetteScore(points, labels, result.k), 3));
}

export default async function bench(): Promise<void> {
  const cd = cdnow();
  run('CDNOW master', cd, 1000);
  const or = onlineRetail();
  run('Online Retail', or, 200);
}
