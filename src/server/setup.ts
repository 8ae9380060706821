import type { Lang } from '../core/types';
import { langFromLocale, format } from '../core/i18n';
import { SERVER_MESSAGES } from './messages';
import { readOrders, detectColumns, ROLES, roleLabel, localize, type Detection, type Role } from '../core/parse';
import { columnLetter } from '../core/parse/cells';
import type { ColumnInfo, Settings, SetupInfo } from './contract';
import { qualityItems } from '../core/report/qualityTab';
import { normaliseSettings } from './defaultSettings';
import { loadSettings } from '../sheets/settingsStore';
import { readSample, sourceSheet, sourceSheetNames, chunkRowsFor } from '../sheets/source';
import { sheetZoneOffset } from '../sheets/zone';
import { PRESETS, ruleWarnings, rulesOf } from './rules';
import { CELL_LIMIT, estimateOutputCells } from './cellBudget';

/** The language of a call: the sidebar's choice, else the saved one, else the user's locale. */
export function resolveLang(lang: Lang | null, settings: Settings): Lang {
  return lang ?? settings.lang ?? langFromLocale(Session.getActiveUserLocale());
}

/**
 * Turns the saved role → header mapping into column indexes for this sheet. A saved header that is
 * gone (a new client's sheet) falls back to detection, and the caller is told.
 */
export function mappingFor(settings: Settings, detection: Detection): { mapping: Partial<Record<Role, number | null>>; missing: { role: Role; header: string }[] } {
  const mapping: Partial<Record<Role, number | null>> = {};
  const missing: { role: Role; header: string }[] = [];
  for (const [role, header] of Object.entries(settings.mapping)) {
    if (!(ROLES as readonly string[]).includes(role)) continue;
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

/** What the sidebar shows when it opens: detection, sample quality, settings, presets. */
export function getSetup(sheetName: string | null, lang: Lang | null, override: Settings | null): SetupInfo {
  const book = SpreadsheetApp.getActiveSpreadsheet();
  const settings = override ? normaliseSettings(override) : loadSettings(book);
  const l = resolveLang(lang, settings);
  const sheet = sourceSheet(sheetName ?? settings.sourceSheet, l);
  const sample = readSample(sheet, l);
  // Detection alone resolves the saved headers to columns; then one read of the sample with them.
  const { mapping } = mappingFor(settings, detectColumns(sample));
  const read = readOrders(sample, { mapping, zoneOffsetMinutes: sheetZoneOffset(book.getSpreadsheetTimeZone()), dateOrder: settings.dateOrder ?? undefined });
  const d = read.detection;
  const roleOf = new Map<number, Role>();
  for (const [role, col] of Object.entries(d.roles)) if (typeof col === 'number') roleOf.set(col, role as Role);
  const columns: ColumnInfo[] = d.columns.map((c) => ({
    index: c.index,
    letter: columnLetter(c.index),
    header: c.header,
    role: roleOf.get(c.index) ?? null,
    confidence: roleOf.has(c.index) ? c.confidence : 0,
    reason: c.reason ? localize(c.reason, l) : '',
  }));
  const rows = sheet.getLastRow();
  const cols = sheet.getLastColumn();
  const rules = rulesOf(settings);
  const needed = book.getSheets().reduce((n, s) => n + s.getMaxRows() * s.getMaxColumns(), 0) + estimateOutputCells(rows, cols);
  return {
    lang: l,
    sheetName: sheet.getName(),
    sheets: sourceSheetNames(),
    rows,
    columns: cols,
    shape: d.shape,
    detectedColumns: columns,
    roles: ROLES.map((role) => ({ role, label: roleLabel(role, l) })),
    sampleQuality: [...qualityItems(read.quality.issues, l), ...read.errors.map((e) => ({ id: e.key, severity: 'error' as const, count: 0, rows: [], message: localize(e, l) }))],
    sampleRows: sample.length - 1,
    settings,
    presets: PRESETS.map((p) => ({ id: p.id, name: p.name[l], rules: p.rules })),
    ruleWarnings: ruleWarnings(rules, settings.bins, l),
    chunkRows: chunkRowsFor(cols),
    refusal: needed > CELL_LIMIT ? format(SERVER_MESSAGES.tooManyCells, l, { cells: needed.toLocaleString('en-US') }) : null,
  };
}

/** Live warnings for rules being edited in the sidebar. */
export function checkRules(rules: unknown[], bins: number, lang: Lang): string[] {
  return ruleWarnings(rules as never, bins, lang);
}
