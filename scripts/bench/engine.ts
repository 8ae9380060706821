/**
 * Issue 16: the CLI engine as whole processes (`node dist/cli.js ...`: start-up, read, compute,
 * write), wall time and peak RSS (`/usr/bin/time -f %M`), beside its peers in the same run:
 * 1. `rfm` on the 541,909 Online Retail rows in 4 columns (InvoiceNo, InvoiceDate, CustomerID,
 *    Amount = Quantity × UnitPrice in cents) vs pandas doing the same read, filter, recency,
 *    frequency, monetary and quintiles (peers/rfm_pandas.py). Target: ours ≥ 2× faster.
 * 2. The same rows 10 times (5,419,090 lines) vs DuckDB embedded through @duckdb/node-api in its
 *    own node process (peers/rfm_duckdb.mjs: read_csv, GROUP BY, NTILE), a speed peer only.
 *    Targets: within 3× of DuckDB, peak RSS ≤ 1 GiB.
 * 3. Growth: `rfm` on 10 k, 100 k, 1 M and 5 M lines; linear when µs per line beyond the
 *    start-up (a 1-line run) stays flat.
 * 1 and 2 also print a floor (peers/rfm_node_floor.mjs): the pandas peer's RFM, the same CSV, in
 * one plain Node process with none of the add-on's reading (no detection, no data-quality checks,
 * no duplicate rows), on the distinct texts of each column. No target: it shows how much of our
 * time is the per-row design rather than Node. In 1, pandas against the floor is the most any reader
 * doing more than the floor can show, and so what the 2× figure leaves for the data checks.
 * 4. `segment` (every tab, written to .xlsx) vs `rfm` on the same file. `rfm` needs an amount
 *    column and the 8-column export has Quantity and UnitPrice only, so both read the 4-column
 *    file. Target: segment ≤ 6× rfm.
 * Medians of 3 for runs on ≤ 541,909 lines, of 5 for the two peer comparisons, whose runs take turns
 * with the peer's (this machine's speed drifts over minutes); single runs otherwise. The data files are built from
 * ../shared/data/online-retail/by-day on first use into os.tmpdir()/cs-bench-engine and reused.
 */
import { getHeapStatistics } from 'node:v8';
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const SOURCE = join(process.cwd(), '../shared/data/online-retail/by-day');
export const DATA = join(tmpdir(), 'cs-bench-engine');
export const CLI = join(process.cwd(), 'dist/cli.js');
const PANDAS_PEER = fileURLToPath(import.meta.resolve('./peers/rfm_pandas.py'));
export const DUCKDB_PEER = fileURLToPath(import.meta.resolve('./peers/rfm_duckdb.mjs'));
const NODE_FLOOR = fileURLToPath(import.meta.resolve('./peers/rfm_node_floor.mjs'));
const TIME = '/usr/bin/time';
const ANALYSIS_DATE = '2011-12-10';
const TIMEOUT_MS = 600_000;
const HEADER = 'InvoiceNo,InvoiceDate,CustomerID,Amount\n';
const ROWS = 541_909;
/** Turns of ours and the peer's: this machine's speed swings by a fifth from one minute to the next, and one pair's ratio by more (2.1-3.8× in one run of 3). */
const PEER_TURNS = 5;

/** The cells of one CSV line (quotes only matter in Description; no line of the export spans two). */
function csvFields(line: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let cell = '';
      let j = i + 1;
      for (;;) {
        const q = line.indexOf('"', j);
        cell += line.slice(j, q);
        if (line[q + 1] === '"') {
          cell += '"';
          j = q + 2;
        } else {
          i = q + 2;
          break;
        }
      }
      out.push(cell);
    } else {
      const end = line.indexOf(',', i);
      out.push(line.slice(i, end < 0 ? line.length : end));
      i = end < 0 ? line.length + 1 : end + 1;
    }
  }
  return out;
}

/** The 541,909 export rows as 4-column CSV lines (each ending in \n), in file-name order. */
function fourColumnLines(): string[] {
  const lines: string[] = [];
  for (const f of readdirSync(SOURCE).filter((n) => n.endsWith('.csv')).sort()) {
    const text = readFileSync(join(SOURCE, f), 'utf8');
    for (const line of text.split('\n').slice(1)) {
      if (line === '') continue;
      // InvoiceNo, StockCode, Description, Quantity, InvoiceDate, UnitPrice, CustomerID, Country
      const c = csvFields(line);
      lines.push(`${c[0]},${c[4]},${c[6]},${(Math.round(Number(c[3]) * Number(c[5]) * 100) / 100).toFixed(2)}\n`);
    }
  }
  return lines;
}

/** Writes the header and the first `n` lines of `lines` repeated end to end into `name`, unless a file of that exact size is there. */
async function dataFile(name: string, lines: readonly string[], n: number): Promise<string> {
  const path = join(DATA, name);
  const whole = n >= lines.length ? lines.join('') : '';
  const rest = lines.slice(0, n % lines.length).join('');
  const copies = Math.floor(n / lines.length);
  const size = Buffer.byteLength(HEADER) + copies * Buffer.byteLength(whole) + Buffer.byteLength(rest);
  if (existsSync(path) && statSync(path).size === size) return path;
  const out = createWriteStream(path);
  for (const chunk of [HEADER, ...Array<string>(copies).fill(whole), rest]) if (!out.write(chunk)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
  return path;
}

interface Measured {
  ms: number;
  /** Peak resident set in MiB, null without /usr/bin/time. */
  peakMiB: number | null;
  stdout: string;
  stderr: string;
}
type Outcome = Measured | { failed: string };

const hasTime = existsSync(TIME);

/** Runs `argv` once as its own process group, under /usr/bin/time when there is one; kills the group after TIMEOUT_MS. */
async function runOnce(argv: readonly string[]): Promise<Outcome> {
  const timeFile = join(DATA, 'time.txt');
  rmSync(timeFile, { force: true });
  const [cmd, ...args] = hasTime ? [TIME, '-f', '%e %M', '-o', timeFile, ...argv] : argv;
  const t0 = performance.now();
  const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
  child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
  // Its own group, so /usr/bin/time and the command are killed together (time does not pass signals on); Ctrl-C too.
  const killGroup = () => process.kill(-(child.pid as number), 'SIGKILL');
  const interrupt = () => {
    killGroup();
    process.exit(130);
  };
  process.once('SIGINT', interrupt);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    killGroup();
  }, TIMEOUT_MS);
  const [code] = (await once(child, 'close')) as [number | null];
  const ms = performance.now() - t0;
  clearTimeout(timer);
  process.off('SIGINT', interrupt);
  if (timedOut) return { failed: `timed out after ${TIMEOUT_MS / 1000} s` };
  if (code !== 0) return { failed: `exit ${code}: ${stderr.trim().split('\n').filter((l) => !l.startsWith('Command exited')).pop() ?? ''}`.slice(0, 200) };
  const peakKiB = hasTime ? Number(readFileSync(timeFile, 'utf8').trim().split(/\s+/).pop()) : Number.NaN;
  return { ms, peakMiB: Number.isFinite(peakKiB) ? peakKiB / 1024 : null, stdout, stderr };
}

/**
 * Ours and the peer run in turns, `runs` times each (ours, peer, ours, peer, …), and the median of
 * each: this machine's speed drifts by a third over minutes, and runs in turns see the same drift.
 * `pairRatios`: ours / peer for each turn, to show how far one pair's figure can move.
 */
export async function measureInTurns(ours: readonly string[], peer: readonly string[], runs: number): Promise<{ ours: Outcome; peer: Outcome; pairRatios: number[] }> {
  const a: Measured[] = [];
  const b: Measured[] = [];
  for (let i = 0; i < runs; i++) {
    const x = await runOnce(ours);
    if ('failed' in x) return { ours: x, peer: await measure(peer, 1), pairRatios: [] };
    const y = await runOnce(peer);
    if ('failed' in y) return { ours: x, peer: y, pairRatios: [] };
    a.push(x);
    b.push(y);
  }
  const pairRatios = a.map((x, i) => x.ms / b[i].ms);
  return { ours: medianRun(a), peer: medianRun(b), pairRatios };
}

/** "(each turn: 2.9–3.4×)". */
const turns = (ratios: readonly number[], invert = false) => {
  const r = ratios.map((x) => (invert ? 1 / x : x)).sort((p, q) => p - q);
  return r.length > 1 ? ` (each turn: ${r[0].toFixed(2)}–${r[r.length - 1].toFixed(2)}×)` : '';
};

/** The median of runs by wall time. */
const medianRun = (runs: readonly Measured[]) => [...runs].sort((a, b) => a.ms - b.ms)[Math.floor(runs.length / 2)];

/** The median run by wall time of `runs` runs (the first failure, if any). */
export async function measure(argv: readonly string[], runs: number): Promise<Outcome> {
  const done: Measured[] = [];
  for (let i = 0; i < runs; i++) {
    const r = await runOnce(argv);
    if ('failed' in r) return r;
    done.push(r);
  }
  return medianRun(done);
}

const rfmArgs = (file: string) =>
  [process.execPath, CLI, 'rfm', file, '--customer', 'CustomerID', '--date', 'InvoiceDate', '--amount', 'Amount', '--order', 'InvoiceNo', '--analysis-date', ANALYSIS_DATE, '--format', 'csv'];

/** The customer records in a CSV on stdout: the lines before the first blank one, less the header. */
const customers = (m: Measured) => `${m.stdout.split('\n').indexOf('') - 1} customers`;

const mib = (m: Measured) => (m.peakMiB === null ? 'peak RSS n/a' : `peak ${m.peakMiB.toFixed(0).padStart(5)} MiB`);

/**
 * The floor's line, ours against it, and when a peer ran, the peer against it: the ratio to the peer
 * that no reader doing more than the floor can pass (with pandas: what the ≥ 2× figure asks of the
 * data checks).
 */
async function floor(file: string, ours: Outcome, peer?: { name: string; outcome: Outcome; target: number }): Promise<void> {
  const r = await measure([process.execPath, NODE_FLOOR, file, ANALYSIS_DATE], 3);
  if (!line('  floor: the same RFM in plain Node, no data checks', r, customers)) return;
  if (!('failed' in ours)) console.log(`  ours / floor ${(ours.ms / r.ms).toFixed(2)}× (no target: the room left to a reader of distinct texts)`);
  if (peer && !('failed' in peer.outcome)) {
    const best = peer.outcome.ms / r.ms;
    const budget = peer.outcome.ms / peer.target;
    const room = budget >= r.ms ? `leaves ${Math.round(budget - r.ms)} ms for every data check beyond the floor` : 'is below the floor itself';
    console.log(`  ${peer.name} / floor ${best.toFixed(2)}× (the most a reader doing more than the floor can show: ${peer.target}× ${peer.name} means ≤ ${Math.round(budget)} ms, which ${room})`);
  }
}

/** One figure line: label, wall time, peak RSS and `extra`, or why there is no figure. */
export function line(label: string, r: Outcome, extra: (m: Measured) => string = () => ''): r is Measured {
  if ('failed' in r) {
    console.log(`${label.padEnd(58)} ${r.failed}`);
    return false;
  }
  console.log(`${label.padEnd(58)} ${r.ms.toFixed(0).padStart(9)} ms  ${mib(r)}  ${extra(r)}`);
  return true;
}

/** "ratio a / b 2.3× (target ≥ 2×: met)". */
export function ratio(what: string, value: number, target: string, met: boolean): void {
  console.log(`  ${what} ${value.toFixed(2)}× (target ${target}: ${met ? 'met' : 'MISSED'})`);
}

/** The first python that imports pandas (Debian's first: a pyenv python3 on PATH may lack it), with its versions, or why none. */
function pandasPython(): { cmd: string; versions: string } | { unavailable: string } {
  const candidates = ['/usr/bin/python3', 'python3'];
  for (const cmd of candidates) {
    const r = spawnSync(cmd, ['-c', 'import sys, pandas; print(f"pandas {pandas.__version__}, python {sys.version.split()[0]}")'], { encoding: 'utf8', timeout: 30_000 });
    if (r.status === 0) return { cmd, versions: r.stdout.trim() };
  }
  return { unavailable: `no python here imports pandas (tried ${candidates.join(', ')})` };
}

export default async function bench(): Promise<void> {
  if (!existsSync(CLI)) {
    console.log(`${CLI} is missing: run npm run build first`);
    return;
  }
  mkdirSync(DATA, { recursive: true });
  const t0 = performance.now();
  const lines = fourColumnLines();
  const file = { one: await dataFile('retail4-1.csv', lines, 1), all: await dataFile('retail4.csv', lines, ROWS), times10: await dataFile('retail4-x10.csv', lines, 10 * ROWS) };
  const growth: { n: number; path: string }[] = [];
  for (const n of [10_000, 100_000, 1_000_000, 5_000_000, 10_000_000]) growth.push({ n, path: await dataFile(`retail4-${n}.csv`, lines, n) });
  console.log(`data: ${DATA} (4 columns; prefixes and repeats of the ${ROWS.toLocaleString('en-US')} rows), ready in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  if (!hasTime) console.log(`${TIME} not found: wall times only, no peak RSS`);

  console.log(`\n1. rfm on ${ROWS.toLocaleString('en-US')} lines vs pandas, whole processes, medians of ${PEER_TURNS} run in turns:`);
  const py = pandasPython();
  let ours: Outcome;
  let pandas: Outcome | undefined;
  if ('unavailable' in py) {
    ours = await measure(rfmArgs(file.all), PEER_TURNS);
    line('  ours: node dist/cli.js rfm --format csv', ours, customers);
    console.log(`  pandas peer not available: ${py.unavailable}`);
  } else {
    const run = await measureInTurns(rfmArgs(file.all), [py.cmd, PANDAS_PEER, file.all, ANALYSIS_DATE], PEER_TURNS);
    const mine = run.ours;
    ours = mine;
    const oursOk = line('  ours: node dist/cli.js rfm --format csv', mine, customers);
    const peer = run.peer;
    pandas = peer;
    if (line(`  pandas (${py.versions})`, peer, customers) && oursOk) {
      ratio('ratio pandas / ours', peer.ms / mine.ms, '≥ 2×', peer.ms / mine.ms >= 2);
      console.log(`   ${turns(run.pairRatios, true)}`);
    }
  }
  await floor(file.all, ours, pandas && { name: 'pandas', outcome: pandas, target: 2 });

  console.log(`\n2. rfm on ${(10 * ROWS).toLocaleString('en-US')} lines (the rows 10 times) vs DuckDB embedded, medians of ${PEER_TURNS} run in turns:`);
  const pair = await measureInTurns(rfmArgs(file.times10), [process.execPath, DUCKDB_PEER, file.times10, ANALYSIS_DATE], PEER_TURNS);
  const big = pair.ours;
  const bigOk = line('  ours: node dist/cli.js rfm --format csv', big, customers);
  if (bigOk && big.peakMiB !== null) console.log(`  peak RSS ${(big.peakMiB / 1024).toFixed(2)} GiB (target ≤ 1 GiB: ${big.peakMiB <= 1024 ? 'met' : 'MISSED'})`);
  const duck = pair.peer;
  if ('failed' in duck) console.log(`  DuckDB peer not available: ${duck.failed}`);
  else if (line(`  ${duck.stderr.trim().split('\n').pop()} (@duckdb/node-api)`, duck, customers) && bigOk) {
    ratio('ratio ours / DuckDB', big.ms / duck.ms, '≤ 3×', big.ms / duck.ms <= 3);
    console.log(`   ${turns(pair.pairRatios)}`);
  }
  await floor(file.times10, big);

  console.log('\n3. rfm growth (medians of 3 up to 100 k lines; the 1-line run is the start-up):');
  const start = await measure(rfmArgs(file.one), 3);
  const startMs = line('          1 line', start) ? start.ms : 0;
  for (const { n, path } of growth) {
    const r = await measure(rfmArgs(path), n <= 100_000 ? 3 : 1);
    if (n === 10_000_000) console.log(`  (Node's default heap limit here: ${Math.round(getHeapStatistics().heap_size_limit / 2 ** 20)} MiB; target: 10 M lines finish within it)`);
    line(`  ${n.toLocaleString('en-US').padStart(9)} lines`, r, (m) => `${((m.ms * 1000) / n).toFixed(2).padStart(6)} µs/line, ${(((m.ms - startMs) * 1000) / n).toFixed(2)} beyond start-up`);
  }

  console.log(`\n4. segment vs rfm on the ${ROWS.toLocaleString('en-US')}-line 4-column file (rfm needs an amount column; the 8-column export has none):`);
  const out = join(DATA, 'segments.xlsx');
  rmSync(out, { force: true });
  const segment = await measure([process.execPath, CLI, 'segment', file.all, '--out', out, '--analysis-date', ANALYSIS_DATE], 1);
  if (line('  node dist/cli.js segment --out segments.xlsx (one run)', segment) && !('failed' in ours)) {
    line('  node dist/cli.js rfm --format csv (from 1.)', ours);
    ratio('ratio segment / rfm', segment.ms / ours.ms, '≤ 6×', segment.ms / ours.ms <= 6);
  }
}
