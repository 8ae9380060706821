/**
 * The RFM custom functions (issue 5): `=RFM_SCORE` scores many customers in one call (or one customer
 * against a thresholds table) and `=RFM_THRESHOLDS` shows the cut points so a sheet can display them.
 * The method lives in `src/core/rfm/` (R `rfm` 0.3.0 scores by default); this file reads what Sheets
 * passes and words the errors.
 */
import { format, type Localized } from '../core/i18n';
import {
  type RfmDimension,
  type RfmInput,
  type RfmThresholds,
  type SegmentRule,
  assignSegments,
  recencyScoreByCutPoints,
  rfmPackageSegments,
  rfmScores,
  rfmWarningText,
  scoreByCutPoints,
  segmentName,
  rulesAtScores,
  shopifySegments,
} from '../core/rfm';
import type { DayNumber, Lang } from '../core/types';
import { type Arg, type Cell, cellDay, cellNumber, cells, columns, failWith, filledRows, isDate, isMissing, optionalDay, placeOf, refuseErrorCell, resultLang, toNumber } from './args';
import { ARG_ERRORS, RFM_ERRORS } from './errorText';
import type { CustomFunctionSpec } from './spec';

type Output = 'score' | 'rfm' | 'segment' | 'rfm_segment' | 'all';
const OUTPUTS: readonly Output[] = ['score', 'rfm', 'segment', 'rfm_segment', 'all'];
const DIMENSION_KEYS: Record<RfmDimension, string> = { recency: 'R', frequency: 'F', monetary: 'M' };

interface Customers {
  /** Index into the input rows of each customer (blank rows are skipped). */
  rows: number[];
  inputs: RfmInput[];
  total: number;
}

/**
 * Reads the three columns. Recency cells may be days (numbers) or last-order dates (date cells or
 * date text); with dates, recency = analysis date − date, the analysis date defaulting to the day
 * after the latest date.
 */
function readCustomers(fn: string, recency: Arg, frequency: Arg, monetary: Arg, analysisDate: Arg, needAnalysisDate = false): Customers {
  const names = ['recency', 'frequency', 'monetary'];
  const args = [recency, frequency, monetary];
  args.forEach((a, i) => {
    if (isMissing(a) && !Array.isArray(a)) failWith(fn, ARG_ERRORS.required, { param: names[i], place: '' });
  });
  const [rs, fs, ms] = columns(fn, names, args) as Cell[][];
  const analysis = optionalDay(fn, 'analysis_date', analysisDate);
  const rows: number[] = [];
  const days: (number | null)[] = [];
  const lastDays: (DayNumber | null)[] = [];
  const inputs: RfmInput[] = [];
  for (const i of filledRows([rs, fs, ms])) {
    const place = () => placeOf(i, args);
    const r = rs[i];
    refuseErrorCell(fn, 'recency', r, place);
    const n = isDate(r) ? null : toNumber(r);
    if (n !== null) {
      days.push(n);
      lastDays.push(null);
    } else {
      days.push(null);
      lastDays.push(cellDay(fn, 'recency', r, place));
    }
    const f = cellNumber(fn, 'frequency', fs[i], place);
    if (f < 0) failWith(fn, RFM_ERRORS.negativeFrequency, { value: f, place: place() });
    inputs.push({ customerId: `row ${i + 1}`, recencyDays: 0, frequency: f, monetary: cellNumber(fn, 'monetary', ms[i], place) });
    rows.push(i);
  }
  if (!inputs.length) failWith(fn, ARG_ERRORS.noRows, { param: 'recency' });
  const dated = lastDays.filter((d): d is DayNumber => d !== null);
  if (dated.length && analysis === undefined && needAnalysisDate) failWith(fn, RFM_ERRORS.analysisDate);
  const day = analysis ?? (dated.length ? Math.max(...dated) + 1 : 0);
  inputs.forEach((c, k) => {
    c.recencyDays = days[k] ?? day - (lastDays[k] as DayNumber);
  });
  return { rows, inputs, total: rs.length };
}

/** Cut points per dimension from a table `RFM_THRESHOLDS` returned (rows "R"/"F"/"M", score, from, to). */
function thresholdsFromTable(fn: string, table: Cell[][]): Record<RfmDimension, { cuts: number[]; bins: number }> {
  const by: Record<string, { score: number; from: number }[]> = { R: [], F: [], M: [] };
  for (const row of table) {
    const key = String(row[0] ?? '').trim().toUpperCase();
    if (!(key in by)) continue;
    const score = toNumber(row[1] as Cell);
    const from = toNumber(row[2] as Cell);
    if (score === null || from === null) failWith(fn, RFM_ERRORS.thresholdRow, { key });
    by[key].push({ score, from });
  }
  const out = {} as Record<RfmDimension, { cuts: number[]; bins: number }>;
  for (const dim of ['recency', 'frequency', 'monetary'] as RfmDimension[]) {
    const rows = by[DIMENSION_KEYS[dim]];
    if (rows.length < 2) failWith(fn, RFM_ERRORS.thresholdsMissing, { key: DIMENSION_KEYS[dim] });
    // The lowest interval starts at the data minimum, not at a cut point: drop it.
    // For recency that is the top score (fewest days), for F and M score 1.
    const ordered = [...rows].sort((a, b) => (dim === 'recency' ? b.score - a.score : a.score - b.score));
    out[dim] = { cuts: ordered.slice(1).map((r) => r.from), bins: rows.length };
  }
  return out;
}

function outputArg(fn: string, v: Arg): Output {
  if (isMissing(v)) return 'score';
  refuseErrorCell(fn, 'output', cells(v)[0], '');
  const text = String(cells(v)[0]).trim().toLowerCase();
  if (!(OUTPUTS as readonly string[]).includes(text)) failWith(fn, RFM_ERRORS.output, { choices: OUTPUTS.map((o) => `"${o}"`).join(', '), value: text });
  return text as Output;
}

function binsArg(fn: string, v: Arg): number {
  if (isMissing(v)) return 5;
  const flat = cells(v);
  if (flat.length !== 1) failWith(fn, RFM_ERRORS.binsRange, { count: flat.length });
  const n = cellNumber(fn, 'bins', flat[0], '', 5);
  if (!Number.isInteger(n) || n < 2 || n > 9) failWith(fn, RFM_ERRORS.bins, { value: n });
  return n;
}

/** A thresholds table is a range with at least 2 columns; a bins number is a single value. */
const isTable = (v: Arg): v is Cell[][] => Array.isArray(v) && v.length > 1 && Array.isArray(v[0]) && v[0].length >= 3;

function rfmScore(recency: Arg, frequency: Arg, monetary: Arg, bins?: Arg, output?: Arg, analysisDate?: Arg, language?: Arg): unknown {
  const fn = 'RFM_SCORE';
  const out = outputArg(fn, output);
  const lang = out === 'segment' || out === 'rfm_segment' || out === 'all' ? resultLang(fn, language) : 'en';
  const data = readCustomers(fn, recency, frequency, monetary, analysisDate, isTable(bins));
  /** The score count the presets are rescaled to (one count for all three dimensions). */
  let scores = 5;
  let scored: { r: number; f: number; m: number }[];
  if (isTable(bins)) {
    const t = thresholdsFromTable(fn, bins);
    // A table may give the dimensions different score counts; the presets then stay at 5 scores.
    if (t.recency.bins === t.frequency.bins && t.frequency.bins === t.monetary.bins) scores = t.recency.bins;
    scored = data.inputs.map((c) =>
      c.frequency <= 0
        ? { r: 0, f: 0, m: 0 }
        : { r: recencyScoreByCutPoints(c.recencyDays, t.recency.cuts, t.recency.bins), f: scoreByCutPoints(c.frequency, t.frequency.cuts), m: scoreByCutPoints(c.monetary, t.monetary.cuts) },
    );
  } else {
    const allScalar = [recency, frequency, monetary].every((a) => !Array.isArray(a) || cells(a).length === 1);
    if (allScalar) failWith(fn, RFM_ERRORS.oneCustomer);
    // A custom function cannot read the order history, so no small-store day fallback here.
    scores = binsArg(fn, bins);
    scored = rfmScores(data.inputs, { bins: scores, smallStoreThreshold: false }).customers;
  }
  const rules: SegmentRule[] = rulesAtScores(out === 'rfm_segment' ? rfmPackageSegments : shopifySegments, scores);
  const segments = out === 'segment' || out === 'rfm_segment' || out === 'all' ? assignSegments(scored, rules).map((s) => segmentName(s.segment, rules, lang)) : [];
  const width = out === 'rfm' ? 3 : out === 'all' ? 5 : 1;
  const result: (string | number)[][] = Array.from({ length: data.total }, () => new Array(width).fill(''));
  scored.forEach((s, k) => {
    const code = s.r * 100 + s.f * 10 + s.m;
    const row = out === 'score' ? [code] : out === 'rfm' ? [s.r, s.f, s.m] : out === 'all' ? [code, s.r, s.f, s.m, segments[k]] : [segments[k]];
    result[data.rows[k]] = row;
  });
  const single = result.length === 1 && width === 1;
  return single ? result[0][0] : result;
}

const HEADERS: Record<'dimension' | 'score' | 'from' | 'to' | 'customers', Localized> = {
  dimension: { en: 'Dimension', 'zh-TW': '指標', 'zh-CN': '指标', ms: 'Dimensi' },
  score: { en: 'Score', 'zh-TW': '分數', 'zh-CN': '分数', ms: 'Skor' },
  from: { en: 'From (≥)', 'zh-TW': '從 (≥)', 'zh-CN': '从 (≥)', ms: 'Dari (≥)' },
  to: { en: 'To (<)', 'zh-TW': '至 (<)', 'zh-CN': '至 (<)', ms: 'Hingga (<)' },
  customers: { en: 'Customers', 'zh-TW': '客戶數', 'zh-CN': '客户数', ms: 'Pelanggan' },
};
const NOTE: Localized = { en: 'Note', 'zh-TW': '注意', 'zh-CN': '注意', ms: 'Nota' };

/** The thresholds as a table: one row per dimension and score, then one row per warning. */
export function thresholdsTable(thresholds: RfmThresholds, warnings: ReturnType<typeof rfmScores>['warnings'], lang: Lang): (string | number)[][] {
  const out: (string | number)[][] = [[HEADERS.dimension[lang], HEADERS.score[lang], HEADERS.from[lang], HEADERS.to[lang], HEADERS.customers[lang]]];
  for (const dim of ['recency', 'frequency', 'monetary'] as RfmDimension[]) {
    const t = thresholds[dim];
    const rows = dim === 'recency' ? [...t.intervals].reverse() : t.intervals;
    for (const iv of rows) out.push([DIMENSION_KEYS[dim], iv.score, iv.lower, iv.upper, iv.customers]);
  }
  for (const w of warnings) out.push([format(NOTE, lang), rfmWarningText(w, lang), '', '', '']);
  return out;
}

function rfmThresholds(recency: Arg, frequency: Arg, monetary: Arg, bins?: Arg, analysisDate?: Arg, language?: Arg): unknown {
  const fn = 'RFM_THRESHOLDS';
  const lang = resultLang(fn, language);
  const data = readCustomers(fn, recency, frequency, monetary, analysisDate);
  const r = rfmScores(data.inputs, { bins: binsArg(fn, bins), smallStoreThreshold: false });
  return thresholdsTable(r.thresholds, r.warnings, lang);
}

export const RFM_SCORE: CustomFunctionSpec = {
  name: 'RFM_SCORE',
  description: 'RFM score of each customer (recency, frequency, monetary, 1–5 each, 5 = best), as R rfm 0.3.0 computes it. Give whole columns: scores are relative to all customers.',
  params: [
    { name: 'recency', description: 'Days since each customer\'s last order, or the last order dates (a column).' },
    { name: 'frequency', description: 'Number of orders of each customer (a column); 0 = no orders yet (scored 000).' },
    { name: 'monetary', description: 'Total spend of each customer (a column).' },
    { name: 'bins', description: 'Scores per dimension, 2–9 (default 5); or the table RFM_THRESHOLDS returned, to score against fixed cut points (also for one customer).', optional: true },
    { name: 'output', description: '"score" (default, e.g. 545), "rfm" (three columns R, F, M), "segment" (Shopify-style group), "rfm_segment" (R rfm vignette segments) or "all".', optional: true },
    { name: 'analysis_date', description: 'Date recency is counted to when recency holds dates (default: the day after the latest date).', optional: true },
    { name: 'language', description: 'Language of segment names: en, zh-TW, zh-CN or ms (default: the spreadsheet\'s).', optional: true },
  ],
  example: '=RFM_SCORE(B2:B996, C2:C996, D2:D996)',
  returns: 'a column of 3-digit scores (one per row; blank rows stay blank); with output "rfm" three columns, "segment" the segment names, "all" score, R, F, M and segment',
  run: rfmScore,
};

export const RFM_THRESHOLDS: CustomFunctionSpec = {
  name: 'RFM_THRESHOLDS',
  description: 'The cut points RFM_SCORE uses: for each dimension and score, the values from (≥) and to (<) and how many customers got it, with warnings about empty or crowded scores.',
  params: [
    { name: 'recency', description: 'Days since each customer\'s last order, or the last order dates (a column).' },
    { name: 'frequency', description: 'Number of orders of each customer (a column).' },
    { name: 'monetary', description: 'Total spend of each customer (a column).' },
    { name: 'bins', description: 'Scores per dimension, 2–9 (default 5).', optional: true },
    { name: 'analysis_date', description: 'Date recency is counted to when recency holds dates (default: the day after the latest date).', optional: true },
    { name: 'language', description: 'Language of the headers and notes: en, zh-TW, zh-CN or ms.', optional: true },
  ],
  example: '=RFM_THRESHOLDS(B2:B996, C2:C996, D2:D996)',
  returns: 'a table: dimension (R, F, M), score, from (≥), to (<), customers; then notes. Pass it to RFM_SCORE as bins to score new customers on the same scale.',
  run: rfmThresholds,
};

/** Custom functions of the RFM area. */
export const rfmFunctions: CustomFunctionSpec[] = [RFM_SCORE, RFM_THRESHOLDS];
