/**
 * KPI custom functions over 10,000 rows in one call each, through the Apps Script harness
 * (dist/Code.js in a V8 context like Apps Script's). Target from issue 6: ≤ 200 ms per call.
 */
import { loadAddOn } from '../../test/harness';
import { report, timeMs } from './_util';

const N = 10_000;
const TARGET_MS = 200;

/** A deterministic pseudo-random sequence (LCG), so runs are comparable. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export default async function bench(): Promise<void> {
  const addon = loadAddOn();
  const r = rng(42);
  const column = (f: (i: number) => unknown) => Array.from({ length: N }, (_, i) => [f(i)]);
  const start = Date.UTC(2023, 0, 1);
  const ids = column((i) => `C${(i * 7919) % 2000}`);
  const dates = column(() => new Date(start + Math.floor(r() * 540) * 86_400_000));
  const amounts = column(() => Math.round(r() * 20_000) / 100);
  const visitors = column(() => 1000 + Math.floor(r() * 9000));
  const conversions = visitors.map(([v]) => [Math.floor((v as number) * r() * 0.1)]);
  const clicks = visitors.map(([v]) => [Math.floor((v as number) * r() * 0.05)]);
  const impressions = visitors.map(([v]) => [(v as number) * 20]);
  const atStart = column(() => 500 + Math.floor(r() * 500));
  const newCustomers = column(() => 1 + Math.floor(r() * 100));
  const atEnd = atStart.map(([s], i) => [Math.floor((s as number) * (0.5 + r() * 0.5)) + (newCustomers[i][0] as number)]);
  const margin = column(() => 0.2 + r() * 0.5);
  const channels = column((i) => ['Facebook', 'Google', 'SEO', 'Email', 'LINE'][i % 5]);
  const types = channels.map(([c]) => [c === 'SEO' || c === 'Email' ? 'organic' : 'paid']);

  const cases: [string, unknown[]][] = [
    ['CLTV', [amounts, column(() => 1 + r() * 10), column(() => 1 + r() * 5), margin, newCustomers]],
    ['CLTV_RETENTION', [amounts, column(() => r() * 10), column(() => r() * 0.9), 0.1, newCustomers]],
    ['CLTV_HISTORIC', [ids, dates, amounts, 0.4, 0.05]],
    ['CAC (per row)', [amounts, newCustomers]],
    ['CAC (per channel, organic/paid)', [amounts, newCustomers, channels, types]],
    ['LTV_CAC_RATIO', [amounts, newCustomers]],
    ['CAC_PAYBACK', [amounts, newCustomers, margin]],
    ['CONVERSION_RATE', [conversions, visitors]],
    ['CTR', [clicks, impressions]],
    ['AD_FUNNEL', [impressions, clicks, column((i) => Math.min(clicks[i][0] as number, conversions[i][0] as number)), amounts]],
    ['REPURCHASE_RATE', [ids, dates]],
    ['RETENTION_RATE', [atStart, atEnd, newCustomers]],
    ['CHURN_RATE', [atStart, atEnd, newCustomers]],
    ['AOV', [amounts, column((i) => `O${Math.floor(i / 3)}`)]],
    ['NPS', [column(() => Math.floor(r() * 11))]],
    ['CSAT', [column(() => 1 + Math.floor(r() * 5))]],
    ['AB_TEST (single test)', [1200, 24_000, 1320, 23_800]],
  ];
  for (const [label, args] of cases) {
    const name = label.split(' ')[0];
    const ms = timeMs(() => addon.callCustomFunction(name, ...args), 5, 1);
    report(`${label}${label.startsWith('AB_TEST') ? '' : ` × ${N.toLocaleString('en')} rows`}`, ms, '', TARGET_MS);
  }
}
