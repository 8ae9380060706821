/**
 * The run driver, with no DOM so a Node test (and the server's harness test) can drive it.
 *
 * One `google.script.run` call is one Apps Script execution with its own 6-minute limit, so a big
 * sheet is read in steps (see issue 9 "Large sheets"): `beginRun` says how many rows there are and
 * how many to read per call; each `readChunk` returns a partial per-customer aggregate of its rows;
 * the partials are merged here, and `finishRun` computes and writes the output from the merged state.
 *
 * @example
 * const summary = await runFlow(call, 'Orders', settings, { onProgress: (p) => console.log(p.percent) });
 */
import type { ReadState, RunSummary, Settings, SourcePlan, SourceState } from '../src/app/contract';
// The module file, not the parse index: the index drags the header-synonym tables into the sidebar (+20 KB).
import { ReadAccumulator } from '../src/core/parse/merge';
import { finalForTransfer } from '../src/core/parse/transfer';
import type { Call } from './rpc';

/** Where a run is, as the client sees it (the server's own progress is polled separately). */
export interface FlowProgress {
  stage: 'begin' | 'read' | 'finish';
  /** Source rows read so far and in total (data rows, without the header). */
  rowsRead: number;
  rowsTotal: number;
  /** 0..100 over the whole run: reading is the first {@link READ_SHARE} percent. */
  percent: number;
}

export interface FlowHooks {
  /** Called once the server gave the run its id (so the caller can poll and cancel it). */
  onStart?: (runId: string) => void;
  onProgress?: (p: FlowProgress) => void;
  /** Checked before every call: true stops the run before its next step. */
  isCancelled?: () => boolean;
}

/** Merges one sheet's partial read states as they come, in place (the core's `ReadAccumulator`; injectable so tests can watch it). */
export interface Merger {
  add(part: ReadState): unknown;
  state(): ReadState;
}
export type StartMerge = (first: ReadState) => Merger;

/** A merger from a function merging two states (each chunk merged into a copy of all read so far). */
export function pairwise(merge: (a: ReadState, b: ReadState) => ReadState): StartMerge {
  return (first) => {
    let state = first;
    return { add: (part) => (state = merge(state, part)), state: () => state };
  };
}

const accumulate: StartMerge = (first) => new ReadAccumulator(first);
/** Makes a sheet's merged state final before the last call (the core's `finalForTransfer`; injectable too). */
export type Settle = (state: ReadState) => ReadState;

export type FlowResult = { status: 'done'; runId: string; summary: RunSummary } | { status: 'cancelled'; runId: string | null };

/** Share of the progress bar given to reading; computing and writing take the rest. */
export const READ_SHARE = 70;

/** The row blocks to read: [startRow, numRows] for rows headerRow+1..totalRows, `chunkRows` at a time. */
export function chunkPlan(headerRow: number, totalRows: number, chunkRows: number): { startRow: number; numRows: number }[] {
  const size = Math.max(1, Math.floor(chunkRows));
  const out: { startRow: number; numRows: number }[] = [];
  for (let start = headerRow + 1; start <= totalRows; start += size) out.push({ startRow: start, numRows: Math.min(size, totalRows - start + 1) });
  return out;
}

/**
 * Drives one run: beginRun → readChunk per block (merging partials) → finishRun. When the server
 * plans several source sheets (issue 18), each sheet's blocks are merged on their own (each sheet
 * has its own columns) and `finishSourcesRun` gets one state per sheet; the bar counts all rows.
 */
export async function runFlow(call: Call, sheetName: string, settings: Settings, hooks: FlowHooks = {}, merge: StartMerge = accumulate, settle: Settle = finalForTransfer): Promise<FlowResult> {
  const cancelled = () => (hooks.isCancelled ? hooks.isCancelled() : false);
  const report = (p: FlowProgress) => hooks.onProgress?.(p);
  if (cancelled()) return { status: 'cancelled', runId: null };
  report({ stage: 'begin', rowsRead: 0, rowsTotal: 0, percent: 0 });
  const begun = await call('beginRun', sheetName, settings);
  const { runId } = begun;
  if (hooks.onStart) hooks.onStart(runId);
  const several = begun.sources && begun.sources.length > 1 ? begun.sources : null;
  const sources: SourcePlan[] = several ?? [{ sheetName, totalRows: begun.totalRows, chunkRows: begun.chunkRows, headerRow: begun.headerRow }];
  const dataRows = (s: SourcePlan) => Math.max(0, s.totalRows - s.headerRow);
  const rowsTotal = sources.reduce((n, s) => n + dataRows(s), 0);
  const states: SourceState[] = [];
  let rowsRead = 0;
  for (const source of sources) {
    let merger: Merger | undefined;
    // The sheet's own rows before this one, so the server's progress counts all sheets too.
    const where = several ? { rowsBefore: rowsRead, rowsTotal } : {};
    for (const block of chunkPlan(source.headerRow, source.totalRows, source.chunkRows)) {
      if (cancelled()) return { status: 'cancelled', runId };
      const partial = await call('readChunk', { runId, sheetName: source.sheetName, startRow: block.startRow, numRows: block.numRows, settings, ...where });
      if (merger === undefined) merger = merge(partial);
      else merger.add(partial);
      rowsRead += block.numRows;
      report({ stage: 'read', rowsRead, rowsTotal, percent: Math.round((READ_SHARE * rowsRead) / Math.max(1, rowsTotal)) });
    }
    // The duplicates are counted here, where every chunk's fingerprints are (the last call gets the count, not them), and the state packed.
    if (merger !== undefined) states.push({ name: source.sheetName, state: settle(merger.state()) });
  }
  if (cancelled()) return { status: 'cancelled', runId };
  report({ stage: 'finish', rowsRead, rowsTotal, percent: READ_SHARE });
  const summary = several ? await call('finishSourcesRun', runId, states, settings) : await call('finishRun', runId, states.length ? states[0].state : null, settings);
  report({ stage: 'finish', rowsRead, rowsTotal, percent: 100 });
  return { status: 'done', runId, summary };
}
