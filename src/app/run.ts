import { format } from '../core/i18n';
import type { DayNumber, Lang } from '../core/types';
import { detectColumns, finishRead, localize, startRead, type ReadResult, type ReadState } from '../core/parse';
import { segmentCustomers, type Segmentation } from '../core/pipeline/segmentCustomers';
import { buildTabs } from '../core/report/buildTabs';
import { segmentsWithCustomers } from '../core/rfm/segmentSummary';
import { consentColumnsOf } from '../core/campaigns/consent';
import { qualityItems } from '../core/report/qualityTab';
import { isCombined, sourcesDecisions, sourcesQualityItems } from '../core/sources';
import type { TabSpec } from '../core/report/tabSpec';
import type { SegmentLine, Settings } from './contract';
import { SERVER_MESSAGES, UserError } from './messages';
import { firstRun, type PreviousRun } from './previousRun';
import { analysisDayOf, readOptionsFor } from './readOptions';
import { runRules } from './rules';
import { runCurrency } from './runCurrency';
import { settingsProblemText, type SettingsProblem } from './settings';

/** Everything a run needs besides the workbook: the merged reading state and the run's context. */
export interface RunInput {
  /** The reading state of the whole source (the sidebar's merged chunks, or one read of a file). */
  state: ReadState;
  settings: Settings;
  lang: Lang;
  /** The sheet's today: "segment since" and History dates. */
  runDay: DayNumber;
  /** What the previous run left; a first run when left out. */
  previous?: PreviousRun;
  /** Problems found when the settings were read, reported with the run's warnings. */
  settingsProblems?: readonly SettingsProblem[];
}

/** A finished run: the tabs to write and what to tell the user. */
export interface RunOutput {
  read: ReadResult;
  segmentation: Segmentation;
  tabs: TabSpec[];
  /** One sentence: "322 customers in 10 segments; Loyal are 17 % of customers and 39 % of revenue." */
  summary: string;
  /** The segments with customers, in rule order: the rows the sentence counts (an empty one stays in the rules only). */
  segments: SegmentLine[];
  warnings: string[];
  /** The run's currency ({@link runCurrency}; '' = none): every writer formats money with it. */
  currency: string;
}

/**
 * The "Segment my customers" run, assembled once for the sidebar, the CLI, the demo and the
 * preview: finish the read, segment with the settings, and build the tabs and the summary.
 * Pure: the caller reads the source and the previous run, and writes the tabs.
 * Throws a {@link UserError} (in the user's language) when the data cannot be read.
 */
export function segmentRun(input: RunInput): RunOutput {
  const read = finishRead(input.state);
  if (read.errors.length) throw new UserError(read.errors.map((e) => localize(e, input.lang)).join(' '));
  return segmentRead(read, input);
}

/**
 * The run from a finished read: what {@link segmentRun} does after `finishRead`, for sources whose
 * read is assembled another way (several sheets combined, per-order rows from a database engine).
 * `read` must have no errors.
 */
export function segmentRead(read: ReadResult, input: Omit<RunInput, 'state'>): RunOutput {
  const { settings, lang } = input;
  const previous = input.previous ?? firstRun();
  const segmentation = segmentCustomers(read.orders, read.customers, {
    analysisDay: analysisDayOf(settings),
    bins: settings.bins,
    rules: runRules(settings),
    lang,
    marketingSpend: settings.marketingSpend,
    fitClv: settings.fitClv,
    segmentBy: settings.segmentBy,
  });
  const currency = runCurrency(settings.currency, read.decisions);
  const tabs = buildTabs(segmentation, {
    lang,
    currency,
    runDay: input.runDay,
    previousPlacements: previous.placements,
    previousHistory: previous.history,
    sameSegment: previous.sameSegment,
    // A run on several sources (core/sources) adds what combining found and decided.
    quality: [...qualityItems(read.quality.issues, lang), ...(isCombined(read) ? sourcesQualityItems(read.sources, lang) : [])],
    decisions: [...read.decisions.map((d) => localize(d, lang)), ...(isCombined(read) ? sourcesDecisions(read.sources, lang) : [])],
    // The sheet's own consent columns decide who may be contacted; the owner's templates the messages.
    consent: consentColumnsOf(read.detection),
    campaignTemplates: settings.campaignTemplates,
  });
  return {
    read,
    segmentation,
    tabs,
    summary: runSummaryText(segmentation, lang),
    segments: segmentsWithCustomers(segmentation.summary).map((s) => ({ name: s.name, customers: s.customers, revenueShare: s.revenueShare })),
    warnings: [...(input.settingsProblems ?? []).map((p) => settingsProblemText(p, lang)), ...segmentation.warnings],
    currency,
  };
}

/**
 * {@link segmentRun} on a whole table in memory (what `getValues()` or a file gives), read in one
 * go with the same options as the sidebar's chunked read: the CLI, the demo and tests use it.
 */
export function segmentTable(values: readonly unknown[][], input: Omit<RunInput, 'state'> & { zoneOffsetMinutes?: (d: Date) => number }): RunOutput {
  const state = startRead(values, readOptionsFor(input.settings, detectColumns(values), { today: input.runDay, zoneOffsetMinutes: input.zoneOffsetMinutes }));
  return segmentRun({ ...input, state });
}

/** The run in one sentence: customers, segments with customers, and the segment with most revenue. */
export function runSummaryText(segmentation: Segmentation, lang: Lang): string {
  const listed = segmentsWithCustomers(segmentation.summary);
  const top = [...listed].sort((a, b) => b.revenueShare - a.revenueShare)[0];
  const pct = (x: number) => `${Math.round(x * 100)} %`;
  return format(SERVER_MESSAGES.summary, lang, {
    customers: segmentation.customers.length.toLocaleString('en-US'),
    segments: listed.length,
    top: top?.name ?? '',
    customerShare: pct(top?.customerShare ?? 0),
    revenueShare: pct(top?.revenueShare ?? 0),
  });
}
