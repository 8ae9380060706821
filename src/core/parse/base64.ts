/** Standard base64 (RFC 4648), for packing numbers into the JSON that crosses google.script.run. */
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_CODES = new Uint8Array(128);
/** The character code of each base64 digit. */
const B64_CHARS = new Uint8Array(64);
/** 1 for the character codes of base64 digits. */
const IS_DIGIT = new Uint8Array(128);
for (let i = 0; i < 64; i++) {
  B64_CODES[B64.charCodeAt(i)] = i;
  B64_CHARS[i] = B64.charCodeAt(i);
  IS_DIGIT[B64.charCodeAt(i)] = 1;
}

/** True when `text` is standard base64 with its padding: groups of 4 digits, the last ending in at most two "=". */
export function isBase64(text: string): boolean {
  const n = text.length;
  if (n % 4 !== 0) return false;
  let end = n;
  if (end > 0 && text.charCodeAt(end - 1) === 61) end--;
  if (end > 0 && text.charCodeAt(end - 1) === 61) end--;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128 || IS_DIGIT[c] === 0) return false;
  }
  return true;
}

/** Characters turned into text per `String.fromCharCode` call: a multiple of 4, well under any engine's argument limit. */
const CHUNK_CHARS = 8192;

/**
 * Standard base64 of bytes (Apps Script has no `btoa` outside `Utilities`, and core uses no service).
 * The digits go to `String.fromCharCode` from a plain array of small integers: V8 spreads a plain
 * array into the call's arguments directly, a typed array element by element (4 MB: 50 ms against 100).
 */
export function base64(bytes: Uint8Array): string {
  const codes = new Array<number>(CHUNK_CHARS).fill(0);
  const chars = B64_CHARS;
  let out = '';
  let k = 0;
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    codes[k] = chars[n >>> 18];
    codes[k + 1] = chars[(n >>> 12) & 63];
    codes[k + 2] = chars[(n >>> 6) & 63];
    codes[k + 3] = chars[n & 63];
    k += 4;
    if (k === CHUNK_CHARS) {
      out += String.fromCharCode.apply(null, codes);
      k = 0;
    }
  }
  const rest = bytes.length - i;
  if (rest > 0) {
    const n = (bytes[i] << 16) | (rest > 1 ? bytes[i + 1] << 8 : 0);
    codes[k] = chars[n >>> 18];
    codes[k + 1] = chars[(n >>> 12) & 63];
    codes[k + 2] = rest > 1 ? chars[(n >>> 6) & 63] : 61;
    codes[k + 3] = 61;
    k += 4;
  }
  codes.length = k;
  return out + String.fromCharCode.apply(null, codes);
}

/** The bytes of standard base64 text. */
export function fromBase64(text: string): Uint8Array {
  let pad = 0;
  while (pad < 2 && text.charCodeAt(text.length - 1 - pad) === 61) pad++;
  const out = new Uint8Array((text.length / 4) * 3 - pad);
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    const n = (B64_CODES[text.charCodeAt(i)] << 18) | (B64_CODES[text.charCodeAt(i + 1)] << 12) | (B64_CODES[text.charCodeAt(i + 2) & 127] << 6) | B64_CODES[text.charCodeAt(i + 3) & 127];
    out[o++] = n >>> 16;
    if (o < out.length) out[o++] = (n >>> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  return out;
}
