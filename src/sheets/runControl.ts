import type { ReadState } from '../core/parse';

/**
 * Which run owns the workbook, kept in the document cache (shared by every user of the file), and
 * the document lock that makes starting and finishing a run exclusive. A run that has not called
 * in for {@link RUN_STALE_MS} is considered stopped (a closed sidebar), so the workbook frees itself.
 */
const ACTIVE_RUN_KEY = 'activeRun';
/** A run that has not called in for this long is considered stopped. */
const RUN_STALE_MS = 10 * 60 * 1000;
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

/** True when another run called in less than {@link RUN_STALE_MS} ago. */
export function otherRunActive(): boolean {
  const active = cache()?.get(ACTIVE_RUN_KEY);
  if (!active) return false;
  const { at } = JSON.parse(active) as { runId: string; at: number };
  return Date.now() - at < RUN_STALE_MS;
}

/** Marks `runId` as the workbook's run, now (each call of the run renews it). */
export function markRunActive(runId: string): void {
  cache()?.put(ACTIVE_RUN_KEY, JSON.stringify({ runId, at: Date.now() }), CACHE_SECONDS);
}

/** Frees the workbook: of any run, or only of `runId` when given. */
export function clearActiveRun(runId?: string): void {
  const c = cache();
  const active = c?.get(ACTIVE_RUN_KEY);
  if (!active) return;
  if (runId === undefined || (JSON.parse(active) as { runId: string }).runId === runId) c?.remove(ACTIVE_RUN_KEY);
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
