import type { AttributeValue } from '../types';
import { MIN_DIGITS, phoneParts } from './contactKeys';
import { KeyTable } from './keyTable';
import { firstWithNumber, firstWithString } from './firstWithKey';
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
 * Each kind of key is grouped in one pass of radix-partitioned hashing (`firstWithKey.ts`: per
 * record, the first record with its key), and per first record a bit per source that has the key
 * (no list per key), in typed arrays, phone numbers as numbers: 100,000 customers cost a few sweeps
 * and almost no garbage. Callers with many records give the keys in columns ({@link resolveKeys})
 * rather than an object per record.
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

/**
 * Record `i`'s phone keys straight from its cell: what {@link setPhone} of `phoneParts(v)` writes,
 * without the strings. A short ASCII cell (nearly every phone cell) is read in one pass: its digits'
 * count, leading zeros and value give every key, since a key's code depends only on its digits'
 * length and value. Anything else (a number, other characters, more than 15 digits) takes
 * `phoneParts`.
 */
export function setPhoneOf(keys: IdentityKeys, i: number, v: AttributeValue | undefined): void {
  if (typeof v !== 'string') {
    setPhoneParts(keys, i, v);
    return;
  }
  let digits = 0;
  let zeros = 0;
  let value = 0;
  /** The first character that is not white space, as `trim` sees it (-1: none yet). */
  let lead = -1;
  for (let j = 0; j < v.length; j++) {
    const c = v.charCodeAt(j);
    if (c >= 48 && c <= 57) {
      if (c === 48 && zeros === digits) zeros++;
      value = value * 10 + (c - 48);
      digits++;
    } else if (c >= 128) {
      setPhoneParts(keys, i, v);
      return;
    }
    if (lead === -1 && c !== 32 && (c < 9 || c > 13)) lead = c;
  }
  if (digits > 15) {
    setPhoneParts(keys, i, v);
    return;
  }
  let international = lead === 43;
  let length = digits;
  if (!international && zeros >= 2) {
    international = true;
    length -= 2;
  }
  if (length < MIN_DIGITS) return;
  if (international) {
    keys.intl[i] = TEN[length] + value;
    keys.suffixDigits[i] = length;
  } else if (zeros > 0) keys.local[i] = TEN[digits - zeros] + value;
  else {
    keys.local[i] = TEN[length] + value;
    if (length >= 10) keys.intl[i] = keys.local[i];
  }
}

function setPhoneParts(keys: IdentityKeys, i: number, v: AttributeValue | undefined): void {
  const p = phoneParts(v);
  if (p) setPhone(keys, i, p);
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
   * Per kind of key, each record's first record with the same key (`firstWithKey.ts`; -1: no key),
   * and per first record the sources that have the key (-1 once one source has it twice: unused).
   */
  const masks = (first: Int32Array): Int32Array => {
    const mask = new Int32Array(count);
    for (let i = 0; i < count; i++) {
      const f = first[i];
      if (f === i) mask[i] = bit(i);
      else if (f >= 0 && mask[f] !== -1) {
        const b = bit(i);
        if (mask[f] & b) {
          mask[f] = -1;
          ambiguous++;
        } else mask[f] |= b;
      }
    }
    return mask;
  };
  const join = (first: Int32Array, mask: Int32Array, i: number, method: MatchMethod) => {
    const f = first[i];
    if (f >= 0 && f !== i && mask[f] !== -1 && union(f, i)) matched[method]++;
  };
  /** Record i's `n:` and `i:` digits past 15 (kept as strings in `keys.long`). */
  const longLocal = (i: number) => keys.long.get(i)?.local as string;
  const longIntl = (i: number) => keys.long.get(i)?.intl as string;

  // Ids first: they are never ambiguous (one source's ids are distinct people), so each record
  // joins the first record with its id at once.
  const idFirst = firstWithString(keys.id);
  for (let i = 0; i < count; i++) if (idFirst[i] !== i && union(idFirst[i], i)) matched.id++;
  const emailFirst = firstWithString(keys.email);
  const emailMask = masks(emailFirst);
  for (let i = 0; i < count; i++) join(emailFirst, emailMask, i, 'email');
  const localFirst = firstWithNumber(keys.local, longLocal);
  const intlFirst = firstWithNumber(keys.intl, longIntl);
  const localMask = masks(localFirst);
  const intlMask = masks(intlFirst);
  for (let i = 0; i < count; i++) {
    join(localFirst, localMask, i, 'phone');
    join(intlFirst, intlMask, i, 'phone');
  }

  // Local spellings to the one international number they can be (-2 once a second one is seen):
  // each international number looks its `x:` keys (itself without a 1-3 digit country code) up
  // among the local numbers, which are few beside the international ones.
  // A bit per last MIN_DIGITS digits of the local numbers (1.25 MB) spares most international
  // numbers their look-ups: an `x:` key has at least that many digits, all ending the same.
  const localOf = new KeyTable();
  for (let i = 0; i < count; i++) if (localFirst[i] === i && localMask[i] !== -1) localOf.getOrAdd(keys.local[i] === -1 ? longLocal(i) : keys.local[i], i);
  const endings = new Uint8Array(localOf.size > 0 ? TEN[MIN_DIGITS] / 8 : 0);
  const ending = (key: number | string) => (typeof key === 'number' ? (key >= TEN[MIN_DIGITS] ? key % TEN[MIN_DIGITS] : -1) : Number(key.slice(-MIN_DIGITS)));
  localOf.forEach((key) => {
    const e = ending(key);
    if (e >= 0) endings[e >>> 3] |= 1 << (e & 7);
  });
  /** Per local number's first record: the first record of its international number (-1: none yet, -2: two), and the local numbers that have one. */
  const international = new Int32Array(localOf.size > 0 ? count : 0).fill(-1);
  const found: number[] = [];
  for (let i = 0; i < count && localOf.size > 0; i++) {
    const full = intlFirst[i];
    const code = keys.intl[i];
    const long = code === -1 ? keys.long.get(i) : undefined;
    if (full < 0 || (long ? !long.suffixes : keys.suffixDigits[i] === 0)) continue;
    const digits = long ? (long.intl as string) : null;
    const e = ending(digits ?? code);
    if (e < 0 || !(endings[e >>> 3] & (1 << (e & 7)))) continue;
    // The number without its first k digits, as `digitsKey` makes it (arithmetic up to 15 digits).
    const length = digits === null ? keys.suffixDigits[i] : digits.length;
    const whole = digits === null ? code - TEN[length] : -1;
    for (let k = 1; k <= 3; k++) {
      const m = length - k;
      if (m < MIN_DIGITS) break;
      const n = localOf.get(digits === null ? TEN[m] + (whole % TEN[m]) : digitsKey(digits.slice(k)));
      if (n === -1) continue;
      const seen = international[n];
      if (seen === -1) found.push(n);
      international[n] = seen === -1 || seen === full ? full : -2;
    }
  }
  for (const n of found) {
    const full = international[n];
    if (full < 0 || intlMask[full] === -1) continue;
    // The two groups together must not hold two records of one source either.
    if (localMask[n] & intlMask[full]) {
      ambiguous++;
      continue;
    }
    if (union(n, full)) matched.phone++;
  }

  const personOf = new Int32Array(count);
  for (let i = 0; i < count; i++) personOf[i] = find(i);
  return { personOf, matched, ambiguous };
}
