/**
 * Shared by the SQL tests: run a generated DuckDB query in-process (@duckdb/node-api) and compare it,
 * customer by customer and cut point by cut point, with the TypeScript core on the same rows
 * (the core reader, `rfmScores`, `assignSegments`, as `node dist/cli.js rfm` runs them).
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { dayFromIso } from '../../../src/core/days';
import { readOrders } from '../../../src/core/parse';
import { assignSegments, rfmInputsFromCustomers, rfmScores, segmentName, type SegmentRule } from '../../../src/core/rfm';
import type { Lang } from '../../../src/core/types';
import type { RfmSqlRow } from '../../../src/core/sql';

let connection: Promise<DuckDBConnection> | undefined;

/** The rows of a query as plain objects (BIGINT as number). */
export async function duckRows(sql: string): Promise<Record<string, unknown>[]> {
  connection ??= DuckDBInstance.create(':memory:').then((db) => db.connect());
  const result = await (await connection).runAndReadAll(sql);
  return result.getRowObjectsJS().map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v])));
}


/** The core's customers and cut points for a table (header first) and a column mapping. */
export function coreRfm(table: unknown[][], mapping: { customerId: number; orderDate: number; amount: number; orderId?: number }, analysisDate: string, bins: number, rules: readonly SegmentRule[], lang: Lang = 'en') {
  const analysisDay = dayFromIso(analysisDate) as number;
  const read = readOrders(table, { mapping, analysisDay });
  if (read.errors.length) throw new Error(`core read failed: ${JSON.stringify(read.errors[0])}`);
  const scored = rfmScores(rfmInputsFromCustomers(read.customers, analysisDay), { bins });
  const customers: RfmSqlRow[] = assignSegments(scored.customers, rules).map((c) => ({
    customer_id: c.customerId,
    recency_days: c.recencyDays,
    frequency: c.frequency,
    monetary: c.monetary,
    r: c.r,
    f: c.f,
    m: c.m,
    rfm_score: c.score,
    segment: segmentName(c.segment, rules, lang),
  }));
  return { customers, cutPoints: { r: scored.thresholds.recency.cutPoints, f: scored.thresholds.frequency.cutPoints, m: scored.thresholds.monetary.cutPoints }, warnings: scored.warnings };
}

/** The cut points of a generated query: its `cut_row` CTE selected in place of the final SELECT. */
export async function duckCutPoints(sql: string, bins: number): Promise<Record<'r' | 'f' | 'm', number[]>> {
  const withCtes = sql.slice(0, sql.indexOf('\nSELECT customer_id, recency_days'));
  const [row] = await duckRows(`${withCtes}\nSELECT * FROM cut_row`);
  const dim = (k: string) => Array.from({ length: bins - 1 }, (_, i) => row[`${k}${i + 1}`] as number);
  return { r: dim('r'), f: dim('f'), m: dim('m') };
}

const FIELDS = ['recency_days', 'frequency', 'monetary', 'r', 'f', 'm', 'rfm_score', 'segment'] as const;

/** Every difference between the two sides (Object.is on numbers), as readable lines; [] when they agree. */
export function differences(sql: readonly RfmSqlRow[], core: readonly RfmSqlRow[], sqlCuts: Record<string, number[]>, coreCuts: Record<string, number[]>): string[] {
  const out: string[] = [];
  if (sql.length !== core.length) out.push(`customers: SQL ${sql.length}, core ${core.length}`);
  const byId = new Map(core.map((c) => [c.customer_id, c]));
  for (const s of sql) {
    const c = byId.get(s.customer_id);
    if (!c) {
      out.push(`${s.customer_id}: only in SQL`);
      continue;
    }
    for (const k of FIELDS) if (!Object.is(s[k], c[k])) out.push(`${s.customer_id} ${k}: SQL ${s[k]}, core ${c[k]}`);
  }
  for (const k of ['r', 'f', 'm']) {
    const a = sqlCuts[k];
    const b = coreCuts[k];
    if (a.length !== b.length || a.some((x, i) => !Object.is(x, b[i]))) out.push(`cut points ${k}: SQL ${a.join(', ')}, core ${b.join(', ')}`);
  }
  return out.slice(0, 20);
}
