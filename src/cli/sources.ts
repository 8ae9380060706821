import { segmentReport } from './runReport';
import { basename } from 'node:path';
import { format, langFromLocale, type Localized } from '../core/i18n';
import type { Lang } from '../core/types';
import { segmentSources } from '../app/sources';
import { checkFlags, UsageError } from './flags';
import type { OpenedInput } from './io';
import { writeAtomically } from './outputFile';
import { argsOf, rowsOf, SEGMENT_FLAGS, segmentSetup } from './segment';
import { writeXlsx } from './xlsxWriter';

const SOURCES_TEXT = {
  noEngine: {
    en: '--engine duckdb reads one file; several files ({count}) are combined by the default engine: leave out --engine',
    'zh-TW': '--engine duckdb 只能讀取一個檔案；多個檔案（{count} 個）需由預設引擎合併：請拿掉 --engine',
    'zh-CN': '--engine duckdb 只能读取一个文件；多个文件（{count} 个）需由默认引擎合并：请去掉 --engine',
    ms: '--engine duckdb membaca satu fail; beberapa fail ({count}) digabungkan oleh enjin lalai: buang --engine',
  },
  sameFile: {
    en: '{file} is given twice: each file is one source',
    'zh-TW': '{file} 重複指定：每個檔案是一個來源',
    'zh-CN': '{file} 重复指定：每个文件是一个来源',
    ms: '{file} diberi dua kali: setiap fail ialah satu sumber',
  },
} satisfies Record<string, Localized>;

/** A sheet name for a copy of each input (at most 31 characters, distinct, as .xlsx requires). */
function sheetNames(files: readonly string[]): string[] {
  const taken = new Set<string>();
  return files.map((f) => {
    const base = basename(f).replace(/[\\/?*[\]:]/g, '_').slice(0, 31) || 'Source';
    let name = base;
    for (let k = 2; taken.has(name.toLowerCase()); k++) name = `${base.slice(0, 31 - String(k).length - 1)}-${k}`;
    taken.add(name.toLowerCase());
    return name;
  });
}

/**
 * `segment FILE1 FILE2 … --out OUT.xlsx`: order files and customer lists (told apart by their
 * columns, `core/sources/sourceKind.ts`) read one by one as `segment` reads one file, combined into
 * one customer base (`app/sources.ts`) and written as one workbook, each input copied into a sheet
 * of its own. Every message names its file; the output may be none of the inputs.
 */
export async function segmentFiles(files: readonly string[], out: string, rawFlags: Record<string, string | true>): Promise<string> {
  const args = argsOf(checkFlags(rawFlags, SEGMENT_FLAGS, 'segment'));
  const lang: Lang = langFromLocale(args.str('lang') ?? 'en');
  if (args.str('engine') === 'duckdb') throw new UsageError(format(SOURCES_TEXT.noEngine, lang, { count: files.length }));
  const seen = new Set<string>();
  for (const f of files) {
    if (seen.has(f)) throw new UsageError(format(SOURCES_TEXT.sameFile, lang, { file: f }));
    seen.add(f);
  }
  const { inputs, campaignsDir, notes, settings, runDay, readFile } = await segmentSetup(files, out, args, lang);
  const read: { name: string; state: Awaited<ReturnType<typeof readFile>>['state']; input: OpenedInput }[] = [];
  for (const file of files) {
    const { state, input } = await readFile(file);
    read.push({ name: file, state, input });
  }
  const run = segmentSources(read, { settings, lang, runDay });
  const names = sheetNames(files);
  const written = await writeAtomically(out, (tmp) => writeXlsx(tmp, run.tabs, { currency: run.currency, lang, extraSheets: read.map((r, i) => ({ name: names[i], rows: rowsOf(r.input) })) }));
  return segmentReport(run, { out, lang, notes, written, campaignsDir, inputs });
}
