import { format } from '../core/i18n';
import type { Lang } from '../core/types';
import { dayFromDate, dayFromIso } from '../core/days';
import { startRead, detectColumns, readChunk as readChunkRows, finishRead, localize, type ReadState } from '../core/parse';
import { readRows as emptyStateFor } from '../core/parse/readRows';
import { segmentCustomers } from '../core/pipeline/segmentCustomers';
import { buildTabs } from '../core/report/buildTabs';
import { tabExtent } from '../core/report/tabSpec';
import type { Progress, ReadRequest, RunSummary, Settings } from './contract';
import { normaliseSettings } from './defaultSettings';
import { SERVER_MESSAGES, UserError } from './messages';
import { rulesOf } from './rules';
import { mappingFor, resolveLang } from './setup';
import { qualityItems } from '../core/report/qualityTab';
import { CELL_LIMIT, tabCells } from './cellBudget';
import { readSample, readRows, sourceSheet, chunkRowsFor } from '../sheets/source';
import { sheetZoneOffset } from '../sheets/zone';
import { createPendingTab, discardPending, ownedTab, swapIn } from '../sheets/ownedTabs';
import { writeTab } from '../sheets/writeTab';
import { readPreviousRun } from '../sheets/previousRun';
import { storeSettings } from '../sheets/settingsStore';
import { readProgress, writeProgress, requestCancel, isCancelled } from '../sheets/progress';

/**
 * A run, driven by the sidebar in steps so no call nears Apps Script's 6-minute limit:
 * `beginRun` → `readChunk` per block of rows (the sidebar merges the partial results) →
 * `finishRun`, which computes everything and swaps the new tabs in. Output is built on pending
 * tabs first, so a failure or a cancel leaves the previous output exactly as it was.
 */
const ACTIVE_RUN_KEY = 'activeRun';
/** A run that has not called in for this long is considered stopped. */
const RUN_STALE_MS = 10 * 60 * 1000;

function readZone() {
  return sheetZoneOffset(SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone());
}

function newRunId(): string {
  return Utilities.getUuid().replace(/-/g, '').slice(0, 16);
}

function progress(runId: string, stage: string, percent: number, message: string, done = false): void {
  writeProgress({ runId, stage, percent, message, cancelled: false, done });
}

/** Reading options shared by every chunk of a run, from the same header and sample rows. */
function readConfig(request: { sheetName: string; settings: Settings }, lang: Lang) {
  const book = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = sourceSheet(request.sheetName, lang);
  const sample = readSample(sheet, lang);
  const zoneOffsetMinutes = sheetZoneOffset(book.getSpreadsheetTimeZone());
  const { mapping } = mappingFor(request.settings, detectColumns(sample));
  const analysisDay = request.settings.analysisDate ? dayFromIso(request.settings.analysisDate) ?? undefined : undefined;
  const today = dayFromDate(new Date(), zoneOffsetMinutes);
  const started = startRead(sample, { mapping, zoneOffsetMinutes, dateOrder: request.settings.dateOrder ?? undefined, analysisDay: analysisDay ?? today });
  // The detection and options of the whole run, with no rows read yet: each chunk reads only its own rows.
  const state: ReadState = { ...emptyStateFor(started.detection, started.options, [], 1), errors: started.errors };
  return { book, sheet, state };
}

export function beginRun(sheetName: string, rawSettings: Settings): { runId: string; totalRows: number; chunkRows: number; headerRow: number } {
  const settings = normaliseSettings(rawSettings);
  const lang = resolveLang(null, settings);
  const cache = CacheService.getDocumentCache();
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(10_000)) throw new UserError(SERVER_MESSAGES.busy[lang]);
  try {
    const active = cache?.get(ACTIVE_RUN_KEY);
    if (active) {
      const { at } = JSON.parse(active) as { runId: string; at: number };
      if (Date.now() - at < RUN_STALE_MS) throw new UserError(SERVER_MESSAGES.busy[lang]);
    }
    const { book, sheet, state } = readConfig({ sheetName, settings }, lang);
    discardPending(book, null); // leftovers of a run that was stopped mid-way
    const runId = newRunId();
    cache?.put(ACTIVE_RUN_KEY, JSON.stringify({ runId, at: Date.now() }), 21_600);
    rememberStartState(runId, state);
    progress(runId, 'reading', 0, '');
    return { runId, totalRows: sheet.getLastRow(), chunkRows: chunkRowsFor(sheet.getLastColumn()), headerRow: state.detection.headerRow + 1 };
  } finally {
    lock.releaseLock();
  }
}

/**
 * The run's empty reading state (detection and options) is kept in the document cache, so each
 * chunk call reads only its own rows instead of re-reading and re-detecting the sample. When the
 * cache has dropped it (values > 100 KB are refused, entries may expire), the chunk recomputes it
 * from the same sample, which gives the same state.
 */
function rememberStartState(runId: string, state: ReadState): void {
  const text = JSON.stringify(state);
  if (text.length < 90_000) CacheService.getDocumentCache()?.put(`start:${runId}`, text, 21_600);
}

function startStateOf(runId: string): ReadState | null {
  const text = CacheService.getDocumentCache()?.get(`start:${runId}`);
  return text ? (JSON.parse(text) as ReadState) : null;
}

function touchRun(runId: string): void {
  CacheService.getDocumentCache()?.put(ACTIVE_RUN_KEY, JSON.stringify({ runId, at: Date.now() }), 21_600);
}

/** Reads one block of rows into a partial reading state (plain JSON for the sidebar to merge). */
export function readChunk(request: ReadRequest): ReadState {
  const settings = normaliseSettings(request.settings);
  const lang = resolveLang(null, settings);
  if (isCancelled(request.runId)) throw new UserError(SERVER_MESSAGES.cancelled[lang]);
  touchRun(request.runId);
  const remembered = startStateOf(request.runId);
  const { sheet, state } = remembered ? { sheet: sourceSheet(request.sheetName, lang), state: remembered } : readConfig({ sheetName: request.sheetName, settings }, lang);
  const rows = readRows(sheet, request.startRow, request.numRows);
  const out = readChunkRows(state, rows, request.startRow, { zoneOffsetMinutes: readZone() });
  const total = Math.max(1, sheet.getLastRow());
  progress(request.runId, 'reading', Math.min(60, Math.round((60 * (request.startRow + rows.length)) / total)), `${Math.min(total, request.startRow + rows.length - 1)} / ${total}`);
  return out;
}

export function getProgress(runId: string): Progress | null {
  return readProgress(runId);
}

/** Asks a run to stop; it also frees the workbook for the next run (the cancelled run writes nothing more). */
export function cancelRun(runId: string): Progress | null {
  const cache = CacheService.getDocumentCache();
  const active = cache?.get(ACTIVE_RUN_KEY);
  if (active && (JSON.parse(active) as { runId: string }).runId === runId) cache?.remove(ACTIVE_RUN_KEY);
  return requestCancel(runId);
}

/** Computes the segmentation from the merged reading state and swaps the new tabs in. */
export function finishRun(runId: string, state: unknown, rawSettings: Settings): RunSummary {
  const settings = normaliseSettings(rawSettings);
  const lang = resolveLang(null, settings);
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(10_000)) throw new UserError(SERVER_MESSAGES.busy[lang]);
  const book = SpreadsheetApp.getActiveSpreadsheet();
  const cache = CacheService.getDocumentCache();
  try {
    const check = () => {
      if (isCancelled(runId)) throw new UserError(SERVER_MESSAGES.cancelled[lang]);
    };
    check();
    progress(runId, 'scoring', 65, '');
    const zoneOffset = sheetZoneOffset(book.getSpreadsheetTimeZone());
    if (!state) throw new UserError(format(SERVER_MESSAGES.emptySheet, lang, { name: '' }));
    const read = finishRead(state as ReadState);
    if (read.errors.length) throw new UserError(read.errors.map((e) => localize(e, lang)).join(' '));
    const analysisDay = settings.analysisDate ? (dayFromIso(settings.analysisDate) ?? undefined) : undefined;
    const segmentation = segmentCustomers(read.orders, read.customers, {
      analysisDay,
      bins: settings.bins,
      rules: rulesOf(settings),
      lang,
      marketingSpend: settings.marketingSpend,
      fitClv: settings.fitClv,
      segmentBy: settings.segmentBy,
    });
    check();
    progress(runId, 'writing', 75, '');
    const runDay = dayFromDate(new Date(), zoneOffset);
    const previous = readPreviousRun(book, segmentation.rules);
    const tabs = buildTabs(segmentation, {
      lang,
      runDay,
      previousPlacements: previous.placements,
      previousHistory: previous.history,
      sameSegment: previous.sameSegment,
      quality: qualityItems(read.quality.issues, lang),
      decisions: read.decisions.map((d) => localize(d, lang)),
    });

    // Refuse before writing anything when the workbook would pass 10 million cells.
    const replaced = tabs.reduce((n, t) => {
      const old = ownedTab(book, t.kind);
      return n + (old ? old.getMaxRows() * old.getMaxColumns() : 0);
    }, 0);
    const existing = book.getSheets().reduce((n, s) => n + s.getMaxRows() * s.getMaxColumns(), 0);
    const needed = existing - replaced + tabs.reduce((n, t) => {
      const e = tabExtent(t);
      return n + tabCells(e.rows, e.cols);
    }, 0);
    if (needed > CELL_LIMIT) throw new UserError(format(SERVER_MESSAGES.tooManyCells, lang, { cells: needed.toLocaleString('en-US') }));

    const active = book.getActiveSheet();
    try {
      tabs.forEach((tab, i) => {
        check();
        progress(runId, 'writing', 75 + Math.round((20 * i) / tabs.length), tab.name);
        writeTab(createPendingTab(book, runId, tab.kind), tab, { currency: settings.currency, zoneOffset });
      });
      check();
    } catch (e) {
      discardPending(book, runId);
      if (active) book.setActiveSheet(active);
      throw e;
    }
    const sheets = swapIn(book, runId, tabs);
    storeSettings(book, settings);
    if (sheets[0]) book.setActiveSheet(sheets[0]);

    const top = [...segmentation.summary].sort((a, b) => b.revenueShare - a.revenueShare)[0];
    const pct = (x: number) => `${Math.round(x * 100)} %`;
    const summary = format(SERVER_MESSAGES.summary, lang, {
      customers: segmentation.customers.length.toLocaleString('en-US'),
      segments: segmentation.summary.filter((s) => s.customers > 0).length,
      top: top?.name ?? '',
      customerShare: pct(top?.customerShare ?? 0),
      revenueShare: pct(top?.revenueShare ?? 0),
    });
    progress(runId, 'done', 100, summary, true);
    return {
      runId,
      summary,
      customers: segmentation.customers.length,
      segments: segmentation.summary.map((s) => ({ name: s.name, customers: s.customers, revenueShare: s.revenueShare })),
      tabs: sheets.map((s, i) => ({ kind: tabs[i].kind, name: s.getName(), sheetId: s.getSheetId() })),
      warnings: segmentation.warnings,
    };
  } finally {
    cache?.remove(ACTIVE_RUN_KEY);
    lock.releaseLock();
  }
}
