/**
 * The end of a run over several source sheets (issue 18): the sidebar read each sheet in blocks
 * and merged each sheet's blocks on their own (never across sheets, each has its own columns);
 * here the sheets' states are combined into one customer base by the app layer's
 * `segmentSources` and the tabs are swapped in as for one sheet ({@link finishWith}).
 */
import { format } from '../core/i18n';
import type { RunSummary, Settings, SourceState } from '../app/contract';
import { SERVER_MESSAGES, UserError } from '../app/messages';
import { isReadState } from '../app/payload';
import { segmentSources } from '../app/sources';
import { finishWith } from './run';

/** True when `v` is the sidebar's list of sheets with their merged reading states. */
function isSourceStates(v: unknown): v is SourceState[] {
  return Array.isArray(v) && v.length > 0 && v.every((s) => s && typeof s === 'object' && typeof (s as SourceState).name === 'string' && isReadState((s as SourceState).state));
}

/** Combines the source sheets' reading states, computes the segmentation and swaps the new tabs in. */
export function finishSourcesRun(runId: string, sources: SourceState[], rawSettings: Settings): RunSummary {
  return finishWith(runId, rawSettings, (input) => {
    if (!isSourceStates(sources)) throw new UserError(format(SERVER_MESSAGES.badPayload, input.lang, { what: 'source sheets' }));
    return segmentSources(sources, input);
  });
}
