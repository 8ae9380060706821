/**
 * `npm start -- [file] [--port N] [--locale L] [--sheet NAME] [--encoding NAME]`, with PORT, LOCALE,
 * PREVIEW_CHUNK_ROWS and PREVIEW_DELAY_MS from the environment. Flags win over the environment.
 *
 * @example
 * previewArgs(['orders.xlsx', '--port', '9000'], {}) // { file: 'orders.xlsx', port: 9000, portChosen: true, ... }
 */
export interface PreviewArgs {
  file?: string;
  port: number;
  /** The user named the port: if it is busy, say so rather than take another. */
  portChosen: boolean;
  locale?: string;
  sheet?: string;
  encoding?: string;
  chunkRows?: number;
  delayMs?: number;
  help: boolean;
}

export const DEFAULT_PORT = 8080;

/** Parses the command line; throws `Error(option)` naming an unknown flag or one missing its value. */
export function previewArgs(argv: readonly string[], env: Record<string, string | undefined>): PreviewArgs {
  const flags: Record<string, string> = {};
  let file: string | undefined;
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') help = true;
    else if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
      const value = inline ?? argv[++i];
      if (!['port', 'locale', 'sheet', 'encoding'].includes(name) || value === undefined || value === '') throw new Error(arg);
      flags[name] = value;
    } else if (file === undefined) file = arg;
    else throw new Error(arg);
  }
  const portText = flags.port ?? env.PORT;
  const port = portText === undefined ? DEFAULT_PORT : Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port ${portText}`);
  const number = (s: string | undefined) => (s ? Number(s) : undefined);
  return {
    file,
    port,
    portChosen: portText !== undefined,
    locale: flags.locale ?? env.LOCALE,
    sheet: flags.sheet,
    encoding: flags.encoding,
    chunkRows: number(env.PREVIEW_CHUNK_ROWS),
    delayMs: number(env.PREVIEW_DELAY_MS),
    help,
  };
}
