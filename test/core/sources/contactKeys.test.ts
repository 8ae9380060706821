/**
 * Matching keys of emails and phone numbers (core/sources/contactKeys.ts). The figures are the
 * numbers as written, digits counted by hand: Malaysia's country code is 60, Taiwan's 886,
 * China's 86 (ITU-T E.164 assigned codes); "00" is the international prefix of all three.
 */
import { describe, expect, it } from 'vitest';
import { emailKey, phoneKeys } from '../../../src/core/sources/contactKeys';
import { identityKeys, resolveIdentity, setPhone, setPhoneOf, type PersonRecord } from '../../../src/core/sources/identity';
import { phoneParts } from '../../../src/core/sources/contactKeys';
import { seededRandom } from '../../../src/core/cluster/random';

describe('emailKey', () => {
  it('trims and lower-cases; a cell that is no address gives none', () => {
    expect(emailKey('  Ann@Shop.MY ')).toBe('ann@shop.my');
    expect(emailKey('ann at shop')).toBeNull();
    expect(emailKey(12)).toBeNull();
    expect(emailKey(null)).toBeNull();
  });
});

describe('phoneKeys', () => {
  it('reads +, 00 and the digits of any spelling alike', () => {
    expect(phoneKeys('+60 12-345 6789')[0]).toBe('i:60123456789');
    expect(phoneKeys('0060 (12) 345.6789')[0]).toBe('i:60123456789');
    expect(phoneKeys('+886 912-345-678')).toEqual(['i:886912345678', 'x:86912345678', 'x:6912345678', 'x:912345678']);
  });
  it('keeps a local number with a leading 0 as its digits after the 0', () => {
    expect(phoneKeys('012-345 6789')).toEqual(['n:123456789']);
    expect(phoneKeys('(0933) 222-333')).toEqual(['n:933222333']);
  });
  it('gives a number without +, 00 or 0 both readings when it is long enough to hold a country code', () => {
    expect(phoneKeys('138 2222 3333')).toEqual(['n:13822223333', 'i:13822223333']);
    expect(phoneKeys(60123456789)).toEqual(['n:60123456789', 'i:60123456789']);
    expect(phoneKeys('345 6789')).toEqual(['n:3456789']);
  });
  it('ignores numbers too short to be a phone', () => {
    expect(phoneKeys('12-34')).toEqual([]);
    expect(phoneKeys('')).toEqual([]);
  });
});

const rec = (source: number, id: string, email: string | null, phone: string | null): PersonRecord => ({ source, id, email: emailKey(email), phones: phoneKeys(phone) });

describe('resolveIdentity', () => {
  it('joins by id, then email, then phone, and counts each way', () => {
    const id = resolveIdentity([
      rec(0, 'C1', 'a@x.my', '+60 12-345 6789'),
      rec(1, 'C1', null, null), // same id
      rec(2, 'K2', 'A@X.MY', null), // same email, other spelling
      rec(3, 'L3', null, '012 345 6789'), // local spelling of C1's number
    ]);
    expect([...id.personOf]).toEqual([0, 0, 0, 0]);
    expect(id.matched).toEqual({ id: 1, email: 1, phone: 1 });
  });
  it('does not use an email two customers of one source share', () => {
    const id = resolveIdentity([rec(0, 'A', 'family@x.my', null), rec(0, 'B', 'family@x.my', null), rec(1, 'Z', 'family@x.my', null)]);
    expect([...id.personOf]).toEqual([0, 1, 2]);
    expect(id.ambiguous).toBe(1);
  });
  it('joins a local number only to the one international number ending with it', () => {
    const two = resolveIdentity([rec(0, 'A', null, '+60 12-345 6789'), rec(0, 'B', null, '+61 2-345 6789'), rec(1, 'Z', null, '02-345 6789')]);
    // 02-345 6789 → 23456789, which ends both 601|23456789 (a 3-digit prefix) and 61|23456789: which one is unknown.
    expect(two.personOf[2]).toBe(2);
    const one = resolveIdentity([rec(0, 'A', null, '+61 2-345 6789'), rec(1, 'Z', null, '02-345 6789')]);
    expect([...one.personOf]).toEqual([0, 0]);
  });
});

describe('setPhoneOf', () => {
  it('writes the keys phoneParts gives, for any spelling', () => {
    // Cells built from the pieces phone numbers are written with, some of them odd on purpose:
    // leading zeros, 00, +, white space of both kinds, letters, no digits, more than 15 digits, numbers.
    const r = seededRandom(7);
    const pieces = ['0', '00', '+', ' ', '\t', '\u00a0', '-', '(', ')', '.', 'ext', '1', '12', '345', '6789', '60', '886', '0000000', '98765432109876'];
    const cells: (string | number)[] = [60123456789, 123, '', '+', '0', '000000000000000000'];
    for (let n = 0; n < 20_000; n++) {
      let cell = '';
      const parts = 1 + Math.floor(r() * 7);
      for (let k = 0; k < parts; k++) cell += pieces[Math.floor(r() * pieces.length)];
      cells.push(cell);
    }
    const fast = identityKeys(cells.length);
    const plain = identityKeys(cells.length);
    cells.forEach((cell, i) => {
      setPhoneOf(fast, i, cell);
      const p = phoneParts(cell);
      if (p) setPhone(plain, i, p);
    });
    expect([...fast.local]).toEqual([...plain.local]);
    expect([...fast.intl]).toEqual([...plain.intl]);
    expect([...fast.suffixDigits]).toEqual([...plain.suffixDigits]);
    expect([...fast.long]).toEqual([...plain.long]);
    // The cells cover every kind of key.
    expect(plain.local.some((x) => x > 0) && plain.intl.some((x) => x > 0) && plain.suffixDigits.some((x) => x > 0) && plain.long.size > 0).toBe(true);
  });
});
