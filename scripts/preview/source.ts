/**
 * The workbook the preview opens: the user's own .csv/.tsv/.txt/.xlsx (or the bundled sample),
 * read with the CLI's reader, as one sheet of values the way Sheets would hold it after an import.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import type { Lang } from '../../src/core/types';
import { readTable, type ReadOptions } from '../../src/cli/io';
import { sheetValuesFromCsv } from '../../test/harness/sheetValues';

export interface SourceSheet {
  name: string;
  values: unknown[][];
}

const WORKBOOK = /^\.xls[xm]?$/i;

/** The sheet's name: the file's, as Sheets names a sheet imported from a file (Sheets allows 100 characters). */
function sheetName(file: string): string {
  return basename(file, extname(file)).slice(0, 100) || 'Sheet1';
}

/**
 * Reads a file into sheet values. A text file's cells are text, so numbers and ISO dates become
 * numbers and dates as a Sheets import makes them (in the preview's UTC zone); a workbook's cells
 * are already typed. Throws the reader's sentence (naming the file) when it cannot be read.
 */
export async function readSourceFile(file: string, options: ReadOptions = {}, name = sheetName(file)): Promise<SourceSheet> {
  const rows = await readTable(file, options);
  const width = rows.reduce((m, r) => Math.max(m, r.length), 0);
  // Blank rows stand where the reader skipped lines; the grid wants every row as wide as the header.
  const padded = rows.map((r) => (r.length < width ? [...r, ...Array<string>(width - r.length).fill('')] : r));
  const values = WORKBOOK.test(extname(file)) ? padded : sheetValuesFromCsv(padded.map((r) => r.map(String)), 0);
  return { name, values };
}

/** Reads uploaded bytes: kept in a private temp folder for the reader (it reads by path), then removed. */
export async function readUploadedFile(fileName: string, bytes: Uint8Array, lang: Lang): Promise<SourceSheet> {
  const dir = mkdtempSync(join(tmpdir(), 'preview-upload-'));
  const safe = basename(fileName).replace(/[^\p{L}\p{N} ._-]/gu, '_') || 'upload.csv';
  try {
    const path = join(dir, safe);
    writeFileSync(path, bytes, { mode: 0o600 });
    return await readSourceFile(path, { lang }, sheetName(safe));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
