import type { Localized } from '../i18n';

/**
 * Localized text of the KPI results: the A/B test verdicts and table labels, and the headers of
 * the KPI tables. Placeholders: {winner}, {winnerRate}, {loserRate}, {rateA}, {rateB} (e.g. "4.39 %"), {level} (e.g. "95 %").
 */
export const kpiText = {
  abBetter: {
    en: '{winner} converts better ({winnerRate} vs {loserRate}); the difference is real at {level}',
    'zh-TW': '{winner} 的轉換率較高（{winnerRate} 對 {loserRate}）；在 {level} 信心水準下差異是真實的',
    'zh-CN': '{winner} 的转化率更高（{winnerRate} 对 {loserRate}）；在 {level} 置信水平下差异是真实的',
    ms: '{winner} menukar dengan lebih baik ({winnerRate} berbanding {loserRate}); perbezaannya nyata pada tahap {level}',
  },
  abNotSignificant: {
    en: 'not enough data yet: A {rateA} vs B {rateB} could still be chance at {level}; keep the test running',
    'zh-TW': '資料還不夠：A {rateA} 對 B {rateB}，在 {level} 信心水準下差異仍可能是巧合，請繼續測試',
    'zh-CN': '数据还不够：A {rateA} 对 B {rateB}，在 {level} 置信水平下差异仍可能是偶然，请继续测试',
    ms: 'data belum mencukupi: A {rateA} berbanding B {rateB} masih mungkin kebetulan pada tahap {level}; teruskan ujian',
  },
  abTooFew: {
    en: 'not enough data yet: each variant needs more visitors, conversions and non-conversions (at least 5 expected of each)',
    'zh-TW': '資料還不夠：每個版本都需要更多訪客、轉換與未轉換（各至少預期 5 個）',
    'zh-CN': '数据还不够：每个版本都需要更多访客、转化与未转化（各至少预期 5 个）',
    ms: 'data belum mencukupi: setiap varian memerlukan lebih ramai pelawat, penukaran dan bukan penukaran (sekurang-kurangnya 5 dijangka bagi setiap satu)',
  },
  rateA: { en: 'conversion rate A', 'zh-TW': 'A 轉換率', 'zh-CN': 'A 转化率', ms: 'kadar penukaran A' },
  rateB: { en: 'conversion rate B', 'zh-TW': 'B 轉換率', 'zh-CN': 'B 转化率', ms: 'kadar penukaran B' },
  lift: { en: 'lift of B over A', 'zh-TW': 'B 相對 A 的提升', 'zh-CN': 'B 相对 A 的提升', ms: 'peningkatan B berbanding A' },
  difference: { en: 'difference (B − A)', 'zh-TW': '差異（B − A）', 'zh-CN': '差异（B − A）', ms: 'perbezaan (B − A)' },
  pValue: { en: 'p-value', 'zh-TW': 'p 值', 'zh-CN': 'p 值', ms: 'nilai p' },
  ciLow: { en: 'difference, lower bound ({level})', 'zh-TW': '差異下限（{level}）', 'zh-CN': '差异下限（{level}）', ms: 'perbezaan, had bawah ({level})' },
  ciHigh: { en: 'difference, upper bound ({level})', 'zh-TW': '差異上限（{level}）', 'zh-CN': '差异上限（{level}）', ms: 'perbezaan, had atas ({level})' },
  verdict: { en: 'verdict', 'zh-TW': '結論', 'zh-CN': '结论', ms: 'keputusan' },
  customer: { en: 'customer', 'zh-TW': '客戶', 'zh-CN': '客户', ms: 'pelanggan' },
  value: { en: 'value', 'zh-TW': '價值', 'zh-CN': '价值', ms: 'nilai' },
  channel: { en: 'channel', 'zh-TW': '通路', 'zh-CN': '渠道', ms: 'saluran' },
  cost: { en: 'cost', 'zh-TW': '成本', 'zh-CN': '成本', ms: 'kos' },
  newCustomers: { en: 'new customers', 'zh-TW': '新客戶', 'zh-CN': '新客户', ms: 'pelanggan baharu' },
  cac: { en: 'CAC', 'zh-TW': 'CAC', 'zh-CN': 'CAC', ms: 'CAC' },
  organic: { en: 'organic', 'zh-TW': '自然', 'zh-CN': '自然', ms: 'organik' },
  paid: { en: 'paid', 'zh-TW': '付費', 'zh-CN': '付费', ms: 'berbayar' },
  total: { en: 'total', 'zh-TW': '合計', 'zh-CN': '合计', ms: 'jumlah' },
  noNewCustomers: { en: 'no new customers', 'zh-TW': '沒有新客戶', 'zh-CN': '没有新客户', ms: 'tiada pelanggan baharu' },
  ctr: { en: 'CTR', 'zh-TW': '點擊率 CTR', 'zh-CN': '点击率 CTR', ms: 'CTR' },
  cvr: { en: 'CVR', 'zh-TW': '轉換率 CVR', 'zh-CN': '转化率 CVR', ms: 'CVR' },
  conversionsPerImpression: { en: 'conversions per impression', 'zh-TW': '每次曝光轉換', 'zh-CN': '每次曝光转化', ms: 'penukaran setiap tera' },
  costPerClick: { en: 'cost per click', 'zh-TW': '每次點擊成本', 'zh-CN': '每次点击成本', ms: 'kos setiap klik' },
  costPerConversion: { en: 'cost per conversion', 'zh-TW': '每次轉換成本', 'zh-CN': '每次转化成本', ms: 'kos setiap penukaran' },
} satisfies Record<string, Localized>;
