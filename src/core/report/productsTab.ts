import { format, PART_SEPARATOR, type Localized } from '../i18n';
import type { Lang } from '../types';
import type { Segmentation } from '../pipeline/segmentCustomers';
import { segmentName } from '../rfm';
import { MIN_PAIR_ORDERS, MIN_SUPPORT, type ProductGroup, type ProductsReport } from '../products';
import { LABELS, TAB_NAMES } from './labels';
import type { Block, ReportCell, TabSpec } from './tabSpec';

/** The Products tab's own words. */
const TEXT = {
  intro: {
    en: 'What each segment buys, from the product lines of the orders. Top products are ranked by revenue. Two products are bought together when they are in the same order: support = share of orders with both; confidence A→B = share of the orders with A that also have B; lift = confidence ÷ share of orders with B (above 1: bought together more often than by chance).',
    'zh-TW': '各分群買了什麼，依訂單的商品明細計算。熱銷商品依營收排序。兩項商品出現在同一筆訂單即為「一起購買」：支持度＝同時含兩者的訂單占比；信賴度 A→B＝含 A 的訂單中也含 B 的占比；提升度＝信賴度 ÷ 含 B 的訂單占比（大於 1：一起購買的機會高於隨機）。',
    'zh-CN': '各细分买了什么，按订单的商品明细计算。热销商品按收入排序。两种商品出现在同一笔订单即为“一起购买”：支持度＝同时含两者的订单占比；置信度 A→B＝含 A 的订单中也含 B 的占比；提升度＝置信度 ÷ 含 B 的订单占比（大于 1：一起购买的机会高于随机）。',
    ms: 'Apa yang dibeli oleh setiap segmen, daripada baris produk pesanan. Produk teratas disusun mengikut hasil. Dua produk dibeli bersama apabila berada dalam pesanan yang sama: sokongan = bahagian pesanan yang ada kedua-duanya; keyakinan A→B = bahagian pesanan yang ada A yang juga ada B; lif = keyakinan ÷ bahagian pesanan yang ada B (melebihi 1: lebih kerap dibeli bersama daripada kebetulan).',
  },
  pairRule: {
    en: 'A pair counts only when at least {support} of the orders, and at least {min} orders, have both ({overall} orders for the whole shop), so a few orders cannot make a pair look strong. Orders with more than {max} different products (stock-ups) are left out of pairs: {left} orders here.',
    'zh-TW': '兩項商品須同時出現在至少 {support} 的訂單、且至少 {min} 筆訂單中才列入（全店為 {overall} 筆），以免少數訂單讓組合看似很強。含超過 {max} 種商品的訂單（大量進貨）不計入組合：此處有 {left} 筆。',
    'zh-CN': '两种商品须同时出现在至少 {support} 的订单、且至少 {min} 笔订单中才列入（全店为 {overall} 笔），以免少数订单让组合看似很强。含超过 {max} 种商品的订单（大量进货）不计入组合：此处有 {left} 笔。',
    ms: 'Sesuatu pasangan dikira hanya apabila sekurang-kurangnya {support} daripada pesanan, dan sekurang-kurangnya {min} pesanan, ada kedua-duanya ({overall} pesanan untuk seluruh kedai), supaya beberapa pesanan tidak membuat pasangan kelihatan kuat. Pesanan dengan lebih daripada {max} produk berbeza (belian stok) tidak dikira dalam pasangan: {left} pesanan di sini.',
  },
  nextRule: {
    en: 'Next product to suggest: among the pairs that count with lift above 1, the rule "bought A → also buys B" with the highest lift that applies to customers of the segment who bought A and never B; "Customers it applies to" counts them. Rules come from the segment\'s own orders, or from all orders when the segment has no such rule.',
    'zh-TW': '下一項建議商品：在列入且提升度大於 1 的組合中，取提升度最高、且適用於該分群中買過 A 但從未買過 B 的顧客之規則「買了 A → 也買 B」；「適用顧客數」即這些顧客的人數。規則來自該分群自己的訂單；若該分群沒有這樣的規則，則來自全部訂單。',
    'zh-CN': '下一项建议商品：在列入且提升度大于 1 的组合中，取提升度最高、且适用于该细分中买过 A 但从未买过 B 的客户之规则“买了 A → 也买 B”；“适用客户数”即这些客户的人数。规则来自该细分自己的订单；若该细分没有这样的规则，则来自全部订单。',
    ms: 'Produk seterusnya untuk dicadangkan: antara pasangan yang dikira dengan lif melebihi 1, peraturan "membeli A → juga membeli B" dengan lif tertinggi yang terpakai kepada pelanggan segmen yang membeli A tetapi tidak pernah B; "Pelanggan yang berkenaan" mengira mereka. Peraturan datang daripada pesanan segmen itu sendiri, atau daripada semua pesanan apabila segmen tiada peraturan sedemikian.',
  },
  charges: {
    en: 'Charges billed as lines are not products and are left out of every figure here: {list}.',
    'zh-TW': '以明細列出的費用不是商品，不計入本頁任何數字：{list}。',
    'zh-CN': '以明细列出的费用不是商品，不计入本页任何数字：{list}。',
    ms: 'Caj yang dibilkan sebagai baris bukan produk dan tidak dikira dalam mana-mana angka di sini: {list}.',
  },
  chargeItem: { en: '{name} ({code}, {orders} orders)', 'zh-TW': '{name}（{code}，{orders} 筆訂單）', 'zh-CN': '{name}（{code}，{orders} 笔订单）', ms: '{name} ({code}, {orders} pesanan)' },
  nextTitle: { en: 'Next product to suggest, by segment', 'zh-TW': '各分群的下一項建議商品', 'zh-CN': '各细分的下一项建议商品', ms: 'Produk seterusnya untuk dicadangkan, mengikut segmen' },
  topTitle: { en: 'Top products by revenue, by segment', 'zh-TW': '各分群營收最高的商品', 'zh-CN': '各细分收入最高的商品', ms: 'Produk teratas mengikut hasil, mengikut segmen' },
  pairsTitle: { en: 'Products bought together in the same order', 'zh-TW': '同一筆訂單中一起購買的商品', 'zh-CN': '同一笔订单中一起购买的商品', ms: 'Produk yang dibeli bersama dalam pesanan yang sama' },
  chartTitle: {
    en: "The shop's top products: share of each segment's revenue",
    'zh-TW': '全店熱銷商品：占各分群營收的比例',
    'zh-CN': '全店热销商品：占各细分收入的比例',
    ms: 'Produk teratas kedai: bahagian hasil setiap segmen',
  },
  allCustomers: { en: 'All customers', 'zh-TW': '全部顧客', 'zh-CN': '全部客户', ms: 'Semua pelanggan' },
  product: { en: 'Product', 'zh-TW': '商品編號', 'zh-CN': '商品编号', ms: 'Produk' },
  productName: { en: 'Product name', 'zh-TW': '商品名稱', 'zh-CN': '商品名称', ms: 'Nama produk' },
  segmentShare: { en: "Share of the segment's revenue", 'zh-TW': '占分群營收比例', 'zh-CN': '占细分收入比例', ms: 'Bahagian hasil segmen' },
  suggest: { en: 'Suggest', 'zh-TW': '建議商品', 'zh-CN': '建议商品', ms: 'Cadangkan' },
  because: { en: 'Because they bought', 'zh-TW': '因為買過', 'zh-CN': '因为买过', ms: 'Kerana mereka membeli' },
  applies: { en: 'Customers it applies to', 'zh-TW': '適用顧客數', 'zh-CN': '适用客户数', ms: 'Pelanggan yang berkenaan' },
  lift: { en: 'Lift', 'zh-TW': '提升度', 'zh-CN': '提升度', ms: 'Lif' },
  confidence: { en: 'Confidence', 'zh-TW': '信賴度', 'zh-CN': '置信度', ms: 'Keyakinan' },
  basis: { en: 'Rule counted on', 'zh-TW': '規則計算範圍', 'zh-CN': '规则计算范围', ms: 'Peraturan dikira pada' },
  basisSegment: { en: "This segment's orders", 'zh-TW': '此分群的訂單', 'zh-CN': '此细分的订单', ms: 'Pesanan segmen ini' },
  basisAll: { en: 'All orders', 'zh-TW': '全部訂單', 'zh-CN': '全部订单', ms: 'Semua pesanan' },
  productA: { en: 'Product A', 'zh-TW': '商品 A', 'zh-CN': '商品 A', ms: 'Produk A' },
  nameA: { en: 'Name of A', 'zh-TW': 'A 的名稱', 'zh-CN': 'A 的名称', ms: 'Nama A' },
  productB: { en: 'Product B', 'zh-TW': '商品 B', 'zh-CN': '商品 B', ms: 'Produk B' },
  nameB: { en: 'Name of B', 'zh-TW': 'B 的名稱', 'zh-CN': 'B 的名称', ms: 'Nama B' },
  both: { en: 'Orders with both', 'zh-TW': '同時購買的訂單數', 'zh-CN': '同时购买的订单数', ms: 'Pesanan dengan kedua-duanya' },
  support: { en: 'Support', 'zh-TW': '支持度', 'zh-CN': '支持度', ms: 'Sokongan' },
  confidenceAB: { en: 'Confidence A→B', 'zh-TW': '信賴度 A→B', 'zh-CN': '置信度 A→B', ms: 'Keyakinan A→B' },
  confidenceBA: { en: 'Confidence B→A', 'zh-TW': '信賴度 B→A', 'zh-CN': '置信度 B→A', ms: 'Keyakinan B→A' },
  noPairs: {
    en: 'No pair of products is in at least {min} of these orders yet.',
    'zh-TW': '目前沒有任何兩項商品同時出現在至少 {min} 筆這些訂單中。',
    'zh-CN': '目前没有任何两种商品同时出现在至少 {min} 笔这些订单中。',
    ms: 'Belum ada pasangan produk dalam sekurang-kurangnya {min} daripada pesanan ini.',
  },
  noSuggestion: {
    en: 'No product to suggest: no pair counts, or its customers already bought both products of every pair.',
    'zh-TW': '沒有建議商品：沒有列入的組合，或該分群顧客已買過每個組合的兩項商品。',
    'zh-CN': '没有建议商品：没有列入的组合，或该细分客户已买过每个组合的两种商品。',
    ms: 'Tiada produk untuk dicadangkan: tiada pasangan yang dikira, atau pelanggannya sudah membeli kedua-dua produk setiap pasangan.',
  },
} satisfies Record<string, Localized>;

const percent = (x: number) => `${Math.round(x * 1000) / 10} %`;

/**
 * The Products tab (issue 18): what each RFM segment buys, from `seg.products`
 * (src/core/products): the next products to suggest per segment, the top products per segment and
 * for the whole shop, a chart of the shop's top products as a share of each segment's revenue, and
 * the pairs bought together with support, confidence and lift. Product codes and names are the
 * shop's own text and are written as text. Null when the orders have no product lines.
 */
export function productsTab(seg: Segmentation, lang: Lang): TabSpec | null {
  const report = seg.products;
  if (!report) return null;
  const T = (k: keyof typeof TEXT) => TEXT[k][lang];
  const nameOf = (g: ProductGroup) => (g.segment === null ? T('allCustomers') : segmentName(g.segment, seg.rules, lang));
  const groups = [report.overall, ...report.segments];

  const next: ReportCell[][] = [[LABELS.segment[lang], T('suggest'), T('productName'), T('because'), T('productName'), T('applies'), T('lift'), T('confidence'), T('basis')]];
  for (const g of report.segments) {
    if (g.nextProducts.length === 0) next.push([nameOf(g), T('noSuggestion')]);
    for (const s of g.nextProducts) next.push([nameOf(g), s.product, s.name, s.because, s.becauseName, s.customers, s.lift, s.confidence, s.basis === 'segment' ? T('basisSegment') : T('basisAll')]);
  }

  // Codes in column B and names in C in every table, so the column widths suit them all.
  const top: ReportCell[][] = [[LABELS.segment[lang], T('product'), T('productName'), LABELS.orders[lang], LABELS.revenue[lang], T('segmentShare')]];
  for (const g of groups) for (const p of g.topProducts) top.push([nameOf(g), p.product, p.name, p.orders, p.revenue, p.revenueShare]);

  const pairs: ReportCell[][] = [[LABELS.segment[lang], T('productA'), T('nameA'), T('productB'), T('nameB'), T('both'), T('support'), T('confidenceAB'), T('confidenceBA'), T('lift')]];
  for (const g of groups) {
    if (g.pairs.length === 0) pairs.push([nameOf(g), format(TEXT.noPairs, lang, { min: g.minPairOrders })]);
    for (const p of g.pairs) pairs.push([nameOf(g), p.productA, p.nameA, p.productB, p.nameB, p.orders, p.support, p.confidenceAB, p.confidenceBA, p.lift]);
  }

  const shares = shareRows(report, report.segments.map(nameOf), T('productName'));
  const notes: ReportCell[][] = [
    [T('intro')],
    [format(TEXT.pairRule, lang, { support: percent(MIN_SUPPORT), min: MIN_PAIR_ORDERS, overall: report.overall.minPairOrders, max: report.maxProductsPerOrder, left: report.ordersLeftOutOfPairs })],
    [T('nextRule')],
  ];
  if (report.charges.length > 0) {
    // The five in most orders; the rest counted.
    const shown = report.charges.slice(0, 5).map((c) => format(TEXT.chargeItem, lang, { name: c.name || c.code, code: c.code, orders: c.orders }));
    if (report.charges.length > 5) shown.push(`+${report.charges.length - 5}`);
    notes.push([format(TEXT.charges, lang, { list: shown.join(PART_SEPARATOR[lang]) })]);
  }
  const nextRow = notes.length + 3;
  const topRow = nextRow + next.length + 3;
  const pairsRow = topRow + top.length + 3;
  // Right of the widest table, so its name column's width does not widen a column of the tables.
  const chartCol = Math.max(next[0].length, top[0].length, pairs[0].length) + 2;
  const text = { 0: 'text', 1: 'text', 2: 'text', 3: 'text', 4: 'text' } as const;
  const blocks: Block[] = [
    { row: 1, col: 1, values: notes },
    { row: nextRow, col: 1, values: next, header: true, title: T('nextTitle'), formats: { ...text, 5: 'integer', 6: 'decimal', 7: 'percent', 8: 'text' } },
    { row: topRow, col: 1, values: top, header: true, title: T('topTitle'), formats: { 0: 'text', 1: 'text', 2: 'text', 3: 'integer', 4: 'money', 5: 'percent' } },
    { row: pairsRow, col: 1, values: pairs, header: true, title: T('pairsTitle'), formats: { ...text, 5: 'integer', 6: 'percent', 7: 'percent', 8: 'percent', 9: 'decimal' } },
    { row: topRow, col: chartCol, values: shares, header: true, title: T('chartTitle'), formats: { 0: 'text', ...Object.fromEntries(shares[0].slice(1).map((_, i) => [i + 1, 'percent' as const])) } },
  ];
  return {
    kind: 'products',
    name: TAB_NAMES.products[lang],
    blocks,
    charts: shares.length > 1 && shares[0].length > 1 ? [{ type: 'bar', title: T('chartTitle'), block: 4, columns: shares[0].map((_, i) => i), anchor: { row: topRow + shares.length + 1, col: chartCol } }] : [],
    columnWidths: { 1: 140, 2: 90, 3: 280, 4: 90, 5: 280, 6: 150, [chartCol]: 280 },
  };
}

/** The shop's top products (rows, by name) by share of each segment's revenue (columns). */
function shareRows(report: ProductsReport, segmentNames: string[], header: string): ReportCell[][] {
  const rows: ReportCell[][] = [[header, ...segmentNames]];
  report.overall.topProducts.forEach((p, i) => {
    rows.push([p.name || p.product, ...report.topProductShares[i]]);
  });
  return rows;
}
