import type { ReadState } from '../core/parse';

/**
 * Which run owns the workbook, kept in the document cache (shared by every user of the file), and
 * the document lock that makes starting and finishing a run exclusive. A run that has not called
 * in for {@link RUN_STALE_MS} is considered stopped (a closed sidebar), so the workbook frees itself.
 */
const ACTIVE_RUN_KEY = 'activeRun';
/**
 * A run that has not called in for this long is considered stopped. A live sidebar calls in every
 * second (it polls progress while any call works), so two minutes of silence means it was closed.
 */
export const RUN_STALE_MS = 2 * 60 * 1000;
/** Longest a cache entry may live (6 hours). */
const CACHE_SECONDS = 21_600;
/** The cache refuses values over 100 KB. */
const CACHE_VALUE_LIMIT = 90_000;

const cache = () => CacheService.getDocumentCache();

/** Runs `work` holding the document lock; `busy` is thrown when another execution holds it for 10 s. */
export function withDocumentLock<T>(busy: () => Error, work: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(10_000)) throw busy();
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}

/** The workbook's run marker, or null when there is none or it cannot be read (an unreadable marker is no run). */
function activeRun(): { runId: unknown; at: unknown } | null {
  const text = cache()?.get(ACTIVE_RUN_KEY);
  if (!text) return null;
  try {
    const marker = JSON.parse(text) as { runId?: unknown; at?: unknown } | null;
    return marker && typeof marker === 'object' ? { runId: marker.runId, at: marker.at } : null;
  } catch {
    return null;
  }
}

/** Milliseconds since another run last called in, when that was less than {@link RUN_STALE_MS} ago; else null. */
export function otherRunActiveFor(): number | null {
  const active = activeRun();
  if (!active) return null;
  const since = Date.now() - Number(active.at);
  return since >= 0 && since < RUN_STALE_MS ? since : null;
}

/** Renews `runId`'s claim on the workbook if it still holds it (progress polls keep a live run alive). */
export function touchRun(runId: string): void {
  if (activeRun()?.runId === runId) markRunActive(runId);
}

/** Marks `runId` as the workbook's run, now (each call of the run renews it). */
export function markRunActive(runId: string): void {
  cache()?.put(ACTIVE_RUN_KEY, JSON.stringify({ runId, at: Date.now() }), CACHE_SECONDS);
}

/** Frees the workbook: of any run, or only of `runId` when given (an unreadable marker is removed too). */
export function clearActiveRun(runId?: string): void {
  const c = cache();
  if (!c?.get(ACTIVE_RUN_KEY)) return;
  const marker = activeRun();
  const holder = marker ? marker.runId : null;
  if (runId === undefined || holder === runId || holder === null) c.remove(ACTIVE_RUN_KEY);
}

/**
 * The run's empty reading state (detection and options) is kept in the document cache, so each
 * chunk call reads only its own rows instead of re-reading and re-detecting the sample. When the
 * cache has dropped it (values > 100 KB are refused, entries may expire), the caller recomputes it
 * from the same sample, which gives the same state.
 */
export function rememberStartState(runId: string, state: ReadState): void {
  const text = JSON.stringify(state);
  if (text.length < CACHE_VALUE_LIMIT) cache()?.put(`start:${runId}`, text, CACHE_SECONDS);
}

/** The state {@link rememberStartState} kept, or null. */
export function startStateOf(runId: string): ReadState | null {
  const text = cache()?.get(`start:${runId}`);
  return text ? (JSON.parse(text) as ReadState) : null;
}
