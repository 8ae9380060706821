import type { Lang } from '../types';
import type { Segmentation } from '../pipeline/segmentCustomers';
import { segmentsTab, type PreviousPlacement } from './segmentsTab';
import { summaryTab } from './summaryTab';
import { personasTab } from './personasTab';
import { kpisTab } from './kpisTab';
import { qualityTab, type QualityItem } from './qualityTab';
import { historyLines, historyTab, type HistoryLine } from './historyTab';
import { movementTab } from './movementTab';
import { modelTab } from './modelTab';
import { campaignsTab } from './campaignsTab';
import { productsTab } from './productsTab';
import { timingTab } from './timingTab';
import { STRICT_COLUMNS, type ConsentColumns } from '../campaigns/consent';
import type { CampaignTemplates } from '../campaigns/suggestedMessage';
import type { TabSpec } from './tabSpec';

export interface TabContext {
  lang: Lang;
  /** The run's currency (ISO code or mark as written, '' = none): money in text is written with `formatMoney(amount, currency, lang)`. */
  currency: string;
  /** Day of this run (the sheet's today). */
  runDay: number;
  previousPlacements: Map<string, PreviousPlacement>;
  previousHistory: HistoryLine[];
  sameSegment: (previousName: string, segmentId: string) => boolean;
  quality: QualityItem[];
  decisions: string[];
  /** The source's marketing columns (`consentColumnsOf(read.detection)`); left out, campaign lists read strictly ({@link STRICT_COLUMNS}). */
  consent?: ConsentColumns;
  /** The owner's campaign messages by segment id (settings); missing ones use the built-in texts. */
  campaignTemplates?: CampaignTemplates;
}

/** Every output tab of a run, in the order they appear in the workbook (the CLV model tab when a forecast was checked). */
export function buildTabs(seg: Segmentation, ctx: TabContext): TabSpec[] {
  const tabs = [
    segmentsTab(seg, ctx.lang, ctx.runDay, ctx.previousPlacements, ctx.sameSegment, ctx.consent),
    summaryTab(seg, ctx.lang, ctx.consent),
    campaignsTab(seg, ctx.lang, { consent: ctx.consent ?? STRICT_COLUMNS, templates: ctx.campaignTemplates ?? {}, previous: ctx.previousPlacements, sameSegment: ctx.sameSegment, runDay: ctx.runDay }),
    personasTab(seg, ctx.lang, { currency: ctx.currency }),
    kpisTab(seg.kpis, ctx.lang),
    qualityTab(ctx.quality, ctx.decisions, ctx.lang),
    historyTab(ctx.previousHistory, historyLines(seg, ctx.runDay, ctx.previousHistory), ctx.lang),
    movementTab(seg, ctx.lang, ctx.previousPlacements, ctx.sameSegment),
  ];
  // Left out when the data has nothing for them: no orders (a customer list), no product lines.
  for (const tab of [timingTab(seg, ctx.lang), productsTab(seg, ctx.lang)]) if (tab) tabs.push(tab);
  if (seg.valueReport?.forecast.check) tabs.push(modelTab(seg.valueReport, ctx.lang));
  return tabs;
}
