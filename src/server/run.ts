import { format } from '../core/i18n';
import type { Lang } from '../core/types';
import { dayFromDate } from '../core/days';
import { startRead, detectColumns, readChunk as readChunkRows, withoutRows, type ReadState } from '../core/parse';
import type { Progress, ReadRequest, RunStage, RunStart, RunSummary, Settings } from '../app/contract';
import { normaliseSettings, readSettings } from '../app/settings';
import { SERVER_MESSAGES, UserError } from '../app/messages';
import { readOptionsFor } from '../app/readOptions';
import { isReadRequest, isReadState } from '../app/payload';
import { chunkRowsFor } from '../app/readPlan';
import { previousRunOf } from '../app/previousRun';
import { runRules } from '../app/rules';
import { segmentRun } from '../app/run';
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

/** The reading state of the whole run before any row is read: detection and options from the header and sample. */
function startState(sheetName: string, settings: Settings, lang: Lang) {
  const sheet = sourceSheet(sheetName, lang);
  const sample = readSample(sheet, lang);
  const zoneOffsetMinutes = sheetZoneOffset(book().getSpreadsheetTimeZone());
  const today = dayFromDate(new Date(), zoneOffsetMinutes);
  // The detection and options of the whole run, with no rows read yet: each chunk reads only its own rows.
  const state = withoutRows(startRead(sample, readOptionsFor(settings, detectColumns(sample), { today, zoneOffsetMinutes })));
  return { sheet, state };
}

const busy = (lang: Lang) => () => new UserError(SERVER_MESSAGES.busy[lang]);

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
    discardPending(book(), null); // leftovers of a run that was stopped mid-way
    const runId = newRunId();
    markRunActive(runId);
    rememberStartState(runId, state);
    progress(runId, 'reading', 0, '');
    return { runId, totalRows: sheet.getLastRow(), chunkRows: chunkRowsFor(sheet.getLastColumn()), headerRow: state.detection.headerRow + 1 };
  });
}

/** Reads one block of rows into a partial reading state (plain JSON for the sidebar to merge). */
export function readChunk(request: ReadRequest): ReadState {
  const settings = normaliseSettings(isReadRequest(request) ? request.settings : null);
  const lang = runLang(settings);
  if (!isReadRequest(request)) throw new UserError(format(SERVER_MESSAGES.badPayload, lang, { what: 'read request' }));
  if (isCancelled(request.runId)) throw new UserError(SERVER_MESSAGES.cancelled[lang]);
  markRunActive(request.runId);
  const remembered = startStateOf(request.runId);
  const { sheet, state } = remembered ? { sheet: sourceSheet(request.sheetName, lang), state: remembered } : startState(request.sheetName, settings, lang);
  const rows = readRows(sheet, request.startRow, request.numRows);
  const out = readChunkRows(state, rows, request.startRow, { zoneOffsetMinutes: sheetZoneOffset(book().getSpreadsheetTimeZone()) });
  const total = Math.max(1, sheet.getLastRow());
  progress(request.runId, 'reading', Math.min(60, Math.round((60 * (request.startRow + rows.length)) / total)), `${Math.min(total, request.startRow + rows.length - 1)} / ${total}`);
  return out;
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
      if (!state) throw new UserError(format(SERVER_MESSAGES.emptySheet, lang, { name: '' }));
      if (!isReadState(state)) throw new UserError(format(SERVER_MESSAGES.badPayload, lang, { what: 'reading state' }));
      const run = segmentRun({
        state,
        settings,
        lang,
        runDay: dayFromDate(new Date(), zoneOffset),
        previous: previousRunOf(readPreviousRun(b), runRules(settings)),
        settingsProblems: problems,
      });
      check();
      progress(runId, 'writing', 75, '');
      // Refuse before writing anything when the workbook would pass 10 million cells.
      const needed = cellsWithTabs(b, run.tabs);
      if (needed > CELL_LIMIT) throw new UserError(format(SERVER_MESSAGES.tooManyCells, lang, { cells: needed.toLocaleString('en-US') }));
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
      return {
        runId,
        summary: run.summary,
        customers: run.segmentation.customers.length,
        segments: run.segments,
        tabs: sheets.map((s, i) => ({ kind: run.tabs[i].kind, name: s.getName(), sheetId: s.getSheetId() })),
        warnings: run.warnings,
      };
    } finally {
      clearActiveRun();
    }
  });
}
