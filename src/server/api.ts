/**
 * The calls the sidebar makes through `google.script.run`. The sidebar's client is typed from
 * `SidebarApi`, so a renamed call or a changed argument breaks the sidebar's type-check.
 * Arguments and results are plain JSON (no Date: `google.script.run` cannot carry them).
 */
import type { Lang } from '../core/types';
import type { Progress, ReadRequest, RunSummary, Settings, SetupInfo } from './contract';
import { getSetup, checkRules } from './setup';
import { beginRun, readChunk, finishRun, getProgress, cancelRun } from './run';
import { saveSettings, exportRules, importRules } from './settingsCalls';
import { openTab } from './tabs';

export interface ApiCall<A extends unknown[], R> {
  params: string[];
  description: string;
  run: (...args: A) => R;
}

function call<A extends unknown[], R>(params: string[], description: string, run: (...args: A) => R): ApiCall<A, R> {
  return { params, description, run };
}

export const sidebarApi = {
  getSetup: call<[sheetName: string | null, lang: Lang | null, settings: Settings | null], SetupInfo>(
    ['sheetName', 'lang', 'settings'],
    'Sidebar: detected columns, sample data quality and saved settings for a sheet.',
    getSetup,
  ),
  checkRules: call<[rules: unknown[], bins: number, lang: Lang], string[]>(['rules', 'bins', 'lang'], 'Sidebar: live warnings for a segment rule set.', checkRules),
  saveSettings: call<[settings: Settings], Settings>(['settings'], 'Sidebar: stores settings in the workbook.', saveSettings),
  exportRules: call<[], string>([], 'Sidebar: the current rules as JSON for consultants.', exportRules),
  importRules: call<[json: string, lang: Lang], { rules: unknown[]; warnings: string[] }>(['json', 'lang'], 'Sidebar: reads a rules JSON file.', importRules),
  beginRun: call<[sheetName: string, settings: Settings], { runId: string; totalRows: number; chunkRows: number; headerRow: number }>(
    ['sheetName', 'settings'],
    'Sidebar: starts a run (refused while another run is writing).',
    beginRun,
  ),
  readChunk: call<[request: ReadRequest], unknown>(['request'], 'Sidebar: reads one block of source rows into a partial result.', readChunk),
  finishRun: call<[runId: string, state: unknown, settings: Settings], RunSummary>(
    ['runId', 'state', 'settings'],
    'Sidebar: computes segments, personas and KPIs and swaps in the output tabs.',
    finishRun,
  ),
  getProgress: call<[runId: string], Progress | null>(['runId'], 'Sidebar: progress of a run, polled while it works.', getProgress),
  cancelRun: call<[runId: string], Progress | null>(['runId'], 'Sidebar: asks a run to stop; its old output stays.', cancelRun),
  openTab: call<[sheetId: number], void>(['sheetId'], 'Sidebar: jumps to an output tab.', openTab),
};

export type SidebarApi = typeof sidebarApi;
/** The client's view: each call's arguments and result. */
export type SidebarCalls = { [K in keyof SidebarApi]: SidebarApi[K]['run'] };
