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
  /** Roles the last column choice moved (shown under the drop-downs so no change is silent). */
  roleMoves: RoleMove[];
  /** Roles a swap left not used, waiting for their column (see {@link assignRole}). */
  waitingRoles: RoleChoice['waiting'];
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

/** A role that another choice moved: to `header` (null = not used), or back to it. */
export interface RoleMove {
  role: RoleName;
  header: string | null;
  /** The role whose choice took this role's column. */
  by: RoleName;
}

/** A column choice's outcome: the new settings, the roles it moved, and who still waits for a column. */
export interface RoleChoice {
  settings: Settings;
  moved: RoleMove[];
  /** Roles left not used by a swap, with the column they had: they get it back once it is free again. */
  waiting: Partial<Record<RoleName, string>>;
}

/**
 * Points `role` at the column with `header` (null = not used). A column plays one role, so a role
 * that held that column swaps: it takes `role`'s previous column. When that leaves it not used, it
 * waits for its column and gets it back as soon as no role holds it, so choosing a column and then
 * choosing back always restores the mapping.
 */
export function assignRole(setup: SetupInfo, settings: Settings, role: RoleName, header: string | null, waiting: RoleChoice['waiting'] = {}): RoleChoice {
  const current = effectiveMapping(setup, settings);
  const previous = current[role] ?? null;
  const mapping: Settings['mapping'] = { ...settings.mapping, [role]: header };
  const nextWaiting: RoleChoice['waiting'] = { ...waiting };
  delete nextWaiting[role]; // the user chose for this role: it waits no more
  const moved: RoleMove[] = [];
  if (header !== null && header !== previous) {
    for (const other of Object.keys(current) as RoleName[]) {
      if (other === role || current[other] !== header) continue;
      mapping[other] = previous;
      moved.push({ role: other, header: previous, by: role });
      if (previous === null) nextWaiting[other] = header;
    }
  }
  const now = (r: RoleName) => (r in mapping ? mapping[r] : current[r]) ?? null;
  const held = new Set((Object.keys({ ...current, ...mapping }) as RoleName[]).map(now));
  for (const [other, column] of Object.entries(nextWaiting) as [RoleName, string][]) {
    if (held.has(column) || now(other) !== null) continue;
    mapping[other] = column;
    moved.push({ role: other, header: column, by: role });
    delete nextWaiting[other];
    held.add(column);
  }
  return { settings: { ...settings, mapping }, moved, waiting: nextWaiting };
}
