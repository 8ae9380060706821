import { format, type Localized } from '../i18n';
import type { Lang } from '../types';
import { clusterCustomers } from '../cluster';
import { clusterWarningText } from '../cluster/messages';
import type { CustomerResult } from './segmentCustomers';
import type { SegmentBy } from './segmentBy';
import { incomeFeature } from './incomeFeature';

/** Clusters of a run: a label per customer and what to tell the owner. */
export interface ClusterOutcome {
  labels: string[];
  warnings: string[];
  silhouette: number | null;
}

const CLUSTER_LABEL: Localized = { en: 'Cluster {n}', 'zh-TW': '群集 {n}', 'zh-CN': '聚类 {n}', ms: 'Kluster {n}' };
/** Attributes worth one-hot encoding when present with a handful of values (city, channel, gender). */
const CATEGORY_KEYS = ['city', 'region', 'country', 'channel', 'acquisitionChannel', 'gender'];
/** Segments smaller than this are not split further in "both" mode. */
const MIN_TO_SPLIT = 40;

function rowsOf(customers: readonly CustomerResult[]) {
  const categorical = CATEGORY_KEYS.filter((k) => {
    const values = new Set(customers.map((c) => c.summary.attributes[k]).filter((v) => v !== null && v !== undefined && v !== ''));
    return values.size >= 2 && values.size <= 12;
  });
  const rows = customers.map((c) => {
    const row: Record<string, number | string | null> = { recency: c.recencyDays, frequency: c.frequency, monetary: c.monetary };
    for (const k of categorical) row[k] = (c.summary.attributes[k] as string | null) ?? null;
    const age = c.summary.attributes.age;
    if (typeof age === 'number') row.age = age;
    return row;
  });
  const numeric = ['recency', 'frequency', 'monetary', ...(customers.some((c) => typeof c.summary.attributes.age === 'number') ? ['age'] : [])];
  // Income from a customer list: numeric when every customer has an amount, else its bands as a category.
  const income = incomeFeature(customers.map((c) => c.summary.attributes.income));
  if (income) {
    rows.forEach((row, i) => {
      row.income = 'numeric' in income ? income.numeric[i] : income.categorical[i];
    });
    ('numeric' in income ? numeric : categorical).push('income');
  }
  return { rows, numeric, categorical };
}

/**
 * Behavioural clusters for the "Segment by" choice: k-means (k by silhouette, fixed seed) on recency,
 * frequency and spend (log-scaled when skewed), age and low-cardinality categories when present.
 * `both` splits each large RFM segment into its own clusters ("Loyal · Cluster 2").
 */
export function clusterSegments(customers: readonly CustomerResult[], mode: Exclude<SegmentBy, 'rfm'>, lang: Lang): ClusterOutcome {
  const warnings: string[] = [];
  const label = (n: number) => format(CLUSTER_LABEL, lang, { n: n + 1 });
  if (mode === 'clusters') {
    const { rows, numeric, categorical } = rowsOf(customers);
    const result = clusterCustomers(rows, { numeric, categorical, seed: 1, spendColumn: 'monetary' });
    warnings.push(...result.warnings.map((w) => clusterWarningText(w, lang)));
    return { labels: result.assignments.map((a) => (a < 0 ? '' : label(a))), warnings, silhouette: result.silhouette };
  }
  const labels = customers.map((c) => c.segmentName);
  const bySegment = new Map<string, number[]>();
  customers.forEach((c, i) => {
    const list = bySegment.get(c.segment);
    if (list) list.push(i);
    else bySegment.set(c.segment, [i]);
  });
  for (const members of bySegment.values()) {
    if (members.length < MIN_TO_SPLIT) continue;
    const part = members.map((i) => customers[i]);
    const { rows, numeric, categorical } = rowsOf(part);
    try {
      const result = clusterCustomers(rows, { numeric, categorical, seed: 1, kRange: [2, 4], spendColumn: 'monetary' });
      result.assignments.forEach((a, j) => {
        if (a >= 0) labels[members[j]] = `${part[j].segmentName} · ${label(a)}`;
      });
    } catch {
      // A segment whose customers do not differ cannot be split; it stays whole.
    }
  }
  return { labels, warnings, silhouette: null };
}
