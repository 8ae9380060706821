/**
 * The header rows of the CLV tables (=CLV_SUMMARY, =CLV_HOLDOUT, =CLV_TRACKING, =CLV_FROM_ORDERS)
 * and the tier words, in the spreadsheet's language. `{unit}` is the time unit, `{months}` the horizon.
 */
import type { Localized } from '../core/i18n';

export const CLV_HEADERS = {
  customer: { en: 'Customer', 'zh-TW': '顧客', 'zh-CN': '客户', ms: 'Pelanggan' },
  frequency: { en: 'Frequency', 'zh-TW': '回購次數', 'zh-CN': '复购次数', ms: 'Kekerapan' },
  recency: { en: 'Recency ({unit})', 'zh-TW': '首末購買間隔（{unit}）', 'zh-CN': '首末购买间隔（{unit}）', ms: 'Kebaruan ({unit})' },
  age: { en: 'T ({unit})', 'zh-TW': 'T（{unit}）', 'zh-CN': 'T（{unit}）', ms: 'T ({unit})' },
  monetary: { en: 'Monetary value', 'zh-TW': '每次回購平均金額', 'zh-CN': '每次复购平均金额', ms: 'Nilai kewangan' },
  frequencyCalibration: { en: 'Frequency (calibration)', 'zh-TW': '回購次數（校準期）', 'zh-CN': '复购次数（校准期）', ms: 'Kekerapan (kalibrasi)' },
  monetaryCalibration: { en: 'Monetary value (calibration)', 'zh-TW': '每次回購平均金額（校準期）', 'zh-CN': '每次复购平均金额（校准期）', ms: 'Nilai kewangan (kalibrasi)' },
  frequencyHoldout: { en: 'Frequency (holdout)', 'zh-TW': '回購次數（驗證期）', 'zh-CN': '复购次数（验证期）', ms: 'Kekerapan (tempoh ujian)' },
  monetaryHoldout: { en: 'Monetary value (holdout)', 'zh-TW': '每次回購平均金額（驗證期）', 'zh-CN': '每次复购平均金额（验证期）', ms: 'Nilai kewangan (tempoh ujian)' },
  durationHoldout: { en: 'Duration holdout ({unit})', 'zh-TW': '驗證期長度（{unit}）', 'zh-CN': '验证期长度（{unit}）', ms: 'Panjang tempoh ujian ({unit})' },
  period: { en: 'Period', 'zh-TW': '期數', 'zh-CN': '期数', ms: 'Tempoh' },
  periodEnd: { en: 'Period end', 'zh-TW': '期末日', 'zh-CN': '期末日', ms: 'Akhir tempoh' },
  actualCumulative: { en: 'Actual cumulative', 'zh-TW': '實際累計', 'zh-CN': '实际累计', ms: 'Sebenar terkumpul' },
  expectedCumulative: { en: 'Expected cumulative', 'zh-TW': '預期累計', 'zh-CN': '预期累计', ms: 'Jangkaan terkumpul' },
  actualIncremental: { en: 'Actual incremental', 'zh-TW': '實際當期', 'zh-CN': '实际当期', ms: 'Sebenar bagi tempoh' },
  expectedIncremental: { en: 'Expected incremental', 'zh-TW': '預期當期', 'zh-CN': '预期当期', ms: 'Jangkaan bagi tempoh' },
  purchaseDays: { en: 'Purchase days', 'zh-TW': '購買天數', 'zh-CN': '购买天数', ms: 'Hari pembelian' },
  alive: { en: 'P(alive)', 'zh-TW': '仍活躍機率', 'zh-CN': '仍活跃概率', ms: 'Kebarangkalian masih aktif' },
  churn: { en: 'Churn probability', 'zh-TW': '流失機率', 'zh-CN': '流失概率', ms: 'Kebarangkalian berhenti membeli' },
  expectedOrders: { en: 'Expected orders ({months} mo)', 'zh-TW': '預期訂單（{months} 個月）', 'zh-CN': '预期订单（{months} 个月）', ms: 'Jangkaan pesanan ({months} bulan)' },
  spendPerOrder: { en: 'Expected spend per order', 'zh-TW': '每筆訂單預期金額', 'zh-CN': '每笔订单预期金额', ms: 'Jangkaan perbelanjaan setiap pesanan' },
  predictedClv: { en: 'Predicted CLV ({months} mo)', 'zh-TW': '預測 CLV（{months} 個月）', 'zh-CN': '预测 CLV（{months} 个月）', ms: 'CLV ramalan ({months} bulan)' },
  historicSpend: { en: 'Historic spend', 'zh-TW': '歷史消費', 'zh-CN': '历史消费', ms: 'Perbelanjaan lalu' },
  tier: { en: 'Tier', 'zh-TW': '等級', 'zh-CN': '等级', ms: 'Tahap' },
  nextOrder: { en: 'Expected next order', 'zh-TW': '預期下次購買日', 'zh-CN': '预期下次购买日', ms: 'Jangkaan pesanan seterusnya' },
  weeks: { en: 'weeks', 'zh-TW': '週', 'zh-CN': '周', ms: 'minggu' },
  days: { en: 'days', 'zh-TW': '天', 'zh-CN': '天', ms: 'hari' },
  High: { en: 'High', 'zh-TW': '高', 'zh-CN': '高', ms: 'Tinggi' },
  Medium: { en: 'Medium', 'zh-TW': '中', 'zh-CN': '中', ms: 'Sederhana' },
  Low: { en: 'Low', 'zh-TW': '低', 'zh-CN': '低', ms: 'Rendah' },
} satisfies Record<string, Localized>;
