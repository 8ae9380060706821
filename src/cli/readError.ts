import type { Lang } from '../core/types';
import { type ReadMessageKey, readMessage } from './messages';

/** Why an input file was refused: a plain sentence that names the file. */
export class ReadError extends Error {
  constructor(
    readonly code: ReadMessageKey,
    message: string,
  ) {
    super(message);
    this.name = 'ReadError';
  }
}

/** Throws the read error `key` in `lang`. */
export function refuse(key: ReadMessageKey, lang: Lang, params: Record<string, string | number>): never {
  throw new ReadError(key, readMessage(key, lang, params));
}

/** Text from the data as a message may echo it: one line, at most `max` characters, then "…". */
export function excerpt(text: string, max = 80): string {
  const s = text.length > max * 4 ? text.slice(0, max * 4) : text;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
  const flat = s.replace(/[\r\n\t]+/g, ' ').replace(/[\u0000-\u001f\u007f]/g, '');
  return flat.length > max || text.length > s.length ? `${flat.slice(0, max)}…` : flat;
}

/** "lines 3, 7, 9" or "lines 3, 7, 9, 12, 15 and 40 more". */
export function lineList(lines: readonly number[], lang: Lang, shown = 5): string {
  const list = lines.slice(0, shown).join(', ');
  return lines.length > shown ? readMessage('lineListMore', lang, { list, more: lines.length - shown }) : readMessage('lineList', lang, { list });
}
