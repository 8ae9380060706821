import { format, type Localized } from '../i18n';
import type { Lang } from '../types';
import type { RfmDimension, RfmWarning } from './types';

/** Name of the segment for customers no rule matched. */
export const OTHERS_NAME: Localized = { en: 'Others', 'zh-TW': '其他', 'zh-CN': '其他', ms: 'Lain-lain' };

/** The dimensions' names as users read them. */
export const DIMENSION_NAMES: Record<RfmDimension, Localized> = {
  recency: { en: 'Recency', 'zh-TW': '最近一次消費 (R)', 'zh-CN': '最近一次消费 (R)', ms: 'Kebaruan (R)' },
  frequency: { en: 'Frequency', 'zh-TW': '消費頻率 (F)', 'zh-CN': '消费频率 (F)', ms: 'Kekerapan (F)' },
  monetary: { en: 'Monetary', 'zh-TW': '消費金額 (M)', 'zh-CN': '消费金额 (M)', ms: 'Nilai belian (M)' },
};

/** Warning texts; `{dimension}` is filled with the dimension's localized name. */
export const WARNING_MESSAGES: Record<RfmWarning['code'], Localized> = {
  emptyScore: {
    en: '{dimension}: no customer got score {scores} of {bins}. Many customers share the same value, so cut points coincide. Use fewer scores or set your own cut points.',
    'zh-TW': '{dimension}：沒有任何客戶得到 {scores} 分（共 {bins} 級）。許多客戶的數值相同，使分界點重疊。請減少級數或自訂分界點。',
    'zh-CN': '{dimension}：没有任何客户得到 {scores} 分（共 {bins} 级）。许多客户的数值相同，导致分界点重叠。请减少级数或自定义分界点。',
    ms: '{dimension}: tiada pelanggan mendapat skor {scores} daripada {bins}. Ramai pelanggan berkongsi nilai yang sama, jadi titik potong bertindih. Gunakan lebih sedikit skor atau tetapkan titik potong sendiri.',
  },
  crowdedScore: {
    en: '{dimension}: score {score} holds {share}% of customers ({customers}). Scores this uneven say little; use fewer scores or set your own cut points.',
    'zh-TW': '{dimension}：{score} 分包含 {share}% 的客戶（{customers} 位）。分布如此不均，分數意義有限；請減少級數或自訂分界點。',
    'zh-CN': '{dimension}：{score} 分包含 {share}% 的客户（{customers} 位）。分布如此不均，分数意义有限；请减少级数或自定义分界点。',
    ms: '{dimension}: skor {score} memegang {share}% pelanggan ({customers}). Skor yang begini tidak seimbang kurang bermakna; gunakan lebih sedikit skor atau tetapkan titik potong sendiri.',
  },
  smallStore: {
    en: 'Only {customers} customers (fewer than {threshold}): recency is scored by days instead of quantiles, at multiples of your typical {gap} days between orders (cut-offs {cutPoints} days).',
    'zh-TW': '只有 {customers} 位客戶（少於 {threshold} 位）：最近一次消費改以天數評分而非分位數，分界為您常見回購間隔 {gap} 天的倍數（{cutPoints} 天）。',
    'zh-CN': '只有 {customers} 位客户（少于 {threshold} 位）：最近一次消费改以天数评分而非分位数，分界为您常见复购间隔 {gap} 天的倍数（{cutPoints} 天）。',
    ms: 'Hanya {customers} pelanggan (kurang daripada {threshold}): kebaruan diskor mengikut hari, bukan kuantil, pada gandaan jarak biasa {gap} hari antara pesanan anda (had {cutPoints} hari).',
  },
  smallStoreNoGap: {
    en: 'Only {customers} customers (fewer than {threshold}), so scores are unstable, but no customer ordered twice, so there is no typical time between orders to score recency by. Quantiles were used.',
    'zh-TW': '只有 {customers} 位客戶（少於 {threshold} 位），分數不穩定；但沒有客戶重複購買，無法得出常見回購間隔，因此仍使用分位數。',
    'zh-CN': '只有 {customers} 位客户（少于 {threshold} 位），分数不稳定；但没有客户重复购买，无法得出常见复购间隔，因此仍使用分位数。',
    ms: 'Hanya {customers} pelanggan (kurang daripada {threshold}), jadi skor tidak stabil, tetapi tiada pelanggan membeli dua kali, jadi tiada jarak biasa antara pesanan untuk skor kebaruan. Kuantil digunakan.',
  },
  negativeRecency: {
    en: '{customers} customers ordered after the analysis date (negative recency). Check the analysis date.',
    'zh-TW': '有 {customers} 位客戶在分析日期之後下單（最近一次消費為負數）。請檢查分析日期。',
    'zh-CN': '有 {customers} 位客户在分析日期之后下单（最近一次消费为负数）。请检查分析日期。',
    ms: '{customers} pelanggan membuat pesanan selepas tarikh analisis (kebaruan negatif). Semak tarikh analisis.',
  },
  tooFewCustomers: {
    en: 'Only {customers} customers for {bins} scores: some scores must stay empty.',
    'zh-TW': '只有 {customers} 位客戶卻分 {bins} 級：部分級數必然是空的。',
    'zh-CN': '只有 {customers} 位客户却分 {bins} 级：部分级数必然是空的。',
    ms: 'Hanya {customers} pelanggan untuk {bins} skor: sesetengah skor pasti kosong.',
  },
};

/**
 * A warning in the user's language.
 * @example rfmWarningText({ code: 'crowdedScore', dimension: 'frequency', params: { score: 1, share: 55, customers: 550, bins: 5 } }, 'en')
 * // 'Frequency: score 1 holds 55% of customers (550). ...'
 */
export function rfmWarningText(w: RfmWarning, lang: Lang): string {
  const dimension = w.dimension ? DIMENSION_NAMES[w.dimension][lang] : '';
  return format(WARNING_MESSAGES[w.code], lang, { ...w.params, dimension });
}

/** Texts of a rule-set check ({@link validateRules}). */
export const RULE_CHECK_MESSAGES = {
  unreached: {
    en: '{count} score combinations match no rule and will be "Others": {combinations}.',
    'zh-TW': '有 {count} 種分數組合不符合任何規則，會歸入「其他」：{combinations}。',
    'zh-CN': '有 {count} 种分数组合不符合任何规则，会归入“其他”：{combinations}。',
    ms: '{count} gabungan skor tidak sepadan dengan mana-mana peraturan dan akan menjadi "Lain-lain": {combinations}.',
  },
  shadowed: {
    en: 'Segment "{name}" can never be reached: every score it covers is taken first by {by}. Move it up or narrow the earlier rules.',
    'zh-TW': '區隔「{name}」永遠不會有客戶：它涵蓋的分數都先被 {by} 取走。請把它往上移或縮小前面的規則。',
    'zh-CN': '分群“{name}”永远不会有客户：它涵盖的分数都先被 {by} 取走。请把它往上移或缩小前面的规则。',
    ms: 'Segmen "{name}" tidak akan dicapai: setiap skor yang diliputinya diambil dahulu oleh {by}. Alihkan ke atas atau sempitkan peraturan sebelumnya.',
  },
  outOfRange: {
    en: 'Segment "{name}" matches no score between 1 and {bins}.',
    'zh-TW': '區隔「{name}」不符合 1 至 {bins} 之間的任何分數。',
    'zh-CN': '分群“{name}”不符合 1 至 {bins} 之间的任何分数。',
    ms: 'Segmen "{name}" tidak sepadan dengan mana-mana skor antara 1 dan {bins}.',
  },
  badRange: {
    en: 'Segment "{name}": the {dimension} range {min}–{max} is not a valid range (min must not exceed max).',
    'zh-TW': '區隔「{name}」：{dimension} 範圍 {min}–{max} 無效（最小值不可大於最大值）。',
    'zh-CN': '分群“{name}”：{dimension} 范围 {min}–{max} 无效（最小值不可大于最大值）。',
    ms: 'Segmen "{name}": julat {dimension} {min}–{max} tidak sah (minimum tidak boleh melebihi maksimum).',
  },
  duplicateId: {
    en: 'Two segments share the id "{id}".',
    'zh-TW': '有兩個區隔使用相同的代碼「{id}」。',
    'zh-CN': '有两个分群使用相同的代码“{id}”。',
    ms: 'Dua segmen berkongsi id "{id}".',
  },
} satisfies Record<string, Localized>;
