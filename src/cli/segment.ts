import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { CliCommand } from './command';
import { readTable } from './io';
import { writeXlsx } from './xlsxWriter';
import { langFromLocale } from '../core/i18n';
import { dayFromDate } from '../core/days';
import type { Lang } from '../core/types';
import { defaultSettings, readSettings } from '../app/settings';
import { segmentTable } from '../app/run';

/** Settings from CLI flags, read the way the sidebar's are. */
function settingsFromFlags(flags: Record<string, string | true>) {
  const s = defaultSettings();
  const str = (k: string) => (typeof flags[k] === 'string' ? (flags[k] as string) : undefined);
  const rulesFile = str('rules');
  const rules = rulesFile ? (JSON.parse(readFileSync(rulesFile, 'utf8')) as { rules?: unknown[] } | unknown[]) : null;
  return readSettings({
    ...s,
    bins: str('bins') ? Number(str('bins')) : s.bins,
    analysisDate: str('analysis-date') ?? null,
    preset: str('preset') ?? s.preset,
    rules: rules ? (Array.isArray(rules) ? rules : (rules.rules ?? null)) : null,
    currency: str('currency') ?? '',
    dateOrder: str('date-order') ?? null,
    fitClv: flags['no-clv'] ? false : s.fitClv,
    marketingSpend: str('marketing-spend') ? Number(str('marketing-spend')) : null,
    segmentBy: str('segment-by') ?? 'rfm',
  });
}

/** Runs the add-on's run (the app layer's segmentRun) on a file and writes the output tabs to an .xlsx workbook. */
export async function segmentFile(file: string, out: string, flags: Record<string, string | true>): Promise<string> {
  const { settings, problems } = settingsFromFlags(flags);
  const lang: Lang = langFromLocale(typeof flags.lang === 'string' ? flags.lang : 'en');
  const values = await readTable(file);
  const runDay = dayFromDate(new Date(), () => 0);
  const run = segmentTable(values, { settings, lang, runDay, settingsProblems: problems });
  mkdirSync(dirname(out), { recursive: true });
  await writeXlsx(out, run.tabs, { currency: settings.currency, extraSheets: [{ name: 'Orders', rows: values }] });
  const lines = [
    run.summary,
    ...run.segments.map((s) => `  ${s.name.padEnd(22)} ${String(s.customers).padStart(6)} customers  ${(s.revenueShare * 100).toFixed(1).padStart(5)} % of revenue`),
    ...run.warnings.map((w) => `Note: ${w}`),
    `Wrote ${run.tabs.map((t) => t.name).join(', ')} to ${out}`,
  ];
  return lines.join('\n');
}

export const segmentCommand: CliCommand = {
  summary: 'segment <file.csv|.xlsx> --out <file.xlsx> [--lang en|zh_TW|zh_CN|ms] [--analysis-date YYYY-MM-DD] [--bins 5] [--rules rules.json] [--segment-by rfm|clusters|both]',
  async run(positional, flags) {
    const [file] = positional;
    if (!file || typeof flags.out !== 'string') {
      process.stderr.write('Usage: node dist/cli.js segment <file.csv|.xlsx> --out <file.xlsx>\n');
      return 2;
    }
    process.stdout.write(`${await segmentFile(file, flags.out, flags)}\n`);
    return 0;
  },
};

/** `npm run demo`: the sample shop bundled in the repo, written to artifacts/sample-shop-segments.xlsx. */
export const demoCommand: CliCommand = {
  summary: 'demo  runs "Segment my customers" on the bundled sample shop and writes artifacts/sample-shop-segments.xlsx',
  async run(_positional, flags) {
    const root = process.cwd();
    const out = typeof flags.out === 'string' ? flags.out : join(root, 'artifacts', 'sample-shop-segments.xlsx');
    process.stdout.write(`${await segmentFile(join(root, 'scripts', 'sample-shop', 'orders.csv'), out, flags)}\n`);
    return 0;
  },
};
