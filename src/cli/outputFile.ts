/**
 * Where the CLI writes files, so bad input never costs the user a file: an output path that is one
 * of the inputs is always refused, an existing file the CLI did not write is refused unless
 * `--force`, and the file is written to a temporary name next to the target and renamed when
 * complete, so a failure leaves no half-written file.
 */
import { existsSync, mkdirSync, realpathSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { UsageError } from './flags';

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
}

/** Refuses an output path that would cost the user a file; returns it unchanged when it is safe. */
export async function checkOutputPath(path: string, check: OutputCheck): Promise<string> {
  for (const input of check.inputs) {
    if (sameFile(path, input)) throw new UsageError(`${check.flag} "${path.slice(0, 60)}" is the input file ${input.slice(0, 60)}; choose another output name (the input is never overwritten, even with --force)`);
  }
  const ext = extname(path).toLowerCase();
  if (!check.extensions.includes(ext)) throw new UsageError(`${check.flag} must be a file name ending in ${check.extensions.join(' or ')}, got "${path.slice(0, 60)}"`);
  if (existsSync(path)) {
    if (statSync(path).isDirectory()) throw new UsageError(`${check.flag} "${path.slice(0, 60)}" is a folder; give a file name`);
    if (!check.force && !(check.isOurs && (await check.isOurs(path)))) {
      throw new UsageError(`${check.flag} "${path.slice(0, 60)}" already exists and was not written by this tool; choose another name or add --force to replace it`);
    }
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
