/**
 * Fakes of Connected Sheets for the harness: `SpreadsheetApp.enableBigQueryExecution()`,
 * `newDataSourceSpec().asBigQuery()…build()`, `Spreadsheet.insertDataSourceSheet(spec)` and the
 * DataSourceSheet it returns (`getStatus`, `waitForCompletion`, `getSheetValues`,
 * `cancelDataRefresh`, `asSheet`), plus `ScriptApp.getAuthorizationInfo(mode, scopes)` and
 * `ScriptApp.requireScopes(mode, scopes)` with the BigQuery scope granted or not.
 *
 * The fake runs no SQL: a test registers the result of each query text it expects (computed by
 * DuckDB on the same data), and a query it has no result for fails as BigQuery would refuse it, so
 * the add-on must send exactly the SQL the test expects. As on Sheets, a data source sheet previews
 * at most 500 rows ("Connected Sheets", Sheets API guide) and the status says when it truncated.
 */
import type { HarnessEnv } from './env';
import type { FakeSheet, FakeSpreadsheet } from './fakeSpreadsheet';

export const BIGQUERY_SCOPE = 'https://www.googleapis.com/auth/bigquery.readonly';
const PREVIEW_ROWS = 500;

/** A registered result: named columns of equal length, or BigQuery's error message. */
export type FakeResult = { columns: Record<string, unknown[]> } | { error: string };

interface Spec {
  type: 'BIGQUERY';
  projectId: string;
  rawQuery: string;
}

export interface FakeBigQueryOptions {
  /** Whether the user has granted bigquery.readonly (default true). */
  scopeGranted?: boolean;
  /** How many status checks a query stays RUNNING before it finishes (default 0; Infinity = never). */
  runningChecks?: number;
}

export class FakeBigQuery {
  scopeGranted: boolean;
  runningChecks: number;
  results = new Map<string, FakeResult>();
  /** Every query sent, with its project. */
  queries: { projectId: string; sql: string }[] = [];
  /** requireScopes calls, in order. */
  scopeRequests: string[][] = [];
  private enabled = false;

  constructor(options: FakeBigQueryOptions = {}) {
    this.scopeGranted = options.scopeGranted ?? true;
    this.runningChecks = options.runningChecks ?? 0;
  }

  /** Registers the rows BigQuery returns for this exact query text. */
  answer(sql: string, result: FakeResult): this {
    this.results.set(sql, result);
    return this;
  }

  /** Adds the fakes to a harness sandbox (called by loadAddOn with `bigQuery`). */
  install(sandbox: Record<string, unknown>, spreadsheet: FakeSpreadsheet, env: HarnessEnv): void {
    const app = sandbox.SpreadsheetApp as Record<string, unknown>;
    app.enableBigQueryExecution = () => {
      this.enabled = true;
    };
    app.newDataSourceSpec = () => {
      const spec: Spec = { type: 'BIGQUERY', projectId: '', rawQuery: '' };
      const bq = {
        setProjectId: (id: string) => { spec.projectId = String(id); return bq; },
        setRawQuery: (q: string) => { spec.rawQuery = String(q); return bq; },
        build: () => ({ ...spec, getType: () => 'BIGQUERY', asBigQuery: () => ({ getProjectId: () => spec.projectId, getRawQuery: () => spec.rawQuery }) }),
      };
      return { asBigQuery: () => bq };
    };
    (spreadsheet as unknown as Record<string, unknown>).insertDataSourceSheet = (spec: Spec) => this.insert(spreadsheet, env, spec);
    const script = sandbox.ScriptApp as Record<string, unknown>;
    const granted = (scopes: string[]) => scopes.filter((s) => s !== BIGQUERY_SCOPE || this.scopeGranted);
    script.getAuthorizationInfo = (_mode: string, scopes: string[] = []) => ({
      getAuthorizedScopes: () => granted(scopes),
      getAuthorizationStatus: () => (granted(scopes).length === scopes.length ? 'NOT_REQUIRED' : 'REQUIRED'),
      getAuthorizationUrl: () => (granted(scopes).length === scopes.length ? null : 'https://script.google.com/macros/d/fake/authorize'),
    });
    script.requireScopes = (_mode: string, scopes: string[]) => {
      this.scopeRequests.push([...scopes]);
      // Apps Script ends the execution here and shows the consent prompt.
      if (granted(scopes).length !== scopes.length) throw new Error('Exception: Authorization is required to perform that action.');
    };
  }

  private insert(book: FakeSpreadsheet, env: HarnessEnv, spec: Spec) {
    if (!this.enabled) throw new Error('Exception: Data execution is not enabled for BIGQUERY. Call SpreadsheetApp.enableBigQueryExecution() first.');
    if (!this.scopeGranted) throw new Error(`Exception: You do not have permission to call Spreadsheet.insertDataSourceSheet. Required permissions: ${BIGQUERY_SCOPE}`);
    this.queries.push({ projectId: spec.projectId, sql: spec.rawQuery });
    const sheet = book.insertSheet();
    const result: FakeResult = spec.projectId === '' ? { error: 'Project ID is required' } : (this.results.get(spec.rawQuery) ?? { error: 'Syntax error: Unexpected query text (the fake has no result registered for it)' });
    let checks = this.runningChecks;
    let cancelled = false;
    const rows = 'columns' in result ? Math.max(0, ...Object.values(result.columns).map((c) => c.length)) : 0;
    const status = () => {
      const state = cancelled ? 'ERROR' : checks > 0 ? 'RUNNING' : 'error' in result ? 'ERROR' : 'SUCCESS';
      return {
        getExecutionState: () => state,
        getErrorCode: () => (cancelled ? 'INTERRUPTED' : state === 'ERROR' ? 'ENGINE' : 'NONE'),
        getErrorMessage: () => (cancelled ? 'Cancelled' : state === 'ERROR' && 'error' in result ? result.error : ''),
        isTruncated: () => state === 'SUCCESS' && rows > PREVIEW_ROWS,
        getLastRefreshedTime: () => null,
      };
    };
    const ds = {
      asSheet: () => sheet,
      getStatus: () => status(),
      waitForCompletion: (seconds: number) => {
        // The wait is charged to the execution: a query that keeps running costs the full wait.
        if (env.current) env.current.virtualMs += (checks > 0 ? seconds : 1) * 1000;
        if (checks > 0) checks--;
        return status();
      },
      getSheetValues: (column: string) => {
        if (status().getExecutionState() !== 'SUCCESS' || !('columns' in result)) throw new Error('Exception: The data source sheet has no data yet.');
        const values = result.columns[column];
        if (!values) throw new Error(`Exception: Column "${column}" is not in the data source.`);
        return env.toRealm(values.slice(0, PREVIEW_ROWS));
      },
      cancelDataRefresh: () => {
        cancelled = true;
        return ds;
      },
      getSpec: () => spec,
    };
    (sheet as FakeSheet & { asDataSourceSheet?: () => unknown; dataSource?: unknown }).asDataSourceSheet = () => ds;
    (sheet as FakeSheet & { dataSource?: unknown }).dataSource = spec;
    return ds;
  }
}
