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
import { finishRead, qualityMessage, readOrders, type ReadOptions as CoreReadOptions } from '../core/parse';
import {
  RFM_DIMENSIONS,
  type RfmMethod,
  type SegmentRule,
  assignSegments,
  rfmInputsFromCustomers,
  rfmPackageSegments,
  rfmScores,
  rfmWarningText,
  rulesAtScores,
  ruleProblemText,
  segmentName,
  segmentSummary,
  shopifySegments,
  validateRules,
} from '../core/rfm';
import type { Lang } from '../core/types';
import { UserError } from '../app/messages';
import { parseRulesFile } from '../app/rulesFile';
import type { CliCommand } from './command';
import { csvTable } from './csvCell';
import { checkFlags, defineCommand, LANG_FLAG, READ_FLAGS, UsageError, type FlagSpec } from './flags';
import { readFailure, readFileState, refuseEmpty } from './input';
import type { Table } from './io';

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
  const names = header.map((h) => String(h).trim()).filter((h) => h !== '');
  const list = names.length ? `its headers are: ${names.slice(0, 30).join(', ')}${names.length > 30 ? ', …' : ''}` : 'its first row has no headers';
  throw new UsageError(`--${flag} ${JSON.stringify(spec.slice(0, 60))} is not a column of the file; ${list}`);
}

/** Rules from a JSON file (the export format or an array of rules), checked by the add-on's own reader. */
function readRules(path: string, lang: Lang): SegmentRule[] {
  try {
    return parseRulesFile(readFileSync(path, 'utf8'), lang).rules as SegmentRule[];
  } catch (e) {
    if (e instanceof UserError) throw new UsageError(`--rules ${path}: ${e.message}`);
    throw e;
  }
}

const RFM_FLAGS: FlagSpec[] = [
  { name: 'customer', kind: 'string', required: true },
  { name: 'date', kind: 'string', required: true },
  { name: 'amount', kind: 'string', required: true },
  { name: 'analysis-date', kind: 'date', required: true },
  { name: 'bins', kind: 'integer', min: 2, max: 10 },
  { name: 'method', kind: 'enum', values: ['r-rfm', 'equal-count'] },
  { name: 'rules', kind: 'file' },
  { name: 'preset', kind: 'enum', values: ['shopify', 'rfm', 'rfm-package'] },
  { name: 'order', kind: 'string' },
  LANG_FLAG,
  { name: 'format', kind: 'enum', values: ['json', 'csv'] },
  ...READ_FLAGS,
];

/** A figure rounded to `d` decimals, as the CLI prints it. */
export const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

/** The segment summary as the CLI prints it (JSON and CSV records), segments with customers only. */
export function summaryRecords(segmented: Parameters<typeof segmentSummary>[0], rules: readonly SegmentRule[], lang: Lang) {
  return segmentSummary(segmented, { rules, lang, onlyWithCustomers: true }).map((s) => ({
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
}

/** The flags of one `rfm` run, checked against the file's header. */
interface RfmPlan {
  lang: Lang;
  analysisDay: number;
  rules: SegmentRule[];
  bins: number;
  method: RfmMethod;
  /** The reader's options: the columns the flags name, and "today". */
  read: CoreReadOptions;
}

/** Checks the flags against the file's first rows (the header is the first non-blank row). */
function rfmPlan(firstRows: Table, rawFlags: Record<string, string | true>, file: string): RfmPlan {
  const flags = checkFlags(rawFlags, RFM_FLAGS, 'rfm');
  const str = (k: string) => (typeof flags[k] === 'string' ? (flags[k] as string) : undefined);
  const need = (k: string) => str(k) ?? (() => { throw new UsageError(`--${k} is required`); })();
  const lang: Lang = langFromLocale(str('lang') ?? 'en');
  refuseEmpty(firstRows, file, lang);
  const header = firstRows.find((row) => row.some((c) => String(c ?? '').trim() !== '')) as Table[number];
  const cols = {
    customer: columnIndex(header, need('customer'), 'customer'),
    date: columnIndex(header, need('date'), 'date'),
    amount: columnIndex(header, need('amount'), 'amount'),
    order: str('order') ? columnIndex(header, str('order') as string, 'order') : undefined,
  };
  const analysisDay = dayFromIso(need('analysis-date'));
  if (analysisDay === null) throw new UsageError(`--analysis-date must be a real date as YYYY-MM-DD, got "${str('analysis-date')}"`);
  if (str('rules') && str('preset')) throw new UsageError('--rules and --preset cannot be used together: the rules file replaces the preset');
  const rules = str('rules') ? readRules(str('rules') as string, lang) : rulesAtScores(str('preset') === 'rfm' || str('preset') === 'rfm-package' ? rfmPackageSegments : shopifySegments, str('bins') ? Number(str('bins')) : 5);
  // The add-on's own reader: same date, amount and currency rules, same data-quality checks as the sheet.
  const mapping = { customerId: cols.customer, orderDate: cols.date, amount: cols.amount, ...(cols.order === undefined ? {} : { orderId: cols.order }) };
  return { lang, analysisDay, rules, bins: str('bins') ? Number(str('bins')) : 5, method: (str('method') ?? 'r-rfm') as RfmMethod, read: { mapping, analysisDay } };
}

/** The whole RFM report for a table: customers, summary, thresholds and warnings. */
export function rfmReport(table: Table, rawFlags: Record<string, string | true>, file = 'the file') {
  const plan = rfmPlan(table, rawFlags, file);
  return reportOf(readOrders(table, plan.read), plan, file);
}

/** The report from what the reader made of the file. */
function reportOf(read: ReturnType<typeof finishRead>, plan: RfmPlan, file: string) {
  const { lang, analysisDay, rules, bins, method } = plan;
  if (read.errors.length) throw readFailure(file, read.errors, read.quality.issues, lang);
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
  const summary = summaryRecords(segmented, rules, lang);
  const thresholds = Object.fromEntries(
    RFM_DIMENSIONS.map((d) => {
      const t = scored.thresholds[d];
      return [d, { method: t.method, bins: t.bins, cutPoints: t.cutPoints, intervals: t.intervals, countsPerScore: t.countsPerScore }];
    }),
  );
  return { customers, summary, thresholds, warnings };
}

export const rfmCommand: CliCommand = defineCommand({
  name: 'rfm',
  summary: 'RFM scores and segments per customer (R rfm 0.3.0 scoring), with segment summary and thresholds',
  usage: 'rfm <file> --customer <col> --date <col> --amount <col> --analysis-date YYYY-MM-DD [--bins 5] [--method r-rfm|equal-count] [--rules rules.json | --preset shopify|rfm] [--order <col>] [--lang en] [--format json|csv]',
  positional: [{ name: 'file', file: true }],
  flags: RFM_FLAGS,
  async run(args) {
    const file = args.positional[0];
    let plan: RfmPlan | undefined;
    const { state } = await readFileState(file, args, (firstRows) => {
      plan = rfmPlan(firstRows, args.flags, file);
      return plan.read;
    });
    const report = reportOf(finishRead(state), plan as RfmPlan, file);
    if (args.str('format') === 'csv') {
      const thresholdRows = RFM_DIMENSIONS.flatMap((d) => report.thresholds[d].intervals.map((iv) => ({ dimension: d, score: iv.score, lower: iv.lower, upper: iv.upper, customers: iv.customers })));
      process.stdout.write(`${csvTable(report.customers)}\n${csvTable(report.summary)}\n${csvTable(thresholdRows)}`);
    } else process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    for (const w of report.warnings) process.stderr.write(`Note: ${w}\n`);
    return 0;
  },
});
