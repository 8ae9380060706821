import { LANGS } from '../core/types';
import { OTHERS_ID, OTHERS_NAME, type SegmentRule } from '../core/rfm';
import type { PreviousPlacement } from '../core/report/segmentsTab';
import type { HistoryLine } from '../core/report/historyTab';

/** What the previous run left in the workbook, as the sheet adapter read it back. */
export interface StoredRun {
  /** Customer id → the segment name shown on the previous Segments tab and since when. */
  placements: Map<string, PreviousPlacement>;
  /** Earlier History lines; `segmentId` is '' on lines written before History had the id column. */
  history: HistoryLine[];
}

/** The previous run as the new run compares against it. */
export interface PreviousRun {
  placements: Map<string, PreviousPlacement>;
  history: HistoryLine[];
  /** True when a name shown on the previous Segments tab is the segment `segmentId`, in any language. */
  sameSegment: (previousName: string, segmentId: string) => boolean;
}

/** A workbook's first run: nothing to compare with. */
export function firstRun(): PreviousRun {
  return { placements: new Map(), history: [], sameSegment: () => false };
}

/** Every name a segment has had in any language (a custom rule's plain name, or the preset's four). */
function namesOf(id: string, rules: readonly SegmentRule[]): string[] {
  if (id === OTHERS_ID) return LANGS.map((l) => OTHERS_NAME[l]);
  const rule = rules.find((r) => r.id === id);
  if (!rule) return [id];
  return typeof rule.name === 'string' ? [rule.name] : LANGS.map((l) => (rule.name as Record<string, string>)[l]);
}

/**
 * The previous run keyed by segment id: History lines without an id (older tabs) get the id of the
 * rule whose name they show in any language, so switching the language between runs does not look
 * like everyone moved.
 */
export function previousRunOf(stored: StoredRun, rules: readonly SegmentRule[]): PreviousRun {
  const ids = [OTHERS_ID, ...rules.map((r) => r.id)];
  const idOfName = (name: string) => ids.find((id) => namesOf(id, rules).includes(name)) ?? name;
  const history = stored.history.map((l) => (l.segmentId ? l : { ...l, segmentId: idOfName(l.segment) }));
  return { placements: stored.placements, history, sameSegment: (previousName, segmentId) => namesOf(segmentId, rules).includes(previousName) };
}
