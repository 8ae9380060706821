import { describe, expect, it } from 'vitest';
import { chunkPlan, runFlow, READ_SHARE, type FlowProgress, pairwise, type Settle } from '../../sidebar/runFlow';
import type { Call } from '../../sidebar/rpc';
import type { Settings } from '../../src/app/contract';

const settings = { version: 1, lang: null, sourceSheet: null, mapping: {}, analysisDate: null, bins: 5, preset: 'shopify', rules: null, currency: '', dateOrder: null, fitClv: false, marketingSpend: null, segmentBy: 'rfm' } as Settings;

/** A scripted server: rows 1..totalRows, header on `headerRow`; each chunk's partial is the list of its rows. */
function fakeServer(totalRows: number, headerRow: number, chunkRows: number) {
  const log: string[] = [];
  let finishedWith: unknown = null;
  const call = (async (name: string, ...args: unknown[]) => {
    log.push(name);
    if (name === 'beginRun') return { runId: 'run-1', totalRows, chunkRows, headerRow };
    if (name === 'readChunk') {
      const { startRow, numRows, runId } = args[0] as { startRow: number; numRows: number; runId: string };
      expect(runId).toBe('run-1');
      return Array.from({ length: numRows }, (_, i) => startRow + i);
    }
    if (name === 'finishRun') {
      finishedWith = args[1];
      return { runId: 'run-1', summary: 'ok', customers: 0, segments: [], tabs: [], warnings: [] };
    }
    throw new Error(`unexpected ${name}`);
  }) as unknown as Call;
  return { call, log, finished: () => finishedWith };
}
/** The scripted partials are row lists, so merging is concatenation (the real merge is tested in test/core/parse). */
const concat = pairwise(((a: unknown, b: unknown) => (a as number[]).concat(b as number[])) as never);
/** Settling marks the merged list, so the test sees that the last call gets the settled state. */
const settled = ((s: unknown) => ({ settled: s })) as unknown as Settle;

describe('chunkPlan', () => {
  it('covers every data row after the header exactly once', () => {
    expect(chunkPlan(1, 2501, 1000)).toEqual([
      { startRow: 2, numRows: 1000 },
      { startRow: 1002, numRows: 1000 },
      { startRow: 2002, numRows: 500 },
    ]);
    expect(chunkPlan(3, 3, 1000)).toEqual([]); // header only
    expect(chunkPlan(1, 5, 0.5)).toHaveLength(4); // a nonsense chunk size still advances
  });
});

describe('runFlow', () => {
  it('reads every row in order, merges the partials and finishes with the merged state', async () => {
    const server = fakeServer(2501, 1, 1000);
    const progress: FlowProgress[] = [];
    const started: string[] = [];
    const result = await runFlow(server.call, 'Orders', settings, { onProgress: (p) => progress.push(p), onStart: (id) => started.push(id) }, concat, settled);
    expect(result.status).toBe('done');
    expect(server.log).toEqual(['beginRun', 'readChunk', 'readChunk', 'readChunk', 'finishRun']);
    expect(started).toEqual(['run-1']);
    // The merged state is settled (duplicates counted) before the last call.
    const merged = (server.finished() as { settled: number[] }).settled;
    expect(merged).toHaveLength(2500);
    expect(merged[0]).toBe(2);
    expect(merged[2499]).toBe(2501);
    const percents = progress.map((p) => p.percent);
    expect(percents).toEqual([...percents].sort((a, b) => a - b)); // never goes back
    expect(percents[percents.length - 1]).toBe(100);
    expect(progress.find((p) => p.stage === 'read' && p.rowsRead === 2500)?.percent).toBe(READ_SHARE);
  });

  it('stops before the next call once cancelled, and never finishes (the old output stays)', async () => {
    const server = fakeServer(5001, 1, 1000);
    let reads = 0;
    const result = await runFlow(server.call, 'Orders', settings, { onProgress: (p) => { if (p.stage === 'read') reads++; }, isCancelled: () => reads >= 2 }, concat, settled);
    expect(result).toEqual({ status: 'cancelled', runId: 'run-1' });
    expect(server.log).toEqual(['beginRun', 'readChunk', 'readChunk']);
  });

  it('passes null state when the sheet has only a header', async () => {
    const server = fakeServer(1, 1, 1000);
    const result = await runFlow(server.call, 'Orders', settings, {}, concat, settled);
    expect(result.status).toBe('done');
    expect(server.log).toEqual(['beginRun', 'finishRun']);
    expect(server.finished()).toBeNull();
  });

  it('lets a failed call reach the caller as an error', async () => {
    const call = (async (name: string) => {
      if (name === 'beginRun') throw new Error('Another run is writing to this workbook. Try again in a minute.');
      return null;
    }) as unknown as Call;
    await expect(runFlow(call, 'Orders', settings, {}, concat, settled)).rejects.toThrow('Another run');
  });
});
