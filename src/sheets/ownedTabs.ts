import type { TabKind } from '../core/report/tabSpec';

/**
 * Tabs the add-on owns carry developer metadata (`csa.tab` = kind), so a re-run finds and replaces
 * exactly its own tabs even after a user renames them, and never touches a user's sheet that
 * happens to have the same name. New output is built on pending tabs and swapped in only when
 * every tab is complete, so a failure or a cancel leaves the previous output as it was.
 */
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const TAB_KEY = 'csa.tab';
export const PENDING_KEY = 'csa.pending';

function metaValue(sheet: Sheet, key: string): string | null {
  for (const m of sheet.getDeveloperMetadata()) if (m.getKey() === key) return m.getValue();
  return null;
}

/** The add-on's finished tab of a kind, if any. */
export function ownedTab(book: Spreadsheet, kind: TabKind | 'settings'): Sheet | null {
  return book.getSheets().find((s) => metaValue(s, TAB_KEY) === kind) ?? null;
}

/** True when a sheet is one of ours (output, pending output or settings). */
export function isOwned(sheet: Sheet): boolean {
  return metaValue(sheet, TAB_KEY) !== null || metaValue(sheet, PENDING_KEY) !== null;
}

/** A free tab name: `name`, else `name (2)`, ... skipping every existing sheet. */
export function freeName(book: Spreadsheet, name: string, except?: Sheet): string {
  const taken = new Set(book.getSheets().filter((s) => s !== except).map((s) => s.getName()));
  if (!taken.has(name)) return name;
  for (let i = 2; ; i++) if (!taken.has(`${name} (${i})`)) return `${name} (${i})`;
}

/** Creates an empty pending tab for a run. */
export function createPendingTab(book: Spreadsheet, runId: string, kind: TabKind): Sheet {
  const sheet = book.insertSheet(freeName(book, `~${kind} ${runId.slice(0, 8)}`));
  sheet.addDeveloperMetadata(PENDING_KEY, `${runId}:${kind}`);
  return sheet;
}

/** Deletes pending tabs of a run (or of any run when `runId` is null: leftovers of a stopped run). */
export function discardPending(book: Spreadsheet, runId: string | null): void {
  for (const s of book.getSheets()) {
    const v = metaValue(s, PENDING_KEY);
    if (v !== null && (runId === null || v.startsWith(`${runId}:`))) book.deleteSheet(s);
  }
}

/**
 * Swaps a run's pending tabs in: each old tab of the same kind is deleted, the pending tab takes
 * the final name and the owned marker. Returns the finished tabs in the given order.
 */
export function swapIn(book: Spreadsheet, runId: string, tabs: { kind: TabKind; name: string }[]): Sheet[] {
  const pending = new Map<string, Sheet>();
  for (const s of book.getSheets()) {
    const v = metaValue(s, PENDING_KEY);
    if (v?.startsWith(`${runId}:`)) pending.set(v.slice(runId.length + 1), s);
  }
  const done: Sheet[] = [];
  for (const tab of tabs) {
    const fresh = pending.get(tab.kind);
    if (!fresh) continue;
    const old = ownedTab(book, tab.kind);
    const position = old ? old.getIndex() : null;
    if (old) book.deleteSheet(old);
    fresh.setName(freeName(book, tab.name, fresh));
    for (const m of fresh.getDeveloperMetadata()) if (m.getKey() === PENDING_KEY) m.remove();
    fresh.addDeveloperMetadata(TAB_KEY, tab.kind);
    if (position !== null) {
      book.setActiveSheet(fresh);
      book.moveActiveSheet(Math.min(position, book.getNumSheets()));
    }
    done.push(fresh);
  }
  // An output kind this run did not produce (e.g. the CLV model tab when the fit failed) would be stale.
  for (const kind of OUTPUT_KINDS) {
    if (tabs.some((t) => t.kind === kind)) continue;
    const stale = ownedTab(book, kind);
    if (stale) book.deleteSheet(stale);
  }
  return done;
}

/** Every kind of output tab a run may write. */
const OUTPUT_KINDS: TabKind[] = ['segments', 'summary', 'campaigns', 'personas', 'kpis', 'quality', 'history', 'movement', 'model', 'products', 'timing'];
