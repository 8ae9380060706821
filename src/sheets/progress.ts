import type { Progress } from '../app/contract';

/**
 * Run progress kept in the document cache, because one `google.script.run` call returns only at
 * its end: the sidebar polls `getProgress` with a second call while a long call works.
 */
const TTL_SECONDS = 6 * 60 * 60;
const key = (runId: string) => `progress:${runId}`;

export function readProgress(runId: string): Progress | null {
  const raw = CacheService.getDocumentCache()?.get(key(runId));
  return raw ? (JSON.parse(raw) as Progress) : null;
}

export function writeProgress(p: Progress): void {
  const cache = CacheService.getDocumentCache();
  if (!cache) return;
  // A cancel request may have arrived from the sidebar since we last looked: keep it.
  const previous = readProgress(p.runId);
  cache.put(key(p.runId), JSON.stringify({ ...p, cancelled: p.cancelled || Boolean(previous?.cancelled) }), TTL_SECONDS);
}

export function requestCancel(runId: string): Progress | null {
  const p = readProgress(runId) ?? { runId, stage: 'cancelled', percent: 0, message: '', cancelled: true, done: false };
  p.cancelled = true;
  CacheService.getDocumentCache()?.put(key(runId), JSON.stringify(p), TTL_SECONDS);
  return p;
}

export function isCancelled(runId: string): boolean {
  return Boolean(readProgress(runId)?.cancelled);
}
