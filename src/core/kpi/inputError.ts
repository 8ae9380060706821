import { format, type Localized } from '../i18n';

/**
 * What can be wrong with a KPI input, in the four languages, said after the parameter's name
 * ("new_customers must be > 0, got 0"); `{value}` is the value given, the other placeholders
 * are filled from the error's `values`.
 */
export const KPI_PROBLEMS = {
  notNumber: { en: 'must be a number, got {value}', 'zh-TW': '必須是數字，收到 {value}', 'zh-CN': '必须是数字，收到 {value}', ms: 'mestilah nombor, diberi {value}' },
  negative: { en: 'must be ≥ 0, got {value}', 'zh-TW': '必須 ≥ 0，收到 {value}', 'zh-CN': '必须 ≥ 0，收到 {value}', ms: 'mestilah ≥ 0, diberi {value}' },
  notPositive: { en: 'must be > 0, got {value}', 'zh-TW': '必須 > 0，收到 {value}', 'zh-CN': '必须 > 0，收到 {value}', ms: 'mestilah > 0, diberi {value}' },
  notFraction: {
    en: 'must be between 0 and 1 (0 % to 100 %), got {value}',
    'zh-TW': '必須介於 0 與 1 之間（0 % 至 100 %），收到 {value}',
    'zh-CN': '必须介于 0 和 1 之间（0 % 至 100 %），收到 {value}',
    ms: 'mestilah antara 0 dan 1 (0 % hingga 100 %), diberi {value}',
  },
  notConfidence: {
    en: 'must be between 0 and 1 (e.g. 95 %), got {value}',
    'zh-TW': '必須介於 0 與 1 之間（例如 95 %），收到 {value}',
    'zh-CN': '必须介于 0 和 1 之间（例如 95 %），收到 {value}',
    ms: 'mestilah antara 0 dan 1 (cth. 95 %), diberi {value}',
  },
  moreThan: {
    en: '({value}) cannot be more than {other} ({otherValue})',
    'zh-TW': '（{value}）不能多於 {other}（{otherValue}）',
    'zh-CN': '（{value}）不能多于 {other}（{otherValue}）',
    ms: '({value}) tidak boleh lebih daripada {other} ({otherValue})',
  },
  retainedMoreThanStart: {
    en: 'minus new_customers ({value}) cannot be more than customers_at_start ({otherValue})',
    'zh-TW': '減去 new_customers 後（{value}）不能多於 customers_at_start（{otherValue}）',
    'zh-CN': '减去 new_customers 后（{value}）不能多于 customers_at_start（{otherValue}）',
    ms: 'tolak new_customers ({value}) tidak boleh lebih daripada customers_at_start ({otherValue})',
  },
  otherLength: {
    en: 'has {value} values but {other} has {otherValue}; use ranges of the same size',
    'zh-TW': '有 {value} 個值，但 {other} 有 {otherValue} 個；請使用大小相同的範圍',
    'zh-CN': '有 {value} 个值，但 {other} 有 {otherValue} 个；请使用大小相同的范围',
    ms: 'mempunyai {value} nilai tetapi {other} mempunyai {otherValue}; gunakan julat yang sama saiz',
  },
  neverPaidBack: { en: 'is 0, so the CAC is never paid back', 'zh-TW': '為 0，CAC 永遠無法回收', 'zh-CN': '为 0，CAC 永远无法收回', ms: 'ialah 0, jadi CAC tidak akan pernah pulang modal' },
  endless: {
    en: 'of 100 % with discount_rate 0 gives an endless value; use a discount rate > 0',
    'zh-TW': '為 100 % 且 discount_rate 為 0 時，價值會無限大；請使用大於 0 的折現率',
    'zh-CN': '为 100 % 且 discount_rate 为 0 时，价值会无限大；请使用大于 0 的折现率',
    ms: 'sebanyak 100 % dengan discount_rate 0 memberi nilai tanpa had; gunakan kadar diskaun > 0',
  },
  noAmounts: { en: 'has no amounts', 'zh-TW': '沒有任何金額', 'zh-CN': '没有任何金额', ms: 'tiada amaun' },
  noScores: { en: 'has no scores', 'zh-TW': '沒有任何分數', 'zh-CN': '没有任何分数', ms: 'tiada skor' },
  noPurchases: { en: 'has no purchases', 'zh-TW': '沒有任何購買', 'zh-CN': '没有任何购买', ms: 'tiada pembelian' },
  noPurchaseInPeriod: { en: 'has no purchase in the period', 'zh-TW': '在此期間沒有任何購買', 'zh-CN': '在此期间没有任何购买', ms: 'tiada pembelian dalam tempoh ini' },
  noOrders: { en: 'has no orders', 'zh-TW': '沒有任何訂單', 'zh-CN': '没有任何订单', ms: 'tiada pesanan' },
  noCustomers: { en: 'has no customers', 'zh-TW': '沒有任何顧客', 'zh-CN': '没有任何客户', ms: 'tiada pelanggan' },
  beforeStart: { en: 'is before period_start', 'zh-TW': '早於 period_start', 'zh-CN': '早于 period_start', ms: 'sebelum period_start' },
  npsScore: {
    en: 'must hold whole numbers from 0 to 10, got {value}',
    'zh-TW': '必須是 0 到 10 的整數，收到 {value}',
    'zh-CN': '必须是 0 到 10 的整数，收到 {value}',
    ms: 'mestilah mengandungi nombor bulat dari 0 hingga 10, diberi {value}',
  },
  negativeScore: { en: 'must hold scores ≥ 0, got {value}', 'zh-TW': '必須是 ≥ 0 的分數，收到 {value}', 'zh-CN': '必须是 ≥ 0 的分数，收到 {value}', ms: 'mestilah mengandungi skor ≥ 0, diberi {value}' },
  aboveFive: {
    en: 'holds {value}, above the 1–5 scale; give a threshold for another scale (e.g. 8 on 0–10)',
    'zh-TW': '含有 {value}，超出 1–5 分的量表；其他量表請指定門檻（例如 0–10 分用 8）',
    'zh-CN': '含有 {value}，超出 1–5 分的量表；其他量表请指定阈值（例如 0–10 分用 8）',
    ms: 'mengandungi {value}, melebihi skala 1–5; beri ambang untuk skala lain (cth. 8 pada 0–10)',
  },
} satisfies Record<string, Localized>;

/**
 * A KPI input outside its domain, named by the parameter the user typed (`new_customers`).
 * Why a class: the core checks each domain once; the custom-function layer catches it and adds
 * the function name and the row, so a column of inputs gets "CAC: new_customers must be > 0 (row 7)",
 * in the spreadsheet's language. `message` is the English.
 */
export class KpiInputError extends Error {
  readonly param: string;
  readonly problem: Localized;
  readonly values: Record<string, string | number>;
  /** 0-based position of the offending value in the list the core received, when it is one value of a list. */
  readonly index?: number;
  constructor(param: string, problem: Localized, values: Record<string, string | number> = {}, index?: number) {
    super(`${param} ${format(problem, 'en', values)}${index === undefined ? '' : ` (value ${index + 1})`}`);
    this.name = 'KpiInputError';
    this.param = param;
    this.problem = problem;
    this.values = values;
    if (index !== undefined) this.index = index;
  }
}

/** True for a {@link KpiInputError}, by name so it also works across bundles and realms. */
export function isKpiInputError(e: unknown): e is KpiInputError {
  return e instanceof Error && e.name === 'KpiInputError';
}

/** Throws unless `value` is finite and ≥ 0. @example nonNegative('cost', 12) // 12 */
export function nonNegative(param: string, value: number): number {
  if (!Number.isFinite(value)) throw new KpiInputError(param, KPI_PROBLEMS.notNumber, { value });
  if (value < 0) throw new KpiInputError(param, KPI_PROBLEMS.negative, { value });
  return value;
}

/** Throws unless `value` is finite and > 0. */
export function positive(param: string, value: number): number {
  if (!Number.isFinite(value)) throw new KpiInputError(param, KPI_PROBLEMS.notNumber, { value });
  if (value <= 0) throw new KpiInputError(param, KPI_PROBLEMS.notPositive, { value });
  return value;
}

/** Throws unless `value` is a fraction in [0, 1] (a cell formatted as % arrives as a fraction). */
export function fraction(param: string, value: number): number {
  if (!Number.isFinite(value)) throw new KpiInputError(param, KPI_PROBLEMS.notNumber, { value });
  if (value < 0 || value > 1) throw new KpiInputError(param, KPI_PROBLEMS.notFraction, { value });
  return value;
}

/** Throws unless `value` is a finite number (may be negative). */
export function finite(param: string, value: number): number {
  if (!Number.isFinite(value)) throw new KpiInputError(param, KPI_PROBLEMS.notNumber, { value });
  return value;
}

/**
 * Share of one funnel step that reached the next: `part / whole`, as a fraction so the cell can
 * be formatted as %. Refuses a part larger than its whole (more conversions than visitors is a
 * data error, not a 120 % rate). Used by the funnel rates and the A/B test.
 * @example share('conversions', 25, 'visitors', 1000) // 0.025
 */
export function share(partName: string, part: number, wholeName: string, whole: number): number {
  nonNegative(partName, part);
  positive(wholeName, whole);
  if (part > whole) throw new KpiInputError(partName, KPI_PROBLEMS.moreThan, { value: part, other: wholeName, otherValue: whole });
  return part / whole;
}
