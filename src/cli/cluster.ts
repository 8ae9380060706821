/**
 * `node dist/cli.js cluster <file> --columns a,b,c [--k N] [--seed S] [--k-range 2-8] [--restarts 5]
 *   [--categorical city,channel] [--min-share 0.05] [--lang en|zh-TW|zh-CN|ms] [--format json|csv]`
 *
 * k-means on the chosen columns of a table (header names, letters or 1-based numbers), k chosen by
 * silhouette unless fixed. JSON: `{k, silhouette_by_k, assignments, centers, features, quality, warnings}`,
 * with cluster numbers 1-based (1 = largest) as `=CLUSTER` shows them; a row left out (empty or
 * non-numeric value) has `null`. CSV: one line per data row, `row,cluster`.
 */
import { clusterCustomers, clusterWarningText } from '../core/cluster';
import { langFromLocale } from '../core/i18n';
import type { CliCommand } from './command';
import { readTable, toCsv } from './io';
import { columnIndex } from './rfm';

const round = (x: number, d = 4) => Math.round(x * 10 ** d) / 10 ** d;

function list(value: string | true | undefined, flag: string): string[] {
  if (value === undefined) return [];
  if (value === true) throw new Error(`--${flag} needs a comma-separated list of columns`);
  return value.split(',').map((s) => s.trim()).filter(Boolean);
}

function wholeNumber(value: string | true | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value === true || !Number.isInteger(n)) throw new Error(`--${flag} must be a whole number, got "${String(value)}"`);
  return n;
}

export const clusterCommand: CliCommand = {
  summary: 'k-means clusters of chosen columns, k by silhouette (JSON: k, silhouette_by_k, assignments, centers)',
  async run(positional, flags) {
    const [file] = positional;
    if (!file) throw new Error('usage: cluster <file> --columns a,b,c [--k N] [--seed S] [--format json|csv]');
    const table = await readTable(file);
    const header = (table[0] ?? []).map(String);
    const pick = (spec: string, flag: string) => header[columnIndex(header, spec, flag)];
    const numeric = list(flags.columns, 'columns').map((c) => pick(c, 'columns'));
    const categorical = list(flags.categorical, 'categorical').map((c) => pick(c, 'categorical'));
    if (!numeric.length && !categorical.length) throw new Error('--columns is required: the number columns to cluster on, e.g. --columns recency,frequency,monetary');
    const rows = table.slice(1).map((line) => Object.fromEntries(header.map((h, j) => [h, line[j] instanceof Date ? null : (line[j] as string | number | null)])));
    let kRange: [number, number] | undefined;
    if (typeof flags['k-range'] === 'string') {
      const m = /^(\d+)\s*[-:.]+\s*(\d+)$/.exec(flags['k-range']);
      if (!m) throw new Error(`--k-range must look like 2-8, got "${flags['k-range']}"`);
      kRange = [Number(m[1]), Number(m[2])];
    }
    const minShare = flags['min-share'] === undefined ? undefined : Number(flags['min-share']);
    const result = clusterCustomers(rows, {
      numeric,
      categorical,
      k: wholeNumber(flags.k, 'k'),
      kRange,
      seed: wholeNumber(flags.seed, 'seed'),
      restarts: wholeNumber(flags.restarts, 'restarts'),
      minShare,
    });
    const lang = langFromLocale(typeof flags.lang === 'string' ? flags.lang : 'en');
    const assignments = result.assignments.map((c) => (c < 0 ? null : c + 1));
    if (flags.format === 'csv') {
      process.stdout.write(toCsv(assignments.map((cluster, i) => ({ row: i + 2, cluster }))));
      for (const w of result.warnings) process.stderr.write(`warning: ${clusterWarningText(w, lang)}\n`);
    } else {
      const out = {
        k: result.k,
        silhouette_by_k: result.silhouetteByK.map((s) => ({ k: s.k, silhouette: round(s.silhouette) })),
        silhouette: round(result.silhouette),
        silhouette_method: result.silhouetteMethod,
        assignments,
        features: result.features.map((f) => f.name),
        centers: result.centers.map((c) => c.map((v) => round(v))),
        quality: result.quality.map((q) => ({
          cluster: q.cluster + 1,
          size: q.size,
          share: round(q.share),
          too_small: q.tooSmall,
          spend_share: q.spendShare === null ? null : round(q.spendShare),
          silhouette: round(q.silhouette),
          nearest_cluster: q.nearestCluster + 1 || null,
        })),
        warnings: result.warnings.map((w) => clusterWarningText(w, lang)),
      };
      process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    }
    return 0;
  },
};
