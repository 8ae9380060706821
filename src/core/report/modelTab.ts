import { format, type Localized } from '../i18n';
import type { Lang } from '../types';
import type { ValueReport } from '../pipeline/predictValue';
import type { CandidateCheck } from '../clv/holdoutCheck';
import { TAB_NAMES } from './labels';
import type { Block, ChartSpec, ReportCell, TabSpec } from './tabSpec';

/** Local alias: a global lookup per call is slow in some V8 embeddings (Node vm, where the add-on is tested). */
const M = Math;

const TEXT = {
  formulas: {
    en: 'Use the fitted figures in cells, e.g. =PROB_ALIVE(frequency, recency, T, {sheet}!A1:E2) or =CLV_PREDICT(frequency, recency, T, avg_spend, {sheet}!A1:E2, {sheet}!B3:D3, 12, 1%, "week"). Time is in weeks; a month is 30.4375 days (365.25 / 12; Python lifetimes uses 30).',
    'zh-TW': '可在儲存格中使用擬合結果，例如 =PROB_ALIVE(frequency, recency, T, {sheet}!A1:E2) 或 =CLV_PREDICT(frequency, recency, T, avg_spend, {sheet}!A1:E2, {sheet}!B3:D3, 12, 1%, "week")。時間單位為週；一個月為 30.4375 天（365.25 / 12；Python lifetimes 用 30 天）。',
    'zh-CN': '可在单元格中使用拟合结果，例如 =PROB_ALIVE(frequency, recency, T, {sheet}!A1:E2) 或 =CLV_PREDICT(frequency, recency, T, avg_spend, {sheet}!A1:E2, {sheet}!B3:D3, 12, 1%, "week")。时间单位为周；一个月为 30.4375 天（365.25 / 12；Python lifetimes 用 30 天）。',
    ms: 'Gunakan angka yang dipadankan dalam sel, contohnya =PROB_ALIVE(frequency, recency, T, {sheet}!A1:E2) atau =CLV_PREDICT(frequency, recency, T, avg_spend, {sheet}!A1:E2, {sheet}!B3:D3, 12, 1%, "week"). Masa dalam minggu; sebulan ialah 30.4375 hari (365.25 / 12; Python lifetimes menggunakan 30).',
  },
  ownAverage: {
    en: 'Spend per future order is each customer\u2019s own average order (the spend model did not fit this shop).',
    'zh-TW': '每筆未來訂單的金額採用每位顧客自己的平均訂單金額（消費模型不適用於此商店）。',
    'zh-CN': '每笔未来订单的金额采用每位客户自己的平均订单金额（消费模型不适用于此商店）。',
    ms: 'Perbelanjaan bagi setiap pesanan akan datang ialah purata pesanan pelanggan itu sendiri (model perbelanjaan tidak sesuai untuk kedai ini).',
  },
  checkTitle: { en: 'How each forecast did on the hidden period', 'zh-TW': '各預測在隱藏期間的表現', 'zh-CN': '各预测在隐藏期间的表现', ms: 'Prestasi setiap ramalan dalam tempoh tersembunyi' },
  forecast: { en: 'Forecast', 'zh-TW': '預測方式', 'zh-CN': '预测方式', ms: 'Ramalan' },
  error: { en: 'Average miss per customer (orders)', 'zh-TW': '每位顧客平均誤差（訂單）', 'zh-CN': '每位客户平均误差（订单）', ms: 'Purata tersasar setiap pelanggan (pesanan)' },
  expected: { en: 'Orders expected', 'zh-TW': '預期訂單', 'zh-CN': '预期订单', ms: 'Pesanan dijangka' },
  came: { en: 'Orders that came', 'zh-TW': '實際訂單', 'zh-CN': '实际订单', ms: 'Pesanan diterima' },
  ranking: { en: 'Picks who came back (0.5 = coin toss, 1 = perfect)', 'zh-TW': '找出回購者的能力（0.5 = 擲硬幣，1 = 完美）', 'zh-CN': '找出复购者的能力（0.5 = 掷硬币，1 = 完美）', ms: 'Mengenal pasti yang kembali (0.5 = lambung syiling, 1 = sempurna)' },
  note: { en: 'Note', 'zh-TW': '說明', 'zh-CN': '说明', ms: 'Catatan' },
  used: { en: 'used', 'zh-TW': '採用', 'zh-CN': '采用', ms: 'digunakan' },
  pastPace: { en: 'Past pace (each customer keeps their pace)', 'zh-TW': '過去步調（每位顧客照自己的步調）', 'zh-CN': '过去节奏（每位客户按自己的节奏）', ms: 'Rentak lalu (setiap pelanggan kekal rentak sendiri)' },
  penalised: { en: '{model}, shrunk', 'zh-TW': '{model}（收縮）', 'zh-CN': '{model}（收缩）', ms: '{model}, dikecilkan' },
  notIdentified: { en: 'could not be estimated: the data shows no customers leaving for good', 'zh-TW': '無法估計：資料中看不出顧客永久流失', 'zh-CN': '无法估计：数据中看不出客户永久流失', ms: 'tidak dapat dianggarkan: data tidak menunjukkan pelanggan pergi terus' },
  notFitted: { en: 'could not be estimated on this data', 'zh-TW': '無法以此資料估計', 'zh-CN': '无法用此数据估计', ms: 'tidak dapat dianggarkan dengan data ini' },
  byFrequencyTitle: { en: 'Orders in the hidden period, by orders before it', 'zh-TW': '隱藏期間的訂單，依之前的回購次數分組', 'zh-CN': '隐藏期间的订单，按之前的复购次数分组', ms: 'Pesanan dalam tempoh tersembunyi, mengikut pesanan sebelumnya' },
  repeatsBefore: { en: 'Repeat orders before', 'zh-TW': '之前回購次數', 'zh-CN': '之前复购次数', ms: 'Pesanan ulangan sebelum' },
  customers: { en: 'Customers', 'zh-TW': '顧客數', 'zh-CN': '客户数', ms: 'Pelanggan' },
  actualMean: { en: 'Came (average)', 'zh-TW': '實際（平均）', 'zh-CN': '实际（平均）', ms: 'Diterima (purata)' },
  modelMean: { en: 'Forecast (average)', 'zh-TW': '預測（平均）', 'zh-CN': '预测（平均）', ms: 'Ramalan (purata)' },
  paceMean: { en: 'Past pace (average)', 'zh-TW': '過去步調（平均）', 'zh-CN': '过去节奏（平均）', ms: 'Rentak lalu (purata)' },
  trackingTitle: { en: 'Repeat orders week by week: what came and what the forecast expected', 'zh-TW': '逐週回購訂單：實際與預測', 'zh-CN': '逐周复购订单：实际与预测', ms: 'Pesanan ulangan minggu demi minggu: diterima dan dijangka' },
  week: { en: 'Week ending', 'zh-TW': '週末日', 'zh-CN': '周末日', ms: 'Minggu berakhir' },
  actualCumulative: { en: 'Repeat orders so far', 'zh-TW': '累計回購訂單', 'zh-CN': '累计复购订单', ms: 'Pesanan ulangan setakat ini' },
  expectedCumulative: { en: 'Forecast so far', 'zh-TW': '累計預測', 'zh-CN': '累计预测', ms: 'Ramalan setakat ini' },
} satisfies Record<string, Localized>;

/** Model names are kept in the tab's detail rows only. */
const MODEL_NAMES: Record<string, string> = { bgnbd: 'BG/NBD', mbgnbd: 'MBG/NBD', pareto: 'Pareto/NBD', nbd: 'NBD' };

function candidateRow(c: CandidateCheck, used: boolean, lang: Lang): ReportCell[] {
  const name = c.name === 'pastPace' ? TEXT.pastPace[lang] : c.penalty > 0 ? format(TEXT.penalised, lang, { model: MODEL_NAMES[c.name] }) : MODEL_NAMES[c.name];
  if (!Number.isFinite(c.meanAbsoluteError)) {
    const why = c.failure && /ran off|Hessian/.test(c.failure) ? TEXT.notIdentified[lang] : TEXT.notFitted[lang];
    return [name, null, null, null, null, why];
  }
  return [name, c.meanAbsoluteError, c.expectedTotal, c.actualTotal, c.rankQuality, used ? TEXT.used[lang] : ''];
}

/**
 * The CLV model tab: the fitted parameters laid out for the cell functions (rows 1–3, when a model
 * is used), the check on the hidden recent past in plain words and as a table, and the two classic
 * check charts (Fader, Hardie & Lee 2005, figures 2 and 4; lifetimes' `plot_calibration_purchases_vs_holdout_purchases`).
 */
export function modelTab(report: ValueReport, lang: Lang): TabSpec {
  const f = report.forecast;
  const check = f.check;
  const sheet = `'${TAB_NAMES.model[lang]}'`;
  const blocks: Block[] = [];
  const charts: ChartSpec[] = [];
  let row = 1;
  if (f.basis === 'model' && f.model) {
    const names = Object.keys(f.model.params);
    const values = f.model.params as unknown as Record<string, number>;
    const params: ReportCell[][] = [['model', ...names], [f.model.model, ...names.map((k) => values[k])]];
    if (f.spend) params.push(['gamma-gamma', f.spend.p, f.spend.q, f.spend.gamma]);
    blocks.push({ row: 1, col: 1, values: params, header: true, formats: { 1: 'decimal', 2: 'decimal', 3: 'decimal', 4: 'decimal' } });
    row = 5;
  }
  const notes: string[] = [report.verdict(lang)];
  if (f.basis === 'model') notes.push(format(TEXT.formulas, lang, { sheet }), ...(f.spend ? [] : [TEXT.ownAverage[lang]]));
  blocks.push({ row, col: 1, values: notes.map((n) => [n]) });
  row += notes.length + 2;
  if (check) {
    const rows: ReportCell[][] = [[TEXT.forecast[lang], TEXT.error[lang], TEXT.expected[lang], TEXT.came[lang], TEXT.ranking[lang], TEXT.note[lang]]];
    for (const c of check.candidates) rows.push(candidateRow(c, c === f.used, lang));
    blocks.push({ row, col: 1, title: TEXT.checkTitle[lang], values: rows, header: true, formats: { 1: 'decimal', 2: 'integer', 3: 'integer', 4: 'decimal' } });
    row += rows.length + 2;
  }
  if (report.byFrequency.length) {
    const rows: ReportCell[][] = [[TEXT.repeatsBefore[lang], TEXT.customers[lang], TEXT.actualMean[lang], TEXT.modelMean[lang], TEXT.paceMean[lang]]];
    for (const b of report.byFrequency) rows.push([b.frequency, b.customers, b.actual, b.model, b.pastPace]);
    charts.push({ type: 'column', title: TEXT.byFrequencyTitle[lang], block: blocks.length, columns: [0, 2, 3, 4], anchor: { row, col: 8 } });
    blocks.push({ row, col: 1, title: TEXT.byFrequencyTitle[lang], values: rows, header: true, formats: { 0: 'text', 1: 'integer', 2: 'decimal', 3: 'decimal', 4: 'decimal' } });
    row += M.max(rows.length, 20) + 2;
  }
  if (report.tracking.length) {
    const rows: ReportCell[][] = [[TEXT.week[lang], TEXT.actualCumulative[lang], TEXT.expectedCumulative[lang]]];
    for (const p of report.tracking) rows.push([{ day: p.endDay - 1 }, p.actual, p.expected]);
    charts.push({ type: 'line', title: TEXT.trackingTitle[lang], block: blocks.length, columns: [0, 1, 2], anchor: { row, col: 8 } });
    blocks.push({ row, col: 1, title: TEXT.trackingTitle[lang], values: rows, header: true, formats: { 0: 'date', 1: 'integer', 2: 'decimal' } });
  }
  return { kind: 'model', name: TAB_NAMES.model[lang], blocks, charts, ...(f.basis === 'model' ? { frozenRows: 1 } : {}) };
}
