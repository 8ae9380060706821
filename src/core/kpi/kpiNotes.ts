import { isoFromDay } from '../days';
import type { Localized } from '../i18n';
import { LANGS } from '../types';
import type { ActiveWindow } from './activeWindow';
import type { SatisfactionKpis } from './satisfactionKpis';
import type { SpendPeriod } from './spendPeriod';
import type { CacBasis } from './storeKpis';

/** A sentence of the KPIs tab and the values of its placeholders. */
export interface KpiNote {
  note: Localized;
  params: Record<string, string | number>;
}

const ACTIVE: Record<'plain' | 'interval' | 'floor' | 'cap' | 'default', Localized> = {
  plain: { en: 'Ordered within the last {days} days', 'zh-TW': '最近 {days} 天內有購買', 'zh-CN': '最近 {days} 天内有购买', ms: 'Membuat pesanan dalam {days} hari lepas' },
  interval: {
    en: 'Ordered within the last {days} days: twice the median time between purchases of the {repeaters} repeat customers ({median} days), since a customer who misses two usual cycles has most likely drifted away',
    'zh-TW': '最近 {days} 天內有購買：{repeaters} 位回購顧客購買間隔中位數（{median} 天）的兩倍，因為錯過兩次平常購買週期的顧客多半已經流失',
    'zh-CN': '最近 {days} 天内有购买：{repeaters} 位复购客户购买间隔中位数（{median} 天）的两倍，因为错过两次平常购买周期的客户多半已经流失',
    ms: 'Membuat pesanan dalam {days} hari lepas: dua kali median selang antara belian bagi {repeaters} pelanggan berulang ({median} hari), kerana pelanggan yang terlepas dua kitaran biasa kemungkinan besar telah beralih',
  },
  floor: {
    en: 'Ordered within the last {days} days: twice the median time between purchases of the {repeaters} repeat customers ({median} days) is under a month, so the 30-day minimum is used',
    'zh-TW': '最近 {days} 天內有購買：{repeaters} 位回購顧客購買間隔中位數（{median} 天）的兩倍不到一個月，因此採用最短 30 天',
    'zh-CN': '最近 {days} 天内有购买：{repeaters} 位复购客户购买间隔中位数（{median} 天）的两倍不到一个月，因此采用最短 30 天',
    ms: 'Membuat pesanan dalam {days} hari lepas: dua kali median selang antara belian bagi {repeaters} pelanggan berulang ({median} hari) kurang daripada sebulan, jadi minimum 30 hari digunakan',
  },
  cap: {
    en: 'Ordered within the last {days} days: twice the median time between purchases of the {repeaters} repeat customers ({median} days) is over a year, so the usual 12-month limit is used',
    'zh-TW': '最近 {days} 天內有購買：{repeaters} 位回購顧客購買間隔中位數（{median} 天）的兩倍超過一年，因此採用常見的 12 個月上限',
    'zh-CN': '最近 {days} 天内有购买：{repeaters} 位复购客户购买间隔中位数（{median} 天）的两倍超过一年，因此采用常见的 12 个月上限',
    ms: 'Membuat pesanan dalam {days} hari lepas: dua kali median selang antara belian bagi {repeaters} pelanggan berulang ({median} hari) melebihi setahun, jadi had biasa 12 bulan digunakan',
  },
  default: {
    en: 'Ordered within the last {days} days, the usual 12-month rule: too few customers bought on two or more days ({repeaters}, under 10) to measure the shop’s rhythm',
    'zh-TW': '最近 {days} 天內有購買，採用常見的 12 個月規則：在兩天以上購買的顧客太少（{repeaters} 位，少於 10 位），無法衡量店家的購買節奏',
    'zh-CN': '最近 {days} 天内有购买，采用常见的 12 个月规则：在两天以上购买的客户太少（{repeaters} 位，少于 10 位），无法衡量店铺的购买节奏',
    ms: 'Membuat pesanan dalam {days} hari lepas, peraturan biasa 12 bulan: terlalu sedikit pelanggan membeli pada dua hari atau lebih ({repeaters}, kurang daripada 10) untuk mengukur rentak kedai',
  },
};

/**
 * How "active" was decided, in words (the rule of activeWindowDays): twice the median interval
 * between purchases, its 30-day floor or 365-day cap, or the 12-month default; a given window
 * (or none known) gets the plain "ordered within the last N days".
 * @example activeWindowNote({ days: 107, source: 'purchase-interval', limitedBy: null, repeatCustomers: 420, medianIntervalDays: 53.5 }).params.median // 53.5
 */
export function activeWindowNote(window: ActiveWindow | null | undefined): KpiNote {
  if (!window) return { note: ACTIVE.plain, params: {} };
  const params = { repeaters: window.repeatCustomers, median: window.medianIntervalDays === null ? '' : Number(window.medianIntervalDays.toFixed(1)) };
  const key = window.source === 'default' ? 'default' : (window.limitedBy ?? 'interval');
  return { note: ACTIVE[key], params };
}

const PERIOD: Record<SpendPeriod['basis'], Localized> = {
  'last-12-months': { en: 'the last 12 months of the data', 'zh-TW': '資料的最近 12 個月', 'zh-CN': '数据的最近 12 个月', ms: '12 bulan terakhir data' },
  'whole-data': { en: 'all the data, which spans under 12 months', 'zh-TW': '全部資料，不足 12 個月', 'zh-CN': '全部数据，不足 12 个月', ms: 'semua data, kurang daripada 12 bulan' },
  given: { en: 'the period given', 'zh-TW': '指定的期間', 'zh-CN': '指定的期间', ms: 'tempoh yang diberi' },
};

const CAC: Record<'divided' | 'none', Localized> = {
  divided: {
    en: 'Marketing spend / new customers: {newCustomers} placed their first order between {start} and {end} ({period}); enter the spend of those dates',
    'zh-TW': '行銷支出 / 新顧客：{newCustomers} 位在 {start} 至 {end}（{period}）首次購買；請填入這段期間的支出',
    'zh-CN': '营销支出 / 新客户：{newCustomers} 位在 {start} 至 {end}（{period}）首次购买；请填入这段期间的支出',
    ms: 'Perbelanjaan pemasaran / pelanggan baharu: {newCustomers} membuat pesanan pertama antara {start} hingga {end} ({period}); masukkan perbelanjaan bagi tarikh tersebut',
  },
  none: {
    en: 'No customer’s first order is between {start} and {end} ({period}), so there is no new customer to divide the spend by',
    'zh-TW': '{start} 至 {end}（{period}）沒有顧客首次購買，因此沒有新顧客可分攤支出',
    'zh-CN': '{start} 至 {end}（{period}）没有客户首次购买，因此没有新客户可分摊支出',
    ms: 'Tiada pelanggan membuat pesanan pertama antara {start} hingga {end} ({period}), jadi tiada pelanggan baharu untuk membahagi perbelanjaan',
  },
};

/**
 * How CAC was computed, in words: the spend period's dates and how they were chosen, and the
 * customers first ordering in it.
 * @example cacNote(basis).params.start // '2023-07-01'
 */
export function cacNote(basis: CacBasis): KpiNote {
  const text = basis.newCustomers > 0 ? CAC.divided : CAC.none;
  // The period's words differ per language, so they are put in each language's sentence here.
  const note = Object.fromEntries(LANGS.map((l) => [l, text[l].replace('{period}', PERIOD[basis.period.basis][l])])) as Localized;
  return { note, params: { newCustomers: basis.newCustomers, start: isoFromDay(basis.period.start), end: isoFromDay(basis.period.end) } };
}

/** The satisfaction line of the KPIs tab: label, value, how it shows, and how it was computed. */
export interface SatisfactionLine extends KpiNote {
  label: Localized;
  value: number;
  format: 'decimal' | 'percent' | 'integer';
}

const SATISFACTION = {
  npsLabel: { en: 'Net Promoter Score (NPS)', 'zh-TW': '淨推薦值 (NPS)', 'zh-CN': '净推荐值 (NPS)', ms: 'Skor Promoter Bersih (NPS)' },
  npsNote: {
    en: '% promoters (9–10) − % detractors (0–6) of the 0–10 answers (n = {responses}), from −100 to 100',
    'zh-TW': '0–10 分回答中推薦者（9–10 分）% − 批評者（0–6 分）%（n = {responses}），範圍 −100 到 100',
    'zh-CN': '0–10 分回答中推荐者（9–10 分）% − 贬损者（0–6 分）%（n = {responses}），范围 −100 到 100',
    ms: '% promoter (9–10) − % pengkritik (0–6) daripada jawapan 0–10 (n = {responses}), dari −100 hingga 100',
  },
  csatLabel: { en: 'Satisfied customers (CSAT)', 'zh-TW': '滿意顧客比例 (CSAT)', 'zh-CN': '满意客户比例 (CSAT)', ms: 'Pelanggan berpuas hati (CSAT)' },
  csatNote: {
    en: 'Share of answers rated {from}–{max} on the 1–{max} scale (top two boxes, n = {responses}); the scale is read from the answers (highest {highest}, no 0)',
    'zh-TW': '回答中給 {from}–{max} 分的比例（1–{max} 分量表的最高兩格，n = {responses}）；量表依回答判斷（最高 {highest} 分，沒有 0 分）',
    'zh-CN': '回答中给 {from}–{max} 分的比例（1–{max} 分量表的最高两格，n = {responses}）；量表依回答判断（最高 {highest} 分，没有 0 分）',
    ms: 'Bahagian jawapan yang memberi {from}–{max} pada skala 1–{max} (dua kotak teratas, n = {responses}); skala dibaca daripada jawapan (tertinggi {highest}, tiada 0)',
  },
  unreadableLabel: { en: 'Satisfaction answers', 'zh-TW': '滿意度回答', 'zh-CN': '满意度回答', ms: 'Jawapan kepuasan' },
  unreadableNote: {
    en: 'Not scored: answers such as {example} are not whole numbers on a 0–10, 1–5 or 1–7 scale; use =NPS, or =CSAT with a threshold, on the column',
    'zh-TW': '未計分：像 {example} 這樣的回答不是 0–10、1–5 或 1–7 分量表上的整數；請對該欄使用 =NPS 或帶門檻的 =CSAT',
    'zh-CN': '未计分：像 {example} 这样的回答不是 0–10、1–5 或 1–7 分量表上的整数；请对该列使用 =NPS 或带阈值的 =CSAT',
    ms: 'Tidak diskor: jawapan seperti {example} bukan nombor bulat pada skala 0–10, 1–5 atau 1–7; gunakan =NPS, atau =CSAT dengan ambang, pada lajur itu',
  },
} satisfies Record<string, Localized>;

/**
 * The satisfaction figure of the KPIs tab: NPS, CSAT (a share) or, for answers on no known
 * scale, their count with why they were not scored.
 * @example satisfactionLine({ measure: 'csat', scale: { max: 5, highest: 5 }, responses: 80, score: 0.8, byMonth: [] }).format // 'percent'
 */
export function satisfactionLine(s: SatisfactionKpis): SatisfactionLine {
  if (s.measure === 'unreadable') return { label: SATISFACTION.unreadableLabel, value: s.responses, format: 'integer', note: SATISFACTION.unreadableNote, params: { example: s.example } };
  if (s.measure === 'nps') return { label: SATISFACTION.npsLabel, value: s.score, format: 'decimal', note: SATISFACTION.npsNote, params: { responses: s.responses } };
  const params = { responses: s.responses, from: s.scale.max - 1, max: s.scale.max, highest: s.scale.highest };
  return { label: SATISFACTION.csatLabel, value: s.score, format: 'percent', note: SATISFACTION.csatNote, params };
}

/** Headings of the satisfaction trend table and chart. {measure} is NPS or CSAT. */
export const satisfactionTrendText = {
  title: {
    en: '{measure} by month of the customers’ first order (the data has no answer date)',
    'zh-TW': '依顧客首次購買月份的 {measure}（資料中沒有回答日期）',
    'zh-CN': '按客户首次购买月份的 {measure}（数据中没有回答日期）',
    ms: '{measure} mengikut bulan pesanan pertama pelanggan (data tiada tarikh jawapan)',
  },
  chart: { en: '{measure} by month of first order', 'zh-TW': '依首次購買月份的 {measure}', 'zh-CN': '按首次购买月份的 {measure}', ms: '{measure} mengikut bulan pesanan pertama' },
  answers: { en: 'Answers', 'zh-TW': '回答數', 'zh-CN': '回答数', ms: 'Jawapan' },
  npsScore: { en: 'NPS', 'zh-TW': 'NPS', 'zh-CN': 'NPS', ms: 'NPS' },
  csatScore: { en: 'CSAT (% satisfied)', 'zh-TW': 'CSAT（滿意 %）', 'zh-CN': 'CSAT（满意 %）', ms: 'CSAT (% berpuas hati)' },
} satisfies Record<string, Localized>;
