/**
 * A read state as it crosses `google.script.run` (Apps Script ↔ sidebar): row fingerprints packed
 * as text (`rowHashes.ts`) and orders column by column (`orderColumns.ts`), which cuts the JSON
 * written and parsed on both sides. Merging and finishing take either form.
 */
import { packOrders, unpackOrders } from './orderColumns';
import { settleDuplicates, withPackedHashes } from './rowHashes';
import type { ReadState } from './state';

/** The state packed for the trip. */
export function packForTransfer(state: ReadState): ReadState {
  const s = withPackedHashes(state);
  return state.packedOrders ? s : { ...s, orders: [], packedOrders: packOrders(state.orders) };
}

/** The state with its orders as objects again (the state itself when they are). */
export function unpackTransfer(state: ReadState): ReadState {
  if (!state.packedOrders) return state;
  const { packedOrders, ...rest } = state;
  return { ...rest, orders: unpackOrders(packedOrders) };
}

/** What the sidebar sends to the last call: duplicates settled (`settleDuplicates`), then packed. */
export function finalForTransfer(state: ReadState): ReadState {
  return packForTransfer(settleDuplicates(state));
}
