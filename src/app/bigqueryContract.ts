/**
 * What the BigQuery calls send the sidebar (plain JSON, as src/app/contract.ts's types): the
 * exported SQL, the scope check, and the steps of "Run in BigQuery".
 */
import type { RunSummary } from './contract';

/** The SQL for the owner's table, or what is wrong with the table or the sheet. */
export type BigQueryExport =
  | {
      ok: true;
      sql: string;
      /** A file name for Download .sql, from the table name. */
      fileName: string;
      /** The day the SQL counts recency to: the settings' analysis date, else the sheet's today. */
      analysisDate: string;
      /** The sheet's headers the SQL names, so the owner can check them against the table's columns. */
      columns: string[];
    }
  | { ok: false; problem: string };

/** Whether this copy of the add-on may run BigQuery queries now, and if not, how to turn it on. */
export interface BigQueryAccess {
  scopeGranted: boolean;
  /** '' when granted; else the sentence saying how to turn it on. */
  text: string;
}

/** One step of "Run in BigQuery": still running (poll again with `runId`), or done with the run's result. */
export type BigQueryStep = { status: 'running'; runId: string; attempt: number; waitedSeconds: number } | { status: 'done'; summary: RunSummary };
