/**
 * Reading a big text file on several threads: the file is cut into parts at line starts, the first
 * part is read here and each later part by a worker thread (the same bundle, dist/cli.js), each into
 * the add-on's mergeable reading state, and the states are merged (ReadAccumulator). A cut that falls
 * inside a quoted field spanning lines is detected (the part before it does not end between records,
 * or the part after it fails) and the file is then read on one thread, so the result is always the
 * one-thread result. Only UTF-8 delimited files are cut: a line feed byte is then always a line feed.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { finishStarted, ReadAccumulator, readPart, RowReader, startReading, type ReadOptions as CoreReadOptions, type ReadState, type StartedRead } from '../core/parse';
import { blockHashes, duplicateRows, groupedFingerprints, type FingerprintGroups } from '../core/parse/rowHashes';
import { BLOCK_BYTES, endReading, HEAD_BYTES, isWorkbookPath, textBatches, type ReadOptions, type ReadResult, type RowBatch, type Table } from './io';

/**
 * Below this size one thread is faster than starting workers, unless `--threads` asks for them. On
 * a 2-core machine (issue 16's bench), one thread read 21 MB (541,909 lines) in 1.3–1.8 s against
 * 1.7–2.2 s on two, and 39 MB in 1.8–2.4 s against 2.2–3.1 s: each worker compiles the bundle and
 * warms up its own JIT, and its garbage collector's helpers compete for the same cores. At 97 MB the
 * two were even; at 210 MB two threads took 5.4 s against 8.1 s.
 */
export const PARALLEL_MIN_BYTES = 128 * 1024 * 1024;
/** With `--threads` given, files from this size are cut: smaller parts are not worth a worker. */
const ASKED_MIN_BYTES = 1024 * 1024;
/** More threads than this gain nothing on the merge-bound end of a read. */
const MAX_THREADS = 4;

/** What a worker is asked to read. */
export interface PartJob {
  path: string;
  options: ReadOptions;
  start: number;
  end: number;
  delimiter: string;
  width: number;
  reading: Pick<ReadState, 'detection' | 'options'>;
}

/**
 * What a worker gives back: its part's state and ragged lines, or why the part cannot be used. The
 * state's row fingerprints travel apart in typed arrays (`fingerprints`), which cross to the main
 * thread as their memory, not number by number.
 */
export type PartResult =
  | { ok: true; state: ReadState; fingerprints: { firstRow: number; hashes: Float64Array }[]; grouped: FingerprintGroups; findings: { leftOutLines: number[]; shortLines: number[]; dataRows: number }; atRecordEnd: boolean; firstLine: number; nextRow: number }
  | { ok: false; why: string };

/** The buffers of a part's fingerprints, to hand over with the message instead of copying them. */
export function transferable(r: PartResult): ArrayBuffer[] {
  return r.ok ? [...r.fingerprints.map((f) => f.hashes.buffer as ArrayBuffer), r.grouped.values.buffer as ArrayBuffer, r.grouped.starts.buffer as ArrayBuffer] : [];
}

/** A part's state with its fingerprints back in it. */
function withFingerprints(r: Extract<PartResult, { ok: true }>): ReadState {
  return { ...r.state, hashes: r.fingerprints };
}

/** Line breaks before `offset` (LF, and CR not followed by LF), as the record parser counts lines. */
function linesBefore(fd: number, offset: number): number {
  let lines = 0;
  const buf = Buffer.allocUnsafe(4 * 1024 * 1024);
  let prevCr = false;
  for (let at = 0; at < offset; ) {
    const n = readSync(fd, buf, 0, Math.min(buf.length, offset - at), at);
    if (n <= 0) break;
    const bytes = buf.subarray(0, n);
    for (let i = bytes.indexOf(10); i >= 0; i = bytes.indexOf(10, i + 1)) lines++;
    if (prevCr && bytes[0] !== 10) lines++;
    for (let i = bytes.indexOf(13); i >= 0; i = bytes.indexOf(13, i + 1)) if (i + 1 < n && bytes[i + 1] !== 10) lines++;
    prevCr = bytes[n - 1] === 13;
    at += n;
  }
  if (prevCr) lines++;
  return lines;
}

/** Reads one later part (runs in a worker thread). */
export function readFilePart(job: PartJob): PartResult {
  try {
    const fd = openSync(job.path, 'r');
    let line: number;
    try {
      line = 1 + linesBefore(fd, job.start);
    } finally {
      closeSync(fd);
    }
    const info: ReadResult = { rows: [], notes: [], encoding: null, skippedLines: 0, leftOutLines: [] };
    const rows = new RowReader(job.reading.detection, job.reading.options);
    let nextRow = line;
    let batches = 0;
    for (const b of textBatches(job.path, job.options, info, BLOCK_BYTES, HEAD_BYTES, { end: job.end, from: { offset: job.start, line, delimiter: job.delimiter, width: job.width } })) {
      rows.read(b.rows, b.firstRow);
      nextRow = b.firstRow + b.rows.length;
      batches++;
    }
    if (info.encoding !== 'UTF-8' || !info.textReader || batches === 0) return { ok: false, why: 'not a UTF-8 part' };
    const state = rows.finish();
    const fingerprints = state.hashes.map((b) => ({ firstRow: b.firstRow, hashes: Float64Array.from(blockHashes(b)) }));
    // Grouped here, in parallel with the other parts: the main thread then counts the groups of all parts (duplicateRows).
    return { ok: true, state: { ...state, hashes: [] }, fingerprints, grouped: groupedFingerprints(fingerprints), findings: info.textReader.partFindings(), atRecordEnd: info.textReader.atRecordEnd, firstLine: line, nextRow };
  } catch (e) {
    return { ok: false, why: e instanceof Error ? e.message : String(e) };
  }
}

/** The bundle that can run as a worker: only the built CLI (tests of src/ read on one thread). */
function workerEntry(): string | null {
  const entry = fileURLToPath(import.meta.url);
  return entry.endsWith('cli.js') ? entry : null;
}

/**
 * A worker thread that loads the bundle now and reads the part it is given later, or ends when
 * dropped. Starting it before the first rows are read takes its start-up (compiling the bundle)
 * off the read's critical path.
 */
function partReader(entry: string): { read: (job: PartJob) => Promise<PartResult>; drop: () => void } {
  const worker = new Worker(entry, { workerData: { partReader: true } });
  const result = new Promise<PartResult>((resolve) => {
    worker.once('message', (r: PartResult) => resolve(r));
    worker.once('error', (e) => resolve({ ok: false, why: e.message }));
    worker.once('exit', (code) => resolve({ ok: false, why: `worker exited with ${code}` }));
  });
  return {
    read: (job) => {
      worker.postMessage(job);
      return result;
    },
    drop: () => void worker.terminate(),
  };
}

/**
 * What a worker's own start costs, in bytes the main thread reads meanwhile: it compiles the bundle,
 * counts the lines before its part and sends its state back. On the 210 MB bench file (2 threads)
 * the worker's part came in 0.3–0.6 s after the main thread's with equal shares: about 12 MB of
 * reading at the 25–30 MB/s a thread reads while the other runs.
 */
const WORKER_START_BYTES = 12 * 1024 * 1024;

/**
 * Cut points: the line starts nearest to shares of the file that end together, the main thread's
 * share larger by what each worker's start costs (`WORKER_START_BYTES`, at most half the file).
 */
function cutPoints(path: string, size: number, parts: number): number[] {
  const fd = openSync(path, 'r');
  try {
    const starts = [0];
    const buf = Buffer.allocUnsafe(1024 * 1024);
    const headStart = Math.min(WORKER_START_BYTES, size / (2 * parts));
    const first = (size + (parts - 1) * headStart) / parts;
    for (let k = 1; k < parts; k++) {
      const at = Math.floor(first + ((size - first) * (k - 1)) / (parts - 1));
      const n = readSync(fd, buf, 0, buf.length, at);
      const lf = buf.subarray(0, n).indexOf(10);
      if (lf < 0) continue;
      const start = at + lf + 1;
      if (start > starts[starts.length - 1] && start < size) starts.push(start);
    }
    return starts;
  } finally {
    closeSync(fd);
  }
}

export interface ParallelRead {
  state: ReadState;
  firstRows: Table;
  info: ReadResult;
}

/**
 * Reads a big UTF-8 text file on `threads` threads into the reader's state, or gives null when the
 * file is not one to cut (small, not UTF-8, whitespace-separated, a worker cannot start, or a cut
 * fell inside a record): then the caller reads it on one thread. `optionsFor` sees the first rows.
 */
export async function readInParallel(path: string, options: ReadOptions, optionsFor: (firstRows: Table) => CoreReadOptions, asked?: number): Promise<ParallelRead | null> {
  const threads = asked ?? Math.min(MAX_THREADS, availableParallelism());
  const entry = workerEntry();
  if (!entry || threads < 2 || isWorkbookPath(path)) return null;
  let size: number;
  try {
    const fd = openSync(path, 'r');
    size = fstatSync(fd).size;
    closeSync(fd);
  } catch {
    return null;
  }
  if (size < (asked === undefined ? PARALLEL_MIN_BYTES : ASKED_MIN_BYTES)) return null;
  const starts = cutPoints(path, size, threads);
  if (starts.length < 2) return null;
  const readers = starts.slice(1).map(() => partReader(entry));
  const dropAll = () => {
    for (const r of readers) r.drop();
    return null;
  };
  const info: ReadResult = { rows: [], notes: [], encoding: null, skippedLines: 0, leftOutLines: [] };
  const batches = textBatches(path, options, info, BLOCK_BYTES, HEAD_BYTES, { end: starts[1] });
  // A file the reader refuses is refused by the one-thread read, with its message.
  let first: IteratorResult<RowBatch>;
  try {
    first = batches.next();
  } catch {
    return dropAll();
  }
  if (first.done || info.encoding !== 'UTF-8' || !info.textReader?.delimiter) return dropAll();
  const firstRows = first.value.rows;
  let started: StartedRead;
  try {
    started = startReading(firstRows, { ...optionsFor(firstRows), firstSheetRow: first.value.firstRow });
  } catch (e) {
    // A refusal of the first rows (no such column, say) ends the command: the waiting threads end with it.
    dropAll();
    throw e;
  }
  const reader = info.textReader;
  const reading = started.reader.reading;
  const jobs = starts.slice(1).map((start, k) => ({ path, options, start, end: starts[k + 2] ?? size, delimiter: reader.delimiter as string, width: reader.headerWidth, reading }));
  const results = Promise.all(jobs.map((job, k) => readers[k].read(job)));
  let nextRow = first.value.firstRow + firstRows.length;
  let acc: ReadAccumulator;
  try {
    // The first part's later rows go on into the reader of its first rows (startReading says why).
    for (const b of batches) {
      started.reader.read(b.rows, b.firstRow);
      nextRow = b.firstRow + b.rows.length;
    }
    acc = new ReadAccumulator(finishStarted(started));
  } catch {
    await results;
    return null;
  }
  let clean = reader.atRecordEnd;
  // This part's fingerprints grouped while the workers group theirs: the exact duplicates are then counted over the groups of all parts.
  const groupedRuns = [groupedFingerprints(acc.hashBlocks)];
  const parts = await results;
  for (const [k, part] of parts.entries()) {
    // Every part but the last must end between records, or a cut fell inside a quoted field.
    if (!clean || !part.ok) return null;
    // Lines between the parts' rows (left out, or blank at a part's end) are blank rows, as on one thread.
    if (part.firstLine > nextRow) acc.add(readPart(acc.reading, Array.from({ length: part.firstLine - nextRow }, () => []), nextRow));
    acc.add(withFingerprints(part));
    groupedRuns.push(part.grouped);
    reader.absorbFindings(part.findings);
    nextRow = part.nextRow;
    clean = part.atRecordEnd || k === parts.length - 1;
  }
  // The parts' decoding was UTF-8 throughout, which has no notes.
  endReading(info, reader, []);
  // Settled: a state with its duplicates counted is final (finishRead takes them as they are).
  const state = acc.state();
  return { state: { ...state, hashes: [], duplicates: duplicateRows(state.hashes, undefined, groupedRuns) }, firstRows, info };
}
