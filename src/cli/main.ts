import { runCli } from './commands';

/**
 * `node dist/cli.js <command> ...`: the add-on's engine on files, no Google account needed.
 * Each command lives in its own module under `src/cli/` and is listed in `commands.ts`; errors
 * become a one-line message and an exit code there (2 usage, 1 data or internal), never a stack
 * trace unless `--debug`.
 */
runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`Internal error: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
