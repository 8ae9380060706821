import { isUtf8 } from 'node:buffer';
import { createRequire } from 'node:module';
import type * as IconvLite from 'iconv-lite';
import type * as Jschardet from 'jschardet';
import type { Lang } from '../core/types';
import { readMessage } from './messages';
import { refuse } from './readError';

/**
 * Turning a text file's bytes into text without mojibake: byte order marks, UTF-16 without one,
 * then UTF-8 (the fast path: one native validating decode), then a legacy encoding detected with
 * jschardet and decoded with iconv-lite, or a refusal naming the file when the guess is not clear.
 * Why: a Big5 or GBK file read as UTF-8 turns every name into "�", so 王小明 and 陳大文 become one customer.
 */

/**
 * iconv-lite and jschardet are 1.7 MB of the CLI's 2.3 MB bundle and serve only files that are
 * neither UTF-8 nor UTF-16: they stay outside the bundle (scripts/build.mjs) and are loaded on first
 * use, so other runs do not compile them (about a third of the CLI's start-up).
 */
const load = createRequire(import.meta.url);
let iconvModule: typeof IconvLite | undefined;
let jschardetModule: typeof Jschardet | undefined;
function iconv(): typeof IconvLite {
  if (!iconvModule) iconvModule = load('iconv-lite') as typeof IconvLite;
  return iconvModule;
}
function chardet(): typeof Jschardet.chardet {
  if (!jschardetModule) jschardetModule = load('jschardet') as typeof Jschardet;
  return jschardetModule.chardet;
}

/** A file's text encoding, decided from its first block, and a decoder for its blocks in order. */
export interface Decoding {
  /** The encoding used, as people name it: "UTF-8", "UTF-16 LE", "Big5", "GB18030", "Windows-1252", ... */
  encoding: string;
  /** Sentences for the user; a note about bad bytes is added when the last block is decoded. */
  notes: string[];
  /** Decodes the next block of bytes (the first is the head given to {@link openDecoding}). */
  decode(bytes: Uint8Array, final: boolean): string;
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
/** The legacy-encoding guess looks at no more than this (jschardet's time grows with its input). */
const DETECTION_BYTES = 2 * 1024 * 1024;

/** Thrown by a decoder when a later block is not valid UTF-8; the reader turns it into a message with the line. */
export class NotUtf8Later extends Error {
  constructor(readonly offset: number) {
    super(`not UTF-8 at byte ${offset}`);
  }
}

/**
 * Decides the encoding from the file's first block `head` (`whole`: it is the whole file), or refuses
 * naming the file. `encoding` overrides the detection. The returned decoder takes the head first.
 */
export function openDecoding(head: Uint8Array, whole: boolean, file: string, options: { encoding?: string; lang?: Lang } = {}): Decoding {
  const lang = options.lang ?? 'en';
  if (options.encoding) {
    if (!iconv().encodingExists(options.encoding)) refuse('unknownEncoding', lang, { file, encoding: options.encoding });
    return iconvDecoding(options.encoding, options.encoding, [readMessage('readAsOption', lang, { file, encoding: options.encoding })], file, lang, 0);
  }
  // Byte order marks.
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return utf8Decoding(head, whole, file, lang, 3);
  if (head[0] === 0xff && head[1] === 0xfe) return utf16(2, 'le', file, lang, 'readAsBom');
  if (head[0] === 0xfe && head[1] === 0xff) return utf16(2, 'be', file, lang, 'readAsBom');
  const order = utf16Order(head);
  if (order) return utf16(0, order, file, lang, 'readAsDetected');
  const nul = head.subarray(0, SAMPLE).indexOf(0);
  if (nul >= 0) refuse('notText', lang, { file, offset: nul });
  return utf8Decoding(head, whole, file, lang, 0);
}

/** UTF-8 (the fast path: one native validating decode per block), or the legacy encoding the head shows. */
function utf8Decoding(head: Uint8Array, whole: boolean, file: string, lang: Lang, bom: number): Decoding {
  // The head is checked, not decoded (8 MB to decide the encoding; a native check, no text made): a
  // character its end cuts is checked with the block that completes it.
  if (!isUtf8(head.subarray(bom, whole ? head.length : head.length - heldBytes(head).length))) {
    const sample = whole ? head : head.subarray(0, lastLineEnd(head));
    const { valid: ok, invalid, firstInvalid } = utf8Census(sample);
    if (bom || ok >= invalid) refuse('mixedUtf8', lang, { file, count: invalid, line: lineAt(sample, firstInvalid) });
    if (controlShare(sample) > 0.02) refuse('notText', lang, { file, offset: firstControl(sample) });
    const legacy = detectLegacy(whole ? sample : sample.subarray(0, lastLineEnd(sample.subarray(0, DETECTION_BYTES))), file, lang);
    return iconvDecoding(legacy.codec, legacy.name, [readMessage('readAsDetected', lang, { file, encoding: legacy.name })], file, lang, 0);
  }
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let offset = 0;
  return {
    encoding: 'UTF-8',
    notes: [],
    decode(bytes, final) {
      const at = offset;
      const first = offset === 0;
      offset += bytes.length;
      let text: string;
      try {
        text = decoder.decode(first ? bytes.subarray(bom) : bytes, { stream: !final });
      } catch {
        throw new NotUtf8Later(at + Math.max(0, utf8Census(bytes).firstInvalid));
      }
      const nul = text.indexOf('\u0000');
      if (nul >= 0) refuse('notText', lang, { file, offset: at + nul });
      return text;
    },
  };
}

/** The best legacy guess for `bytes`, or a refusal when it is not clear. */
function detectLegacy(bytes: Uint8Array, file: string, lang: Lang): { name: string; codec: string } {
  const found = chardet().detectAll(bytes, { includeEncodings: DETECTABLE, ignoreThreshold: true });
  if (found.some((r) => r.encoding === null && r.mimeType === 'application/octet-stream')) refuse('notText', lang, { file, offset: firstControl(bytes) });
  const best = new Map<string, number>();
  for (const r of found) {
    const legacy = r.encoding ? LEGACY[r.encoding.toUpperCase()] : undefined;
    if (legacy && r.confidence > (best.get(legacy.name) ?? 0)) best.set(legacy.name, r.confidence);
  }
  const ranked = [...best.entries()].sort((a, b) => b[1] - a[1]).map(([name, confidence]) => ({ name, confidence, codec: codecOf(name) }));
  const clean = ranked.filter((c) => !iconv().decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), c.codec).includes('\ufffd'));
  const top = clean[0];
  if (!top || top.confidence < MIN_CONFIDENCE) refuse('unsureEncoding', lang, { file, encoding: ranked[0]?.name ?? '?', example: ranked[0]?.codec ?? 'big5' });
  const second = clean[1];
  if (second && second.confidence * MARGIN > top.confidence) refuse('ambiguousEncoding', lang, { file, a: top.name, b: second.name, aId: top.codec, bId: second.codec });
  return top;
}

/** The legacy encoding a block that is not UTF-8 most likely is, for the message that names it. */
export function guessLegacy(bytes: Uint8Array): { name: string; codec: string } | null {
  try {
    return detectLegacy(bytes, '', 'en');
  } catch {
    return null;
  }
}

function codecOf(name: string): string {
  for (const v of Object.values(LEGACY)) if (v.name === name) return v.codec;
  return name;
}

/**
 * A streaming iconv-lite decoder. Bytes it cannot read become "�", counted for a note naming the
 * first line; NUL characters refuse the file as binary.
 */
function iconvDecoding(codec: string, name: string, notes: string[], file: string, lang: Lang, skip: number, charBytes = 1): Decoding {
  const decoder = iconv().getDecoder(codec, { stripBOM: true });
  let first = true;
  let chars = 0;
  let lines = 0;
  let bad = 0;
  let badLine = 0;
  return {
    encoding: name,
    notes,
    decode(bytes, final) {
      const part = first && skip ? bytes.subarray(skip) : bytes;
      first = false;
      let text = decoder.write(Buffer.from(part.buffer, part.byteOffset, part.byteLength));
      if (final) text += decoder.end() ?? '';
      const nul = text.indexOf('\u0000');
      if (nul >= 0) refuse('notText', lang, { file, offset: (chars + nul) * charBytes });
      const firstBad = text.indexOf('\ufffd');
      if (firstBad >= 0) {
        if (bad === 0) badLine = lines + countChar(text.slice(0, firstBad), '\n') + 1;
        bad += countChar(text, '\ufffd');
      }
      if (bad === 0) lines += countChar(text, '\n');
      chars += text.length;
      if (final && bad > 0) notes.push(readMessage('badBytes', lang, { file, count: bad, encoding: name, line: badLine }));
      return text;
    },
  };
}

function utf16(skip: number, order: 'le' | 'be', file: string, lang: Lang, how: 'readAsBom' | 'readAsDetected'): Decoding {
  const name = order === 'le' ? 'UTF-16 LE' : 'UTF-16 BE';
  return iconvDecoding(order === 'le' ? 'utf-16le' : 'utf-16be', name, [readMessage(how, lang, { file, encoding: name })], file, lang, skip, 2);
}

const EMPTY = new Uint8Array(0);

/**
 * The end of `bytes` that a streaming UTF-8 decoder holds back: the start of a character the block
 * cuts (a lead byte and fewer continuation bytes than it announces), else nothing.
 */
export function heldBytes(bytes: Uint8Array): Uint8Array {
  const n = bytes.length;
  for (let back = 1; back <= Math.min(3, n); back++) {
    const b = bytes[n - back];
    if ((b & 0xc0) === 0x80) continue;
    const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return length > back ? bytes.subarray(n - back) : EMPTY;
  }
  return EMPTY;
}

/** Length of `bytes` up to and including its last line feed (all of it when there is none). */
function lastLineEnd(bytes: Uint8Array): number {
  const i = bytes.lastIndexOf(10);
  return i >= 0 ? i + 1 : bytes.length;
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
export function utf8Census(bytes: Uint8Array): { valid: number; invalid: number; firstInvalid: number } {
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

export function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 10) line++;
  return line;
}

function countChar(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

