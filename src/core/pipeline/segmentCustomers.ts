import type { CustomerSummary, DayNumber, Lang, Order, StoreKpis } from '../types';
import { rfmScores, rfmInputsFromCustomers, assignSegments, segmentName, segmentSummary, validateRules, ruleProblemText, rfmWarningText, OTHERS_ID } from '../rfm';
import type { RfmThresholds, SegmentRule, SegmentSummaryRow } from '../rfm';
import { storeKpis } from '../kpi/storeKpis';
import { predictCustomerValue, type CustomerValue, type ValueReport } from './predictValue';
import { clusterSegments, type ClusterOutcome } from './clusterSegments';
import { buildPersonas, type PersonaCard } from '../personas';
import type { SegmentBy } from './segmentBy';
import { productsReport, type ProductsReport } from '../products';
import { personaBusiestTimes, timingReport, type TimingReport } from '../timing';

export type { SegmentBy } from './segmentBy';

/**
 * The "Segment my customers" computation on a store's cleaned orders and customers, shared by the
 * add-on, the CLI and the demo: RFM scores and named segments, the segment summary, store KPIs,
 * optionally predicted CLV and clusters, and 3 to 5 personas. Pure: no sheet, no clock.
 */
export interface SegmentOptions {
  /** "Today" of the analysis; default the day after the latest order (R `rfm` and lifetimes use a fixed date too). */
  analysisDay?: DayNumber;
  bins: number;
  rules: SegmentRule[];
  lang: Lang;
  marketingSpend?: number | null;
  fitClv: boolean;
  segmentBy: SegmentBy;
}

export interface CustomerResult {
  summary: CustomerSummary;
  recencyDays: number;
  frequency: number;
  monetary: number;
  r: number;
  f: number;
  m: number;
  score: string;
  /** RFM segment id (rule id or 'others'). */
  segment: string;
  segmentName: string;
  /** Cluster label when clustering ran. */
  cluster?: string;
  value?: CustomerValue;
}

export interface Segmentation {
  analysisDay: DayNumber;
  customers: CustomerResult[];
  thresholds: RfmThresholds;
  rules: SegmentRule[];
  summary: SegmentSummaryRow[];
  kpis: StoreKpis;
  personas: PersonaCard[];
  clusters: ClusterOutcome | null;
  /** The checked forecast behind the value columns (and the CLV model tab); null when not asked for. */
  valueReport: ValueReport | null;
  /** Localized warnings for the sidebar and tabs. */
  warnings: string[];
  /** What each RFM segment buys (top products, pairs, next product); null when no order has product lines. */
  products: ProductsReport | null;
  /** When they buy: orders by weekday × hour, weekday and month of year, overall and per RFM segment (issue 18). */
  timing: TimingReport;
}

export function segmentCustomers(orders: readonly Order[], customers: readonly CustomerSummary[], options: SegmentOptions): Segmentation {
  if (customers.length === 0) throw new Error('No customers with valid orders to segment.');
  const lastDay = customers.reduce((m, c) => Math.max(m, c.lastOrderDay), -Infinity);
  const analysisDay = options.analysisDay ?? lastDay + 1;
  const warnings: string[] = [];

  const inputs = rfmInputsFromCustomers(customers, analysisDay);
  const scored = rfmScores(inputs, { bins: options.bins });
  for (const w of scored.warnings) warnings.push(rfmWarningText(w, options.lang));
  for (const p of validateRules(options.rules, options.bins).problems) warnings.push(ruleProblemText(p, options.rules, options.lang));
  const segmented = assignSegments(scored.customers, options.rules);

  const value = options.fitClv ? predictCustomerValue(orders, customers, analysisDay) : null;
  if (value?.warning) warnings.push(value.warning(options.lang));

  const out: CustomerResult[] = segmented.map((c, i) => ({
    summary: c.summary,
    recencyDays: c.recencyDays,
    frequency: c.frequency,
    monetary: c.monetary,
    r: c.r,
    f: c.f,
    m: c.m,
    score: c.score,
    segment: c.segment,
    segmentName: segmentName(c.segment, options.rules, options.lang),
    value: value?.customers[i],
  }));

  const clusters = options.segmentBy === 'rfm' ? null : clusterSegments(out, options.segmentBy, options.lang);
  if (clusters) {
    clusters.labels.forEach((label, i) => {
      if (label) out[i].cluster = label;
    });
    warnings.push(...clusters.warnings);
  }

  const summary = segmentSummary(
    out.map((c) => ({ segment: c.segment, recencyDays: c.recencyDays, frequency: c.frequency, monetary: c.monetary, r: c.r, f: c.f, m: c.m })),
    { rules: options.rules, lang: options.lang },
  );
  const kpis = storeKpis(orders, customers, { analysisDay, marketingSpend: options.marketingSpend ?? undefined });

  // Personas describe clusters when the owner chose them, otherwise the RFM segments.
  const groupOf = (i: number) => (options.segmentBy === 'rfm' ? out[i].segmentName : (out[i].cluster ?? out[i].segmentName));
  const personas = buildPersonas(
    out.map((c) => ({ customerId: c.summary.customerId, recencyDays: c.recencyDays, frequency: c.frequency, monetary: c.monetary, attributes: c.summary.attributes })),
    groupOf,
    { lang: options.lang, max: 5 },
  );
  const timing = timingReport(orders, new Map(out.map((c) => [c.summary.customerId, c.segment])), [...options.rules.map((r) => r.id), OTHERS_ID]);
  // Each persona's busiest weekday and hours, for its card's shopping habits ("when: weekday/time").
  personaBusiestTimes(orders, out.map((c) => c.summary.customerId), groupOf, personas.map((p) => p.groups), timing.hasTime).forEach((b, k) => {
    if (b) personas[k].busiestTime = b;
  });

  return {
    analysisDay,
    customers: out,
    thresholds: scored.thresholds,
    rules: options.rules,
    summary,
    kpis,
    personas,
    clusters,
    valueReport: value?.report ?? null,
    warnings,
    timing,
    products: productsReport(orders, new Map(out.map((c) => [c.summary.customerId, c.segment])), [...options.rules.map((r) => r.id), OTHERS_ID]),
  };
}
