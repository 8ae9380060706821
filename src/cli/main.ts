import { setFlagsFromString } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { runCli } from './commands';
import { readFilePart, transferable, type PartJob } from './parallelRead';

/**
 * `node dist/cli.js <command> ...`: the add-on's engine on files, no Google account needed.
 * Each command lives in its own module under `src/cli/` and is listed in `commands.ts`; errors
 * become a one-line message and an exit code there (2 usage, 1 data or internal), never a stack
 * trace unless `--debug`.
 */
// Orders read from a file live to the end of the read. After the first 100,000 rows or so, V8 sees
// that the objects from the order's allocation sites survive and from then on allocates them in the
// old generation ("allocation-site pretenuring"), which throws away the reader's optimized code that
// allocates them; it is optimized again a few batches later. Without pretenuring the scavenger copies
// those objects once or twice instead, which costs less: rfm on Online Retail's 541,909 lines took
// 0.541 s against 0.577 (CPU 0.75 against 0.84 s; 12 alternating runs), 5,419,090 lines 2.15 against
// 2.21 s. Set before any row is read; V8's flags are the process's, so worker threads have it too.
setFlagsFromString('--no-allocation-site-pretenuring');

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
