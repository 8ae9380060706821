import type { ReadState } from '../core/parse';
import { isOrderColumns } from '../core/parse/orderColumns';
import type { ReadRequest } from './contract';

/**
 * Shape checks of what arrives through `google.script.run`: the sidebar is ours, but a stale
 * sidebar from an older version, a truncated transfer or a hand-made call must give a clear
 * sentence, never "Cannot read properties of undefined" from deep inside a run.
 */

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/** True when `v` has the fields of a reading state (the core's {@link ReadState}) with the right kinds. */
export function isReadState(v: unknown): v is ReadState {
  if (!isObject(v) || v.version !== 1) return false;
  const d = v.detection;
  if (!isObject(d) || !Array.isArray(d.columns) || !isObject(d.roles) || typeof d.headerRow !== 'number') return false;
  if (!isObject(v.options) || !Array.isArray(v.errors)) return false;
  if (!isCount(v.rowsRead) || typeof v.firstRow !== 'number' || typeof v.lastRow !== 'number') return false;
  if (!Array.isArray(v.orders) || !Array.isArray(v.rowOrders) || !Array.isArray(v.customers) || !Array.isArray(v.attributes) || !Array.isArray(v.hashes)) return false;
  if (v.hashes.some((b) => !isObject(b) || typeof b.firstRow !== 'number' || !(typeof b.hashes === 'string' || Array.isArray(b.hashes)))) return false;
  if (v.packedOrders !== undefined && !isOrderColumns(v.packedOrders)) return false;
  if (v.duplicates !== undefined && (!isObject(v.duplicates) || !isCount(v.duplicates.count) || !Array.isArray(v.duplicates.rows))) return false;
  return isObject(v.dates) && isObject(v.money) && isObject(v.types) && isObject(v.issues);
}

/** True when `v` is a read request: a run id, a sheet name, and a block of whole rows from row 1 on. */
export function isReadRequest(v: unknown): v is ReadRequest {
  if (!isObject(v)) return false;
  return typeof v.runId === 'string' && v.runId !== '' && typeof v.sheetName === 'string' && isCount(v.startRow) && (v.startRow as number) >= 1 && isCount(v.numRows) && isObject(v.settings);
}
