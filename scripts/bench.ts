/**
 * `npm run bench`: runs every `scripts/bench/*.ts` in name order and prints its figures.
 * Benchmarks print, they do not fail: speed is a figure to watch, not a timed test.
 * `npm run bench -- rfm` runs only the files whose name contains "rfm".
 */
import { readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const filter = process.argv[2];
const files = readdirSync(join(here, 'bench'))
  .filter((f) => f.endsWith('.ts') && !f.startsWith('_'))
  .filter((f) => !filter || f.includes(filter))
  .sort();
for (const f of files) {
  console.log(`\n## ${f.replace(/\.ts$/, '')}`);
  const mod = await import(pathToFileURL(join(here, 'bench', f)).href);
  if (typeof mod.default === 'function') await mod.default();
}
