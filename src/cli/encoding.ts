import iconv from 'iconv-lite';
import { chardet } from 'jschardet';
import type { Lang } from '../core/types';
import { readMessage } from './messages';
import { refuse } from './readError';

/**
 * Turning a text file's bytes into text without mojibake: byte order marks, UTF-16 without one,
 * then UTF-8 (the fast path: one native validating decode), then a legacy encoding detected with
 * jschardet and decoded with iconv-lite, or a refusal naming the file when the guess is not clear.
 * Why: a Big5 or GBK file read as UTF-8 turns every name into "�", so 王小明 and 陳大文 become one customer.
 */

export interface Decoded {
  text: string;
  /** The encoding used, as people name it: "UTF-8", "UTF-16 LE", "Big5", "GB18030", "Windows-1252", ... */
  encoding: string;
  notes: string[];
}

/** Legacy encodings the detector may choose from: display name and the iconv-lite codec. */
const LEGACY: Record<string, { name: string; codec: string }> = {
  BIG5: { name: 'Big5', codec: 'big5' },
  GB18030: { name: 'GB18030', codec: 'gb18030' },
  SHIFT_JIS: { name: 'Shift_JIS', codec: 'cp932' },
  CP932: { name: 'Shift_JIS', codec: 'cp932' },
  'EUC-JP': { name: 'EUC-JP', codec: 'eucjp' },
  'EUC-KR': { name: 'EUC-KR', codec: 'euckr' },
  'WINDOWS-1252': { name: 'Windows-1252', codec: 'windows-1252' },
};
const DETECTABLE = ['Big5', 'GB18030', 'SHIFT_JIS', 'CP932', 'EUC-JP', 'EUC-KR', 'Windows-1252'];
/** The runner-up must be this many times less likely than the best guess, or the file is ambiguous. */
const MARGIN = 3;
/** Below this jschardet confidence the best guess is not trusted. */
const MIN_CONFIDENCE = 0.005;
const SAMPLE = 65_536;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes a text file's bytes, or refuses naming the file. `encoding` overrides the detection. */
export function decodeText(bytes: Uint8Array, file: string, options: { encoding?: string; lang?: Lang } = {}): Decoded {
  const lang = options.lang ?? 'en';
  if (options.encoding) return decodeAs(bytes, file, options.encoding, lang);
  // Byte order marks.
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeUtf8(bytes.subarray(3), file, lang, true);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes.subarray(2), 'le', file, lang, 'readAsBom');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes.subarray(2), 'be', file, lang, 'readAsBom');
  const order = utf16Order(bytes);
  if (order) return utf16(bytes, order, file, lang, 'readAsDetected');
  const nul = bytes.subarray(0, SAMPLE).indexOf(0);
  if (nul >= 0) refuse('notText', lang, { file, offset: nul });
  return decodeUtf8(bytes, file, lang, false);
}

function decodeUtf8(bytes: Uint8Array, file: string, lang: Lang, bom: boolean): Decoded {
  let text: string | null = null;
  try {
    text = utf8.decode(bytes);
  } catch {
    text = null;
  }
  if (text !== null) {
    const nul = text.indexOf('\u0000');
    if (nul >= 0) refuse('notText', lang, { file, offset: nul });
    return { text, encoding: 'UTF-8', notes: [] };
  }
  const { valid, invalid, firstInvalid } = utf8Census(bytes);
  if (bom || valid >= invalid) refuse('mixedUtf8', lang, { file, count: invalid, line: lineAt(bytes, firstInvalid) });
  if (controlShare(bytes) > 0.02) refuse('notText', lang, { file, offset: firstControl(bytes) });
  return detectLegacy(bytes, file, lang);
}

function detectLegacy(bytes: Uint8Array, file: string, lang: Lang): Decoded {
  const found = chardet.detectAll(bytes, { includeEncodings: DETECTABLE, ignoreThreshold: true });
  if (found.some((r) => r.encoding === null && r.mimeType === 'application/octet-stream')) refuse('notText', lang, { file, offset: firstControl(bytes) });
  const best = new Map<string, number>();
  for (const r of found) {
    const legacy = r.encoding ? LEGACY[r.encoding.toUpperCase()] : undefined;
    if (legacy && r.confidence > (best.get(legacy.name) ?? 0)) best.set(legacy.name, r.confidence);
  }
  const ranked = [...best.entries()].sort((a, b) => b[1] - a[1]).map(([name, confidence]) => ({ name, confidence, codec: codecOf(name) }));
  const clean = ranked.map((c) => ({ ...c, text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), c.codec) })).filter((c) => !c.text.includes('\ufffd'));
  const top = clean[0];
  if (!top || top.confidence < MIN_CONFIDENCE) refuse('unsureEncoding', lang, { file, encoding: ranked[0]?.name ?? '?', example: ranked[0]?.codec ?? 'big5' });
  const second = clean[1];
  if (second && second.confidence * MARGIN > top.confidence) refuse('ambiguousEncoding', lang, { file, a: top.name, b: second.name, aId: top.codec, bId: second.codec });
  return { text: stripBom(top.text), encoding: top.name, notes: [readMessage('readAsDetected', lang, { file, encoding: top.name })] };
}

function codecOf(name: string): string {
  for (const v of Object.values(LEGACY)) if (v.name === name) return v.codec;
  return name;
}

function decodeAs(bytes: Uint8Array, file: string, encoding: string, lang: Lang): Decoded {
  if (!iconv.encodingExists(encoding)) refuse('unknownEncoding', lang, { file, encoding });
  const text = stripBom(iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding));
  const notes = [readMessage('readAsOption', lang, { file, encoding })];
  const bad = countChar(text, '\ufffd');
  if (bad > 0) {
    const at = text.indexOf('\ufffd');
    notes.push(readMessage('badBytes', lang, { file, count: bad, encoding, line: countChar(text.slice(0, at), '\n') + 1 }));
  }
  return { text, encoding, notes };
}

function utf16(bytes: Uint8Array, order: 'le' | 'be', file: string, lang: Lang, how: 'readAsBom' | 'readAsDetected'): Decoded {
  const name = order === 'le' ? 'UTF-16 LE' : 'UTF-16 BE';
  const text = stripBom(iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), order === 'le' ? 'utf-16le' : 'utf-16be'));
  const nul = text.indexOf('\u0000');
  if (nul >= 0) refuse('notText', lang, { file, offset: nul * 2 });
  const notes = [readMessage(how, lang, { file, encoding: name })];
  const bad = countChar(text, '\ufffd');
  if (bad > 0) notes.push(readMessage('badBytes', lang, { file, count: bad, encoding: name, line: countChar(text.slice(0, text.indexOf('\ufffd')), '\n') + 1 }));
  return { text, encoding: name, notes };
}

/** UTF-16 without a byte order mark: ASCII characters (digits, commas, line ends) leave a zero byte on one side. */
function utf16Order(bytes: Uint8Array): 'le' | 'be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd / pairs > 0.2 && even / pairs < 0.02) return 'le';
  if (even / pairs > 0.2 && odd / pairs < 0.02) return 'be';
  return null;
}

/** Well-formed multi-byte UTF-8 sequences and bytes that are not UTF-8. */
function utf8Census(bytes: Uint8Array): { valid: number; invalid: number; firstInvalid: number } {
  let valid = 0;
  let invalid = 0;
  let firstInvalid = -1;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = len > 0 && i + len <= bytes.length;
    for (let k = 1; ok && k < len; k++) ok = (bytes[i + k] & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += len;
    } else {
      invalid++;
      if (firstInvalid < 0) firstInvalid = i;
      i++;
    }
  }
  return { valid, invalid, firstInvalid };
}

const isControl = (b: number) => b < 0x20 && b !== 9 && b !== 10 && b !== 12 && b !== 13;

function controlShare(bytes: Uint8Array): number {
  const n = Math.min(bytes.length, SAMPLE);
  let c = 0;
  for (let i = 0; i < n; i++) if (isControl(bytes[i])) c++;
  return n ? c / n : 0;
}

function firstControl(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i++) if (isControl(bytes[i])) return i;
  return 0;
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 10) line++;
  return line;
}

function countChar(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

const stripBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
