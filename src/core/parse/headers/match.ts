import type { Role } from '../roles';
import { ROLES } from '../roles';
import { compact } from './normalize';
import { SYNONYMS } from './synonyms';

/** One way a header matched a role. */
export interface HeaderMatch {
  role: Role;
  kind: 'exact' | 'contains' | 'weak';
  /** The synonym that matched, for the reason shown to the user. */
  word: string;
}

const hasCjk = (s: string) => /[\u3400-\u9fff]/.test(s);

/** Precomputed synonym forms: exact headers without spaces, and contains-words. */
const EXACT = new Map<string, Role>();
const CONTAINS: { role: Role; word: string; cjk: boolean }[] = [];
const WEAK = new Map<string, Role>();
for (const role of ROLES) {
  for (const w of SYNONYMS[role].weak ?? []) WEAK.set(compact(w), role);
  for (const w of SYNONYMS[role].exact) if (!EXACT.has(compact(w))) EXACT.set(compact(w), role);
  for (const w of SYNONYMS[role].contains) CONTAINS.push({ role, word: w, cjk: hasCjk(w) });
}
// Longer words first, so "order date" wins over "date" and "customer id" over "id".
CONTAINS.sort((a, b) => b.word.length - a.word.length);

/**
 * The roles a normalized header suggests, best first: an exact synonym, then words it contains
 * (skipping a role when the header also holds one of that role's `not` words).
 * @example matchHeader('order date')[0] // { role: 'orderDate', kind: 'exact', word: 'order date' }
 */
export function matchHeader(normalized: string): HeaderMatch[] {
  if (normalized === '') return [];
  const out: HeaderMatch[] = [];
  const exact = EXACT.get(compact(normalized));
  if (exact) out.push({ role: exact, kind: 'exact', word: normalized });
  const weak = WEAK.get(compact(normalized));
  if (weak && !exact) out.push({ role: weak, kind: 'weak', word: normalized });
  const spaced = ` ${normalized} `;
  const tight = compact(normalized);
  for (const { role, word, cjk } of CONTAINS) {
    if (out.some((m) => m.role === role)) continue;
    const found = cjk ? tight.includes(compact(word)) : spaced.includes(` ${word} `);
    if (!found) continue;
    const not = SYNONYMS[role].not ?? [];
    if (not.some((n) => (hasCjk(n) ? tight.includes(n) : spaced.includes(` ${n} `)))) continue;
    out.push({ role, kind: 'contains', word });
  }
  return out;
}
