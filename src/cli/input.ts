/**
 * The CLI commands' one way to read their input file and to say why it cannot be analysed.
 */
import { langFromLocale } from '../core/i18n';
import { finishStarted, localize, startReading, type QualityIssue, type ReadOptions as CoreReadOptions, type ReadState, type StartedRead } from '../core/parse';
import { qualityItems } from '../core/report/qualityTab';
import type { Lang } from '../core/types';
import { CliError, type CheckedArgs } from './flags';
import { openInput, readTable, type OpenedInput, type Table } from './io';
import { readMessage } from './messages';
import { readInParallel } from './parallelRead';

/**
 * Reads `file` with the `--sheet`, `--encoding` and `--lang` flags (READ_FLAGS, declared by every
 * reading command) through io.ts's reader, which writes its notes to stderr and throws a
 * `ReadError` naming the file when it cannot read it. A file with no non-blank cell is refused here.
 */
export async function readFileTable(file: string, args: Pick<CheckedArgs, 'str'>): Promise<Table> {
  const lang = langFromLocale(args.str('lang') ?? 'en');
  const table = await readTable(file, { sheet: args.str('sheet'), encoding: args.str('encoding'), lang });
  refuseEmpty(table, file, lang);
  return table;
}

/** Refuses rows without one non-blank cell: the file has neither a header nor data. */
export function refuseEmpty(rows: Table, file: string, lang: Lang): void {
  if (!rows.some((row) => row.some((c) => String(c ?? '').trim() !== ''))) throw new CliError(readMessage('noRows', lang, { file }));
}

/** A file read into the add-on's reading state, and the file opened (to read its rows again, for a copy). */
export interface FileState {
  state: ReadState;
  /** The header and first rows, as the column detection saw them. */
  firstRows: Table;
  input: OpenedInput;
}

/**
 * Reads `file` in batches straight into the add-on's reader (the sidebar's chunked read, in one
 * process): memory grows with orders and customers, not with rows, so files far beyond a sheet's
 * size are read. `optionsFor` sees the header and first rows (the detection sample) and gives the
 * reader's options. Notes go to stderr; an empty file is refused as by {@link readFileTable}.
 */
export async function readFileState(file: string, args: Pick<CheckedArgs, 'str'>, optionsFor: (firstRows: Table) => CoreReadOptions): Promise<FileState> {
  const lang = langFromLocale(args.str('lang') ?? 'en');
  const readOptions = { sheet: args.str('sheet'), encoding: args.str('encoding'), lang };
  const input = await openInput(file, readOptions);
  // The first rows are checked before the command sees them, on either path.
  const checkedOptions = (firstRows: Table) => {
    refuseEmpty(firstRows, file, lang);
    return optionsFor(firstRows);
  };
  // A big UTF-8 text file is read on several threads; anything else (or a cut inside a record) on one.
  const threads = args.str('threads') === undefined ? undefined : Number(args.str('threads'));
  const parallel = readOptions.encoding || readOptions.sheet ? null : await readInParallel(file, readOptions, checkedOptions, threads);
  if (parallel) {
    for (const note of parallel.info.notes) process.stderr.write(`${note}\n`);
    return { state: parallel.state, firstRows: parallel.firstRows, input };
  }
  // The first batch detects the columns; the batches after it are read on by the same reader.
  let started: StartedRead | null = null;
  let firstRows: Table = [];
  for (const batch of input.batches()) {
    if (!started) {
      firstRows = batch.rows;
      started = startReading(batch.rows, { ...checkedOptions(firstRows), firstSheetRow: batch.firstRow });
    } else started.reader.read(batch.rows, batch.firstRow);
  }
  for (const note of input.info.notes) process.stderr.write(`${note}\n`);
  if (!started) throw new CliError(readMessage('noRows', lang, { file }));
  return { state: finishStarted(started), firstRows, input };
}

/** The data-quality report as lines, the same items as the Data quality tab. */
export function qualityReportLines(issues: readonly QualityIssue[], lang: Lang): string[] {
  const mark = { error: 'x', warning: '!', info: 'i' } as const;
  return qualityItems(issues, lang).map((q) => `  ${mark[q.severity]} ${q.message}${q.rows.length ? readMessage('qualityRows', lang, { rows: `${q.rows.slice(0, 10).join(', ')}${q.count > q.rows.length ? ', …' : ''}` }) : ''}`);
}

/** Why a file cannot be analysed, followed by the data-quality report (not a pointer to one that is not shown). */
export function readFailure(file: string, errors: readonly Parameters<typeof localize>[0][], issues: readonly QualityIssue[], lang: Lang): CliError {
  const reasons = errors.map((e) => localize(e, lang).replace(/: see the data-quality report for the reasons$/, ': the data-quality report below gives the reasons'));
  const report = qualityReportLines(issues, lang);
  return new CliError([`${file}: ${reasons.join(' ')}`, ...(report.length ? [readMessage('qualityReport', lang), ...report] : [])].join('\n'));
}
