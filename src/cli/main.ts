import { parseFlags } from './io';
import { commands } from './commands';

/**
 * `node dist/cli.js <command> ...`: the add-on's engine on files, no Google account needed.
 * Each command lives in its own module under `src/cli/` and is listed in `commands.ts`.
 */
async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const command = name ? commands[name] : undefined;
  if (!command) {
    const list = Object.entries(commands)
      .map(([n, c]) => `  ${n.padEnd(9)} ${c.summary}`)
      .join('\n');
    process.stderr.write(`Usage: node dist/cli.js <command> [options]\n\nCommands:\n${list}\n`);
    return name ? 2 : 0;
  }
  const { positional, flags } = parseFlags(rest);
  return command.run(positional, flags);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    // A plain sentence, never a stack trace, unless DEBUG is set.
    process.stderr.write(`Error: ${err instanceof Error ? err.message : String(err)}\n`);
    if (process.env.DEBUG && err instanceof Error) process.stderr.write(`${err.stack}\n`);
    process.exitCode = 1;
  },
);
