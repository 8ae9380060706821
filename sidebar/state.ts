/** The sidebar's state and the few rules about it that several views share. */
import type { Progress, RoleName, RunSummary, SegmentRule, Settings, SetupInfo } from '../src/app/contract';
import { rulesOf } from '../src/app/rulesOf';
import type { Call } from './rpc';
import type { FlowProgress } from './runFlow';

export type Page = 'run' | 'settings' | 'help';

export interface RunState {
  status: 'idle' | 'running' | 'cancelling' | 'done' | 'cancelled' | 'error';
  runId: string | null;
  flow: FlowProgress | null;
  server: Progress | null;
  summary: RunSummary | null;
  error: string | null;
}

export interface AppState {
  page: Page;
  setup: SetupInfo | null;
  settings: Settings | null;
  /** The rule set being edited (settings.rules, or a copy of the preset's). */
  rules: SegmentRule[];
  ruleWarnings: string[];
  run: RunState;
  /** A one-line notice (saved, imported...) or error not tied to a run. */
  notice: { kind: 'ok' | 'error'; text: string } | null;
  busy: boolean;
}

/** What views get: the state, the server, and ways to ask for a redraw or a fresh setup. */
export interface Ctx {
  state: AppState;
  call: Call;
  /** Redraws the whole sidebar (not while the user types: views update their own parts then). */
  render(): void;
  /** Redraws only the run panel (progress ticks must not disturb fields being edited). */
  renderRun(): void;
  /** Asks the server again for the detected columns and quality with the current settings. */
  refreshSetup(): Promise<void>;
  /** Shows an error sentence from a failed call. */
  fail(e: unknown): void;
}

export function initialRunState(): RunState {
  return { status: 'idle', runId: null, flow: null, server: null, summary: null, error: null };
}

/** The rules a preset (or the settings' custom rules) define, as an editable deep copy. */
export function editableRules(settings: Settings, setup: SetupInfo): SegmentRule[] {
  return JSON.parse(JSON.stringify(rulesOf(settings, setup.presets))) as SegmentRule[];
}

/** Role → column header currently in force: the user's choice where made, else the detection. */
export function effectiveMapping(setup: SetupInfo, settings: Settings): Partial<Record<RoleName, string | null>> {
  const out: Partial<Record<RoleName, string | null>> = {};
  for (const c of setup.detectedColumns) if (c.role && !(c.role in out)) out[c.role] = c.header;
  for (const [role, header] of Object.entries(settings.mapping) as [RoleName, string | null | undefined][]) if (header !== undefined) out[role] = header;
  return out;
}

/**
 * Points `role` at the column with `header` (null = not used). A column plays one role: a role that
 * pointed at the same column is set to not used, so the server never sees one column twice.
 */
export function assignRole(setup: SetupInfo, settings: Settings, role: RoleName, header: string | null): Settings {
  const current = effectiveMapping(setup, settings);
  const mapping: Settings['mapping'] = { ...settings.mapping };
  if (header !== null) for (const other of Object.keys(current) as RoleName[]) if (other !== role && current[other] === header) mapping[other] = null;
  mapping[role] = header;
  return { ...settings, mapping };
}
