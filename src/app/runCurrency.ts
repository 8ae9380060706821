import { currencyCode, type ReadResult } from '../core/parse';

/**
 * The currency of a run, used by every money format and money sentence it writes: the user's
 * setting when set (an override, e.g. "RM" → MYR), else the one currency the amounts show
 * (`RM 12.50` → MYR, as the reader's decision says), else none (''). Amounts that mix currencies
 * give none: one symbol would misstate the others, and the reader already reports the mix.
 * Marks that name no single currency (`$`, `¥`, `元`) and settings the reader does not know stay as written.
 * @example runCurrency('', read.decisions) // 'MYR' for a sheet of "RM 12.50" amounts
 */
export function runCurrency(setting: string, decisions: ReadResult['decisions']): string {
  const chosen = setting.trim();
  if (chosen !== '') return currencyCode(chosen) ?? chosen;
  // One decision per money column with currency marks; value null when the column mixes them.
  const shown = new Set(decisions.filter((d) => d.topic === 'currency').map((d) => d.value ?? ''));
  return shown.size === 1 ? [...shown][0] : '';
}
