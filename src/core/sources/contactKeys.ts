import type { AttributeValue } from '../types';

/**
 * Email as a matching key: trimmed and lower-cased ("Ann@Shop.MY " = "ann@shop.my"). RFC 5321
 * lets the part before @ be case-sensitive, but no mail provider in use treats it so, and shop
 * exports differ in case all the time. Null for a cell that is not an address.
 * @example emailKey(' Ann@Shop.MY ') // 'ann@shop.my'
 */
export function emailKey(v: AttributeValue | undefined): string | null {
  if (typeof v !== 'string') return null;
  // One pass first, with no new string: a cell without @ is no address (lower-casing makes none),
  // and most addresses are trimmed lower-case ASCII already.
  let at = -1;
  let plain = true;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c === 64) {
      if (at >= 0) plain = false;
      at = i;
    } else if (c <= 32 || c >= 127 || (c >= 65 && c <= 90)) plain = false;
  }
  if (at === -1) return null;
  if (plain && at > 0 && at < v.length - 1) return v;
  const e = v.trim().toLowerCase();
  return /^[^\s@]+@[^\s@]+$/.test(e) ? e : null;
}

/** The ASCII digits of `s` in order (what `s.replace(/\D/g, '')` gives), without a regular expression per cell. */
function asciiDigits(s: string): string {
  let start = 0;
  // Most cells are digits with a few separators: slice the runs of digits instead of one char at a time.
  let out = '';
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : -1;
    if (c >= 48 && c <= 57) continue;
    if (i > start) out += s.slice(start, i);
    start = i + 1;
  }
  return out;
}

/** Fewer digits than this are not a phone number to match on (extensions, typing slips). */
export const MIN_DIGITS = 7;

/**
 * A phone number's matching keys. Digits only, spaces, dashes, dots and brackets dropped.
 * - International (written with a leading + or 00): key `i:` + country code and number; it also
 *   offers `x:` + the number without a 1-3 digit country code, so that a local spelling can find it.
 * - Local with a leading 0 (the trunk prefix: Taiwan 0912-345-678, Malaysia 012-345 6789, UK 07...):
 *   key `n:` + the digits after the 0. The country is not known, so it matches the same local number,
 *   or an international number ending with those digits after a 1-3 digit country code when exactly
 *   one such number is known (see `identity.ts`).
 * - Neither (no +, 00 or 0): a local number in countries without a trunk prefix (China's
 *   "138 2222 3333") or an international one written without + (Malaysia's "60123456789"): key `n:`
 *   + the digits, and with 10 digits or more also `i:` + the digits, so either reading matches (no `x:`
 *   keys: nothing says where a country code would end).
 * @example phoneKeys('+886 912-345-678') // ['i:886912345678', 'x:86912345678', 'x:6912345678', 'x:912345678']
 * @example phoneKeys('0912 345 678') // ['n:912345678']
 */
export function phoneKeys(v: AttributeValue | undefined): string[] {
  const p = phoneParts(v);
  if (!p) return [];
  const out: string[] = [];
  if (p.local !== null) out.push(`n:${p.local}`);
  if (p.intl !== null) out.push(`i:${p.intl}`);
  if (p.suffixes && p.intl !== null) for (let k = 1; k <= 3; k++) if (p.intl.length - k >= MIN_DIGITS) out.push(`x:${p.intl.slice(k)}`);
  return out;
}

/**
 * The digits behind {@link phoneKeys}, before they are made keys: `local` (the `n:` key's digits),
 * `intl` (the `i:` key's), and whether the number offers `x:` keys (`intl` without a 1-3 digit
 * country code, each leaving at least {@link MIN_DIGITS} digits). Null when there is no key.
 */
export function phoneParts(v: AttributeValue | undefined): { local: string | null; intl: string | null; suffixes: boolean } | null {
  if (typeof v !== 'string' && typeof v !== 'number') return null;
  const raw = String(v).trim();
  let digits = asciiDigits(raw);
  let international = raw.startsWith('+');
  if (!international && digits.startsWith('00')) {
    international = true;
    digits = digits.slice(2);
  }
  if (digits.length < MIN_DIGITS) return null;
  if (!international && digits.startsWith('0')) {
    let zeros = 1;
    while (digits.charCodeAt(zeros) === 48) zeros++;
    return { local: digits.slice(zeros), intl: null, suffixes: false };
  }
  if (!international && digits.length < 10) return { local: digits, intl: null, suffixes: false };
  // Only a number written as international is known to start with a country code.
  return international ? { local: null, intl: digits, suffixes: true } : { local: digits, intl: digits, suffixes: false };
}
