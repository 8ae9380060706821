import { format, type Localized } from '../i18n';
import type { Lang } from '../types';
import type { FittedValueModel } from '../pipeline/predictValue';
import { isoFromDay } from '../days';
import { TAB_NAMES } from './labels';
import type { ReportCell, TabSpec } from './tabSpec';

const NOTES: Localized[] = [
  {
    en: 'Fitted by maximum likelihood on {customers} customers\u2019 orders up to {end}; time unit: weeks. Row 2 is the purchase model ({model}), row 3 the Gamma-Gamma spend model.',
    'zh-TW': '以最大概似法擬合 {customers} 位顧客至 {end} 為止的訂單；時間單位：週。第 2 列為購買模型（{model}），第 3 列為 Gamma-Gamma 消費模型。',
    'zh-CN': '以最大似然法拟合 {customers} 位客户至 {end} 为止的订单；时间单位：周。第 2 行为购买模型（{model}），第 3 行为 Gamma-Gamma 消费模型。',
    ms: 'Dipadankan dengan kebolehjadian maksimum pada pesanan {customers} pelanggan hingga {end}; unit masa: minggu. Baris 2 ialah model pembelian ({model}), baris 3 model perbelanjaan Gamma-Gamma.',
  },
  {
    en: 'Use them in cells, e.g. =PROB_ALIVE(frequency, recency, T, {sheet}!A1:E2) or =CLV_PREDICT(frequency, recency, T, avg_spend, {sheet}!A1:E2, {sheet}!B3:D3, 12, 1%, "week").',
    'zh-TW': '可在儲存格中使用，例如 =PROB_ALIVE(frequency, recency, T, {sheet}!A1:E2) 或 =CLV_PREDICT(frequency, recency, T, avg_spend, {sheet}!A1:E2, {sheet}!B3:D3, 12, 1%, "week")。',
    'zh-CN': '可在单元格中使用，例如 =PROB_ALIVE(frequency, recency, T, {sheet}!A1:E2) 或 =CLV_PREDICT(frequency, recency, T, avg_spend, {sheet}!A1:E2, {sheet}!B3:D3, 12, 1%, "week")。',
    ms: 'Gunakannya dalam sel, contohnya =PROB_ALIVE(frequency, recency, T, {sheet}!A1:E2) atau =CLV_PREDICT(frequency, recency, T, avg_spend, {sheet}!A1:E2, {sheet}!B3:D3, 12, 1%, "week").',
  },
];

/**
 * The CLV model tab: the fitted parameters laid out for the cell functions (row 1 labels with
 * `model`, row 2 the purchase model, row 3 the spend model), and how they were fitted.
 */
export function modelTab(m: FittedValueModel, lang: Lang): TabSpec {
  const sheet = `'${TAB_NAMES.model[lang]}'`;
  const purchaseNames = Object.keys(m.purchase);
  const rows: ReportCell[][] = [
    ['model', ...purchaseNames],
    [m.model, ...purchaseNames.map((k) => m.purchase[k])],
    ['gamma-gamma', m.spend.p, m.spend.q, m.spend.gamma],
  ];
  const params = { customers: m.customers, end: isoFromDay(m.calibrationEnd), model: m.model, sheet };
  return {
    kind: 'model',
    name: TAB_NAMES.model[lang],
    blocks: [
      { row: 1, col: 1, values: rows, header: true, formats: { 1: 'decimal', 2: 'decimal', 3: 'decimal', 4: 'decimal' } },
      { row: 5, col: 1, values: NOTES.map((n) => [format(n, lang, params)]) },
    ],
    frozenRows: 1,
  };
}
