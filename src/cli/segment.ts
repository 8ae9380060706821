import { segmentReport } from './runReport';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CliCommand } from './command';
import { checkFlags, checkInputFile, defineCommand, LANG_FLAG, READ_FLAGS, UsageError, type CheckedArgs, type FlagSpec, type FlagValues } from './flags';
import { readFailure, readFileState } from './input';
import type { OpenedInput } from './io';
import { SEGMENT_LINES } from './messages';
import { checkOutputPath, writeAtomically } from './outputFile';
import { isOurWorkbook, writeXlsx } from './xlsxWriter';
import { format, langFromLocale, type Localized } from '../core/i18n';
import { dayFromDate } from '../core/days';
import { detectColumns, finishRead } from '../core/parse';
import { SEGMENT_BY } from '../core/pipeline/segmentBy';
import type { Lang } from '../core/types';
import type { Settings } from '../app/contract';
import { UserError } from '../app/messages';
import { readOptionsFor } from '../app/readOptions';
import { PRESETS } from '../app/rules';
import { parseRulesFile } from '../app/rulesFile';
import { defaultSettings, readSettings, type SettingsProblem } from '../app/settings';
import { segmentRun } from '../app/run';
import { checkCampaignsFolder, } from './campaignsExport';
import { ENGINE_HELP, segmentWithDuckDb } from './engineDuckdb';
import { segmentFiles } from './sources';

/** The flags of `segment` and `demo`. */
export const SEGMENT_FLAGS: FlagSpec[] = [
  { name: 'out', kind: 'output' },
  LANG_FLAG,
  { name: 'analysis-date', kind: 'date' },
  { name: 'bins', kind: 'integer', min: 2, max: 10 },
  { name: 'rules', kind: 'file' },
  { name: 'preset', kind: 'enum', values: [...PRESETS.map((p) => p.id), 'rfm'] },
  { name: 'currency', kind: 'string' },
  { name: 'date-order', kind: 'enum', values: ['dmy', 'mdy', 'ymd'] },
  { name: 'no-clv', kind: 'switch' },
  { name: 'marketing-spend', kind: 'number', min: 0 },
  { name: 'segment-by', kind: 'enum', values: SEGMENT_BY },
  { name: 'campaigns', kind: 'output', help: 'folder for one contact-import CSV per segment (Mailchimp, Klaviyo)' },
  { name: 'force', kind: 'switch', help: 'replace an existing output file this tool did not write' },
  { name: 'engine', kind: 'enum', values: ['default', 'duckdb'], help: ENGINE_HELP },
  ...READ_FLAGS,
];

/** The flag behind each setting, for messages. */
const FLAG_OF: Partial<Record<keyof Settings, string>> = {
  analysisDate: 'analysis-date',
  bins: 'bins',
  preset: 'preset',
  rules: 'rules',
  dateOrder: 'date-order',
  marketingSpend: 'marketing-spend',
  segmentBy: 'segment-by',
  lang: 'lang',
};

/** The notes `segment` adds on its flags, per language. */
const FLAG_NOTES = {
  rulesBins: { en: '{file} was written for {bins} score bins; --bins {flagBins} is used.', 'zh-TW': '{file} 是為 {bins} 個分數等級編寫的；改用 --bins {flagBins}。', 'zh-CN': '{file} 是为 {bins} 个分数等级编写的；改用 --bins {flagBins}。', ms: '{file} ditulis untuk {bins} tahap skor; --bins {flagBins} digunakan.' },
  rulesWarning: { en: '{file}: {warning}', 'zh-TW': '{file}：{warning}', 'zh-CN': '{file}：{warning}', ms: '{file}: {warning}' },
  currencyCut: { en: '--currency is cut to 8 characters: "{currency}"', 'zh-TW': '--currency 已截為 8 個字元：「{currency}」', 'zh-CN': '--currency 已截为 8 个字符：“{currency}”', ms: '--currency dipotong kepada 8 aksara: "{currency}"' },
} satisfies Record<string, Localized>;

/** Settings from CLI flags (already checked), read the way the sidebar's are; notes go to `notes`. */
export function settingsFromFlags(args: CheckedArgs, lang: Lang, notes: string[]): Settings {
  const s = defaultSettings();
  const rulesFile = args.str('rules');
  let rules: Settings['rules'] = null;
  let bins = args.int('bins');
  if (rulesFile) {
    if (args.str('preset')) throw new UsageError('--rules and --preset cannot be used together: the rules file replaces the preset');
    let parsed: ReturnType<typeof parseRulesFile>;
    try {
      parsed = parseRulesFile(readFileSync(rulesFile, 'utf8'), lang);
    } catch (e) {
      if (e instanceof UserError) throw new UsageError(`--rules ${rulesFile}: ${e.message}`);
      throw e;
    }
    rules = parsed.rules as Settings['rules'];
    if (bins === undefined && parsed.bins !== null) bins = parsed.bins;
    else if (bins !== undefined && parsed.bins !== null && parsed.bins !== bins) notes.push(format(FLAG_NOTES.rulesBins, lang, { file: rulesFile, bins: parsed.bins, flagBins: bins }));
    notes.push(...parsed.warnings.map((warning) => format(FLAG_NOTES.rulesWarning, lang, { file: rulesFile, warning })));
  }
  const preset = args.str('preset') === 'rfm' ? 'rfm-package' : args.str('preset');
  const { settings, problems } = readSettings({
    ...s,
    bins: bins ?? s.bins,
    analysisDate: args.str('analysis-date') ?? null,
    preset: preset ?? s.preset,
    rules,
    currency: args.str('currency') ?? '',
    dateOrder: args.str('date-order') ?? null,
    fitClv: args.on('no-clv') ? false : s.fitClv,
    marketingSpend: args.num('marketing-spend') ?? null,
    segmentBy: args.str('segment-by') ?? 'rfm',
  });
  // The flags were checked, so a problem here is a value readSettings refuses that the flag check let through: say so, never run on a default.
  if (problems.length) throw new UsageError(problems.map((p: SettingsProblem) => (p.kind === 'badRule' ? `--rules ${rulesFile}: rule ${p.n} is not valid` : `--${FLAG_OF[p.setting] ?? p.setting} is not valid, got "${p.value}"`)).join('; '));
  if (args.str('currency') !== undefined && args.str('currency') !== settings.currency) notes.push(format(FLAG_NOTES.currencyCut, lang, { currency: settings.currency }));
  return settings;
}

export const argsOf = (flags: FlagValues): CheckedArgs => {
  const str = (n: string) => (typeof flags[n] === 'string' ? (flags[n] as string) : undefined);
  const num = (n: string) => (str(n) === undefined ? undefined : Number(str(n)));
  return { positional: [], flags, str, int: num, num, on: (n) => flags[n] === true };
};

/** Every row of the input, in file order (a fresh pass over the file). */
/**
 * What `segment` does before reading, for one file or several: the output and campaign-folder
 * checks against every input (the rules file too), the settings from the flags with their notes,
 * the run day, and the reader of one input with those settings.
 */
export async function segmentSetup(files: readonly string[], out: string, args: CheckedArgs, lang: Lang) {
  const rulesFile = args.str('rules');
  const inputs = [...files, ...(rulesFile ? [rulesFile] : [])];
  await checkOutputPath(out, { flag: '--out', inputs, extensions: ['.xlsx'], force: args.on('force'), isOurs: isOurWorkbook, lang });
  const campaignsDir = args.str('campaigns');
  if (campaignsDir) checkCampaignsFolder(campaignsDir, { out, force: args.on('force'), lang });
  const notes: string[] = [];
  const settings = settingsFromFlags(args, lang, notes);
  const runDay = dayFromDate(new Date(), () => 0);
  const readFile = (file: string) => readFileState(file, args, (firstRows) => readOptionsFor(settings, detectColumns(firstRows), { today: runDay }));
  return { inputs, campaignsDir, notes, settings, runDay, readFile };
}

/** The rows of an opened input, from a second pass over the file (for its copy in the workbook). */
export function* rowsOf(input: OpenedInput): Generator<readonly unknown[]> {
  for (const batch of input.batches()) yield* batch.rows;
}

/** Runs the add-on's run (the app layer's segmentRun) on a file and writes the output tabs to an .xlsx workbook. */
export async function segmentFile(file: string, out: string, rawFlags: Record<string, string | true>): Promise<string> {
  const args = argsOf(checkFlags(rawFlags, SEGMENT_FLAGS, 'segment'));
  const lang: Lang = langFromLocale(args.str('lang') ?? 'en');
  checkInputFile(file, undefined, lang);
  if (args.str('engine') === 'duckdb') {
    const duckNotes: string[] = [];
    return segmentWithDuckDb(file, out, args, settingsFromFlags(args, lang, duckNotes), lang, duckNotes);
  }
  const { inputs, campaignsDir, notes, settings, runDay, readFile } = await segmentSetup([file], out, args, lang);
  const { state, input } = await readFile(file);
  let run: ReturnType<typeof segmentRun>;
  try {
    run = segmentRun({ state, settings, lang, runDay });
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    // No customer could be segmented: show why, with the data-quality report itself.
    const read = finishRead(state);
    if (!read.errors.length) throw e;
    throw readFailure(file, read.errors, read.quality.issues, lang);
  }
  // The source rows are copied into the workbook from a second pass over the file, never held in memory.
  const written = await writeAtomically(out, (tmp) => writeXlsx(tmp, run.tabs, { currency: run.currency, lang, extraSheets: [{ name: format(SEGMENT_LINES.sourceSheet, lang), rows: rowsOf(input) }] }));
  return segmentReport(run, { out, lang, notes, written, campaignsDir, inputs });
}

export const segmentCommand: CliCommand = defineCommand({
  name: 'segment',
  summary: 'segment <file.csv|.xlsx> --out <file.xlsx> [--lang en|zh-TW|zh-CN|ms] [--analysis-date YYYY-MM-DD] [--bins 5] [--rules rules.json] [--segment-by rfm|clusters|both] [--campaigns DIR] [--force] [--engine duckdb]',
  usage: 'segment <file.csv|.xlsx> [more files: orders and customer lists] --out <file.xlsx> [--lang en|zh-TW|zh-CN|ms] [--analysis-date YYYY-MM-DD] [--bins 2-10] [--rules rules.json | --preset shopify|rfm-package] [--segment-by rfm|clusters|both] [--marketing-spend N] [--no-clv] [--campaigns DIR] [--force] | segment <file.csv> --engine duckdb --out <file.xlsx|.csv|.json> (.csv/.json: Segments rows and Segment summary only)',
  positional: [{ name: 'file', file: true }],
  // Several files (orders and customer lists, told apart by their columns) are one customer base: cli/sources.ts.
  variadic: true,
  flags: SEGMENT_FLAGS.map((f) => (f.name === 'out' ? { ...f, required: true } : f)),
  async run({ positional, flags }) {
    if (positional.length > 1) {
      process.stdout.write(`${await segmentFiles(positional, flags.out as string, flags)}\n`);
      return 0;
    }
    process.stdout.write(`${await segmentFile(positional[0], flags.out as string, flags)}\n`);
    return 0;
  },
});

/** `npm run demo`: the sample shop bundled in the repo, written to artifacts/sample-shop-segments.xlsx. */
export const demoCommand: CliCommand = defineCommand({
  name: 'demo',
  summary: 'demo  runs "Segment my customers" on the bundled sample shop and writes artifacts/sample-shop-segments.xlsx',
  usage: 'demo [--out file.xlsx] [segment options]',
  positional: [],
  flags: SEGMENT_FLAGS,
  async run({ flags }) {
    const root = process.cwd();
    const out = typeof flags.out === 'string' ? flags.out : join(root, 'artifacts', 'sample-shop-segments.xlsx');
    process.stdout.write(`${await segmentFile(join(root, 'scripts', 'sample-shop', 'orders.csv'), out, flags)}\n`);
    return 0;
  },
});
