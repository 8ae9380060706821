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
 * Keys are kept as first record and a bit per source that has the key (no list per key), in typed
 * arrays behind one map per kind of key, so 100,000 customers cost one look-up per key.
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

  /**
   * Key → slot; per slot the first record and the sources that have it (-1 once one source has it
   * twice: unused). Each record's slots are kept from the first pass, so joining needs no look-up.
   */
  const slotOf = { id: new Map<string, number>(), email: new Map<string, number>(), phone: new Map<string, number>() };
  let firstOf = new Int32Array(1024);
  let maskOf = new Int32Array(1024);
  let slots = 0;
  const slotFor = (keys: Map<string, number>, key: string, i: number, checkSource: boolean): number => {
    const known = keys.get(key);
    if (known === undefined) {
      if (slots === firstOf.length) {
        const f = new Int32Array(slots * 2);
        f.set(firstOf);
        firstOf = f;
        const m = new Int32Array(slots * 2);
        m.set(maskOf);
        maskOf = m;
      }
      firstOf[slots] = i;
      maskOf[slots] = bit(records[i]);
      keys.set(key, slots);
      return slots++;
    }
    const m = maskOf[known];
    if (m === -1) return known;
    const b = bit(records[i]);
    if (checkSource && m & b) {
      maskOf[known] = -1;
      ambiguous++;
    } else maskOf[known] = m | b;
    return known;
  };
  const join = (slot: number, i: number, method: MatchMethod) => {
    const first = firstOf[slot];
    if (first !== i && maskOf[slot] !== -1 && union(first, i)) matched[method]++;
  };

  // Per record: its id slot, email slot (-1: none) and the range of its phone slots in `phoneSlots`.
  const idSlot = new Int32Array(records.length);
  const emailSlot = new Int32Array(records.length);
  const phoneStart = new Int32Array(records.length + 1);
  const phoneSlots: number[] = [];
  /** Per record, the slot of its international number (`i:` key), -1 when none. */
  const intlSlot = new Int32Array(records.length);
  for (let i = 0; i < records.length; i++) {
    const r = records[i];
    idSlot[i] = slotFor(slotOf.id, r.id, i, false);
    emailSlot[i] = r.email ? slotFor(slotOf.email, r.email, i, true) : -1;
    phoneStart[i] = phoneSlots.length;
    intlSlot[i] = -1;
    for (const k of r.phones) {
      if (k.startsWith('x:')) continue;
      const slot = slotFor(slotOf.phone, k, i, true);
      phoneSlots.push(slot);
      if (intlSlot[i] === -1 && k.startsWith('i:')) intlSlot[i] = slot;
    }
  }
  phoneStart[records.length] = phoneSlots.length;
  for (let i = 0; i < records.length; i++) join(idSlot[i], i, 'id');
  for (let i = 0; i < records.length; i++) if (emailSlot[i] >= 0) join(emailSlot[i], i, 'email');
  for (let i = 0; i < records.length; i++) for (let k = phoneStart[i]; k < phoneStart[i + 1]; k++) join(phoneSlots[k], i, 'phone');

  // Local spellings to the one international number they can be (-2 once a second one is seen).
  // The local numbers are few beside the international ones: each is keyed as the `x:` key an
  // international number offers for it, so the international numbers' own keys look them up.
  const localAsX = new Map<string, number>();
  for (const [key, slot] of slotOf.phone) if (key.startsWith('n:') && maskOf[slot] !== -1) localAsX.set(`x:${key.slice(2)}`, slot);
  const international = new Map<number, number>();
  for (let i = 0; i < records.length && localAsX.size > 0; i++) {
    const fullSlot = intlSlot[i];
    if (fullSlot < 0) continue;
    for (const k of records[i].phones) {
      const n = k.startsWith('x:') ? localAsX.get(k) : undefined;
      if (n === undefined) continue;
      const seen = international.get(n);
      international.set(n, seen === undefined || seen === fullSlot ? fullSlot : -2);
    }
  }
  for (const [n, full] of international) {
    if (full < 0 || maskOf[full] === -1) continue;
    // The two groups together must not hold two records of one source either.
    if (maskOf[n] & maskOf[full]) {
      ambiguous++;
      continue;
    }
    if (union(firstOf[n], firstOf[full])) matched.phone++;
  }

  const personOf = new Int32Array(records.length);
  for (let i = 0; i < records.length; i++) personOf[i] = find(i);
  return { personOf, matched, ambiguous };
}
