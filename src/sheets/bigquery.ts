/**
 * The only code that touches Connected Sheets (the Spreadsheet service's DataSource classes) and the
 * BigQuery scope, for the opt-in "Run in BigQuery":
 * `SpreadsheetApp.enableBigQueryExecution()`, a BigQuery `DataSourceSpec` with the raw query and
 * the user's project id, `Spreadsheet.insertDataSourceSheet(spec)`, `DataSourceSheet.waitForCompletion`
 * / `getStatus`, `getSheetValues(columnName)`, and the temporary sheet deleted afterwards
 * (developers.google.com/apps-script/guides/sheets/connected-sheets and the reference pages of
 * DataSourceSheet, DataExecutionStatus, ScriptApp.requireScopes, AuthorizationInfo).
 */
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The scope Connected Sheets needs to run BigQuery queries ("View your data in Google BigQuery"). Also in scripts/build.mjs. */
export const BIGQUERY_SCOPE = 'https://www.googleapis.com/auth/bigquery.readonly';

/** Names of the temporary data source sheets start with this, in every language, so a leftover is found again. */
export const TEMP_SHEET_PREFIX = '~bigquery ';

/** The parts of the API that @types/google-apps-script 2.0.13 lacks (insertDataSourceSheet, the scope-list overloads). */
interface DataSourceSheetApi {
  asSheet(): Sheet;
  getStatus(): GoogleAppsScript.Spreadsheet.DataExecutionStatus;
  waitForCompletion(seconds: number): GoogleAppsScript.Spreadsheet.DataExecutionStatus;
  getSheetValues(columnName: string): unknown[];
  cancelDataRefresh?(): unknown;
}
interface ScriptScopes {
  getAuthorizationInfo(mode: GoogleAppsScript.Script.AuthMode, scopes: string[]): { getAuthorizedScopes(): string[] | null };
  requireScopes(mode: GoogleAppsScript.Script.AuthMode, scopes: string[]): void;
}
const scripts = () => ScriptApp as unknown as ScriptScopes & { AuthMode: typeof GoogleAppsScript.Script.AuthMode };

/** True when the user has granted the BigQuery scope to this add-on (granular consent may leave it out). */
export function hasBigQueryScope(): boolean {
  const s = scripts();
  return (s.getAuthorizationInfo(s.AuthMode.FULL, [BIGQUERY_SCOPE]).getAuthorizedScopes() ?? []).includes(BIGQUERY_SCOPE);
}

/**
 * Asks for the BigQuery scope: when it is not granted, Apps Script ends this execution and shows
 * Google's consent prompt for it (ScriptApp.requireScopes). Called only when the owner presses Run
 * in BigQuery, never on open.
 */
export function requireBigQueryScope(): void {
  const s = scripts();
  s.requireScopes(s.AuthMode.FULL, [BIGQUERY_SCOPE]);
}

/** Where a query is: still running, finished, or failed with BigQuery's or Sheets' message. */
export interface QueryStatus {
  state: 'running' | 'success' | 'error';
  /** The DataExecutionErrorCode's name ('TIME_OUT', 'TOO_MANY_CHARS_PER_CELL', …); '' when none. */
  code: string;
  message: string;
  /** The result had more rows than the sheet previews. */
  truncated: boolean;
}

function statusOf(s: GoogleAppsScript.Spreadsheet.DataExecutionStatus): QueryStatus {
  const state = String(s.getExecutionState());
  const code = String(s.getErrorCode());
  return {
    state: state === 'SUCCESS' ? 'success' : state === 'ERROR' ? 'error' : 'running',
    code: code === 'NONE' ? '' : code,
    message: s.getErrorMessage() || '',
    truncated: s.isTruncated(),
  };
}

/** The run's temporary sheet by id: only one of ours (by its name), never a data source sheet the owner made. */
function dataSourceSheet(book: Spreadsheet, sheetId: number): DataSourceSheetApi | null {
  const sheet = book.getSheets().find((s) => s.getSheetId() === sheetId && s.getName().startsWith(TEMP_SHEET_PREFIX));
  return sheet ? (sheet.asDataSourceSheet() as unknown as DataSourceSheetApi | null) : null;
}

/** Starts the query on a new, temporary data source sheet (billed to `projectId`); returns its sheet id. */
export function startBigQuery(book: Spreadsheet, projectId: string, sql: string, runId: string): number {
  SpreadsheetApp.enableBigQueryExecution();
  const spec = SpreadsheetApp.newDataSourceSpec().asBigQuery().setProjectId(projectId).setRawQuery(sql).build();
  const active = book.getActiveSheet();
  const ds = (book as unknown as { insertDataSourceSheet(spec: GoogleAppsScript.Spreadsheet.DataSourceSpec): DataSourceSheetApi }).insertDataSourceSheet(spec);
  const sheet = ds.asSheet();
  sheet.setName(`${TEMP_SHEET_PREFIX}${runId}`);
  // The owner stays where they were while the query runs.
  if (active) book.setActiveSheet(active);
  return sheet.getSheetId();
}

/** Waits up to `seconds` for the query on that sheet; null when the sheet is gone. */
export function waitForBigQuery(book: Spreadsheet, sheetId: number, seconds: number): QueryStatus | null {
  const ds = dataSourceSheet(book, sheetId);
  if (!ds) return null;
  const now = statusOf(ds.getStatus());
  return now.state === 'running' ? statusOf(ds.waitForCompletion(seconds)) : now;
}

/** The finished result's columns, one array of values each (the header is not among them). */
export function readBigQueryColumns(book: Spreadsheet, sheetId: number, columns: readonly string[]): Record<string, unknown[]> {
  const ds = dataSourceSheet(book, sheetId);
  if (!ds) throw new Error(`data source sheet ${sheetId} is gone`);
  return Object.fromEntries(columns.map((c) => [c, ds.getSheetValues(c)]));
}

/** Deletes the temporary sheet (stopping its query first when it still runs); nothing when it is gone. */
export function removeBigQuerySheet(book: Spreadsheet, sheetId: number): void {
  const ds = dataSourceSheet(book, sheetId);
  if (!ds) return;
  if (statusOf(ds.getStatus()).state === 'running' && typeof ds.cancelDataRefresh === 'function') ds.cancelDataRefresh();
  book.deleteSheet(ds.asSheet());
}

/** Temporary sheets a stopped run left behind (found by their name prefix), deleted before a new query. */
export function removeLeftoverBigQuerySheets(book: Spreadsheet): void {
  for (const s of book.getSheets()) if (s.getName().startsWith(TEMP_SHEET_PREFIX) && s.asDataSourceSheet()) book.deleteSheet(s);
}
