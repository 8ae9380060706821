import { MIN_DIGITS } from './contactKeys';
import { KeyTable } from './keyTable';
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
 * arrays behind one table per kind of key (`keyTable.ts`), phone numbers as numbers, so 100,000
 * customers cost one look-up per key and almost no garbage; callers with many records give the keys
 * in columns ({@link resolveKeys}) rather than an object per record.
 */
export function resolveIdentity(records: readonly PersonRecord[]): Identity {
  const keys = identityKeys(records.length);
  records.forEach((r, i) => {
    keys.source[i] = r.source;
    keys.id[i] = r.id;
    keys.email[i] = r.email;
    const digits = (prefix: string) => r.phones.find((k) => k.startsWith(prefix))?.slice(2) ?? null;
    setPhone(keys, i, { local: digits('n:'), intl: digits('i:'), suffixes: r.phones.some((k) => k.startsWith('x:')) });
  });
  return resolveKeys(keys);
}

/** The matching keys of all records, one array per key (no object per record): see {@link PersonRecord} and `phoneParts`. */
export interface IdentityKeys {
  source: Int32Array;
  id: string[];
  email: (string | null)[];
  /**
   * The `n:` and `i:` phone keys' digits as numbers ({@link digitsKey}; NaN: none, -1: more than 15
   * digits, kept in `long`), so no string is kept per record.
   */
  local: Float64Array;
  intl: Float64Array;
  /** The number of digits of `intl` where the number offers `x:` keys (written as international), else 0. */
  suffixDigits: Uint8Array;
  long: Map<number, { local: string | null; intl: string | null; suffixes: boolean }>;
}

/** Room for the keys of `n` records, none yet. */
export function identityKeys(n: number): IdentityKeys {
  return { source: new Int32Array(n), id: new Array<string>(n), email: new Array<string | null>(n).fill(null), local: new Float64Array(n).fill(Number.NaN), intl: new Float64Array(n).fill(Number.NaN), suffixDigits: new Uint8Array(n), long: new Map() };
}

/** Record `i`'s phone keys, from `phoneParts`. */
export function setPhone(keys: IdentityKeys, i: number, p: { local: string | null; intl: string | null; suffixes: boolean }): void {
  keys.local[i] = digitsCode(p.local);
  keys.intl[i] = digitsCode(p.intl);
  if (keys.local[i] === -1 || keys.intl[i] === -1) keys.long.set(i, p);
  if (p.suffixes && p.intl !== null) keys.suffixDigits[i] = p.intl.length <= 15 ? p.intl.length : 0;
}

/** 10^k, exactly, for k ≤ 15. */
const TEN = Array.from({ length: 16 }, (_, k) => Number(`1e${k}`));

/** {@link digitsKey} as stored in {@link IdentityKeys}: NaN for none, -1 past 15 digits. */
function digitsCode(d: string | null): number {
  if (d === null) return Number.NaN;
  if (d.length > 15) return -1;
  // Digit by digit, exact below 2^53: Number() on a long digit string takes a slow path.
  let n = 0;
  for (let i = 0; i < d.length; i++) n = n * 10 + (d.charCodeAt(i) - 48);
  return TEN[d.length] + n;
}

/**
 * Digits as one map key: a number (10^length + the digits, so "0123" ≠ "123") up to 15 digits,
 * all exact in a double, the digits themselves past that.
 */
function digitsKey(d: string): number | string {
  return d.length <= 15 ? digitsCode(d) : d;
}

/** {@link resolveIdentity} on keys in columns. */
export function resolveKeys(keys: IdentityKeys): Identity {
  const count = keys.source.length;
  const parent = new Int32Array(count);
  for (let i = 0; i < count; i++) parent[i] = i;
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
  const bit = (i: number) => 1 << (keys.source[i] % 30);

  /**
   * Key → slot; per slot the first record and the sources that have it (-1 once one source has it
   * twice: unused). Each record's slots are kept from the first pass, so joining needs no look-up.
   */
  const slotOf = { email: new KeyTable(count), local: new KeyTable(), intl: new KeyTable(count) };
  // At most three keys per record.
  const firstOf = new Int32Array(3 * count);
  const maskOf = new Int32Array(3 * count);
  let slots = 0;
  const slotFor = (table: KeyTable, key: string | number, i: number): number => {
    const known = table.getOrAdd(key, slots);
    if (known === -1) {
      firstOf[slots] = i;
      maskOf[slots] = bit(i);
      return slots++;
    }
    const m = maskOf[known];
    if (m === -1) return known;
    const b = bit(i);
    if (m & b) {
      maskOf[known] = -1;
      ambiguous++;
    } else maskOf[known] = m | b;
    return known;
  };
  const join = (slot: number, i: number, method: MatchMethod) => {
    if (slot >= 0 && firstOf[slot] !== i && maskOf[slot] !== -1 && union(firstOf[slot], i)) matched[method]++;
  };

  // Ids first: they are never ambiguous (one source's ids are distinct people), so each record
  // joins the first record with its id at once, without a slot.
  const firstWithId = new KeyTable(count);
  for (let i = 0; i < count; i++) {
    const first = firstWithId.getOrAdd(keys.id[i], i);
    if (first >= 0 && union(first, i)) matched.id++;
  }

  // Per record: its email slot and phone slots (-1: none).
  const emailSlot = new Int32Array(count).fill(-1);
  const localSlot = new Int32Array(count).fill(-1);
  const intlSlot = new Int32Array(count).fill(-1);
  // One kind of key at a time: one table in the cache at a time.
  for (let i = 0; i < count; i++) {
    const email = keys.email[i];
    if (email) emailSlot[i] = slotFor(slotOf.email, email, i);
  }
  for (let i = 0; i < count; i++) {
    const local = keys.local[i];
    if (local >= 0) localSlot[i] = slotFor(slotOf.local, local, i);
    else if (local === -1) localSlot[i] = slotFor(slotOf.local, keys.long.get(i)?.local as string, i);
    const intl = keys.intl[i];
    if (intl >= 0) intlSlot[i] = slotFor(slotOf.intl, intl, i);
    else if (intl === -1) intlSlot[i] = slotFor(slotOf.intl, keys.long.get(i)?.intl as string, i);
  }
  for (let i = 0; i < count; i++) join(emailSlot[i], i, 'email');
  for (let i = 0; i < count; i++) {
    join(localSlot[i], i, 'phone');
    join(intlSlot[i], i, 'phone');
  }

  // Local spellings to the one international number they can be (-2 once a second one is seen):
  // each international number looks its `x:` keys (itself without a 1-3 digit country code) up
  // among the local numbers, which are few beside the international ones.
  // A bit per last MIN_DIGITS digits of the local numbers (1.25 MB) spares most international
  // numbers their look-ups: an `x:` key has at least that many digits, all ending the same.
  const localOf = new KeyTable(slotOf.local.size);
  const endings = new Uint8Array(slotOf.local.size > 0 ? TEN[MIN_DIGITS] / 8 : 0);
  const ending = (key: number | string) => (typeof key === 'number' ? (key >= TEN[MIN_DIGITS] ? key % TEN[MIN_DIGITS] : -1) : Number(key.slice(-MIN_DIGITS)));
  slotOf.local.forEach((key, slot) => {
    if (maskOf[slot] === -1) return;
    localOf.getOrAdd(key, slot);
    const e = ending(key);
    if (e >= 0) endings[e >>> 3] |= 1 << (e & 7);
  });
  /** Per local slot: its international slot (-1: none yet, -2: two), and the local slots that have one. */
  const international = new Int32Array(slotOf.local.size > 0 ? slots : 0).fill(-1);
  const found: number[] = [];
  for (let i = 0; i < count && localOf.size > 0; i++) {
    const full = intlSlot[i];
    const code = keys.intl[i];
    const long = code === -1 ? keys.long.get(i) : undefined;
    if (full < 0 || (long ? !long.suffixes : keys.suffixDigits[i] === 0)) continue;
    const longDigits = long ? (long.intl as string) : null;
    const e = ending(longDigits ?? code);
    if (e < 0 || !(endings[e >>> 3] & (1 << (e & 7)))) continue;
    // The number without its first k digits, as `digitsKey` makes it (arithmetic up to 15 digits).
    const length = longDigits === null ? keys.suffixDigits[i] : longDigits.length;
    const whole = longDigits === null ? code - TEN[length] : -1;
    for (let k = 1; k <= 3; k++) {
      const m = length - k;
      if (m < MIN_DIGITS) break;
      const n = localOf.get(longDigits === null ? TEN[m] + (whole % TEN[m]) : digitsKey(longDigits.slice(k)));
      if (n === -1) continue;
      const seen = international[n];
      if (seen === -1) found.push(n);
      international[n] = seen === -1 || seen === full ? full : -2;
    }
  }
  for (const n of found) {
    const full = international[n];
    if (full < 0 || maskOf[full] === -1) continue;
    // The two groups together must not hold two records of one source either.
    if (maskOf[n] & maskOf[full]) {
      ambiguous++;
      continue;
    }
    if (union(firstOf[n], firstOf[full])) matched.phone++;
  }

  const personOf = new Int32Array(count);
  for (let i = 0; i < count; i++) personOf[i] = find(i);
  return { personOf, matched, ambiguous };
}
