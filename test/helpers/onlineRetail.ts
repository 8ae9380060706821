/** UCI Online Retail (../shared/data/online-retail, see its README): the by-day files joined into one table, header first. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../../src/cli/io';

export const ONLINE_RETAIL_DIR = join(process.cwd(), '../shared/data/online-retail/by-day');

export function onlineRetailTable(): string[][] {
  const rows: string[][] = [];
  readdirSync(ONLINE_RETAIL_DIR)
    .filter((f) => f.endsWith('.csv'))
    .sort()
    .forEach((f, i) => {
      const t = parseCsv(readFileSync(join(ONLINE_RETAIL_DIR, f), 'utf8'));
      rows.push(...(i === 0 ? t : t.slice(1)));
    });
  return rows;
}
