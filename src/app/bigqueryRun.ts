import { format } from '../core/i18n';
import type { Detection } from '../core/parse';
import { BIGQUERY_MESSAGES } from './bigqueryMessages';
import { readPackedRows, type PackedRow } from './bigqueryRead';
import { segmentRead, type RunInput, type RunOutput } from './run';

/** Fewer customers than this get the core's small-store recency scale, which rfmSql does not apply (src/core/sql/rfmSql.ts). */
const SMALL_STORE = 100;

/**
 * "Run in BigQuery" after the query: the packed rows read into orders and customers
 * ({@link readPackedRows}) and then the same run as the sidebar's ({@link segmentRead}), so the
 * tabs are the ones a normal run writes on these orders. BigQuery's own scores are compared with the
 * run's when they can be equal (a fixed analysis date and at least 100 customers), and any
 * difference is reported.
 */
export function bigQueryRun(rows: readonly PackedRow[], source: Detection, input: Omit<RunInput, 'state'>): RunOutput {
  const { read, scores } = readPackedRows(rows, source, input.lang);
  const run = segmentRead(read, input);
  const notes = [BIGQUERY_MESSAGES.readBack[input.lang]];
  if (input.settings.analysisDate && run.segmentation.customers.length >= SMALL_STORE) {
    const differ = run.segmentation.customers.filter((c) => {
      const s = scores.get(c.summary.customerId);
      return !s || s.r !== c.r || s.f !== c.f || s.m !== c.m;
    }).length;
    if (differ > 0) notes.push(format(BIGQUERY_MESSAGES.scoresDiffer, input.lang, { n: differ }));
  }
  return { ...run, warnings: [...run.warnings, ...notes] };
}
