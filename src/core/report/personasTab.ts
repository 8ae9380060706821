import type { Localized } from '../i18n';
import type { Lang } from '../types';
import type { Segmentation } from '../pipeline/segmentCustomers';
import type { TypicalValue } from '../personas';
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
  traits: { en: 'More common than among all customers', 'zh-TW': '比全體顧客更常見的特徵', 'zh-CN': '比全体客户更常见的特征', ms: 'Lebih biasa berbanding semua pelanggan' },
  needs: { en: 'What they need', 'zh-TW': '他們需要什麼', 'zh-CN': '他们需要什么', ms: 'Apa yang mereka perlukan' },
  action: { en: 'What to do', 'zh-TW': '建議行動', 'zh-CN': '建议行动', ms: 'Tindakan' },
};
const TITLE: Localized = { en: 'Persona', 'zh-TW': '顧客輪廓', 'zh-CN': '用户画像', ms: 'Persona' };
const TYPICAL_NOTE: Localized = {
  en: 'Typical = median (10th–90th percentile). Personas describe the groups that matter most by customers or revenue.',
  'zh-TW': '典型值＝中位數（第 10–90 百分位）。輪廓描述顧客數或營收最重要的族群。',
  'zh-CN': '典型值＝中位数（第 10–90 百分位）。画像描述客户数或收入最重要的群体。',
  ms: 'Biasa = median (persentil ke-10 hingga ke-90). Persona menerangkan kumpulan yang paling penting mengikut pelanggan atau hasil.',
};

const round = (x: number) => (Math.abs(x) >= 100 ? Math.round(x) : Math.round(x * 10) / 10);
const typical = (v: TypicalValue | undefined) => (v ? `${round(v.median)} (${round(v.low)}–${round(v.high)})` : '');
const pct = (x: number) => `${Math.round(x * 1000) / 10} %`;

/**
 * The Personas tab: 3 to 5 persona cards side by side, one column each, from the personas module:
 * a name from the group's traits, its size and revenue share, typical recency, orders, spend and age,
 * what is over-represented in it (city, channel, gender, age band), what it needs and what to do.
 */
export function personasTab(seg: Segmentation, lang: Lang): TabSpec {
  const cards = seg.personas;
  const rows: ReportCell[][] = [[TITLE[lang], ...cards.map((c) => c.name)]];
  const line = (key: keyof typeof ROW_LABELS, values: ReportCell[]) => rows.push([ROW_LABELS[key][lang], ...values]);
  line('group', cards.map((c) => c.groupName ?? c.group));
  line('customers', cards.map((c) => `${c.size} (${pct(c.share)})`));
  line('revenueShare', cards.map((c) => pct(c.revenueShare)));
  line('recency', cards.map((c) => typical(c.typical.recencyDays)));
  line('frequency', cards.map((c) => typical(c.typical.frequency)));
  line('monetary', cards.map((c) => typical(c.typical.monetary)));
  if (cards.some((c) => c.typical.age)) line('age', cards.map((c) => typical(c.typical.age)));
  line('traits', cards.map((c) => c.overRepresented.map((o) => `${o.value} (${pct(o.share)} vs ${pct(o.overallShare)})`).join('; ')));
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
