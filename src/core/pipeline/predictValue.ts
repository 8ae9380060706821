import { format, type Localized } from '../i18n';
import type { CustomerSummary, DayNumber, Lang, Order } from '../types';
import { isoFromDay } from '../days';
import { validatedForecast, pastPace, type ValidatedForecast } from '../clv/validatedForecast';
import { cumulativeRepeatTransactions, holdoutByFrequency, type CumulativeCheckRow } from '../clv/modelChecks';
import { cappedExpected, MIN_HOLDOUT_DAYS, pastPaceExpected } from '../clv/holdoutCheck';
import { DAYS_PER_UNIT } from '../clv/types';
import { periodText, VALUE_TEXT } from './valueMessages';

/** Local alias: a global lookup per call is slow in some V8 embeddings (Node vm, where the add-on is tested). */
const M = Math;

/** Predicted value of one customer, as the Segments tab shows it. */
export interface CustomerValue {
  /** Discounted expected spend over the next 12 months (or, on past pace, spend at that pace). */
  predictedValue: number;
  /** Expected orders (purchase days) over the next 12 months. */
  expectedOrders: number;
  /** Chance of at least one order in the next 12 months; null on past pace. */
  chanceOfOrdering: number | null;
  /** Risk of not ordering again, in words; null on past pace. */
  risk: Localized | null;
}

/** One row of the "holdout purchases by calibration frequency" chart. */
export interface FrequencyCheckRow {
  frequency: string;
  customers: number;
  actual: number;
  model: number;
  pastPace: number;
}

/** What the CLV model tab shows: the check in words and figures, the charts, and the fitted parameters. */
export interface ValueReport {
  forecast: ValidatedForecast;
  /** The plain-language verdict (also a run warning when no prediction is shown). */
  verdict: (lang: Lang) => string;
  /** Cumulative repeat orders by week, actual against the best model fitted before the holdout. */
  tracking: CumulativeCheckRow[];
  byFrequency: FrequencyCheckRow[];
}

const RISK: Record<'high' | 'medium' | 'low', Localized> = {
  high: { en: 'High', 'zh-TW': '高', 'zh-CN': '高', ms: 'Tinggi' },
  medium: { en: 'Medium', 'zh-TW': '中', 'zh-CN': '中', ms: 'Sederhana' },
  low: { en: 'Low', 'zh-TW': '低', 'zh-CN': '低', ms: 'Rendah' },
};

/** Risk of not ordering in the horizon, in thirds (as Klaviyo bands its churn risk): ≥ 2/3 high, ≥ 1/3 medium. */
export function riskOfNotOrdering(chanceOfOrdering: number): Localized {
  const none = 1 - chanceOfOrdering;
  return none >= 2 / 3 ? RISK.high : none >= 1 / 3 ? RISK.medium : RISK.low;
}

const pct = (x: number) => `${M.round(x * 100)} %`;

function verdictOf(f: ValidatedForecast): (lang: Lang) => string {
  if (f.basis === 'none') {
    if (f.reason === 'shortHistory') {
      const first = f.check ? f.check.window.calibrationEnd : f.end;
      return (lang) => format(VALUE_TEXT.shortHistory, lang, { needed: (3 * MIN_HOLDOUT_DAYS) / 7, have: M.max(0, M.floor((f.end - first) / 7)) });
    }
    const key = f.reason === 'noRepeats' ? 'noRepeats' : 'fewCustomers';
    return (lang) => VALUE_TEXT[key][lang];
  }
  const check = f.check;
  if (!check) return () => '';
  const base = pastPace(check);
  const w = check.window;
  const words = { from: isoFromDay(w.calibrationEnd + 1), to: isoFromDay(w.holdoutEnd), actual: M.round(base.actualTotal).toLocaleString('en-US') };
  if (f.basis === 'pastPace') return (lang) => format(VALUE_TEXT.pastPace, lang, { ...words, period: periodText(w.days, lang), expected: M.round(base.expectedTotal).toLocaleString('en-US') });
  const chosen = f.used ?? check.chosen;
  const better = 1 - chosen.meanAbsoluteError / base.meanAbsoluteError;
  return (lang) =>
    [format(VALUE_TEXT.checked, lang, { ...words, period: periodText(w.days, lang), expected: M.round(chosen.expectedTotal).toLocaleString('en-US'), better: pct(better) }), f.noDropout || f.model?.model === 'nbd' ? VALUE_TEXT.noDropout[lang] : '']
      .filter(Boolean)
      .join(' ');
}

/** The two check charts, for the best model fitted before the holdout (when any model fitted). */
function charts(f: ValidatedForecast, orders: readonly Order[]): { tracking: CumulativeCheckRow[]; byFrequency: FrequencyCheckRow[] } {
  const check = f.check;
  const best = check?.bestModel?.model;
  if (!check || !best) return { tracking: [], byFrequency: [] };
  const inWindow = orders.filter((o) => o.day <= check.window.holdoutEnd);
  const first = inWindow.reduce((m, o) => M.min(m, o.day), Infinity);
  const periods = M.ceil((check.window.holdoutEnd + 1 - first) / DAYS_PER_UNIT[check.unit]);
  const tracking = cumulativeRepeatTransactions(best, inWindow, { unit: check.unit, periods });
  const byFrequency = holdoutByFrequency(check.rows, {
    model: (r) => cappedExpected(best, r.durationHoldout, r.frequency, r.recency, r.T),
    pastPace: (r) => pastPaceExpected(r.frequency, r.T, r.durationHoldout),
  });
  return { tracking, byFrequency };
}

/**
 * Per-customer predicted value for the Segments tab, checked on the shop's own recent past
 * ({@link validatedForecast}): 12 months ahead, in weeks, from all orders up to the analysis day.
 */
export function predictCustomerValue(
  orders: readonly Order[],
  customers: readonly CustomerSummary[],
  analysisDay: DayNumber,
): { customers: (CustomerValue | undefined)[]; report: ValueReport; warning: ((lang: Lang) => string) | null } {
  const forecast = validatedForecast(orders, { end: analysisDay - 1, unit: 'week', months: 12 });
  const byId = new Map(forecast.customers.map((c) => [c.customerId, c]));
  const values = customers.map((c): CustomerValue | undefined => {
    const p = byId.get(c.customerId);
    if (!p) return undefined;
    return { predictedValue: p.predictedValue, expectedOrders: p.expectedOrders, chanceOfOrdering: p.chanceOfOrdering, risk: p.chanceOfOrdering === null ? null : riskOfNotOrdering(p.chanceOfOrdering) };
  });
  const verdict = verdictOf(forecast);
  const report: ValueReport = { forecast, verdict, ...charts(forecast, orders) };
  return { customers: values, report, warning: forecast.basis === 'model' ? null : verdict };
}
