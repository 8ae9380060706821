import { readFileSync } from 'node:fs';
import { parseCsv } from '../../../src/cli/io';
import { startRead, type ReadState } from '../../../src/core/parse';
import type { Lang } from '../../../src/core/types';

/** The hand-written sources of `test/fixtures/sources/` (README there), read as the CLI reads a file. */
export function fixtureState(file: string): ReadState {
  const values = parseCsv(readFileSync(`test/fixtures/sources/${file}`, 'utf8'));
  return startRead(values, { dateOrder: 'ymd' as never });
}

/** The shop's orders, the counter's orders and the CRM list of one language, named as files. */
export function fixtureSources(lang: Lang): { name: string; state: ReadState }[] {
  return ['shop', 'counter', 'crm'].map((kind) => ({ name: `${lang}-${kind}.csv`, state: fixtureState(`${lang}-${kind}.csv`) }));
}
