import { segmentReport } from './runReport';
import { basename } from 'node:path';
import { format, langFromLocale, type Localized } from '../core/i18n';
import { dayFromDate } from '../core/days';
import { detectColumns } from '../core/parse';
import type { Lang } from '../core/types';
import { readOptionsFor } from '../app/readOptions';
import { segmentSources } from '../app/sources';
import { checkCampaignsFolder, } from './campaignsExport';
import { checkFlags, UsageError } from './flags';
import { readFileState } from './input';
import type { OpenedInput } from './io';
import { checkOutputPath, writeAtomically } from './outputFile';
import { argsOf, SEGMENT_FLAGS, settingsFromFlags } from './segment';
import { isOurWorkbook, writeXlsx } from './xlsxWriter';

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

function* rowsOf(input: OpenedInput): Generator<readonly unknown[]> {
  for (const batch of input.batches()) yield* batch.rows;
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
  const rulesFile = args.str('rules');
  const inputs = [...files, ...(rulesFile ? [rulesFile] : [])];
  await checkOutputPath(out, { flag: '--out', inputs, extensions: ['.xlsx'], force: args.on('force'), isOurs: isOurWorkbook, lang });
  const campaignsDir = args.str('campaigns');
  if (campaignsDir) checkCampaignsFolder(campaignsDir, { out, force: args.on('force'), lang });
  const notes: string[] = [];
  const settings = settingsFromFlags(args, lang, notes);
  const runDay = dayFromDate(new Date(), () => 0);
  const read: { name: string; state: Awaited<ReturnType<typeof readFileState>>['state']; input: OpenedInput }[] = [];
  for (const file of files) {
    const { state, input } = await readFileState(file, args, (firstRows) => readOptionsFor(settings, detectColumns(firstRows), { today: runDay }));
    read.push({ name: file, state, input });
  }
  const run = segmentSources(read, { settings, lang, runDay });
  const names = sheetNames(files);
  const written = await writeAtomically(out, (tmp) => writeXlsx(tmp, run.tabs, { currency: run.currency, lang, extraSheets: read.map((r, i) => ({ name: names[i], rows: rowsOf(r.input) })) }));
  return segmentReport(run, { out, lang, notes, written, campaignsDir, inputs });
}
