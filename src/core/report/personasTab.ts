import type { Localized } from '../i18n';
import type { Lang } from '../types';
import type { Segmentation } from '../pipeline/segmentCustomers';
import { percent, personaTemplate, typicalText, wholeNumber } from '../personas';
import { formatMoney } from './formatMoney';
import { TAB_NAMES } from './labels';
import type { ReportCell, TabSpec } from './tabSpec';

const ROW_LABELS: Record<string, Localized> = {
  group: { en: 'Segment or cluster', 'zh-TW': '分群或群集', 'zh-CN': '细分或聚类', ms: 'Segmen atau kluster' },
  customers: { en: 'Customers (share)', 'zh-TW': '顧客數（占比）', 'zh-CN': '客户数（占比）', ms: 'Pelanggan (bahagian)' },
  revenueShare: { en: 'Share of revenue', 'zh-TW': '營收占比', 'zh-CN': '收入占比', ms: 'Bahagian hasil' },
  recency: { en: 'Days since last order (typical)', 'zh-TW': '距上次購買天數（典型）', 'zh-CN': '距上次购买天数（典型）', ms: 'Hari sejak pesanan terakhir (biasa)' },
  frequency: { en: 'Orders (typical)', 'zh-TW': '訂單數（典型）', 'zh-CN': '订单数（典型）', ms: 'Pesanan (biasa)' },
  monetary: { en: 'Total spend (typical)', 'zh-TW': '總消費（典型）', 'zh-CN': '总消费（典型）', ms: 'Jumlah perbelanjaan (biasa)' },
  age: { en: 'Age (typical)', 'zh-TW': '年齡（典型）', 'zh-CN': '年龄（典型）', ms: 'Umur (biasa)' },
  basicProfile: { en: 'Basic profile', 'zh-TW': '基本資料', 'zh-CN': '基本资料', ms: 'Profil asas' },
  psychology: { en: 'Values and lifestyle', 'zh-TW': '價值觀與生活方式', 'zh-CN': '价值观与生活方式', ms: 'Nilai dan gaya hidup' },
  habits: { en: 'Shopping habits', 'zh-TW': '購物習慣', 'zh-CN': '购物习惯', ms: 'Tabiat membeli' },
  situation: { en: 'Situation', 'zh-TW': '購買情境', 'zh-CN': '购买情境', ms: 'Situasi' },
  preferredChannel: { en: 'Preferred channel', 'zh-TW': '偏好通路', 'zh-CN': '偏好渠道', ms: 'Saluran pilihan' },
  traits: { en: 'More common than among all customers', 'zh-TW': '比全體顧客更常見的特徵', 'zh-CN': '比全体客户更常见的特征', ms: 'Lebih biasa berbanding semua pelanggan' },
  needs: { en: 'What they need', 'zh-TW': '他們需要什麼', 'zh-CN': '他们需要什么', ms: 'Apa yang mereka perlukan' },
  action: { en: 'What to do', 'zh-TW': '建議行動', 'zh-CN': '建议行动', ms: 'Tindakan' },
};
const TITLE: Localized = { en: 'Persona', 'zh-TW': '顧客輪廓', 'zh-CN': '用户画像', ms: 'Persona' };
const GROUP_SEPARATOR: Localized = { en: ', ', 'zh-TW': '、', 'zh-CN': '、', ms: ', ' };
const TYPICAL_NOTE: Localized = {
  en: 'Typical = median (10th–90th percentile). Personas describe the groups that matter most by customers or revenue; groups that would get the same advice share one persona. Complete what is marked "To fill in" with what you know about these customers.',
  'zh-TW': '典型值＝中位數（第 10–90 百分位）。輪廓描述顧客數或營收最重要的族群；建議相同的族群合併為一個輪廓。標示「待填寫」的部分，請依您對這些顧客的了解補上。',
  'zh-CN': '典型值＝中位数（第 10–90 百分位）。画像描述客户数或收入最重要的群体；建议相同的群体合并为一个画像。标注“待填写”的部分，请根据您对这些客户的了解补充。',
  ms: 'Biasa = median (persentil ke-10 hingga ke-90). Persona menerangkan kumpulan yang paling penting mengikut pelanggan atau hasil; kumpulan yang mendapat nasihat yang sama berkongsi satu persona. Lengkapkan bahagian "Untuk diisi" dengan apa yang anda tahu tentang pelanggan ini.',
};

export interface PersonasTabOptions {
  /** The run's currency ("MYR", "RM", "NT$"; '' or left out for none), for spend. */
  currency?: string;
}

/**
 * The Personas tab: 3 to 5 persona cards side by side, one column each, from the personas module:
 * a name from the persona's traits, the groups it covers, its size and revenue share, typical recency,
 * orders, spend (in the run's currency) and age, the persona template of the articles (basic profile,
 * values and lifestyle, shopping habits, situation, preferred channel; what the data cannot tell marked
 * "to fill in"), what is more common in it than among all customers, what it needs and what to do.
 * Numbers as people write them: whole days, orders and ages, whole percents (one decimal below 10 %).
 */
export function personasTab(seg: Segmentation, lang: Lang, options: PersonasTabOptions = {}): TabSpec {
  const cards = seg.personas;
  const money = (x: number) => formatMoney(x, options.currency ?? '', lang);
  const templates = cards.map((c) => personaTemplate(c, lang, money));
  const rows: ReportCell[][] = [[TITLE[lang], ...cards.map((c) => c.name)]];
  const line = (key: keyof typeof ROW_LABELS, values: ReportCell[]) => rows.push([ROW_LABELS[key][lang], ...values]);
  line('group', cards.map((c) => c.groupNames.join(GROUP_SEPARATOR[lang])));
  line('customers', cards.map((c) => `${wholeNumber(c.size)} (${percent(c.share)})`));
  line('revenueShare', cards.map((c) => percent(c.revenueShare)));
  line('recency', cards.map((c) => typicalText(c.typical.recencyDays, wholeNumber)));
  line('frequency', cards.map((c) => typicalText(c.typical.frequency, wholeNumber)));
  line('monetary', cards.map((c) => typicalText(c.typical.monetary, money)));
  if (cards.some((c) => c.typical.age)) line('age', cards.map((c) => typicalText(c.typical.age, wholeNumber)));
  line('basicProfile', templates.map((t) => t.basicProfile));
  line('psychology', templates.map((t) => t.psychology));
  line('habits', templates.map((t) => t.habits));
  line('situation', templates.map((t) => t.situation));
  line('preferredChannel', templates.map((t) => t.preferredChannel));
  line('traits', templates.map((t) => t.moreCommon));
  line('needs', cards.map((c) => c.needs));
  line('action', cards.map((c) => c.action));
  const widths: Record<number, number> = { 1: 220 };
  cards.forEach((_, i) => {
    widths[i + 2] = 240;
  });
  return {
    kind: 'personas',
    name: TAB_NAMES.personas[lang],
    blocks: [
      { row: 1, col: 1, values: rows, header: true, wrapColumns: cards.map((_, i) => i + 1) },
      { row: rows.length + 2, col: 1, values: [[TYPICAL_NOTE[lang]]] },
    ],
    frozenRows: 1,
    columnWidths: widths,
  };
}
