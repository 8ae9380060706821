import type { CliCommand } from './command';
import { segmentCommand, demoCommand } from './segment';
import { clusterCommand } from './cluster';
import { fitCommand } from './fit';
import { rfmCommand } from './rfm';
import { inspectCommand } from './inspect';
import { summaryCommand } from './summary';
import { holdoutCommand } from './holdout';
import { trackingCommand } from './tracking';
import { sqlCommand } from './sql';
import { CliError, errorLine, langOfArgs, splitArgs, UsageError } from './flags';
import type { Lang } from '../core/types';
import { UserError } from '../app/messages';
import { ReadError } from './readError';

/** Every CLI command by name. Each issue's command registers itself here. */
export const commands: Record<string, CliCommand> = {
  segment: segmentCommand,
  demo: demoCommand,
  cluster: clusterCommand,
  fit: fitCommand,
  rfm: rfmCommand,
  inspect: inspectCommand,
  summary: summaryCommand,
  holdout: holdoutCommand,
  tracking: trackingCommand,
  sql: sqlCommand,
};

const FILE_ERRORS: Record<string, string> = { ENOENT: 'no such file', EACCES: 'permission denied', EISDIR: 'is a folder', ENOSPC: 'the disk is full', EROFS: 'read-only file system', EPERM: 'not permitted' };

/** Exit code and message of an error a command threw: ours print their message; others are reported as internal. */
export function errorReport(err: unknown, debug: boolean, lang: Lang = 'en'): { code: number; text: string } {
  const stack = debug && err instanceof Error && err.stack ? `\n${err.stack}` : '';
  if (err instanceof UsageError) return { code: 2, text: `${errorLine(err.message, lang)}${stack}` };
  if (err instanceof CliError || err instanceof UserError || err instanceof ReadError) return { code: 1, text: `${errorLine(err.message, lang)}${stack}` };
  const errno = err as NodeJS.ErrnoException;
  if (errno && typeof errno.code === 'string' && FILE_ERRORS[errno.code]) return { code: 1, text: `${errorLine(`${errno.path ?? 'file'}: ${FILE_ERRORS[errno.code]}`, lang)}${stack}` };
  const message = err instanceof Error ? err.message : String(err);
  return {
    code: 1,
    text: `Internal error: ${message.split('\n')[0].slice(0, 300)}\nThis is a bug in the tool, not in your data; please report it with the command you ran${debug ? '' : ' (add --debug for the details)'}.${stack}`,
  };
}

/** `node dist/cli.js <command> ...` as a function: writes to stdout/stderr and returns the exit code. */
export async function runCli(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  const debug = rest.includes('--debug');
  const command = name && Object.keys(commands).includes(name) ? commands[name] : undefined;
  if (!command) {
    const list = Object.entries(commands)
      .map(([n, c]) => `  ${n.padEnd(9)} ${c.summary}`)
      .join('\n');
    if (name && name !== '--help' && name !== 'help') process.stderr.write(`Error: unknown command ${JSON.stringify(name.slice(0, 60))}\n`);
    process.stderr.write(`Usage: node dist/cli.js <command> [options]\n\nCommands:\n${list}\n`);
    return name && name !== '--help' && name !== 'help' ? 2 : 0;
  }
  try {
    const { positional, flags } = splitArgs(rest, command.flags, langOfArgs(rest));
    return await command.run(positional, flags);
  } catch (err) {
    const { code, text } = errorReport(err, debug, langOfArgs(rest));
    process.stderr.write(`${text}\n`);
    return code;
  }
}
