import { format, type Localized } from '../i18n';
import type { Lang } from '../types';
import type { ClusterWarning } from './types';

/** Warning texts. Cluster numbers in `{cluster}` and `{other}` are 1-based, as users see them. */
export const CLUSTER_WARNING_MESSAGES: Record<ClusterWarning['code'], Localized> = {
  missingValues: {
    en: '{rows} rows were left out of the clustering because a chosen number column is empty or not a number (first rows: {first}).',
    'zh-TW': '有 {rows} 列未納入分群，因為所選的數值欄位是空白或不是數字（前幾列：{first}）。',
    'zh-CN': '有 {rows} 行未纳入聚类，因为所选的数值列为空或不是数字（前几行：{first}）。',
    ms: '{rows} baris tidak dimasukkan dalam pengelompokan kerana lajur nombor yang dipilih kosong atau bukan nombor (baris pertama: {first}).',
  },
  constantColumn: {
    en: 'Column "{column}" has the same value for everyone, so it cannot separate customers and was not used.',
    'zh-TW': '欄位「{column}」每位客戶的值都相同，無法區分客戶，因此未使用。',
    'zh-CN': '列“{column}”每位客户的值都相同，无法区分客户，因此未使用。',
    ms: 'Lajur "{column}" mempunyai nilai yang sama untuk semua orang, jadi ia tidak dapat membezakan pelanggan dan tidak digunakan.',
  },
  negativeLog: {
    en: 'Column "{column}" has values of −1 or below, so it could not be log-scaled; it was standardised as it is.',
    'zh-TW': '欄位「{column}」有 −1 或更小的值，無法取對數；已直接標準化。',
    'zh-CN': '列“{column}”有 −1 或更小的值，无法取对数；已直接标准化。',
    ms: 'Lajur "{column}" mempunyai nilai −1 atau kurang, jadi ia tidak dapat diskala log; ia diseragamkan seadanya.',
  },
  kReduced: {
    en: 'Only {distinct} different customers (by the chosen columns), so at most {distinct} clusters could be made instead of {asked}.',
    'zh-TW': '依所選欄位只有 {distinct} 種不同的客戶，因此最多只能分成 {distinct} 群，而非 {asked} 群。',
    'zh-CN': '按所选列只有 {distinct} 种不同的客户，因此最多只能分成 {distinct} 群，而非 {asked} 群。',
    ms: 'Hanya {distinct} pelanggan yang berbeza (mengikut lajur yang dipilih), jadi paling banyak {distinct} kelompok boleh dibuat, bukan {asked}.',
  },
  tooSmall: {
    en: 'Cluster {cluster} has only {size} customers ({share}%, under {minShare}%): probably too small to be worth its own campaign.',
    'zh-TW': '第 {cluster} 群只有 {size} 位客戶（{share}%，低於 {minShare}%）：可能太小，不值得單獨做一次行銷活動。',
    'zh-CN': '第 {cluster} 群只有 {size} 位客户（{share}%，低于 {minShare}%）：可能太小，不值得单独做一次营销活动。',
    ms: 'Kelompok {cluster} hanya ada {size} pelanggan ({share}%, di bawah {minShare}%): mungkin terlalu kecil untuk kempen tersendiri.',
  },
  overlap: {
    en: 'Cluster {cluster} overlaps heavily with cluster {other} (silhouette {silhouette}; {negative}% of its customers are closer to another cluster). Treat them as one segment or use other columns.',
    'zh-TW': '第 {cluster} 群與第 {other} 群高度重疊（輪廓係數 {silhouette}；其中 {negative}% 的客戶更接近其他群）。可視為同一區隔，或改用其他欄位。',
    'zh-CN': '第 {cluster} 群与第 {other} 群高度重叠（轮廓系数 {silhouette}；其中 {negative}% 的客户更接近其他群）。可视为同一细分，或改用其他列。',
    ms: 'Kelompok {cluster} banyak bertindih dengan kelompok {other} (siluet {silhouette}; {negative}% pelanggannya lebih dekat dengan kelompok lain). Anggap sebagai satu segmen atau gunakan lajur lain.',
  },
  weakStructure: {
    en: 'The clusters are not clearly separated (average silhouette {silhouette}; 0.25 or less means no substantial structure). Use them as a rough guide only.',
    'zh-TW': '各群之間沒有明顯分開（平均輪廓係數 {silhouette}；0.25 或以下表示沒有實質結構）。僅能作為粗略參考。',
    'zh-CN': '各群之间没有明显分开（平均轮廓系数 {silhouette}；0.25 及以下表示没有实质结构）。仅能作为粗略参考。',
    ms: 'Kelompok tidak terpisah dengan jelas (purata siluet {silhouette}; 0.25 atau kurang bermakna tiada struktur yang ketara). Gunakan sebagai panduan kasar sahaja.',
  },
};

/**
 * A clustering warning in the user's language.
 * @example clusterWarningText({ code: 'weakStructure', params: { silhouette: 0.21 } }, 'en') // 'The clusters are not clearly separated (average silhouette 0.21; ...'
 */
export function clusterWarningText(warning: ClusterWarning, lang: Lang): string {
  return format(CLUSTER_WARNING_MESSAGES[warning.code], lang, warning.params);
}

/** Why a block of customers cannot be clustered, thrown as a `LocalizedError` (=CLUSTER shows it in the spreadsheet's language). */
export const CLUSTER_ERRORS = {
  nothingVaries: {
    en: 'none of the chosen columns varies between customers, so there is nothing to cluster on',
    'zh-TW': '所選的欄位在顧客之間都沒有差異，因此無從分群',
    'zh-CN': '所选的列在客户之间都没有差异，因此无从聚类',
    ms: 'tiada lajur yang dipilih berbeza antara pelanggan, jadi tiada apa untuk dikelompokkan',
  },
  tooFew: {
    en: 'at least 2 customers with values are needed to cluster, got {count}',
    'zh-TW': '至少需要 2 位有數值的顧客才能分群，目前只有 {count} 位',
    'zh-CN': '至少需要 2 位有数值的客户才能聚类，目前只有 {count} 位',
    ms: 'sekurang-kurangnya 2 pelanggan dengan nilai diperlukan untuk dikelompokkan, diberi {count}',
  },
} satisfies Record<string, Localized>;
