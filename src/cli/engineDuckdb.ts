/**
 * `node dist/cli.js segment FILE.csv --engine duckdb --out OUT.xlsx|OUT.csv|OUT.json`: a CSV file
 * read by embedded DuckDB (@duckdb/node-api) in SQL, for exports far beyond what the TypeScript
 * reader holds comfortably, with the columns the add-on's detection finds in its first rows.
 *
 * OUT.xlsx: the same tabs as the default engine (engineDuckdbRead.ts turns the per-order rows of
 * src/core/sql/linesSql.ts into the add-on's read; the app layer's `segmentRead` does the rest).
 * OUT.csv / OUT.json: the Segments rows and the Segment summary as `rfm --format csv` prints them
 * (customers, a blank line, the summary; JSON: `{customers, summary}`), all in {@link rfmSql}'s one
 * query (the same scores and segments as the core, within what its JSDoc covers).
 */
import { segmentReport } from './runReport';
import { writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { dayFromDate, dayFromIso, isoFromDay } from '../core/days';
import { format } from '../core/i18n';
import { detectColumns, type Detection } from '../core/parse';
import { OTHERS_ID, segmentName, type SegmentRule } from '../core/rfm';
import { rfmSql, type RfmSqlRow } from '../core/sql';
import type { Lang } from '../core/types';
import type { Settings } from '../app/contract';
import { runRules } from '../app/rules';
import { csvTable } from './csvCell';
import { CliError, UsageError, type CheckedArgs } from './flags';
import { isWorkbookPath, openInput, type Table } from './io';
import { SEGMENT_LINES } from './messages';
import { checkOutputPath, writeAtomically } from './outputFile';
import { round, summaryRecords } from './rfm';
import { segmentRead } from '../app/run';
import { analysisDayOf } from '../app/readOptions';
import { checkCampaignsFolder, } from './campaignsExport';
import { duckdbRead, literal } from './engineDuckdbRead';
import { ENGINE_LINES } from './engineDuckdbMessages';
import { isOurWorkbook, writeXlsx } from './xlsxWriter';

/** The package that runs the queries: a devDependency, so loaded only when `--engine duckdb` asks for it. */
const DUCKDB_PACKAGE = '@duckdb/node-api';

/** What `--engine duckdb` writes, for the help text. */
export const ENGINE_HELP = 'default: the add-on reader; duckdb: a UTF-8 CSV file read by embedded DuckDB in SQL (npm install @duckdb/node-api), --out OUT.xlsx gets the same tabs, OUT.csv|.json the Segments rows and the Segment summary as `rfm --format csv` prints them';

/** Flags of `segment` that `--engine duckdb` cannot honour (DuckDB reads UTF-8 CSV files): refused, never silently dropped. */
const NOT_WITH_DUCKDB = ['sheet', 'encoding'];

/** Flags that only the workbook output uses: refused with OUT.csv or OUT.json. */
const WORKBOOK_ONLY = ['campaigns', 'segment-by', 'marketing-spend', 'currency'];

/** Opens an in-memory DuckDB; exit 2 with how to install the package when it is missing. `specifier` is for tests. */
export async function openDuckDb(specifier = DUCKDB_PACKAGE): Promise<DuckDBConnection> {
  let api: typeof import('@duckdb/node-api');
  try {
    // A variable specifier, so the bundler leaves the native package out of dist/cli.js.
    api = (await import(specifier)) as typeof import('@duckdb/node-api');
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') throw new UsageError(`--engine duckdb needs the package ${DUCKDB_PACKAGE}, which is not installed; install it with: npm install ${DUCKDB_PACKAGE}`);
    throw e;
  }
  return (await api.DuckDBInstance.create(':memory:')).connect();
}


/** The header and first rows of a text file, as the CLI's reader gives them to the detection. */
function firstRowsOf(file: string, lang: Lang): Promise<Table> {
  return openInput(file, { lang }).then((input) => {
    for (const batch of input.batches()) return batch.rows;
    return [];
  });
}

/** The reader's columns for the SQL, or why this file needs the default engine. */
function sqlColumns(detection: Detection, duckNames: readonly string[], file: string) {
  const roles = detection.roles;
  const hint = 'leave out --engine duckdb to use the add-on reader';
  if (detection.headerRow !== 0) throw new CliError(`${file}: --engine duckdb needs the header on the first line; ${hint}`);
  if (detection.shape !== 'transactions' || detection.amountFrom !== 'amount' || roles.customerId === undefined || roles.orderDate === undefined || roles.amount === undefined) {
    throw new CliError(`${file}: --engine duckdb needs one order line per row with a customer, an order date and an amount column (found: ${detection.columns.filter((c) => c.role).map((c) => `${c.header} = ${c.role}`).join(', ') || 'none'}); ${hint}`);
  }
  if (roles.status !== undefined || roles.cancelledAt !== undefined) throw new CliError(`${file}: has an order status or cancellation column, which --engine duckdb does not apply; ${hint}`);
  if (duckNames.length !== detection.width) throw new CliError(`${file}: DuckDB reads ${duckNames.length} columns where the add-on reader finds ${detection.width}; ${hint}`);
  const name = (col: number) => duckNames[col];
  return { customer: name(roles.customerId), date: name(roles.orderDate), amount: name(roles.amount), ...(roles.orderId === undefined ? {} : { order: name(roles.orderId) }) };
}

/** Text from the SQL up to its final SELECT, to query its CTEs (`kept`); null if the text is not as expected. */
function ctesOf(sql: string): string | null {
  const at = sql.indexOf('\nSELECT customer_id, recency_days');
  return at > 0 ? sql.slice(0, at) : null;
}



/** The customers and segment summary DuckDB computes for a CSV file with these settings. */
export async function duckdbSegmentation(file: string, settings: Settings, lang: Lang, connection?: DuckDBConnection) {
  const db = connection ?? (await openDuckDb());
  const rows = async (sql: string) => {
    try {
      return (await db.runAndReadAll(sql)).getRowObjectsJS();
    } catch (e) {
      throw new CliError(`${file}: DuckDB could not read it: ${(e as Error).message.split('\n')[0]}; leave out --engine duckdb to use the add-on reader`);
    }
  };
  const from = `read_csv(${literal(file)}, header = true, all_varchar = true)`;
  const duckNames = (await rows(`DESCRIBE SELECT * FROM ${from}`)).map((r) => String(r.column_name));
  const columns = sqlColumns(detectColumns(await firstRowsOf(file, lang)), duckNames, file);
  const rules: SegmentRule[] = runRules(settings);
  const base = { dialect: 'duckdb' as const, from, columns, bins: settings.bins, rules, lang };
  // No --analysis-date: the day after the last order up to today, as the default engine counts it.
  let analysisDate = settings.analysisDate;
  if (!analysisDate) {
    const ctes = ctesOf(rfmSql({ ...base, analysisDate: isoFromDay(dayFromDate(new Date(), () => 0)) }));
    if (!ctes) throw new UsageError('--engine duckdb needs --analysis-date YYYY-MM-DD');
    const [last] = await rows(`${ctes}\nSELECT CAST(MAX(order_date) AS VARCHAR) AS day FROM kept`);
    if (last?.day === null || last?.day === undefined) throw new CliError(`${file}: no order with a customer, a date and an amount on or before today`);
    analysisDate = isoFromDay((dayFromIso(String(last.day)) as number) + 1);
  }
  const customers = (await rows(rfmSql({ ...base, analysisDate }))).map(
    (r): RfmSqlRow => ({
      customer_id: String(r.customer_id),
      recency_days: Number(r.recency_days),
      frequency: Number(r.frequency),
      monetary: round(Number(r.monetary)),
      r: Number(r.r),
      f: Number(r.f),
      m: Number(r.m),
      rfm_score: String(r.rfm_score),
      segment: String(r.segment),
    }),
  );
  if (!customers.length) throw new CliError(`${file}: no customer has an order with a date and an amount on or before ${analysisDate}`);
  const idOf = new Map<string, string>([...rules.map((r) => r.id), OTHERS_ID].map((id) => [segmentName(id, rules, lang), id]));
  const segmented = customers.map((c) => ({ segment: idOf.get(c.segment) ?? c.segment, recencyDays: c.recency_days, frequency: c.frequency, monetary: c.monetary, r: c.r, f: c.f, m: c.m }));
  const summary = summaryRecords(segmented, rules, lang);
  return { analysisDate, customers, summary, notes: [] as string[] };
}

/** `segment --engine duckdb`: checks the flags and paths, runs the queries, writes OUT.xlsx (the workbook), OUT.csv or OUT.json and returns the lines to print. */
export async function segmentWithDuckDb(file: string, out: string, args: CheckedArgs, settings: Settings, lang: Lang, notes: string[]): Promise<string> {
  const useDefault = format(ENGINE_LINES.useDefault, lang);
  if (isWorkbookPath(file)) throw new UsageError(format(ENGINE_LINES.workbookInput, lang, { file, useDefault }));
  const refused = NOT_WITH_DUCKDB.filter((f) => args.flags[f] !== undefined);
  if (refused.length) throw new UsageError(`${format(ENGINE_LINES.flagsRefused, lang, { flags: refused.map((f) => `--${f}`).join(', ') })}; ${useDefault}`);
  const workbook = extname(out).toLowerCase() === '.xlsx';
  const needBook = WORKBOOK_ONLY.filter((f) => args.flags[f] !== undefined && !(f === 'segment-by' && args.str(f) === 'rfm'));
  if (!workbook && needBook.length) throw new UsageError(format(ENGINE_LINES.csvOnlyFlags, lang, { flags: needBook.map((f) => `--${f}`).join(', ') }));
  const rulesFile = args.str('rules');
  const inputs = [file, ...(rulesFile ? [rulesFile] : [])];
  await checkOutputPath(out, { flag: '--out', inputs, extensions: ['.xlsx', '.csv', '.json'], force: args.on('force'), isOurs: workbook ? isOurWorkbook : undefined, lang });
  if (workbook) return duckdbWorkbook(file, out, args, settings, lang, notes, inputs);
  const result = await duckdbSegmentation(file, settings, lang);
  const text = extname(out).toLowerCase() === '.json' ? `${JSON.stringify({ analysisDate: result.analysisDate, customers: result.customers, summary: result.summary }, null, 2)}\n` : `${csvTable(result.customers)}\n${csvTable(result.summary)}`;
  await writeAtomically(out, async (tmp) => writeFileSync(tmp, text));
  return [
    `DuckDB: ${result.customers.length.toLocaleString('en-US')} customers in ${result.summary.length} segments, analysis date ${result.analysisDate}`,
    ...result.summary.map((s) => `  ${s.segment.padEnd(22)} ${format(SEGMENT_LINES.segment, lang, { customers: String(s.customers).padStart(6), share: (s.revenue_share * 100).toFixed(1).padStart(5) })}`),
    ...[...notes, ...result.notes].map((note) => format(SEGMENT_LINES.note, lang, { note })),
    format(ENGINE_LINES.wroteCsv, lang, { file: out }),
  ].join('\n');
}

/**
 * The workbook: DuckDB reads the file into the add-on's `ReadResult` (engineDuckdbRead.ts), the
 * app layer's `segmentRead` makes the run, and it is written as `segment` writes it: the same tabs,
 * CLV fitted in TypeScript on the customer summary. The source rows are not copied into an Orders
 * tab (a file this engine is for holds more rows than a sheet can).
 */
async function duckdbWorkbook(file: string, out: string, args: CheckedArgs, settings: Settings, lang: Lang, notes: string[], inputs: string[]): Promise<string> {
  const campaignsDir = args.str('campaigns');
  if (campaignsDir) checkCampaignsFolder(campaignsDir, { out, force: args.on('force'), lang });
  const runDay = dayFromDate(new Date(), () => 0);
  const lastDay = analysisDayOf(settings, runDay);
  const db = await openDuckDb();
  const detection = detectColumns(await firstRowsOf(file, lang));
  const read = await duckdbRead(db, { file, detection, lastDay: lastDay === undefined ? null : isoFromDay(lastDay), dateOrder: settings.dateOrder, lang });
  const run = segmentRead(read, { settings, lang, runDay });
  const written = await writeAtomically(out, (tmp) => writeXlsx(tmp, run.tabs, { currency: run.currency, lang }));
  const noCopy = format(ENGINE_LINES.noOrdersCopy, lang, { rows: read.quality.rowsRead.toLocaleString('en-US') });
  return segmentReport(run, { out, lang, notes, written: [...written, noCopy], campaignsDir, inputs });
}
