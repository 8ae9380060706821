import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { base64, fromBase64, isBase64 } from '../../../src/core/parse/base64';

// The reference is Node's own RFC 4648 encoder (Buffer), not our code.
describe('base64', () => {
  it('writes what Node writes for any bytes, across the text chunks it builds (8,192 characters)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 20_000 }), (bytes) => {
        expect(base64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
      }),
      { numRuns: 200 },
    );
    for (const n of [0, 1, 2, 3, 6143, 6144, 6145, 12_288, 12_289]) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37) & 255);
      expect(base64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    }
  });

  it('reads back what it writes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 5000 }), (bytes) => {
        expect([...fromBase64(base64(bytes))]).toEqual([...bytes]);
      }),
    );
  });

  it('RFC 4648 section 10 test vectors', () => {
    const vectors: [string, string][] = [['', ''], ['f', 'Zg=='], ['fo', 'Zm8='], ['foo', 'Zm9v'], ['foob', 'Zm9vYg=='], ['fooba', 'Zm9vYmE='], ['foobar', 'Zm9vYmFy']];
    for (const [text, b64] of vectors) expect(base64(new TextEncoder().encode(text))).toBe(b64);
  });

  it('tells base64 from other text as RFC 4648 section 4 defines it (the pattern below, length a multiple of 4)', () => {
    const rfc = (t: string) => t.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(t);
    const text = fc.string({ unit: fc.constantFrom('A', 'z', '0', '+', '/', '=', '-', '_', ' ', 'é', '\n'), maxLength: 12 });
    fc.assert(fc.property(text, (t) => isBase64(t) === rfc(t)));
    for (const t of ['', 'Zg==', 'Zm8=', 'Zm9v', '====', 'Zg=a', 'Zm9', 'Zm9v\n']) expect(isBase64(t)).toBe(rfc(t));
    fc.assert(fc.property(fc.uint8Array({ maxLength: 50 }), (b) => isBase64(base64(b))));
  });
});

