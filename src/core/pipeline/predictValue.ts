import type { Localized } from '../i18n';
import type { CustomerSummary, DayNumber, Lang, Order } from '../types';
import { clvFromPurchases } from '../clv/clvFromPurchases';

/** The fitted models, written to the CLV model tab so the cell functions can use them. */
export interface FittedValueModel {
  model: 'bgnbd' | 'mbgnbd' | 'pareto';
  /** Purchase-model parameters in the published order (r, alpha, a, b / r, alpha, s, beta). */
  purchase: Record<string, number>;
  /** Gamma-Gamma spend parameters p, q, gamma. */
  spend: Record<string, number>;
  unit: 'week';
  calibrationEnd: DayNumber;
  customers: number;
}

/** Predicted value of one customer, as the Segments tab shows it. */
export interface CustomerValue {
  /** Discounted expected spend over the next 12 months. */
  predictedClv: number;
  /** Expected orders (purchase days) over the next 12 months. */
  expectedOrders: number;
  probabilityAlive: number;
  churnRiskTier: Localized;
}

const TIERS: Record<'high' | 'medium' | 'low', Localized> = {
  high: { en: 'High', 'zh-TW': '高', 'zh-CN': '高', ms: 'Tinggi' },
  medium: { en: 'Medium', 'zh-TW': '中', 'zh-CN': '中', ms: 'Sederhana' },
  low: { en: 'Low', 'zh-TW': '低', 'zh-CN': '低', ms: 'Rendah' },
};

const FAILED: Localized = {
  en: 'Predicted CLV was left out: this store\u2019s purchase history does not let the model estimate it reliably ({reason}). The other tabs are not affected.',
  'zh-TW': '未產生預測 CLV：此商店的購買紀錄不足以讓模型可靠地估計（{reason}）。其他分頁不受影響。',
  'zh-CN': '未生成预测 CLV：此商店的购买记录不足以让模型可靠地估计（{reason}）。其他标签页不受影响。',
  ms: 'CLV ramalan tidak disertakan: sejarah pembelian kedai ini tidak membolehkan model menganggarkannya dengan tepat ({reason}). Tab lain tidak terjejas.',
};

/** Churn risk in plain words for owners: P(churned) ≥ 50 % high, ≥ 20 % medium, else low. */
export function churnRiskTier(churnProbability: number): Localized {
  return churnProbability >= 0.5 ? TIERS.high : churnProbability >= 0.2 ? TIERS.medium : TIERS.low;
}

/**
 * Per-customer predicted value for the Segments tab: MBG/NBD purchases (so one-time buyers' churn
 * rises with time since their purchase) and Gamma-Gamma spend, in weeks, over 12 months, fitted on
 * all orders up to the analysis day. A fit that fails leaves the columns out and says why.
 */
export function predictCustomerValue(
  orders: readonly Order[],
  customers: readonly CustomerSummary[],
  analysisDay: DayNumber,
): { customers: (CustomerValue | undefined)[]; model: FittedValueModel | null; warning: ((lang: Lang) => string) | null } {
  try {
    const run = clvFromPurchases(orders, { calibrationEnd: analysisDay - 1, unit: 'week', months: 12 });
    const byId = new Map(run.customers.map((c) => [c.history.customerId, c.prediction]));
    return {
      customers: customers.map((c) => {
        const p = byId.get(c.customerId);
        if (!p) return undefined;
        return { predictedClv: p.predictedClv, expectedOrders: p.expectedPurchases, probabilityAlive: p.probabilityAlive, churnRiskTier: churnRiskTier(p.churnProbability) };
      }),
      model: {
        model: run.model.model,
        purchase: run.model.params as unknown as Record<string, number>,
        spend: run.spend.params as unknown as Record<string, number>,
        unit: 'week',
        calibrationEnd: analysisDay - 1,
        customers: run.customers.length,
      },
      warning: null,
    };
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return { customers: customers.map(() => undefined), model: null, warning: (lang) => FAILED[lang].replace('{reason}', reason) };
  }
}
