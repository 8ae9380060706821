import type { Lang } from '../types';
import { dayFromIso } from '../days';
import { readOrders, localize, type ReadResult } from '../parse';
import { qualityItems } from '../report/qualityTab';
import type { SegmentRule } from '../rfm';
import { segmentCustomers, type Segmentation } from './segmentCustomers';
import { buildTabs } from '../report/buildTabs';
import type { TabSpec } from '../report/tabSpec';

export interface TableRunOptions {
  lang: Lang;
  rules: SegmentRule[];
  bins: number;
  analysisDate: string | null;
  dateOrder: 'dmy' | 'mdy' | 'ymd' | null;
  fitClv: boolean;
  marketingSpend: number | null;
  segmentBy: 'rfm' | 'clusters' | 'both';
  /** The day of the run (for "segment since" and History). */
  runDay: number;
  mapping?: Parameters<typeof readOrders>[1] extends infer O ? (O extends { mapping?: infer M } ? M : never) : never;
}

/**
 * The whole "Segment my customers" run on an in-memory table (what `getValues()` returns), for the
 * CLI and the demo: read, segment, and build the same tabs the add-on writes (a first run: no
 * previous segments or history).
 */
export function runOnTable(values: unknown[][], o: TableRunOptions): { read: ReadResult; segmentation: Segmentation; tabs: TabSpec[] } {
  const analysisDay = o.analysisDate ? (dayFromIso(o.analysisDate) ?? undefined) : undefined;
  const read = readOrders(values, { mapping: o.mapping, dateOrder: o.dateOrder ?? undefined, analysisDay: analysisDay ?? o.runDay });
  if (read.errors.length) throw new Error(read.errors.map((e) => localize(e, o.lang)).join(' '));
  const segmentation = segmentCustomers(read.orders, read.customers, {
    analysisDay,
    bins: o.bins,
    rules: o.rules,
    lang: o.lang,
    marketingSpend: o.marketingSpend,
    fitClv: o.fitClv,
    segmentBy: o.segmentBy,
  });
  const tabs = buildTabs(segmentation, {
    lang: o.lang,
    runDay: o.runDay,
    previousPlacements: new Map(),
    previousHistory: [],
    sameSegment: () => false,
    quality: qualityItems(read.quality.issues, o.lang),
    decisions: read.decisions.map((d) => localize(d, o.lang)),
  });
  return { read, segmentation, tabs };
}
