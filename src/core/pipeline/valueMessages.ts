import { format, type Localized } from '../i18n';
import type { Lang } from '../types';

/**
 * What the owner reads about predicted value, in plain words: no model names, no statistics.
 * Model names and parameters appear only in the CLV model tab's detail rows.
 */
export const VALUE_TEXT = {
  checked: {
    en: 'We hid your last {period} of orders ({from} to {to}) and forecast them from the earlier ones: {expected} orders were expected and {actual} came. Per customer the forecast was {better} closer than assuming everyone keeps their past pace, so predicted value is shown.',
    'zh-TW': '我們先藏起最近 {period}的訂單（{from} 至 {to}），只用更早的訂單來預測：預期 {expected} 筆，實際 {actual} 筆。以每位顧客來看，這個預測比「照過去步調購買」準確 {better}，因此顯示預測價值。',
    'zh-CN': '我们先藏起最近 {period}的订单（{from} 至 {to}），只用更早的订单来预测：预期 {expected} 笔，实际 {actual} 笔。按每位客户来看，这个预测比“按过去节奏购买”准确 {better}，因此显示预测价值。',
    ms: 'Kami sembunyikan pesanan {period} terakhir anda ({from} hingga {to}) dan meramalnya daripada pesanan yang lebih awal: {expected} pesanan dijangka dan {actual} diterima. Bagi setiap pelanggan, ramalan ini {better} lebih tepat daripada menganggap semua orang mengekalkan rentak lalu, jadi nilai ramalan ditunjukkan.',
  },
  pastPace: {
    en: 'We hid your last {period} of orders ({from} to {to}) to test forecasts: none did better than assuming each customer keeps their past pace ({actual} orders came; past pace expected {expected}). So the value columns show that past pace, not a prediction.',
    'zh-TW': '我們先藏起最近 {period}的訂單（{from} 至 {to}）來檢驗預測：沒有任何預測比「每位顧客照過去步調購買」更準（實際 {actual} 筆；照過去步調預期 {expected} 筆）。因此價值欄位顯示的是過去步調，而非預測。',
    'zh-CN': '我们先藏起最近 {period}的订单（{from} 至 {to}）来检验预测：没有任何预测比“每位客户按过去节奏购买”更准（实际 {actual} 笔；按过去节奏预期 {expected} 笔）。因此价值列显示的是过去节奏，而非预测。',
    ms: 'Kami sembunyikan pesanan {period} terakhir anda ({from} hingga {to}) untuk menguji ramalan: tiada yang lebih baik daripada menganggap setiap pelanggan mengekalkan rentak lalu ({actual} pesanan diterima; rentak lalu menjangkakan {expected}). Jadi lajur nilai menunjukkan rentak lalu itu, bukan ramalan.',
  },
  noDropout: {
    en: 'Your customers show no sign yet of leaving for good: the forecast assumes each keeps buying at their own pace.',
    'zh-TW': '目前看不出顧客會永久流失的跡象：預測假設每位顧客都照自己的步調持續購買。',
    'zh-CN': '目前看不出客户会永久流失的迹象：预测假设每位客户都按自己的节奏持续购买。',
    ms: 'Pelanggan anda belum menunjukkan tanda akan pergi terus: ramalan menganggap setiap seorang terus membeli mengikut rentak sendiri.',
  },
  shortHistory: {
    en: 'Predicted value is not shown yet: checking a forecast needs at least {needed} weeks of orders, and this sheet has {have}. The other tabs are not affected.',
    'zh-TW': '暫不顯示預測價值：要檢驗預測，至少需要 {needed} 週的訂單，此工作表只有 {have} 週。其他分頁不受影響。',
    'zh-CN': '暂不显示预测价值：要检验预测，至少需要 {needed} 周的订单，此工作表只有 {have} 周。其他标签页不受影响。',
    ms: 'Nilai ramalan belum ditunjukkan: menguji ramalan memerlukan sekurang-kurangnya {needed} minggu pesanan, dan helaian ini ada {have}. Tab lain tidak terjejas.',
  },
  fewCustomers: {
    en: 'Predicted value is not shown: it needs orders from at least 10 customers. The other tabs are not affected.',
    'zh-TW': '不顯示預測價值：至少需要 10 位顧客的訂單。其他分頁不受影響。',
    'zh-CN': '不显示预测价值：至少需要 10 位客户的订单。其他标签页不受影响。',
    ms: 'Nilai ramalan tidak ditunjukkan: ia memerlukan pesanan daripada sekurang-kurangnya 10 pelanggan. Tab lain tidak terjejas.',
  },
  noRepeats: {
    en: 'Predicted value is not shown: no customer has ordered on two different days yet, so there is no repeat buying to learn from. The other tabs are not affected.',
    'zh-TW': '不顯示預測價值：目前沒有顧客在兩個不同日子下單，無從得知回購習慣。其他分頁不受影響。',
    'zh-CN': '不显示预测价值：目前没有客户在两个不同日子下单，无从得知复购习惯。其他标签页不受影响。',
    ms: 'Nilai ramalan tidak ditunjukkan: belum ada pelanggan yang membuat pesanan pada dua hari berbeza, jadi tiada corak belian berulang untuk dipelajari. Tab lain tidak terjejas.',
  },
  weeks: { en: '{n} weeks', 'zh-TW': '{n} 週', 'zh-CN': '{n} 周', ms: '{n} minggu' },
  months: { en: '{n} months', 'zh-TW': '{n} 個月', 'zh-CN': '{n} 个月', ms: '{n} bulan' },
} satisfies Record<string, Localized>;

/** A holdout length in words: months from about two months up, else weeks. */
export function periodText(days: number, lang: Lang): string {
  return days >= 60 ? format(VALUE_TEXT.months, lang, { n: Math.round(days / (365.25 / 12)) }) : format(VALUE_TEXT.weeks, lang, { n: Math.round(days / 7) });
}
