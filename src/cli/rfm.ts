/**
 * `node dist/cli.js rfm <file> --customer <col> --date <col> --amount <col> --analysis-date YYYY-MM-DD
 *   [--bins 5] [--method r-rfm|equal-count] [--rules rules.json | --preset shopify|rfm] [--order <col>]
 *   [--lang en|zh-TW|zh-CN|ms] [--format json|csv]`
 *
 * One record per customer (customer_id, recency_days, frequency, monetary, r, f, m, rfm_score, segment),
 * then the segment summary and the thresholds. JSON: `{customers, summary, thresholds, warnings}`.
 * Columns are header names, letters (A) or 1-based numbers.
 */
import { readFileSync } from 'node:fs';
import { dayFromIso } from '../core/days';
import { langFromLocale } from '../core/i18n';
import { localize, qualityMessage, readOrders } from '../core/parse';
import {
  RFM_DIMENSIONS,
  type RfmMethod,
  type SegmentRule,
  assignSegments,
  rfmInputsFromCustomers,
  rfmPackageSegments,
  rfmScores,
  rfmWarningText,
  ruleProblemText,
  segmentName,
  segmentSummary,
  shopifySegments,
  validateRules,
} from '../core/rfm';
import type { Lang } from '../core/types';
import type { CliCommand } from './command';
import { readTable, toCsv, type Table } from './io';

/** Index of a column given as a header name (case-insensitive), a letter (A, AB) or a 1-based number. */
export function columnIndex(header: readonly unknown[], spec: string, flag: string): number {
  const byName = header.findIndex((h) => String(h).trim().toLowerCase() === spec.trim().toLowerCase());
  if (byName >= 0) return byName;
  if (/^\d+$/.test(spec)) {
    const n = Number(spec) - 1;
    if (n >= 0 && n < header.length) return n;
  }
  if (/^[A-Za-z]{1,2}$/.test(spec)) {
    const n = spec.toUpperCase().split('').reduce((a, ch) => a * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    if (n < header.length) return n;
  }
  throw new Error(`--${flag} "${spec}" is not a column of the file; its headers are: ${header.map(String).join(', ')}`);
}

/** Rules from a JSON file: an array of rules or `{ "rules": [...] }`. */
function readRules(path: string): SegmentRule[] {
  const json = JSON.parse(readFileSync(path, 'utf8')) as unknown;
  const rules = Array.isArray(json) ? json : (json as { rules?: unknown }).rules;
  if (!Array.isArray(rules)) throw new Error(`${path}: expected an array of rules or { "rules": [...] }`);
  for (const [i, r] of rules.entries()) {
    const ok = r && typeof r.id === 'string' && ['r', 'f', 'm'].every((k) => Array.isArray(r[k]) && r[k].length === 2);
    if (!ok) throw new Error(`${path}: rule ${i + 1} needs "id", "name" and "r", "f", "m" as [min, max]`);
  }
  return rules as SegmentRule[];
}

const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

/** The whole RFM report for a table: customers, summary, thresholds and warnings. */
export function rfmReport(table: Table, flags: Record<string, string | true>) {
  const str = (k: string) => (typeof flags[k] === 'string' ? (flags[k] as string) : undefined);
  const need = (k: string) => str(k) ?? (() => { throw new Error(`--${k} is required`); })();
  const lang: Lang = langFromLocale(str('lang') ?? 'en');
  const header = table[0] ?? [];
  const cols = {
    customer: columnIndex(header, need('customer'), 'customer'),
    date: columnIndex(header, need('date'), 'date'),
    amount: columnIndex(header, need('amount'), 'amount'),
    order: str('order') ? columnIndex(header, str('order') as string, 'order') : undefined,
  };
  const analysisDay = dayFromIso(need('analysis-date'));
  if (analysisDay === null) throw new Error(`--analysis-date must be YYYY-MM-DD, got "${str('analysis-date')}"`);
  const rules = str('rules') ? readRules(str('rules') as string) : str('preset') === 'rfm' ? rfmPackageSegments : shopifySegments;
  const bins = str('bins') ? Number(str('bins')) : 5;
  const method = (str('method') ?? 'r-rfm') as RfmMethod;
  if (!['r-rfm', 'equal-count'].includes(method)) throw new Error(`--method must be r-rfm or equal-count, got "${method}"`);

  // The add-on's own reader: same date, amount and currency rules, same data-quality checks as the sheet.
  const read = readOrders(table, { mapping: { customerId: cols.customer, orderDate: cols.date, amount: cols.amount, ...(cols.order === undefined ? {} : { orderId: cols.order }) }, analysisDay });
  if (read.errors.length) throw new Error(read.errors.map((e) => localize(e, lang)).join('\n'));
  const scored = rfmScores(rfmInputsFromCustomers(read.customers, analysisDay), { bins, method });
  const segmented = assignSegments(scored.customers, rules);
  const warnings = read.quality.issues.map((q) => qualityMessage(q, lang));
  warnings.push(...scored.warnings.map((w) => rfmWarningText(w, lang)));
  const check = validateRules(rules, bins);
  warnings.push(...check.problems.map((p) => ruleProblemText(p, rules, lang)));
  const customers = segmented.map((c) => ({
    customer_id: c.customerId,
    recency_days: c.recencyDays,
    frequency: c.frequency,
    monetary: round(c.monetary),
    r: c.r,
    f: c.f,
    m: c.m,
    rfm_score: c.score,
    segment: segmentName(c.segment, rules, lang),
  }));
  const summary = segmentSummary(segmented, { rules, lang }).map((s) => ({
    segment: s.name,
    customers: s.customers,
    customer_share: round(s.customerShare, 4),
    orders: s.orders,
    revenue: round(s.revenue),
    revenue_share: round(s.revenueShare, 4),
    average_order_value: round(s.averageOrderValue),
    average_recency_days: round(s.averageRecencyDays, 1),
    average_frequency: round(s.averageFrequency),
    average_monetary: round(s.averageMonetary),
  }));
  const thresholds = Object.fromEntries(
    RFM_DIMENSIONS.map((d) => {
      const t = scored.thresholds[d];
      return [d, { method: t.method, bins: t.bins, cutPoints: t.cutPoints, intervals: t.intervals, countsPerScore: t.countsPerScore }];
    }),
  );
  return { customers, summary, thresholds, warnings };
}

export const rfmCommand: CliCommand = {
  summary: 'RFM scores and segments per customer (R rfm 0.3.0 scoring), with segment summary and thresholds',
  async run(positional, flags) {
    const file = positional[0];
    if (!file) {
      process.stderr.write('Usage: node dist/cli.js rfm <file> --customer <col> --date <col> --amount <col> --analysis-date YYYY-MM-DD [--bins 5] [--method r-rfm|equal-count] [--rules rules.json | --preset shopify|rfm] [--order <col>] [--lang en] [--format json|csv]\n');
      return 2;
    }
    const report = rfmReport(await readTable(file), flags);
    if (flags.format === 'csv') {
      const thresholdRows = RFM_DIMENSIONS.flatMap((d) => report.thresholds[d].intervals.map((iv) => ({ dimension: d, score: iv.score, lower: iv.lower, upper: iv.upper, customers: iv.customers })));
      process.stdout.write(`${toCsv(report.customers)}\n${toCsv(report.summary)}\n${toCsv(thresholdRows)}`);
    } else process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    for (const w of report.warnings) process.stderr.write(`Note: ${w}\n`);
    return 0;
  },
};
