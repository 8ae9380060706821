/**
 * Localized errors of the survey and A/B test functions, for mistakes the numbers alone cannot
 * show: star ratings given to =NPS, rates typed where =AB_TEST wants counts. Shown in the
 * spreadsheet's language (or the function's `language` argument) after "FUNCTION: ".
 * Placeholders: {param}, {value}, {what}, {count}, {visitors}, {max}, {highest}, {csat}, {scale}.
 */
import type { Localized } from '../../core/i18n';

export const kpiErrorText = {
  rateAsCount: {
    en: '{param} is {value}, which looks like a rate; AB_TEST needs counts: the number of {what}, not a share',
    'zh-TW': '{param} 是 {value}，看起來是比率；AB_TEST 需要的是次數：{what}，而不是比例',
    'zh-CN': '{param} 是 {value}，看起来是比率；AB_TEST 需要的是次数：{what}，而不是比例',
    ms: '{param} ialah {value}, kelihatan seperti kadar; AB_TEST memerlukan bilangan: bilangan {what}, bukan bahagian',
  },
  countExample: {
    en: ' (e.g. {count} conversions for {value} of {visitors} visitors)',
    'zh-TW': '（例如 {visitors} 位訪客的 {value} 是 {count} 次轉換）',
    'zh-CN': '（例如 {visitors} 位访客的 {value} 是 {count} 次转化）',
    ms: ' (cth. {count} penukaran bagi {value} daripada {visitors} pelawat)',
  },
  conversions: { en: 'conversions', 'zh-TW': '轉換次數', 'zh-CN': '转化次数', ms: 'penukaran' },
  visitors: { en: 'visitors', 'zh-TW': '訪客人數', 'zh-CN': '访客人数', ms: 'pelawat' },
  ratingScale: {
    en: 'scores_range looks like 1–{max} ratings (no 0, highest {highest}), but NPS needs answers from 0 to 10; for ratings use {csat}, or give scale 10 if these are 0–10 answers',
    'zh-TW': 'scores_range 看起來是 1–{max} 分的評分（沒有 0，最高 {highest}），但 NPS 需要 0 到 10 分的回答；評分請用 {csat}，若這些確實是 0–10 分的回答，請將 scale 設為 10',
    'zh-CN': 'scores_range 看起来是 1–{max} 分的评分（没有 0，最高 {highest}），但 NPS 需要 0 到 10 分的回答；评分请用 {csat}，如果这些确实是 0–10 分的回答，请将 scale 设为 10',
    ms: 'scores_range kelihatan seperti penilaian 1–{max} (tiada 0, tertinggi {highest}), tetapi NPS memerlukan jawapan dari 0 hingga 10; untuk penilaian gunakan {csat}, atau beri scale 10 jika ini memang jawapan 0–10',
  },
  scaleNotTen: {
    en: 'scale must be 10, the 0–10 question NPS is asked on (got {scale}); for 1–5 or 1–7 ratings use =CSAT',
    'zh-TW': 'scale 必須是 10，即 NPS 所用的 0–10 分題目（收到 {scale}）；1–5 或 1–7 分的評分請用 =CSAT',
    'zh-CN': 'scale 必须是 10，即 NPS 所用的 0–10 分题目（收到 {scale}）；1–5 或 1–7 分的评分请用 =CSAT',
    ms: 'scale mestilah 10, soalan 0–10 yang digunakan NPS (diberi {scale}); untuk penilaian 1–5 atau 1–7 gunakan =CSAT',
  },
} satisfies Record<string, Localized>;
