/**
 * The run driver over several source sheets (sidebar/runFlow.ts, issue 18), against a scripted
 * server: each sheet is read in its own blocks, blocks are merged within a sheet and never across
 * sheets, the bar counts the rows of all sheets, and the server gets one state per sheet.
 */
import { describe, expect, it } from 'vitest';
import { runFlow, READ_SHARE, type FlowProgress, pairwise, type Settle } from '../../sidebar/runFlow';
import type { Call } from '../../sidebar/rpc';
import { defaultSettings } from '../../src/app/settings';

const settings = { ...defaultSettings(), sourceSheet: 'Online', extraSheets: ['Counter', 'List'] };
const SOURCES = [
  { sheetName: 'Online', totalRows: 2501, chunkRows: 1000, headerRow: 1 },
  { sheetName: 'Counter', totalRows: 12, chunkRows: 5, headerRow: 2 },
  { sheetName: 'List', totalRows: 1, chunkRows: 1000, headerRow: 1 }, // header only: nothing to read
];

/** Each block's partial is the list of "sheet:row" it covers, so merging is concatenation. */
function fakeServer() {
  const requests: { sheetName: string; startRow: number; numRows: number; rowsBefore?: number; rowsTotal?: number }[] = [];
  let finished: unknown = null;
  const call = (async (name: string, ...args: unknown[]) => {
    if (name === 'beginRun') return { runId: 'r', totalRows: 2501, chunkRows: 1000, headerRow: 1, sources: SOURCES };
    if (name === 'readChunk') {
      const req = args[0] as (typeof requests)[number];
      requests.push(req);
      return Array.from({ length: req.numRows }, (_, i) => `${req.sheetName}:${req.startRow + i}`);
    }
    if (name === 'finishSourcesRun') {
      finished = args[1];
      return { runId: 'r', summary: 'ok', customers: 0, segments: [], tabs: [], warnings: [] };
    }
    throw new Error(`unexpected ${name}`);
  }) as unknown as Call;
  return { call, requests, finished: () => finished };
}
const concat = pairwise(((a: unknown, b: unknown) => (a as string[]).concat(b as string[])) as never);
/** Settling marks the merged list, so the test sees that the last call gets the settled state. */
const settled = ((s: unknown) => ({ settled: s })) as unknown as Settle;

describe('runFlow over several source sheets', () => {
  it('reads each sheet in its own blocks and finishes with one merged state per sheet', async () => {
    const server = fakeServer();
    const progress: FlowProgress[] = [];
    const result = await runFlow(server.call, 'Online', settings, { onProgress: (p) => progress.push(p) }, concat, settled);
    expect(result.status).toBe('done');
    expect(server.requests.map((r) => `${r.sheetName} ${r.startRow}+${r.numRows}`)).toEqual(['Online 2+1000', 'Online 1002+1000', 'Online 2002+500', 'Counter 3+5', 'Counter 8+5']);
    // The server is told the data rows of the sheets before each block's sheet, among all 2,510 (2,500 + 10 + 0).
    expect(server.requests.map((r) => [r.rowsBefore, r.rowsTotal])).toEqual([[0, 2510], [0, 2510], [0, 2510], [2500, 2510], [2500, 2510]]);
    // Each sheet's merged state is settled before the last call.
    const states = server.finished() as { name: string; state: { settled: string[] } }[];
    expect(states.map((s) => [s.name, s.state.settled.length])).toEqual([['Online', 2500], ['Counter', 10]]);
    expect(states[1].state.settled.every((r) => r.startsWith('Counter:'))).toBe(true);
    const percents = progress.map((p) => p.percent);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    expect(progress.find((p) => p.stage === 'read' && p.rowsRead === 2510)?.percent).toBe(READ_SHARE);
    expect(progress.every((p) => p.stage === 'begin' || p.rowsTotal === 2510)).toBe(true);
  });
});
