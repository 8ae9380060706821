/**
 * Issue 9: the "Segment my customers" server calls end to end on all 541,909 Online Retail rows
 * through the Apps Script harness, per stage (read chunks, merge in the sidebar, finish: compute
 * and write). Target: ≤ 3 s in Node, so it fits Apps Script's 6-minute limit with a wide margin.
 * The fake's own cost of copying cells in getValues is measured separately and subtracted. The
 * cells' texts are flat strings, as getValues delivers them (parseCsv).
 */
import { performance } from 'node:perf_hooks';
import { loadAddOn } from '../../test/harness';
import { sheetValuesFromCsv } from '../../test/harness/sheetValues';
import { onlineRetailTable } from '../../test/helpers/onlineRetail';
import { finalForTransfer, ReadAccumulator, type ReadState } from '../../src/core/parse';
import { chunkPlan } from '../../sidebar/runFlow';
import { defaultSettings } from '../../src/app/settings';
import { report } from './_util';

export default async function bench(): Promise<void> {
  const values = sheetValuesFromCsv(onlineRetailTable(), 0);
  const addon = loadAddOn({ sheets: { Orders: values }, timeZone: 'Europe/London' });
  const sheet = addon.spreadsheet.getSheetByName('Orders')!;

  const settings = { ...defaultSettings(), fitClv: false, analysisDate: '2011-12-10' };
  const tBegin = performance.now();
  const begun = addon.runFromSidebar('beginRun', 'Orders', settings) as { runId: string; totalRows: number; chunkRows: number; headerRow: number };
  const beginMs = performance.now() - tBegin;
  let readMs = 0;
  let mergeMs = 0;
  let merged: ReadAccumulator | undefined;
  const plan = chunkPlan(begun.headerRow, begun.totalRows, begun.chunkRows);
  // The fake's own cost of the same getValues blocks, warmed up as they are in the run: the second of two passes.
  let fakeCopyMs = 0;
  for (let pass = 0; pass < 2; pass++) {
    fakeCopyMs = 0;
    for (const block of plan) {
      const t0 = performance.now();
      sheet.getRange(block.startRow, 1, block.numRows, 8).getValues();
      fakeCopyMs += performance.now() - t0;
    }
  }
  for (const block of plan) {
    const a = performance.now();
    const partial = addon.runFromSidebar('readChunk', { runId: begun.runId, sheetName: 'Orders', ...block, settings });
    const b = performance.now();
    // As the sidebar merges (runFlow: one accumulator per sheet).
    if (merged === undefined) merged = new ReadAccumulator(partial as ReadState);
    else merged.add(partial as ReadState);
    readMs += b - a;
    mergeMs += performance.now() - b;
  }
  const tSettle = performance.now();
  const state = finalForTransfer(merged!.state()); // as the sidebar does before its last call
  mergeMs += performance.now() - tSettle;
  const tFinish = performance.now();
  const summary = addon.runFromSidebar('finishRun', begun.runId, state, settings) as { customers: number; tabs: unknown[] };
  const finishMs = performance.now() - tFinish;
  const readNet = readMs - fakeCopyMs;
  report('beginRun (detect columns on 500 rows)', beginMs);
  report(`readChunk × ${plan.length} (${begun.chunkRows} rows each), less the fake's copy`, readNet, `(fake getValues copy ${fakeCopyMs.toFixed(0)} ms excluded; includes JSON across google.script.run)`);
  report('merge partial states, settle duplicates, pack (in the sidebar)', mergeMs);
  report(`finishRun: RFM, segments, KPIs, personas, products, times, write ${summary.tabs.length} tabs (${summary.customers} customers)`, finishMs);
  report('server calls end to end, 541,909 rows', beginMs + readNet + mergeMs + finishMs, `(${Math.round((541_909 / (beginMs + readNet + mergeMs + finishMs)) * 1000).toLocaleString('en-US')} rows/s)`, 3000);
}
