import { parentPort, workerData } from 'node:worker_threads';
import { runCli } from './commands';
import { readFilePart, transferable, type PartJob } from './parallelRead';

/**
 * `node dist/cli.js <command> ...`: the add-on's engine on files, no Google account needed.
 * Each command lives in its own module under `src/cli/` and is listed in `commands.ts`; errors
 * become a one-line message and an exit code there (2 usage, 1 data or internal), never a stack
 * trace unless `--debug`.
 */
// The same bundle reads a part of a big file when started as a worker thread (parallelRead.ts).
// It is started before its part is known (loading the bundle overlaps the first rows' reading), and given the part by message.
const port = parentPort;
if (port && workerData?.partReader) {
  port.once('message', (job: PartJob) => {
    const result = readFilePart(job);
    port.postMessage(result, transferable(result));
  });
} else
runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`Internal error: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
