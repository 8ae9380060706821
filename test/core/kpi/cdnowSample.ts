/**
 * The CDNOW 1/10 sample (/work/shared/data/cdnow/README.md) read once per test file: 6,919 rows,
 * 2,357 customers, $244,091.94, first purchases 1997-01-01..1997-03-25, data end 1998-06-30.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dayFromYmd } from '../../../src/core/days';

export const CDNOW_SAMPLE = join(__dirname, '../../../../shared/data/cdnow/CDNOW_sample.txt');

export interface CdnowRow {
  customerId: string;
  /** YYYYMMDD as in the file. */
  yyyymmdd: number;
  day: number;
  amount: number;
}

let cached: CdnowRow[] | null = null;

export function cdnowSampleRows(): CdnowRow[] {
  if (cached) return cached;
  cached = [];
  for (const line of readFileSync(CDNOW_SAMPLE, 'utf8').split(/\r?\n/)) {
    const f = line.trim().split(/\s+/);
    if (f.length !== 5) continue;
    const ymd = Number(f[2]);
    cached.push({ customerId: f[1], yyyymmdd: ymd, day: dayFromYmd(Math.floor(ymd / 10000), Math.floor(ymd / 100) % 100, ymd % 100), amount: Number(f[4]) });
  }
  return cached;
}
