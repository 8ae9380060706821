/**
 * Where the CLI writes files, so bad input never costs the user a file: an output path that is one
 * of the inputs is always refused, an existing file the CLI did not write is refused unless
 * `--force`, and the file is written to a temporary name next to the target and renamed when
 * complete, so a failure leaves no half-written file.
 */
import { existsSync, mkdirSync, realpathSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { format } from '../core/i18n';
import type { Lang } from '../core/types';
import { UsageError } from './flags';

/** What the output check says, per language (the command's `--lang`). */
const OUTPUT_TEXT = {
  isInput: {
    en: '{flag} "{path}" is the input file {input}; choose another output name (the input is never overwritten, even with --force)',
    'zh-TW': '{flag}「{path}」就是輸入檔 {input}；請換一個輸出檔名（輸入檔永遠不會被覆寫，即使加上 --force）',
    'zh-CN': '{flag}“{path}”就是输入文件 {input}；请换一个输出文件名（输入文件永远不会被覆盖，即使加上 --force）',
    ms: '{flag} "{path}" ialah fail input {input}; pilih nama output lain (input tidak pernah ditulis ganti, walaupun dengan --force)',
  },
  extension: {
    en: '{flag} must be a file name ending in {extensions}, got "{path}"',
    'zh-TW': '{flag} 必須是以 {extensions} 結尾的檔名，收到的是「{path}」',
    'zh-CN': '{flag} 必须是以 {extensions} 结尾的文件名，收到的是“{path}”',
    ms: '{flag} mestilah nama fail yang berakhir dengan {extensions}, diberi "{path}"',
  },
  isFolder: {
    en: '{flag} "{path}" is a folder; give a file name',
    'zh-TW': '{flag}「{path}」是資料夾；請給一個檔名',
    'zh-CN': '{flag}“{path}”是文件夹；请给一个文件名',
    ms: '{flag} "{path}" ialah folder; berikan nama fail',
  },
  exists: {
    en: '{flag} "{path}" already exists and was not written by this tool; choose another name or add --force to replace it',
    'zh-TW': '{flag}「{path}」已存在，且不是本工具寫的；請換一個檔名，或加上 --force 取代它',
    'zh-CN': '{flag}“{path}”已存在，且不是本工具写的；请换一个文件名，或加上 --force 替换它',
    ms: '{flag} "{path}" sudah wujud dan tidak ditulis oleh alat ini; pilih nama lain atau tambah --force untuk menggantikannya',
  },
  or: { en: ' or ', 'zh-TW': ' 或 ', 'zh-CN': ' 或 ', ms: ' atau ' },
};

/** The real path of a file that may not exist yet (its folder resolved). */
function realTarget(path: string): string {
  const abs = resolve(path);
  if (existsSync(abs)) return realpathSync(abs);
  let dir = dirname(abs);
  const rest = [basename(abs)];
  while (!existsSync(dir) && dirname(dir) !== dir) {
    rest.unshift(basename(dir));
    dir = dirname(dir);
  }
  return join(existsSync(dir) ? realpathSync(dir) : dir, ...rest);
}

/** True when `a` and `b` name the same file (same real path, or same inode for hard links). */
export function sameFile(a: string, b: string): boolean {
  if (realTarget(a) === realTarget(b)) return true;
  try {
    const [sa, sb] = [statSync(a), statSync(b)];
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

export interface OutputCheck {
  /** The flag that named the output, for messages (e.g. "--out"). */
  flag: string;
  /** Every file the command reads. */
  inputs: readonly string[];
  /** Allowed extensions, lower case with the dot. */
  extensions: readonly string[];
  force: boolean;
  /** True when an existing file at the path was written by this CLI (then it may be replaced without --force). */
  isOurs?: (path: string) => Promise<boolean>;
  /** The language of the refusals (the command's `--lang`); English when left out. */
  lang?: Lang;
}

/** Refuses an output path that would cost the user a file; returns it unchanged when it is safe. */
export async function checkOutputPath(path: string, check: OutputCheck): Promise<string> {
  const lang = check.lang ?? 'en';
  const refuse = (key: Exclude<keyof typeof OUTPUT_TEXT, 'or'>, params: Record<string, string> = {}) => new UsageError(format(OUTPUT_TEXT[key], lang, { flag: check.flag, path: path.slice(0, 60), ...params }));
  for (const input of check.inputs) {
    if (sameFile(path, input)) throw refuse('isInput', { input: input.slice(0, 60) });
  }
  const ext = extname(path).toLowerCase();
  if (!check.extensions.includes(ext)) throw refuse('extension', { extensions: check.extensions.join(format(OUTPUT_TEXT.or, lang)) });
  if (existsSync(path)) {
    if (statSync(path).isDirectory()) throw refuse('isFolder');
    if (!check.force && !(check.isOurs && (await check.isOurs(path)))) throw refuse('exists');
  }
  return path;
}

/**
 * Writes a file through a temporary name in the same folder and renames it into place when
 * `write` has finished; on failure the temporary file is removed and the target is untouched.
 */
export async function writeAtomically<T>(path: string, write: (tmpPath: string) => Promise<T>): Promise<T> {
  const dir = dirname(resolve(path));
  mkdirSync(dir, { recursive: true });
  const ext = extname(path);
  const tmp = join(dir, `.${basename(path, ext)}.${process.pid}.${Date.now().toString(36)}.partial${ext}`);
  try {
    const result = await write(tmp);
    renameSync(tmp, path);
    return result;
  } finally {
    rmSync(tmp, { force: true });
  }
}
