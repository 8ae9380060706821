import type { MatchMethod } from './types';

/** One customer record of one source, with its matching keys (`contactKeys.ts`). */
export interface PersonRecord {
  source: number;
  id: string;
  email: string | null;
  phones: readonly string[];
}

/** Who is who: the person (component) of every record, and how records were joined. */
export interface Identity {
  /** Per record, the index of the record whose id the person takes (the person's first record). */
  personOf: Int32Array;
  matched: Record<MatchMethod, number>;
  /** Keys shared by two records of the same source, left unused. */
  ambiguous: number;
}

/**
 * Recognises the same person across sources: records are joined (union-find) when they share a
 * customer id, then a normalised email, then a phone key, and the number of joins each method made
 * is counted. Within one source the reader's customer ids are distinct people: an email or phone
 * shared by two ids of one source says nothing about who a third record is, so that key is not
 * used (counted in `ambiguous`). A local phone number (`n:` key) is joined to an international one
 * (`x:` key) only when exactly one international number ends with it.
 * Each person takes the id of its lowest-numbered record: callers list order sources first, in the
 * order given, so the canonical id is the one the first order source uses.
 * Keys are kept as first record and a bit per source that has the key (no list per key), so 100,000
 * customers cost a few maps of small integers.
 */
export function resolveIdentity(records: readonly PersonRecord[]): Identity {
  const parent = new Int32Array(records.length);
  for (let i = 0; i < parent.length; i++) parent[i] = i;
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  };
  // The lower root stays the root, so a person's root is its lowest record.
  const union = (a: number, b: number): boolean => {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) return false;
    if (ra < rb) parent[rb] = ra;
    else parent[ra] = rb;
    return true;
  };
  const matched: Record<MatchMethod, number> = { id: 0, email: 0, phone: 0 };
  let ambiguous = 0;
  // One bit per source (past 30 sources, bits are shared: two sources may then look like one, so a key is left unused, never misused).
  const bit = (r: PersonRecord) => 1 << (r.source % 30);

  /** Key → first record and the sources that have it; mask -1 once one source has it twice (unused). */
  interface KeyTable {
    first: Map<string, number>;
    mask: Map<string, number>;
  }
  const table = (): KeyTable => ({ first: new Map(), mask: new Map() });
  // Most keys are seen once: their mask is only written when a second record has the key.
  const note = (t: KeyTable, key: string, i: number, checkSource: boolean) => {
    const first = t.first.get(key);
    if (first === undefined) {
      t.first.set(key, i);
      return;
    }
    const m = t.mask.get(key) ?? bit(records[first]);
    if (m === -1) return;
    const b = bit(records[i]);
    if (checkSource && m & b) {
      t.mask.set(key, -1);
      ambiguous++;
    } else t.mask.set(key, m | b);
  };
  const maskOf = (t: KeyTable, key: string): number | undefined => {
    const first = t.first.get(key);
    return first === undefined ? undefined : (t.mask.get(key) ?? bit(records[first]));
  };
  const join = (t: KeyTable, key: string, i: number, method: MatchMethod) => {
    const first = t.first.get(key);
    if (first !== undefined && first !== i && t.mask.get(key) !== -1 && union(first, i)) matched[method]++;
  };

  const ids = table();
  const emails = table();
  const phones = table();
  for (let i = 0; i < records.length; i++) {
    const r = records[i];
    note(ids, r.id, i, false);
    if (r.email) note(emails, r.email, i, true);
    for (const k of r.phones) if (!k.startsWith('x:')) note(phones, k, i, true);
  }
  for (let i = 0; i < records.length; i++) join(ids, records[i].id, i, 'id');
  for (let i = 0; i < records.length; i++) if (records[i].email) join(emails, records[i].email as string, i, 'email');
  for (let i = 0; i < records.length; i++) for (const k of records[i].phones) if (!k.startsWith('x:')) join(phones, k, i, 'phone');

  // Local spellings to the one international number they can be ('' once a second one is seen).
  const international = new Map<string, string>();
  for (const r of records) {
    const full = r.phones.find((k) => k.startsWith('i:'));
    if (!full) continue;
    for (const k of r.phones) {
      if (!k.startsWith('x:')) continue;
      const n = `n:${k.slice(2)}`;
      const m = maskOf(phones, n);
      if (m === undefined || m === -1) continue;
      const seen = international.get(n);
      international.set(n, seen === undefined || seen === full ? full : '');
    }
  }
  for (const [n, full] of international) {
    const target = full ? maskOf(phones, full) : undefined;
    if (target === undefined || target === -1) continue;
    // The two groups together must not hold two records of one source either.
    if ((maskOf(phones, n) as number) & target) {
      ambiguous++;
      continue;
    }
    if (union(phones.first.get(n) as number, phones.first.get(full) as number)) matched.phone++;
  }

  const personOf = new Int32Array(records.length);
  for (let i = 0; i < records.length; i++) personOf[i] = find(i);
  return { personOf, matched, ambiguous };
}
