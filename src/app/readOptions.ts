import type { DayNumber } from '../core/types';
import { dayFromIso } from '../core/days';
import { ROLES, type Detection, type ReadOptions, type Role } from '../core/parse';
import type { Settings } from './contract';

/**
 * Turns the saved role → header mapping into column indexes for this sheet. A saved header that is
 * gone (a new client's sheet) falls back to detection, and the caller is told.
 */
export function mappingFor(settings: Settings, detection: Detection): { mapping: Partial<Record<Role, number | null>>; missing: { role: Role; header: string }[] } {
  const mapping: Partial<Record<Role, number | null>> = {};
  const missing: { role: Role; header: string }[] = [];
  for (const [role, header] of Object.entries(settings.mapping)) {
    if (!(ROLES as readonly string[]).includes(role) || header === undefined) continue;
    if (header === null) {
      mapping[role as Role] = null;
      continue;
    }
    const col = detection.columns.find((c) => c.header === header);
    if (col) mapping[role as Role] = col.index;
    else missing.push({ role: role as Role, header });
  }
  return { mapping, missing };
}

/** The settings' analysis day, else `fallback` (the sheet's today for a run). */
export function analysisDayOf(settings: Settings, fallback?: DayNumber): DayNumber | undefined {
  return (settings.analysisDate ? dayFromIso(settings.analysisDate) : null) ?? fallback;
}

/**
 * How to read a source with these settings: the user's column choices on the detected columns,
 * their day/month order, and the analysis day (orders after it are reported as future dates).
 * One function for the sidebar run, the setup preview and the CLI, so all read alike.
 */
export function readOptionsFor(settings: Settings, detection: Detection, context: { today?: DayNumber; zoneOffsetMinutes?: (d: Date) => number }): ReadOptions {
  const { mapping } = mappingFor(settings, detection);
  return { mapping, zoneOffsetMinutes: context.zoneOffsetMinutes, dateOrder: settings.dateOrder ?? undefined, analysisDay: analysisDayOf(settings, context.today) };
}
