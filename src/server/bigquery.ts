/**
 * The sidebar's BigQuery calls: "Export SQL for BigQuery" (no new scope: it only reads this sheet's
 * header and sample) and the opt-in "Run in BigQuery" through Connected Sheets, in steps so no call
 * nears Apps Script's 6-minute limit: `runInBigQuery` starts the query and waits up to
 * {@link FIRST_WAIT_S} s; while it still runs the sidebar calls `pollBigQueryRun`, each waiting up to
 * {@link POLL_WAIT_S} s, at most {@link MAX_POLLS} times. The finished rows become the same tabs a
 * normal run writes (src/app/bigqueryRun.ts). Every failure deletes the temporary data source sheet
 * and leaves the workbook as it was.
 */
import { format } from '../core/i18n';
import { dayFromDate, isoFromDay } from '../core/days';
import { detectColumns } from '../core/parse';
import { LANGS, type Lang } from '../core/types';
import type { BigQueryAccess, BigQueryExport, BigQueryStep } from '../app/bigqueryContract';
import { BIGQUERY_MESSAGES } from '../app/bigqueryMessages';
import type { PackedRow } from '../app/bigqueryRead';
import { bigQueryRun } from '../app/bigqueryRun';
import { MAX_PARTS, packedRunSql, sqlColumnsOf, sqlOptionsFor } from '../app/bigquerySql';
import { rfmSql } from '../core/sql';
import { parseBigQueryTable, projectProblem } from '../app/bigqueryTable';
import type { RunSummary, Settings } from '../app/contract';
import { SERVER_MESSAGES, UserError } from '../app/messages';
import { previousRunOf } from '../app/previousRun';
import { runRules } from '../app/rules';
import { normaliseSettings, readSettings } from '../app/settings';
import { activeBook as book } from '../sheets/book';
import { hasBigQueryScope, readBigQueryColumns, removeBigQuerySheet, removeLeftoverBigQuerySheets, requireBigQueryScope, startBigQuery, waitForBigQuery } from '../sheets/bigquery';
import { replaceOutputTabs } from '../sheets/outputTabs';
import { readPreviousRun } from '../sheets/previousRun';
import { withDocumentLock } from '../sheets/runControl';
import { storeSettings } from '../sheets/settingsStore';
import { readSample, sourceSheet } from '../sheets/source';
import { sheetZoneOffset } from '../sheets/zone';
import { newRunId } from '../sheets/session';
import { refuseOverCellLimit, runLang, runSummaryOf } from './run';

/** Seconds the first call waits for the query, and each poll: both well inside the 360-second limit with the writing after. */
export const FIRST_WAIT_S = 120;
export const POLL_WAIT_S = 240;
/** Polls before giving up: with the first wait, about 18 minutes in all. */
export const MAX_POLLS = 4;

const today = () => isoFromDay(dayFromDate(new Date(), sheetZoneOffset(book().getSpreadsheetTimeZone())));

/** The source sheet's columns for the SQL and the options to write it with, or the sentence saying why not. */
function sqlSource(settings: Settings, lang: Lang) {
  const sample = readSample(sourceSheet(settings.sourceSheet, lang), lang);
  return sqlColumnsOf(sample, detectColumns(sample), settings, lang);
}

/** "Export SQL for BigQuery": the SQL of this workbook's settings for the typed table (nothing is stored or sent). */
export function exportBigQuerySql(rawSettings: Settings, table: string): BigQueryExport {
  const settings = normaliseSettings(rawSettings);
  const lang = runLang(settings);
  const parsed = parseBigQueryTable(typeof table === 'string' ? table : '', lang);
  if (!parsed.ok) return { ok: false, problem: parsed.problem };
  const source = sqlSource(settings, lang);
  if (!source.ok) return { ok: false, problem: source.problem };
  const analysisDate = settings.analysisDate ?? today();
  const sql = rfmSql(sqlOptionsFor(settings, source.columns, parsed.table.from, analysisDate, lang));
  const c = source.columns;
  return { ok: true, sql, fileName: `${parsed.table.table.replace(/[^\w-]+/g, '_') || 'segments'}-rfm.sql`, analysisDate, columns: [c.customer, c.date, c.amount, ...(c.order ? [c.order] : [])] };
}

/** Whether "Run in BigQuery" may run now; when not, how to turn it on. */
export function bigQueryAccess(lang: Lang): BigQueryAccess {
  const granted = hasBigQueryScope();
  return { scopeGranted: granted, text: granted ? '' : BIGQUERY_MESSAGES.scopeMissing[LANGS.includes(lang) ? lang : 'en'] };
}

/** Checks the settings for a BigQuery run and asks for the scope; returns the table and the settings. */
function checkedRun(rawSettings: Settings) {
  const { settings, problems } = readSettings(rawSettings);
  const lang = runLang(settings);
  const bq = settings.bigQuery;
  if (!bq.run) throw new UserError(BIGQUERY_MESSAGES.notEnabled[lang]);
  if (bq.projectId.trim() === '') throw new UserError(BIGQUERY_MESSAGES.noProject[lang]);
  const badProject = projectProblem(bq.projectId.trim(), lang);
  if (badProject) throw new UserError(badProject);
  const table = parseBigQueryTable(bq.table, lang);
  if (!table.ok) throw new UserError(table.problem);
  // Only now, on the owner's press: Google's consent prompt for the one scope the run needs.
  if (!hasBigQueryScope()) requireBigQueryScope();
  return { settings, problems, lang, table: table.table, projectId: bq.projectId.trim() };
}

const busy = (lang: Lang) => () => new UserError(SERVER_MESSAGES.busy[lang]);

/** "Run in BigQuery": starts the query and, when it finishes within the first wait, writes the tabs. */
export function runInBigQuery(rawSettings: Settings): BigQueryStep {
  const run = checkedRun(rawSettings);
  const source = sqlSource(run.settings, run.lang);
  if (!source.ok) throw new UserError(source.problem);
  const analysisDate = run.settings.analysisDate ?? today();
  const sql = packedRunSql(sqlOptionsFor(run.settings, source.columns, run.table.from, analysisDate, run.lang));
  const b = book();
  const runId = withDocumentLock(busy(run.lang), () => {
    removeLeftoverBigQuerySheets(b);
    return String(startBigQuery(b, run.projectId, sql, newRunId().slice(0, 8)));
  });
  return step(runId, 0, FIRST_WAIT_S, rawSettings);
}

/** One more wait for a running query; after {@link MAX_POLLS} the query is stopped. */
export function pollBigQueryRun(runId: string, attempt: number, rawSettings: Settings): BigQueryStep {
  const lang = runLang(normaliseSettings(rawSettings));
  if (typeof runId !== 'string' || !/^\d+$/.test(runId) || !Number.isInteger(attempt) || attempt < 1) throw new UserError(format(SERVER_MESSAGES.badPayload, lang, { what: 'BigQuery run' }));
  return step(runId, attempt, POLL_WAIT_S, rawSettings);
}

function step(runId: string, attempt: number, seconds: number, rawSettings: Settings): BigQueryStep {
  const { settings, problems } = readSettings(rawSettings);
  const lang = runLang(settings);
  const b = book();
  const sheetId = Number(runId);
  try {
    const status = waitForBigQuery(b, sheetId, seconds);
    if (!status) throw new UserError(format(BIGQUERY_MESSAGES.badResult, lang, { what: 'the temporary BigQuery sheet was deleted' }));
    if (status.state === 'error') {
      const tooLarge = status.code === 'TOO_MANY_CHARS_PER_CELL' || status.code === 'TOO_MANY_ROWS' || status.code === 'TOO_MANY_CELLS';
      throw new UserError(tooLarge ? format(BIGQUERY_MESSAGES.tooLarge, lang, { max: MAX_PARTS }) : format(BIGQUERY_MESSAGES.queryFailed, lang, { reason: status.message || status.code }));
    }
    if (status.state === 'running') {
      if (attempt >= MAX_POLLS) throw new UserError(format(BIGQUERY_MESSAGES.timedOut, lang, { minutes: Math.round((FIRST_WAIT_S + MAX_POLLS * POLL_WAIT_S) / 60) }));
      return { status: 'running', runId, attempt: attempt + 1, waitedSeconds: FIRST_WAIT_S + attempt * POLL_WAIT_S };
    }
    if (status.truncated) throw new UserError(format(BIGQUERY_MESSAGES.tooLarge, lang, { max: MAX_PARTS }));
    const cols = readBigQueryColumns(b, sheetId, ['part', 'parts', 'customers']);
    const rows: PackedRow[] = cols.part.map((part, i) => ({ part, parts: cols.parts[i], customers: cols.customers[i] }));
    removeBigQuerySheet(b, sheetId);
    return { status: 'done', summary: writeRun(rows, settings, problems, lang, `bq${runId}`) };
  } catch (e) {
    removeBigQuerySheet(b, sheetId);
    throw e;
  }
}

/** The run on the rows read back, written as a normal run writes its tabs (pending tabs swapped in). */
function writeRun(rows: PackedRow[], settings: Settings, problems: ReturnType<typeof readSettings>['problems'], lang: Lang, runId: string): RunSummary {
  return withDocumentLock(busy(lang), () => {
    const b = book();
    const zoneOffset = sheetZoneOffset(b.getSpreadsheetTimeZone());
    const source = sqlSource(settings, lang);
    if (!source.ok) throw new UserError(source.problem);
    const run = bigQueryRun(rows, source.detection, {
      settings,
      lang,
      runDay: dayFromDate(new Date(), zoneOffset),
      previous: previousRunOf(readPreviousRun(b), runRules(settings)),
      settingsProblems: problems,
    });
    refuseOverCellLimit(b, run, lang);
    const sheets = replaceOutputTabs(b, runId, run.tabs, { currency: run.currency, zoneOffset, beforeTab: () => undefined, afterAll: () => undefined });
    storeSettings(b, settings);
    if (sheets[0]) b.setActiveSheet(sheets[0]);
    return runSummaryOf(runId, run, sheets);
  });
}
