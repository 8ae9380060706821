import type { OverRepresented, TraitAttribute } from './types';

/** Lift at or above which a value counts as over-represented in a group. */
export const MIN_LIFT = 1.2;
/** ... and the share of the group it must reach, so a rare value with a big lift is not a "trait". */
export const MIN_SHARE = 0.2;

/**
 * Values over-represented in a group relative to all customers: lift = share in group / share overall
 * (the "index" of market research; 1.2 = 20 % more common than average). Blank values are ignored.
 * Sorted by lift, highest first.
 *
 * @example
 * overRepresented('city', ['A', 'A', 'B'], ['A', 'B', 'B', 'B', 'A', 'A']) // [{ value: 'A', share: 0.667, overallShare: 0.5, lift: 1.33 }]
 */
export function overRepresented(attribute: TraitAttribute, group: readonly (string | null)[], all: readonly (string | null)[]): OverRepresented[] {
  const count = (values: readonly (string | null)[]) => {
    const m = new Map<string, number>();
    let n = 0;
    for (const v of values) {
      if (v === null || v === '') continue;
      m.set(v, (m.get(v) ?? 0) + 1);
      n++;
    }
    return { m, n };
  };
  const g = count(group);
  const a = count(all);
  if (!g.n || !a.n) return [];
  const out: OverRepresented[] = [];
  for (const [value, c] of g.m) {
    const share = c / g.n;
    const overallShare = (a.m.get(value) ?? 0) / a.n;
    const lift = overallShare > 0 ? share / overallShare : 0;
    if (lift >= MIN_LIFT && share >= MIN_SHARE) out.push({ attribute, value, share, overallShare, lift });
  }
  return out.sort((x, y) => y.lift - x.lift || (x.value < y.value ? -1 : 1));
}
