/**
 * The calls the sidebar makes through `google.script.run`. Each entry holds the server function
 * itself, so the sidebar's client (`SidebarCalls`) is typed from the functions' own signatures: a
 * changed argument or result fails the sidebar's type-check. Parameter names are listed for the
 * generated top-level stubs; the list has one name per parameter (checked by the compiler) and the
 * names match the function's own (checked by test/server/api.test.ts).
 * Arguments and results are plain JSON (no Date: `google.script.run` cannot carry them).
 */
import { getSetup, checkRules } from './setup';
import { beginRun, readChunk, finishRun, getProgress, cancelRun } from './run';
import { finishSourcesRun } from './sources';
import { saveSettings, exportRules, importRules } from './settingsCalls';
import { openTab } from './menu';
import { bigQueryAccess, exportBigQuerySql, pollBigQueryRun, runInBigQuery } from './bigquery';

// biome-ignore lint/suspicious/noExplicitAny: a call's arguments are whatever its function takes.
type AnyFunction = (...args: any[]) => unknown;

/** One string per element of the tuple `T` (a homomorphic map over a type parameter keeps the tuple's length). */
type NamesOf<T extends unknown[]> = { [K in keyof T]: string };
/** One name per parameter of `F`. */
export type ParamNames<F extends AnyFunction> = NamesOf<Parameters<F>>;

export interface ApiCall<F extends AnyFunction> {
  run: F;
  params: ParamNames<F>;
  description: string;
}

function call<F extends AnyFunction>(run: F, params: ParamNames<F>, description: string): ApiCall<F> {
  return { run, params, description };
}

export const sidebarApi = {
  getSetup: call(getSetup, ['sheetName', 'lang', 'override'], 'Sidebar: detected columns, sample data quality and saved settings for a sheet.'),
  checkRules: call(checkRules, ['rules', 'bins', 'lang'], 'Sidebar: live warnings for a segment rule set.'),
  saveSettings: call(saveSettings, ['settings'], 'Sidebar: stores settings in the workbook.'),
  exportRules: call(exportRules, [], 'Sidebar: the current rules as JSON for consultants.'),
  importRules: call(importRules, ['json', 'lang'], 'Sidebar: reads a rules JSON file.'),
  beginRun: call(beginRun, ['sheetName', 'rawSettings'], 'Sidebar: starts a run (refused while another run is writing).'),
  readChunk: call(readChunk, ['request'], 'Sidebar: reads one block of source rows into a partial result.'),
  finishRun: call(finishRun, ['runId', 'state', 'rawSettings'], 'Sidebar: computes segments, personas and KPIs and swaps in the output tabs.'),
  finishSourcesRun: call(finishSourcesRun, ['runId', 'sources', 'rawSettings'], 'Sidebar: combines several source sheets into one customer base, then as finishRun.'),
  getProgress: call(getProgress, ['runId'], 'Sidebar: progress of a run, polled while it works.'),
  cancelRun: call(cancelRun, ['runId'], 'Sidebar: asks a run to stop; its old output stays.'),
  openTab: call(openTab, ['sheetId'], 'Sidebar: jumps to an output tab.'),
  exportBigQuerySql: call(exportBigQuerySql, ['rawSettings', 'table'], 'Sidebar: the segmentation as BigQuery SQL for a table (no new scope).'),
  bigQueryAccess: call(bigQueryAccess, ['lang'], 'Sidebar: whether Run in BigQuery has its scope, and how to turn it on.'),
  runInBigQuery: call(runInBigQuery, ['rawSettings'], 'Sidebar: opt-in Run in BigQuery through Connected Sheets (asks for bigquery.readonly).'),
  pollBigQueryRun: call(pollBigQueryRun, ['runId', 'attempt', 'rawSettings'], 'Sidebar: waits for a running BigQuery query, then writes the tabs.'),
};

export type SidebarApi = typeof sidebarApi;
/** The client's view: each call's arguments and result, from the server function itself. */
export type SidebarCalls = { [K in keyof SidebarApi]: SidebarApi[K]['run'] };
