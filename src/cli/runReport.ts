import type { RunOutput } from '../app/run';
import { campaignLists } from '../core/campaigns/campaignLists';
import { consentColumnsOf } from '../core/campaigns/consent';
import { format } from '../core/i18n';
import type { Lang } from '../core/types';
import { writeCampaigns } from './campaignsExport';
import { SEGMENT_LINES } from './messages';

/** Where `segment` wrote its workbook and what else it must say and write. */
export interface ReportOptions {
  out: string;
  lang: Lang;
  /** Notes on the flags and the reading, said before the run's warnings. */
  notes: readonly string[];
  /** Notes on what was written (cut cells, rows left out of a copy), said after the run's warnings. */
  written: readonly string[];
  /** `--campaigns DIR`: the campaign CSVs are written there. */
  campaignsDir?: string;
  /** Every file the command read (a campaign CSV may not replace one). */
  inputs: readonly string[];
}

/**
 * What `segment` prints once the workbook is written, whatever the engine or the number of files:
 * the run's sentence, a line per segment, the notes, the tabs written; and, with `--campaigns`,
 * the campaign files of those who may be contacted (by the consent columns the data has).
 */
export async function segmentReport(run: RunOutput, o: ReportOptions): Promise<string> {
  const { lang } = o;
  const lines = [
    run.summary,
    ...run.segments.map((s) => `  ${s.name.padEnd(22)} ${format(SEGMENT_LINES.segment, lang, { customers: String(s.customers).padStart(6), share: (s.revenueShare * 100).toFixed(1).padStart(5) })}`),
    ...[...o.notes, ...run.warnings, ...o.written].map((note) => format(SEGMENT_LINES.note, lang, { note })),
    format(SEGMENT_LINES.wrote, lang, { tabs: run.tabs.map((t) => t.name).join(SEGMENT_LINES.listSeparator[lang]), file: o.out }),
  ];
  if (o.campaignsDir) lines.push(...(await writeCampaigns(o.campaignsDir, campaignLists(run.segmentation, consentColumnsOf(run.read.detection), lang), { inputs: o.inputs, lang })));
  return lines.join('\n');
}
