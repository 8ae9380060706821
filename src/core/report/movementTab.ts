import { format, type Localized } from '../i18n';
import type { Lang } from '../types';
import type { CustomerResult, Segmentation } from '../pipeline/segmentCustomers';
import { OTHERS_ID, segmentName, type SegmentRule } from '../rfm';
import { LABELS, TAB_NAMES } from './labels';
import type { PreviousPlacement } from './segmentsTab';
import type { Block, NumberFormat, ReportCell, TabSpec } from './tabSpec';

/** The Movement tab's own words. */
const TEXT = {
  firstRun: {
    en: 'Movement between segments appears from the second run: this is the first run this workbook remembers. Run it again when new orders have come in to see who moved from which segment to which.',
    'zh-TW': '分群移動從第二次執行起才會顯示：這是此試算表記得的第一次執行。有新訂單後再執行一次，就能看到誰從哪個分群移到哪個分群。',
    'zh-CN': '细分流动从第二次运行起才会显示：这是此表格记得的第一次运行。有新订单后再运行一次，就能看到谁从哪个细分移到哪个细分。',
    ms: 'Pergerakan antara segmen dipaparkan mulai larian kedua: ini larian pertama yang diingati oleh buku kerja ini. Jalankan sekali lagi apabila pesanan baharu masuk untuk melihat siapa berpindah dari segmen mana ke segmen mana.',
  },
  corner: { en: 'Last run \\ This run', 'zh-TW': '上次 \\ 本次', 'zh-CN': '上次 \\ 本次', ms: 'Larian lalu \\ Larian ini' },
  notInLastRun: { en: 'Not in last run', 'zh-TW': '上次沒有', 'zh-CN': '上次没有', ms: 'Tiada pada larian lalu' },
  notInThisRun: { en: 'Not in this run', 'zh-TW': '本次沒有', 'zh-CN': '本次没有', ms: 'Tiada pada larian ini' },
  total: { en: 'Total', 'zh-TW': '合計', 'zh-CN': '合计', ms: 'Jumlah' },
  countTitle: {
    en: 'Customers by segment last run (rows) and this run (columns)',
    'zh-TW': '顧客數：上次分群（列）與本次分群（欄）',
    'zh-CN': '客户数：上次细分（行）与本次细分（列）',
    ms: 'Pelanggan mengikut segmen larian lalu (baris) dan larian ini (lajur)',
  },
  revenueTitle: {
    en: "These customers' total spend this run, by segment last run (rows) and this run (columns)",
    'zh-TW': '這些顧客本次的總消費：上次分群（列）與本次分群（欄）',
    'zh-CN': '这些客户本次的总消费：上次细分（行）与本次细分（列）',
    ms: 'Jumlah perbelanjaan pelanggan ini pada larian ini, mengikut segmen larian lalu (baris) dan larian ini (lajur)',
  },
  chart: { en: "Where each segment's customers went", 'zh-TW': '各分群顧客的去向', 'zh-CN': '各细分客户的去向', ms: 'Ke mana pelanggan setiap segmen pergi' },
  slippedTitle: {
    en: 'Customers who moved into {segment} or worse this run (by spend)',
    'zh-TW': '本次移入「{segment}」或更差分群的顧客（依消費排序）',
    'zh-CN': '本次移入“{segment}”或更差细分的客户（按消费排序）',
    ms: 'Pelanggan yang berpindah ke {segment} atau lebih teruk pada larian ini (mengikut perbelanjaan)',
  },
  countedAs: {
    en: 'Counted as {segment} or worse: {list}.',
    'zh-TW': '算作「{segment}」或更差的分群：{list}。',
    'zh-CN': '算作“{segment}”或更差的细分：{list}。',
    ms: 'Dikira sebagai {segment} atau lebih teruk: {list}.',
  },
  noneSlipped: {
    en: 'No customer moved into {segment} or worse this run.',
    'zh-TW': '本次沒有顧客移入「{segment}」或更差的分群。',
    'zh-CN': '本次没有客户移入“{segment}”或更差的细分。',
    ms: 'Tiada pelanggan berpindah ke {segment} atau lebih teruk pada larian ini.',
  },
  noAtRiskRule: {
    en: 'The list of customers who slipped into "at risk" is shown when one of the rules is called at risk (as in the preset rules); none of these rules is.',
    'zh-TW': '當其中一條規則名為「流失風險」（at risk，如預設規則）時，才會列出滑落到流失風險的顧客；這些規則都不是。',
    'zh-CN': '当其中一条规则名为“流失风险”（at risk，如预设规则）时，才会列出滑落到流失风险的客户；这些规则都不是。',
    ms: 'Senarai pelanggan yang tergelincir ke "berisiko" dipaparkan apabila salah satu peraturan dinamakan berisiko (seperti dalam peraturan pratetap); tiada satu pun peraturan ini begitu.',
  },
} satisfies Record<string, Localized>;

/**
 * Tiers of the R `rfm` vignette preset, best first, as its JSDoc ranks them (rfmPackageSegments.ts):
 * the six middle groups and "Others" differ in kind, not rank, so moving between them is no slip.
 */
const RFM_PACKAGE_TIERS = new Map<string, number>([
  ['champions', 1],
  ['potential_loyalist', 2],
  ...['loyal_customers', 'promising', 'new_customers', 'cant_lose_them', 'at_risk', 'need_attention', OTHERS_ID].map((id): [string, number] => [id, 3]),
  ['about_to_sleep', 4],
  ['lost', 5],
]);

/** "At risk" in a rule's id or name, in any of the four languages. */
const AT_RISK_WORDING = /at[\s_-]*risk|berisiko|風險|风险/i;

const namesOfRule = (rule: SegmentRule): string[] => (typeof rule.name === 'string' ? [rule.name] : Object.values(rule.name));

/**
 * The segments that count as "at risk or worse", each with how bad it is (higher is worse), or null
 * when no rule is called at risk. The R `rfm` preset's ids rank by its tiers; any other rule list
 * (the Shopify-style preset runs from best to worst) ranks by position, so every rule after the
 * at-risk one counts as worse.
 */
export function atRiskOrWorse(rules: readonly SegmentRule[]): { first: string; rank: Map<string, number> } | null {
  const at = rules.findIndex((r) => AT_RISK_WORDING.test(r.id) || namesOfRule(r).some((n) => AT_RISK_WORDING.test(n)));
  if (at < 0) return null;
  const first = rules[at].id;
  const rank = new Map<string, number>();
  const tierOf = (id: string) => RFM_PACKAGE_TIERS.get(id) ?? 0;
  if (rules.every((r) => RFM_PACKAGE_TIERS.has(r.id))) {
    rank.set(first, tierOf(first));
    for (const r of rules) if (tierOf(r.id) > tierOf(first)) rank.set(r.id, tierOf(r.id));
  } else {
    for (const [i, r] of rules.slice(at).entries()) rank.set(r.id, i);
  }
  return { first, rank };
}

/** One customer's move between the runs. */
interface Move {
  /** The segment last run: its id, or its name when these rules no longer have it; null when not in that run. */
  from: { id: string } | { name: string } | null;
  /** The customer in this run; null when no longer in the data. */
  customer: CustomerResult | null;
}

/** Every customer of either run, matched by rule id: a renamed or translated segment is the same segment. */
function movesOf(seg: Segmentation, previous: Map<string, PreviousPlacement>, sameSegment: (prev: string, segmentId: string) => boolean): Move[] {
  const ids = [...seg.rules.map((r) => r.id), OTHERS_ID];
  const idOfName = new Map<string, string | null>();
  const fromOf = (name: string): Move['from'] => {
    if (!idOfName.has(name)) idOfName.set(name, ids.find((id) => sameSegment(name, id)) ?? null);
    const id = idOfName.get(name);
    return id ? { id } : { name };
  };
  const moves: Move[] = seg.customers.map((c) => {
    const p = previous.get(c.summary.customerId);
    return { from: p ? fromOf(p.segment) : null, customer: c };
  });
  const present = new Set(seg.customers.map((c) => c.summary.customerId));
  for (const [id, p] of previous) if (!present.has(id)) moves.push({ from: fromOf(p.segment), customer: null });
  return moves;
}

const fromKey = (m: Move): string => (m.from === null ? 'new' : 'id' in m.from ? `id:${m.from.id}` : `was:${m.from.name}`);

/** The count and revenue matrices: rows are last run's segments, columns this run's, both in rule order. */
function matrices(seg: Segmentation, moves: Move[], lang: Lang) {
  const T = (l: Localized) => l[lang];
  const used = new Set<string>();
  for (const m of moves) {
    if (m.from && 'id' in m.from) used.add(m.from.id);
    if (m.customer) used.add(m.customer.segment);
  }
  // Both axes list the same segments, so the diagonal is "stayed".
  const segments = [...seg.rules.map((r) => r.id), OTHERS_ID].filter((id) => used.has(id));
  const formerNames = [...new Set(moves.flatMap((m) => (m.from && 'name' in m.from ? [m.from.name] : [])))].sort();
  const rows = [...segments.map((id) => ({ key: `id:${id}`, label: segmentName(id, seg.rules, lang) })), ...formerNames.map((n) => ({ key: `was:${n}`, label: n })), { key: 'new', label: T(TEXT.notInLastRun) }];
  const cell = new Map<string, { n: number; revenue: number }>();
  for (const m of moves) {
    const k = `${fromKey(m)}>${m.customer ? m.customer.segment : 'gone'}`;
    const e = cell.get(k) ?? { n: 0, revenue: 0 };
    e.n++;
    e.revenue += m.customer?.monetary ?? 0;
    cell.set(k, e);
  }
  const at = (row: string, to: string) => cell.get(`${row}>${to}`) ?? { n: 0, revenue: 0 };
  const names = segments.map((id) => segmentName(id, seg.rules, lang));
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

  const columns = [...segments, 'gone'];
  const counts: ReportCell[][] = [[T(TEXT.corner), ...names, T(TEXT.notInThisRun)], ...rows.map((r) => [r.label, ...columns.map((to) => at(r.key, to).n)])];
  const rowTotals: ReportCell[][] = [[T(TEXT.total)], ...rows.map((r) => [sum(columns.map((to) => at(r.key, to).n))])];
  const columnTotals: ReportCell[][] = [[T(TEXT.total), ...columns.map((to) => sum(rows.map((r) => at(r.key, to).n))), moves.length]];

  // Customers no longer present have no spend this run, so the revenue matrix has no "not in this run" column.
  const revenue: ReportCell[][] = [[T(TEXT.corner), ...names, T(TEXT.total)]];
  for (const r of rows) {
    const line = segments.map((to) => at(r.key, to).revenue);
    revenue.push([r.label, ...line, sum(line)]);
  }
  revenue.push([T(TEXT.total), ...segments.map((to) => sum(rows.map((r) => at(r.key, to).revenue))), sum(seg.customers.map((c) => c.monetary))]);
  return { counts, rowTotals, columnTotals, revenue };
}

/** Customers present in both runs who moved into at-risk-or-worse, or to a worse segment within it, by spend. */
function slipped(seg: Segmentation, moves: Move[], worse: Map<string, number>, lang: Lang): ReportCell[][] {
  const rows: ReportCell[][] = [[LABELS.customer[lang], LABELS.previousSegment[lang], LABELS.segment[lang], LABELS.lastOrder[lang], LABELS.monetary[lang]]];
  const list: { c: CustomerResult; was: string }[] = [];
  for (const m of moves) {
    // A segment these rules no longer have cannot be ranked, so such a customer is left out.
    if (!m.customer || !m.from || !('id' in m.from)) continue;
    const now = worse.get(m.customer.segment);
    const was = worse.get(m.from.id);
    if (now !== undefined && (was === undefined || now > was)) list.push({ c: m.customer, was: m.from.id });
  }
  list.sort((a, b) => b.c.monetary - a.c.monetary || a.c.summary.customerId.localeCompare(b.c.summary.customerId));
  for (const { c, was } of list) rows.push([c.summary.customerId, segmentName(was, seg.rules, lang), c.segmentName, { day: c.summary.lastOrderDay }, c.monetary]);
  return rows;
}

/**
 * The Movement tab: who moved from which segment last run to which segment this run (a count
 * matrix with a colour scale and a bar chart, and the same customers' spend), then the customers
 * who slipped into "at risk or worse", biggest spenders first, so the owner knows whom to call.
 * On a workbook's first run it says that movement appears from the second run.
 */
export function movementTab(seg: Segmentation, lang: Lang, previous: Map<string, PreviousPlacement>, sameSegment: (prev: string, segmentId: string) => boolean): TabSpec {
  const name = TAB_NAMES.movement[lang];
  if (previous.size === 0) return { kind: 'movement', name, blocks: [{ row: 1, col: 1, values: [[TEXT.firstRun[lang]]] }] };

  const moves = movesOf(seg, previous, sameSegment);
  const { counts, rowTotals, columnTotals, revenue } = matrices(seg, moves, lang);
  const width = counts[0].length;
  const allOf = (f: NumberFormat, n: number, from = 1) => Object.fromEntries(Array.from({ length: n }, (_, i) => [i + from, f]));
  const blocks: Block[] = [
    { row: 2, col: 1, values: counts, header: true, title: TEXT.countTitle[lang], colourScale: true, formats: { 0: 'text', ...allOf('integer', width - 1) } },
    { row: 2, col: width + 1, values: rowTotals, header: true, formats: { 0: 'integer' } },
    { row: 2 + counts.length, col: 1, values: columnTotals, formats: allOf('integer', width) },
  ];
  const revenueRow = 2 + counts.length + 4;
  blocks.push({ row: revenueRow, col: 1, values: revenue, header: true, title: TEXT.revenueTitle[lang], formats: { 0: 'text', ...allOf('money', revenue[0].length - 1) } });

  const listRow = revenueRow + revenue.length + 2;
  const worse = atRiskOrWorse(seg.rules);
  if (!worse) blocks.push({ row: listRow, col: 1, values: [[TEXT.noAtRiskRule[lang]]] });
  else {
    const segment = segmentName(worse.first, seg.rules, lang);
    const list = [...worse.rank.keys()].map((id) => segmentName(id, seg.rules, lang)).join(', ');
    const rows = slipped(seg, moves, worse.rank, lang);
    blocks.push({ row: listRow, col: 1, values: [[format(TEXT.countedAs, lang, { segment, list })]] });
    if (rows.length > 1) blocks.push({ row: listRow + 3, col: 1, values: rows, header: true, title: format(TEXT.slippedTitle, lang, { segment }), formats: { 0: 'text', 1: 'text', 2: 'text', 3: 'date', 4: 'money' } });
    else blocks.push({ row: listRow + 1, col: 1, values: [[format(TEXT.noneSlipped, lang, { segment })]] });
  }
  return {
    kind: 'movement',
    name,
    blocks,
    charts: [{ type: 'bar', title: TEXT.chart[lang], block: 0, columns: Array.from({ length: width }, (_, i) => i), anchor: { row: 1, col: width + 3 }, stacked: true }],
    columnWidths: { 1: 200 },
  };
}
