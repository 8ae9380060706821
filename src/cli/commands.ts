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
import { format } from '../core/i18n';
import { UserError } from '../app/messages';
import { ReadError } from './readError';
import { fileErrorReason } from './messages';

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

/** The CLI's own lines outside any command, per language. */
const CLI_TEXT = {
  internal: {
    en: 'Internal error: {message}\nThis is a bug in the tool, not in your data; please report it with the command you ran{debug}.',
    'zh-TW': '內部錯誤：{message}\n這是本工具的錯誤，不是你的資料有問題；請連同你執行的指令回報{debug}。',
    'zh-CN': '内部错误：{message}\n这是本工具的错误，不是你的数据有问题；请连同你运行的命令报告{debug}。',
    ms: 'Ralat dalaman: {message}\nIni pepijat dalam alat ini, bukan dalam data anda; sila laporkan bersama arahan yang anda jalankan{debug}.',
  },
  addDebug: { en: ' (add --debug for the details)', 'zh-TW': '（加上 --debug 可看詳細資訊）', 'zh-CN': '（加上 --debug 可看详细信息）', ms: ' (tambah --debug untuk butirannya)' },
  unknownCommand: { en: 'unknown command {name}', 'zh-TW': '沒有這個指令：{name}', 'zh-CN': '没有这个命令：{name}', ms: 'arahan tidak dikenali {name}' },
  usage: { en: 'Usage: node dist/cli.js <command> [options]\n\nCommands:', 'zh-TW': '用法：node dist/cli.js <指令> [選項]\n\n指令：', 'zh-CN': '用法：node dist/cli.js <命令> [选项]\n\n命令：', ms: 'Penggunaan: node dist/cli.js <arahan> [pilihan]\n\nArahan:' },
  file: { en: 'file', 'zh-TW': '檔案', 'zh-CN': '文件', ms: 'fail' },
};

/** Exit code and message of an error a command threw: ours print their message; others are reported as internal. */
export function errorReport(err: unknown, debug: boolean, lang: Lang = 'en'): { code: number; text: string } {
  const stack = debug && err instanceof Error && err.stack ? `\n${err.stack}` : '';
  if (err instanceof UsageError) return { code: 2, text: `${errorLine(err.message, lang)}${stack}` };
  if (err instanceof CliError || err instanceof UserError || err instanceof ReadError) return { code: 1, text: `${errorLine(err.message, lang)}${stack}` };
  const reason = fileErrorReason(err, lang);
  if (reason !== null) return { code: 1, text: `${errorLine(`${(err as NodeJS.ErrnoException).path ?? format(CLI_TEXT.file, lang)}: ${reason}`, lang)}${stack}` };
  const message = err instanceof Error ? err.message : String(err);
  return {
    code: 1,
    text: `${format(CLI_TEXT.internal, lang, { message: message.split('\n')[0].slice(0, 300), debug: debug ? '' : format(CLI_TEXT.addDebug, lang) })}${stack}`,
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
    const lang = langOfArgs(rest);
    if (name && name !== '--help' && name !== 'help') process.stderr.write(`${errorLine(format(CLI_TEXT.unknownCommand, lang, { name: JSON.stringify(name.slice(0, 60)) }), lang)}\n`);
    process.stderr.write(`${format(CLI_TEXT.usage, lang)}\n${list}\n`);
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
