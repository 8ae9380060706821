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
import { csvTable } from './csvCell';
import { CliError, defineCommand, LANG_FLAG, READ_FLAGS, UsageError } from './flags';
import { readFileTable } from './input';
import { columnIndex } from './rfm';

const round = (x: number, d = 4) => Math.round(x * 10 ** d) / 10 ** d;

function list(value: string | true | undefined, flag: string): string[] {
  if (value === undefined) return [];
  const items = String(value).split(',').map((s) => s.trim()).filter(Boolean);
  if (!items.length) throw new UsageError(`--${flag} needs a comma-separated list of columns, got "${String(value).slice(0, 60)}"`);
  return items;
}

export const clusterCommand: CliCommand = defineCommand({
  name: 'cluster',
  summary: 'k-means clusters of chosen columns, k by silhouette (JSON: k, silhouette_by_k, assignments, centers)',
  usage: 'cluster <file> --columns a,b,c [--categorical x,y] [--k N] [--k-range 2-8] [--seed S] [--restarts 5] [--min-share 0.05] [--lang en] [--format json|csv]',
  positional: [{ name: 'file', file: true }],
  flags: [
    { name: 'columns', kind: 'string' },
    { name: 'categorical', kind: 'string' },
    { name: 'k', kind: 'integer', min: 1, max: 50 },
    { name: 'k-range', kind: 'string' },
    { name: 'seed', kind: 'integer', min: 0, max: 2 ** 31 - 1 },
    { name: 'restarts', kind: 'integer', min: 1, max: 1000 },
    { name: 'min-share', kind: 'number', min: 0, max: 1 },
    LANG_FLAG,
    { name: 'format', kind: 'enum', values: ['json', 'csv'] },
    ...READ_FLAGS,
  ],
  async run(args) {
    const { flags } = args;
    const file = args.positional[0];
    if (args.str('k') !== undefined && args.str('k-range') !== undefined) throw new UsageError('--k and --k-range cannot be used together: --k fixes the number of clusters');
    const table = await readFileTable(file, args);
    const header = (table[0] ?? []).map(String);
    const pick = (spec: string, flag: string) => header[columnIndex(header, spec, flag)];
    const numeric = list(flags.columns, 'columns').map((c) => pick(c, 'columns'));
    const categorical = list(flags.categorical, 'categorical').map((c) => pick(c, 'categorical'));
    if (!numeric.length && !categorical.length) throw new UsageError('--columns is required: the number columns to cluster on, e.g. --columns recency,frequency,monetary');
    const rows = table.slice(1).map((line) => Object.fromEntries(header.map((h, j) => [h, line[j] instanceof Date ? null : (line[j] as string | number | null)])));
    let kRange: [number, number] | undefined;
    if (typeof flags['k-range'] === 'string') {
      const m = /^(\d+)\s*[-:.]+\s*(\d+)$/.exec(flags['k-range']);
      if (!m || Number(m[1]) < 1 || Number(m[2]) < Number(m[1]) || Number(m[2]) > 50) throw new UsageError(`--k-range must be two whole numbers low-high with 1 ≤ low ≤ high ≤ 50, e.g. 2-8, got "${flags['k-range'].slice(0, 60)}"`);
      kRange = [Number(m[1]), Number(m[2])];
    }
    let result: ReturnType<typeof clusterCustomers>;
    try {
      result = clusterCustomers(rows, { numeric, categorical, k: args.int('k'), kRange, seed: args.int('seed'), restarts: args.int('restarts'), minShare: args.num('min-share') });
    } catch (e) {
      // The clusterer's sentences say what in the data stops it (too few customers, no column varies).
      throw new CliError(`${file}: ${e instanceof Error ? e.message : String(e)}`);
    }
    const lang = langFromLocale(args.str('lang') ?? 'en');
    const assignments = result.assignments.map((c) => (c < 0 ? null : c + 1));
    if (flags.format === 'csv') {
      process.stdout.write(csvTable(assignments.map((cluster, i) => ({ row: i + 2, cluster }))));
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
});
