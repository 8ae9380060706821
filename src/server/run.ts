import { format } from '../core/i18n';
import type { Lang } from '../core/types';
import { dayFromDate } from '../core/days';
import { startRead, detectColumns, localize, readChunk as readChunkRows, withoutRows, packForTransfer, type ReadState } from '../core/parse';
import type { Progress, ReadRequest, RunStage, RunStart, RunSummary, Settings } from '../app/contract';
import { normaliseSettings, readSettings } from '../app/settings';
import { SERVER_MESSAGES, UserError } from '../app/messages';
import { readOptionsFor } from '../app/readOptions';
import { isReadRequest, isReadState } from '../app/payload';
import { chunkRowsFor } from '../app/readPlan';
import { previousRunOf } from '../app/previousRun';
import { runRules } from '../app/rules';
import { segmentRun, type RunInput, type RunOutput } from '../app/run';
import { isMultiSource, runSheets, settingsForSheet, SOURCE_TEXT } from '../app/sourceSheets';
import { chosenSourceSheet } from '../sheets/sources';
import { CELL_LIMIT } from '../app/cellBudget';
import { readSample, readRows, sourceSheet } from '../sheets/source';
import { sheetZoneOffset } from '../sheets/zone';
import { discardPending } from '../sheets/ownedTabs';
import { cellsWithTabs, replaceOutputTabs } from '../sheets/outputTabs';
import { readPreviousRun } from '../sheets/previousRun';
import { storeSettings } from '../sheets/settingsStore';
import { readProgress, writeProgress, requestCancel, isCancelled } from '../sheets/progress';
import { clearActiveRun, markRunActive, otherRunActiveFor, rememberStartState, RUN_STALE_MS, startStateOf, touchRun, withDocumentLock } from '../sheets/runControl';
import { newRunId, userLang } from '../sheets/session';
import { activeBook as book } from '../sheets/book';

/**
 * A run, driven by the sidebar in steps so no call nears Apps Script's 6-minute limit:
 * `beginRun` → `readChunk` per block of rows (the sidebar merges the partial results) →
 * `finishRun`, which computes everything (the app layer's {@link segmentRun}) and swaps the new
 * tabs in. Output is built on pending tabs first, so a failure or a cancel leaves the previous
 * output exactly as it was.
 */


/** The language of a call: the saved or sent choice, else the user's locale. */
export function runLang(settings: Settings): Lang {
  return settings.lang ?? userLang();
}

function progress(runId: string, stage: RunStage, percent: number, message: string, done = false): void {
  writeProgress({ runId, stage, percent, message, cancelled: false, done });
}

/**
 * The reading state of one source sheet before any row is read: detection and options from the
 * header and sample, with that sheet's own column choices (several sheets: each its own columns).
 */
function startState(sheetName: string, settings: Settings, lang: Lang) {
  const sheet = sheetFor(sheetName, settings, lang);
  const sample = readSample(sheet, lang);
  const zoneOffsetMinutes = sheetZoneOffset(book().getSpreadsheetTimeZone());
  const today = dayFromDate(new Date(), zoneOffsetMinutes);
  // The detection and options of the whole run, with no rows read yet: each chunk reads only its own rows.
  const state = withoutRows(startRead(sample, readOptionsFor(settingsForSheet(settings, sheet.getName()), detectColumns(sample), { today, zoneOffsetMinutes })));
  return { sheet, state };
}

/** A source sheet: one chosen among several is looked up by its saved name only, so renamed or deleted is said by name. */
function sheetFor(sheetName: string, settings: Settings, lang: Lang) {
  return sheetName && isMultiSource(settings, sheetName) ? chosenSourceSheet(sheetName, lang) : sourceSheet(sheetName, lang);
}

/** Where a sheet's start state is kept: the run's id for a one-sheet run (as before), the id and the sheet among several. */
function startKey(runId: string, settings: Settings, sheetName: string): string {
  return settings.extraSheets.length ? `${runId}/${sheetName}` : runId;
}

/** A sheet among several whose header gives no column to read stops the run before any row is read, naming it. */
function refuseUnreadable(sheetName: string, state: ReadState, lang: Lang): void {
  const blocking = state.errors.filter((e) => e.key === 'noColumns' || e.key === 'emptySheet');
  if (blocking.length) throw new UserError(format(SOURCE_TEXT.unreadable, lang, { name: sheetName, reason: blocking.map((e) => localize(e, lang)).join(' ') }));
}

const busy = (lang: Lang) => () => new UserError(SERVER_MESSAGES.busy[lang]);

/** The rows of the other source sheets before this block's sheet, and of all of them, when the sidebar sent them. */
function sourceRowsOf(request: ReadRequest): { before: number; total: number } | null {
  const { rowsBefore, rowsTotal } = request;
  const count = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
  return count(rowsBefore) && count(rowsTotal) && rowsTotal > 0 ? { before: rowsBefore, total: rowsTotal } : null;
}

export function beginRun(sheetName: string, rawSettings: Settings): RunStart {
  const settings = normaliseSettings(rawSettings);
  const lang = runLang(settings);
  if (typeof sheetName !== 'string') throw new UserError(format(SERVER_MESSAGES.badPayload, lang, { what: 'sheet name' }));
  return withDocumentLock(busy(lang), () => {
    const since = otherRunActiveFor();
    if (since !== null) {
      const seconds = Math.max(1, Math.round(since / 1000));
      throw new UserError(format(SERVER_MESSAGES.otherRun, lang, { seconds, wait: Math.round(RUN_STALE_MS / 1000) }));
    }
    const { sheet, state } = startState(sheetName, settings, lang);
    // Several source sheets: every one is found and its columns checked before anything is read or written.
    const names = runSheets(settings, sheet.getName());
    const started = names.length > 1 ? names.map((name, i) => (i === 0 ? { sheet, state } : startState(name, settings, lang))) : [{ sheet, state }];
    if (names.length > 1) for (const [i, s] of started.entries()) refuseUnreadable(names[i], s.state, lang);
    discardPending(book(), null); // leftovers of a run that was stopped mid-way
    const runId = newRunId();
    markRunActive(runId);
    for (const [i, s] of started.entries()) rememberStartState(startKey(runId, settings, names[i]), s.state);
    progress(runId, 'reading', 0, '');
    const plans = started.map((s, i) => ({ sheetName: names[i], totalRows: s.sheet.getLastRow(), chunkRows: chunkRowsFor(s.sheet.getLastColumn()), headerRow: s.state.detection.headerRow + 1 }));
    const first = plans[0];
    return { runId, totalRows: first.totalRows, chunkRows: first.chunkRows, headerRow: first.headerRow, ...(plans.length > 1 ? { sources: plans } : {}) };
  });
}

/** Reads one block of rows into a partial reading state (plain JSON for the sidebar to merge, packed for the trip: `transfer.ts`). */
export function readChunk(request: ReadRequest): ReadState {
  const settings = normaliseSettings(isReadRequest(request) ? request.settings : null);
  const lang = runLang(settings);
  if (!isReadRequest(request)) throw new UserError(format(SERVER_MESSAGES.badPayload, lang, { what: 'read request' }));
  if (isCancelled(request.runId)) throw new UserError(SERVER_MESSAGES.cancelled[lang]);
  markRunActive(request.runId);
  const remembered = startStateOf(startKey(request.runId, settings, request.sheetName));
  const { sheet, state } = remembered ? { sheet: sheetFor(request.sheetName, settings, lang), state: remembered } : startState(request.sheetName, settings, lang);
  const rows = readRows(sheet, request.startRow, request.numRows);
  const out = readChunkRows(state, rows, request.startRow, { zoneOffsetMinutes: sheetZoneOffset(book().getSpreadsheetTimeZone()) });
  const total = Math.max(1, sheet.getLastRow());
  // Several sheets: the sidebar says where this block is among all their rows, so the bar never goes back.
  const all = sourceRowsOf(request);
  const done = all ? all.before + request.startRow + rows.length - 1 - (state.detection.headerRow + 1) : request.startRow + rows.length;
  const percent = Math.min(60, Math.round((60 * done) / (all ? Math.max(1, all.total) : total)));
  progress(request.runId, 'reading', percent, all ? `${request.sheetName}: ${Math.min(total, request.startRow + rows.length - 1)} / ${total}` : `${Math.min(total, request.startRow + rows.length - 1)} / ${total}`);
  return packForTransfer(out);
}

export function getProgress(runId: string): Progress | null {
  if (typeof runId !== 'string' || runId === '') return null;
  // The sidebar polls while a call works: a live run keeps its claim on the workbook.
  touchRun(runId);
  return readProgress(runId);
}

/** Asks a run to stop; it also frees the workbook for the next run (the cancelled run writes nothing more). */
export function cancelRun(runId: string): Progress | null {
  clearActiveRun(runId);
  return requestCancel(runId);
}

/** Computes the segmentation from the merged reading state and swaps the new tabs in. */
export function finishRun(runId: string, state: ReadState | null, rawSettings: Settings): RunSummary {
  return finishWith(runId, rawSettings, (input) => {
    if (!state) throw new UserError(format(SERVER_MESSAGES.emptySheet, input.lang, { name: '' }));
    if (!isReadState(state)) throw new UserError(format(SERVER_MESSAGES.badPayload, input.lang, { what: 'reading state' }));
    return segmentRun({ ...input, state });
  });
}

/**
 * The end of every run: `compute` gives the tabs from the run's context (one merged state, or
 * several sheets combined), then they are written on pending tabs and swapped in, all under the
 * document lock; a failure or a cancel leaves the workbook as it was.
 */
/** Refuses, before anything is written, a run whose tabs would take the workbook past 10 million cells. */
export function refuseOverCellLimit(b: ReturnType<typeof book>, run: RunOutput, lang: Lang): void {
  const needed = cellsWithTabs(b, run.tabs);
  if (needed > CELL_LIMIT) throw new UserError(format(SERVER_MESSAGES.tooManyCells, lang, { cells: needed.toLocaleString('en-US') }));
}

/** What the sidebar gets back from a written run: the sentence, the segments and the tabs as written. */
export function runSummaryOf(runId: string, run: RunOutput, sheets: readonly GoogleAppsScript.Spreadsheet.Sheet[]): RunSummary {
  return {
    runId,
    summary: run.summary,
    customers: run.segmentation.customers.length,
    segments: run.segments,
    tabs: sheets.map((s, i) => ({ kind: run.tabs[i].kind, name: s.getName(), sheetId: s.getSheetId() })),
    warnings: run.warnings,
  };
}

export function finishWith(runId: string, rawSettings: Settings, compute: (input: Omit<RunInput, 'state'>) => RunOutput): RunSummary {
  const { settings, problems } = readSettings(rawSettings);
  const lang = runLang(settings);
  return withDocumentLock(busy(lang), () => {
    try {
      const b = book();
      const check = () => {
        if (isCancelled(runId)) throw new UserError(SERVER_MESSAGES.cancelled[lang]);
      };
      check();
      progress(runId, 'scoring', 65, '');
      const zoneOffset = sheetZoneOffset(b.getSpreadsheetTimeZone());
      const run = compute({
        settings,
        lang,
        runDay: dayFromDate(new Date(), zoneOffset),
        previous: previousRunOf(readPreviousRun(b), runRules(settings)),
        settingsProblems: problems,
      });
      check();
      progress(runId, 'writing', 75, '');
      refuseOverCellLimit(b, run, lang);
      const sheets = replaceOutputTabs(b, runId, run.tabs, {
        currency: run.currency,
        zoneOffset,
        beforeTab: (tab, i) => {
          check();
          progress(runId, 'writing', 75 + Math.round((20 * i) / run.tabs.length), tab.name);
        },
        afterAll: check,
      });
      storeSettings(b, settings);
      if (sheets[0]) b.setActiveSheet(sheets[0]);
      progress(runId, 'done', 100, run.summary, true);
      return runSummaryOf(runId, run, sheets);
    } finally {
      clearActiveRun();
    }
  });
}
