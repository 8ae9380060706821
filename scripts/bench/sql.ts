/**
 * Issue 17's speed figures for the SQL engine, beside its peer in the same run:
 * 1. `segment FILE --engine duckdb` end to end (a whole `node dist/cli.js` process: DuckDB reads the
 *    5,419,090 order lines in the SQL of src/core/sql/linesSql.ts, TypeScript builds the tabs and
 *    writes the workbook; with and without the CLV fit, and the CSV output of the one `rfmSql`
 *    query) vs DuckDB's own time for a bare RFM query on the same file in its own node process
 *    (scripts/bench/peers/rfm_duckdb.mjs: typed read_csv, GROUP BY, NTILE). Target: ≤ 2×.
 * 2. The add-on path's query text: `rfmSql` for BigQuery with both presets at 5 and 10 bins, and a
 *    10-bin set of 200 rules. Target: ≤ 100 KB.
 * The data file is scripts/bench/engine.ts's (the Online Retail rows 10 times, 4 columns), built
 * by `npm run bench -- engine` into os.tmpdir()/cs-bench-engine. One run each: the file is big.
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { rfmPackageSegments, rulesAtScores, shopifySegments, type SegmentRule } from '../../src/core/rfm';
import { rfmSql } from '../../src/core/sql';
import { CLI, DATA, DUCKDB_PEER, line, measure, ratio } from './engine';

const FILE = join(DATA, 'retail4-x10.csv');
const ANALYSIS_DATE = '2011-12-10';
const LIMIT_KB = 100;

/** The customers line of `segment`'s output ("4,339 customers in 10 segments; …"), or the CSV's customer count. */
const firstLine = (stdout: string) => stdout.split('\n')[0].slice(0, 60);

export default async function bench(): Promise<void> {
  console.log(`1. segment --engine duckdb on ${FILE} vs DuckDB's bare query (the machine may be shared: figures are of this run):`);
  if (!existsSync(CLI)) console.log(`  ${CLI} is missing: run npm run build first`);
  else if (!existsSync(FILE)) console.log(`  ${FILE} is missing: npm run bench -- engine builds it`);
  else {
    const peer = await measure([process.execPath, DUCKDB_PEER, FILE, ANALYSIS_DATE], 1);
    const peerOk = line(`  peer: ${'failed' in peer ? 'DuckDB' : peer.stderr.trim().split('\n').pop()}, bare query`, peer);
    const out = join(DATA, 'duckdb-engine');
    const runs: [string, string[]][] = [
      ['ours: segment --engine duckdb --out .xlsx', ['--out', `${out}.xlsx`]],
      ['ours: the same, --no-clv', ['--no-clv', '--out', `${out}.xlsx`]],
      ['ours: segment --engine duckdb --out .csv (rfmSql)', ['--out', `${out}.csv`]],
    ];
    for (const [label, flags] of runs) {
      rmSync(flags[flags.length - 1], { force: true });
      const ours = await measure([process.execPath, CLI, 'segment', FILE, '--engine', 'duckdb', '--analysis-date', ANALYSIS_DATE, '--force', ...flags], 1);
      if (line(label, ours, (m) => firstLine(m.stdout)) && peerOk) ratio('ratio ours / bare DuckDB query', ours.ms / peer.ms, '≤ 2×', ours.ms / peer.ms <= 2);
    }
  }

  console.log(`\n2. The generated BigQuery query text (target ≤ ${LIMIT_KB} KB):`);
  const base = { dialect: 'bigquery' as const, from: '`project.shop.orders`', columns: { customer: 'CustomerID', date: 'InvoiceDate', amount: 'Amount', order: 'InvoiceNo' }, analysisDate: ANALYSIS_DATE };
  const many: SegmentRule[] = Array.from({ length: 200 }, (_, i) => ({ id: `s${i}`, name: `Segment number ${i}`, r: [1 + (i % 10), 10], f: [1, 1 + (i % 10)], m: [1, 10], fm: [1, 5 + (i % 6)] }));
  const cases: [string, number, readonly SegmentRule[]][] = [
    ['preset shopify, 5 bins', 5, rulesAtScores(shopifySegments, 5)],
    ['preset rfm, 5 bins', 5, rulesAtScores(rfmPackageSegments, 5)],
    ['preset shopify, 10 bins', 10, rulesAtScores(shopifySegments, 10)],
    ['preset rfm, 10 bins', 10, rulesAtScores(rfmPackageSegments, 10)],
    ['200 rules, 10 bins', 10, many],
  ];
  for (const [label, bins, rules] of cases) {
    const kb = Buffer.byteLength(rfmSql({ ...base, bins, rules })) / 1024;
    console.log(`  ${label.padEnd(56)} ${kb.toFixed(1).padStart(7)} KB  (${kb <= LIMIT_KB ? 'met' : 'MISSED'})`);
  }
}
