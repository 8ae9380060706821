import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../../../src/cli/io';

/** The iris fixture (R `datasets::iris`, see test/fixtures/iris.README.md): measurements and species. */
export function loadIris(): { header: string[]; rows: number[][]; species: string[] } {
  const [header, ...lines] = parseCsv(readFileSync(join(__dirname, '../../fixtures/iris.csv'), 'utf8'));
  const data = lines.filter((l) => l.length === 5);
  return { header, rows: data.map((l) => l.slice(0, 4).map(Number)), species: data.map((l) => l[4]) };
}
