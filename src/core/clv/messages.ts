import type { Localized } from '../i18n';

/**
 * Why order rows cannot go into a CLV model, in the four languages: thrown as a `LocalizedError`,
 * so a custom function shows it in the spreadsheet's language. `{label}` names the caller (a
 * function name, or "orders"); a fit's reason is the optimiser's, given in English only.
 */
export const CLV_ERRORS = {
  notADate: {
    en: '{label}: the date in row {row} is not a date ("{value}")',
    'zh-TW': '{label}：第 {row} 列的「{value}」不是日期',
    'zh-CN': '{label}：第 {row} 行的“{value}”不是日期',
    ms: '{label}: "{value}" dalam baris {row} bukan tarikh',
  },
  ambiguousDate: {
    en: '{label}: the date "{value}" in row {row} could be day/month or month/day; use YYYY-MM-DD dates',
    'zh-TW': '{label}：第 {row} 列的日期「{value}」可能是日/月或月/日；請使用 YYYY-MM-DD 格式的日期',
    'zh-CN': '{label}：第 {row} 行的日期“{value}”可能是日/月或月/日；请使用 YYYY-MM-DD 格式的日期',
    ms: '{label}: tarikh "{value}" dalam baris {row} mungkin hari/bulan atau bulan/hari; gunakan tarikh YYYY-MM-DD',
  },
  emptyId: {
    en: '{label}: the customer id in row {row} is empty',
    'zh-TW': '{label}：第 {row} 列的顧客編號是空的',
    'zh-CN': '{label}：第 {row} 行的客户编号是空的',
    ms: '{label}: ID pelanggan dalam baris {row} kosong',
  },
  notAnAmount: {
    en: '{label}: the amount in row {row} is not a number ("{value}")',
    'zh-TW': '{label}：第 {row} 列的金額「{value}」不是數字',
    'zh-CN': '{label}：第 {row} 行的金额“{value}”不是数字',
    ms: '{label}: amaun "{value}" dalam baris {row} bukan nombor',
  },
  holdoutEnd: {
    en: 'calibrationAndHoldout: the holdout must end after the calibration period',
    'zh-TW': '驗證期必須在校準期之後結束',
    'zh-CN': '验证期必须在校准期之后结束',
    ms: 'tempoh ujian mesti berakhir selepas tempoh kalibrasi',
  },
  fewCustomers: {
    en: 'predicted CLV needs orders of at least 10 customers, got {count}',
    'zh-TW': '預測 CLV 至少需要 10 位顧客的訂單，目前只有 {count} 位',
    'zh-CN': '预测 CLV 至少需要 10 位客户的订单，目前只有 {count} 位',
    ms: 'ramalan CLV memerlukan pesanan daripada sekurang-kurangnya 10 pelanggan, diberi {count}',
  },
  noRepeats: {
    en: 'no customer has bought on two different days: nothing to learn repeat buying from',
    'zh-TW': '沒有顧客在兩個不同日子購買：無從得知回購習慣',
    'zh-CN': '没有客户在两个不同日子购买：无从得知复购习惯',
    ms: 'tiada pelanggan yang membeli pada dua hari berbeza: tiada corak belian berulang untuk dipelajari',
  },
  purchaseFit: {
    en: 'the {model} purchase model did not fit: {reason}',
    'zh-TW': '無法以這些訂單估計 {model} 購買模型',
    'zh-CN': '无法用这些订单估计 {model} 购买模型',
    ms: 'model pembelian {model} tidak dapat dianggarkan dengan pesanan ini',
  },
  spendFit: {
    en: 'the spend model did not fit: {reason}',
    'zh-TW': '無法以這些訂單估計消費模型',
    'zh-CN': '无法用这些订单估计消费模型',
    ms: 'model perbelanjaan tidak dapat dianggarkan dengan pesanan ini',
  },
} satisfies Record<string, Localized>;
