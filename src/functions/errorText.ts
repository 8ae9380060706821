/**
 * The custom functions' errors, shown after "FUNCTION: " in the spreadsheet's language (the KPI
 * functions' own are in kpi/errorText.ts). Parameter names (recency, new_customers), labels of
 * fitted parameters (alpha, gamma) and values to type ("week", "bgnbd") stay as Sheets and the
 * functions read them. `{place}` is a row of the range (`row`, `rowOfRange`, `cellOfRange`) or
 * nothing; `{value}` is what was given.
 */
import type { Localized } from '../core/i18n';

/** Errors of the argument readers every function uses (args.ts). */
export const ARG_ERRORS = {
  row: { en: ' (row {row})', 'zh-TW': '（第 {row} 列）', 'zh-CN': '（第 {row} 行）', ms: ' (baris {row})' },
  rowOfRange: { en: ' (row {row} of the range)', 'zh-TW': '（範圍第 {row} 列）', 'zh-CN': '（范围第 {row} 行）', ms: ' (baris {row} julat)' },
  cellOfRange: { en: ' (row {row}, column {col} of the range)', 'zh-TW': '（範圍第 {row} 列第 {col} 欄）', 'zh-CN': '（范围第 {row} 行第 {col} 列）', ms: ' (baris {row}, lajur {col} julat)' },
  errorCell: { en: '{param} is an error cell ({value}){place}', 'zh-TW': '{param} 是錯誤儲存格（{value}）{place}', 'zh-CN': '{param} 是错误单元格（{value}）{place}', ms: '{param} ialah sel ralat ({value}){place}' },
  notFinite: {
    en: 'the result is not a finite number (an input is too large, too small or makes a division by 0){place}',
    'zh-TW': '結果不是有限的數字（有輸入值太大、太小，或造成除以 0）{place}',
    'zh-CN': '结果不是有限的数字（有输入值太大、太小，或造成除以 0）{place}',
    ms: 'hasilnya bukan nombor terhingga (satu input terlalu besar, terlalu kecil atau menyebabkan pembahagian dengan 0){place}',
  },
  required: { en: '{param} is required{place}', 'zh-TW': '{param} 為必填{place}', 'zh-CN': '{param} 为必填项{place}', ms: '{param} diperlukan{place}' },
  notNumber: { en: '{param} must be a number, got "{value}"{place}', 'zh-TW': '{param} 必須是數字，收到「{value}」{place}', 'zh-CN': '{param} 必须是数字，收到“{value}”{place}', ms: '{param} mestilah nombor, diberi "{value}"{place}' },
  notDate: { en: '{param} must be a date, got "{value}"{place}', 'zh-TW': '{param} 必須是日期，收到「{value}」{place}', 'zh-CN': '{param} 必须是日期，收到“{value}”{place}', ms: '{param} mestilah tarikh, diberi "{value}"{place}' },
  ambiguousDate: {
    en: '{param} "{value}" could be day/month or month/day; use a date cell or YYYY-MM-DD{place}',
    'zh-TW': '{param}「{value}」可能是日/月或月/日；請使用日期儲存格或 YYYY-MM-DD{place}',
    'zh-CN': '{param}“{value}”可能是日/月或月/日；请使用日期单元格或 YYYY-MM-DD{place}',
    ms: '{param} "{value}" mungkin hari/bulan atau bulan/hari; gunakan sel tarikh atau YYYY-MM-DD{place}',
  },
  empty: { en: '{param} is empty{place}', 'zh-TW': '{param} 是空的{place}', 'zh-CN': '{param} 是空的{place}', ms: '{param} kosong{place}' },
  notSingleValue: {
    en: '{param} must be a single value, got a range of {count} cells',
    'zh-TW': '{param} 必須是單一值，收到的是 {count} 個儲存格的範圍',
    'zh-CN': '{param} 必须是单个值，收到的是 {count} 个单元格的范围',
    ms: '{param} mestilah satu nilai, diberi julat {count} sel',
  },
  notSingleDate: {
    en: '{param} must be a single date, got a range of {count} cells',
    'zh-TW': '{param} 必須是單一日期，收到的是 {count} 個儲存格的範圍',
    'zh-CN': '{param} 必须是单个日期，收到的是 {count} 个单元格的范围',
    ms: '{param} mestilah satu tarikh, diberi julat {count} sel',
  },
  sizes: {
    en: '{param} has {count} cells but {other} has {otherCount}; use ranges of the same size',
    'zh-TW': '{param} 有 {count} 個儲存格，但 {other} 有 {otherCount} 個；請使用大小相同的範圍',
    'zh-CN': '{param} 有 {count} 个单元格，但 {other} 有 {otherCount} 个；请使用大小相同的范围',
    ms: '{param} mempunyai {count} sel tetapi {other} mempunyai {otherCount}; gunakan julat yang sama saiz',
  },
  language: {
    en: 'language must be en, zh-TW, zh-CN or ms, got "{value}"',
    'zh-TW': 'language 必須是 en、zh-TW、zh-CN 或 ms，收到「{value}」',
    'zh-CN': 'language 必须是 en、zh-TW、zh-CN 或 ms，收到“{value}”',
    ms: 'language mestilah en, zh-TW, zh-CN atau ms, diberi "{value}"',
  },
  noRows: { en: '{param} has no rows', 'zh-TW': '{param} 沒有任何資料列', 'zh-CN': '{param} 没有任何数据行', ms: '{param} tiada baris' },
} satisfies Record<string, Localized>;

/** What a number argument's check can say, after the parameter's name ("months must be between 0 and 600"). */
export const NUMBER_PROBLEMS = {
  negative: { en: 'must be ≥ 0', 'zh-TW': '必須 ≥ 0', 'zh-CN': '必须 ≥ 0', ms: 'mestilah ≥ 0' },
  notWhole: { en: 'must be a whole number ≥ 0', 'zh-TW': '必須是 ≥ 0 的整數', 'zh-CN': '必须是 ≥ 0 的整数', ms: 'mestilah nombor bulat ≥ 0' },
  months: { en: 'must be between 0 and 600', 'zh-TW': '必須介於 0 與 600 之間', 'zh-CN': '必须介于 0 和 600 之间', ms: 'mestilah antara 0 dan 600' },
  discount: { en: 'must be between 0 and 1 (e.g. 1%)', 'zh-TW': '必須介於 0 與 1 之間（例如 1%）', 'zh-CN': '必须介于 0 和 1 之间（例如 1%）', ms: 'mestilah antara 0 dan 1 (cth. 1%)' },
  periods: { en: 'must be a whole number between 1 and 5000', 'zh-TW': '必須是 1 到 5000 之間的整數', 'zh-CN': '必须是 1 到 5000 之间的整数', ms: 'mestilah nombor bulat antara 1 dan 5000' },
} satisfies Record<string, Localized>;

/** Errors of =RFM_SCORE and =RFM_THRESHOLDS. */
export const RFM_ERRORS = {
  negativeFrequency: { en: 'frequency must be 0 or more, got {value}{place}', 'zh-TW': 'frequency 必須是 0 或以上，收到 {value}{place}', 'zh-CN': 'frequency 必须是 0 或以上，收到 {value}{place}', ms: 'frequency mestilah 0 atau lebih, diberi {value}{place}' },
  analysisDate: {
    en: 'analysis_date is required when recency holds dates and bins is a thresholds table',
    'zh-TW': 'recency 是日期、bins 是門檻表時，analysis_date 為必填',
    'zh-CN': 'recency 是日期、bins 是阈值表时，analysis_date 为必填项',
    ms: 'analysis_date diperlukan apabila recency mengandungi tarikh dan bins ialah jadual ambang',
  },
  thresholdRow: {
    en: 'bins: the thresholds row "{key}" needs a score and a "from" number',
    'zh-TW': 'bins：門檻表的「{key}」列需要分數與下限數字',
    'zh-CN': 'bins：阈值表的“{key}”行需要分数和下限数字',
    ms: 'bins: baris ambang "{key}" memerlukan skor dan nombor "dari"',
  },
  thresholdsMissing: {
    en: 'bins: the thresholds table has no {key} rows; pass the whole table RFM_THRESHOLDS returned',
    'zh-TW': 'bins：門檻表中沒有 {key} 的列；請傳入 RFM_THRESHOLDS 傳回的整個表格',
    'zh-CN': 'bins：阈值表中没有 {key} 的行；请传入 RFM_THRESHOLDS 返回的整个表格',
    ms: 'bins: jadual ambang tiada baris {key}; beri seluruh jadual yang dipulangkan oleh RFM_THRESHOLDS',
  },
  output: { en: 'output must be one of {choices}, got "{value}"', 'zh-TW': 'output 必須是 {choices} 其中之一，收到「{value}」', 'zh-CN': 'output 必须是 {choices} 之一，收到“{value}”', ms: 'output mestilah salah satu daripada {choices}, diberi "{value}"' },
  binsRange: {
    en: 'bins must be one number or the table RFM_THRESHOLDS returned, got a range of {count} cells',
    'zh-TW': 'bins 必須是一個數字或 RFM_THRESHOLDS 傳回的表格，收到的是 {count} 個儲存格的範圍',
    'zh-CN': 'bins 必须是一个数字或 RFM_THRESHOLDS 返回的表格，收到的是 {count} 个单元格的范围',
    ms: 'bins mestilah satu nombor atau jadual yang dipulangkan oleh RFM_THRESHOLDS, diberi julat {count} sel',
  },
  bins: { en: 'bins must be a whole number from 2 to 9, got {value}', 'zh-TW': 'bins 必須是 2 到 9 的整數，收到 {value}', 'zh-CN': 'bins 必须是 2 到 9 的整数，收到 {value}', ms: 'bins mestilah nombor bulat dari 2 hingga 9, diberi {value}' },
  oneCustomer: {
    en: 'to score one customer, pass the table RFM_THRESHOLDS returned as bins (scores are relative to all customers)',
    'zh-TW': '要為單一顧客評分，請將 RFM_THRESHOLDS 傳回的表格傳入 bins（分數是相對於全體顧客而定）',
    'zh-CN': '要为单个客户评分，请将 RFM_THRESHOLDS 返回的表格传入 bins（分数是相对于全体客户而定的）',
    ms: 'untuk memberi skor kepada seorang pelanggan, beri jadual yang dipulangkan oleh RFM_THRESHOLDS sebagai bins (skor adalah relatif kepada semua pelanggan)',
  },
} satisfies Record<string, Localized>;

/** Errors of the CLV functions (clv.ts, clvFormulas.ts, clvTables.ts, bgbb.ts). */
export const CLV_FUNCTION_ERRORS = {
  model: { en: 'model must be {choices}, got "{value}"', 'zh-TW': 'model 必須是 {choices}，收到「{value}」', 'zh-CN': 'model 必须是 {choices}，收到“{value}”', ms: 'model mestilah {choices}, diberi "{value}"' },
  paramsRequired: { en: '{param} is required ({names})', 'zh-TW': '{param} 為必填（{names}）', 'zh-CN': '{param} 为必填项（{names}）', ms: '{param} diperlukan ({names})' },
  noLabel: { en: '{param} needs {names}; no "{name}" label found', 'zh-TW': '{param} 需要 {names}；找不到「{name}」標籤', 'zh-CN': '{param} 需要 {names}；找不到“{name}”标签', ms: '{param} memerlukan {names}; tiada label "{name}" ditemui' },
  paramCount: { en: '{param} needs {names}, got {count} values', 'zh-TW': '{param} 需要 {names}，只收到 {count} 個值', 'zh-CN': '{param} 需要 {names}，只收到 {count} 个值', ms: '{param} memerlukan {names}, diberi {count} nilai' },
  paramErrorCell: { en: '{param}: {name} is an error cell ({value})', 'zh-TW': '{param}：{name} 是錯誤儲存格（{value}）', 'zh-CN': '{param}：{name} 是错误单元格（{value}）', ms: '{param}: {name} ialah sel ralat ({value})' },
  paramNotPositive: { en: '{param}: {name} must be a number > 0, got "{value}"', 'zh-TW': '{param}：{name} 必須是大於 0 的數字，收到「{value}」', 'zh-CN': '{param}：{name} 必须是大于 0 的数字，收到“{value}”', ms: '{param}: {name} mestilah nombor > 0, diberi "{value}"' },
  wholeFrequency: {
    en: 'frequency{place} must be a whole number of repeat purchases, got {value}',
    'zh-TW': 'frequency{place} 必須是回購次數（整數），收到 {value}',
    'zh-CN': 'frequency{place} 必须是复购次数（整数），收到 {value}',
    ms: 'frequency{place} mestilah nombor bulat pembelian berulang, diberi {value}',
  },
  recencyOverT: { en: 'recency{place} ({value}) must not exceed T ({age})', 'zh-TW': 'recency{place}（{value}）不能大於 T（{age}）', 'zh-CN': 'recency{place}（{value}）不能大于 T（{age}）', ms: 'recency{place} ({value}) tidak boleh melebihi T ({age})' },
  unit: {
    en: 'unit must be "week" or "day" (the unit of recency, T and the fitted parameters), got "{value}"',
    'zh-TW': 'unit 必須是「week」或「day」（recency、T 與擬合參數的時間單位），收到「{value}」',
    'zh-CN': 'unit 必须是“week”或“day”（recency、T 和拟合参数的时间单位），收到“{value}”',
    ms: 'unit mestilah "week" atau "day" (unit masa bagi recency, T dan parameter yang dipadankan), diberi "{value}"',
  },
  idsDatesSizes: { en: 'customer_ids, dates must be ranges of the same size', 'zh-TW': 'customer_ids 與 dates 必須是大小相同的範圍', 'zh-CN': 'customer_ids 和 dates 必须是大小相同的范围', ms: 'customer_ids dan dates mestilah julat yang sama saiz' },
  ordersSizes: {
    en: 'customer_ids, dates and amounts must be ranges of the same size',
    'zh-TW': 'customer_ids、dates 與 amounts 必須是大小相同的範圍',
    'zh-CN': 'customer_ids、dates 和 amounts 必须是大小相同的范围',
    ms: 'customer_ids, dates dan amounts mestilah julat yang sama saiz',
  },
  spendQ: { en: 'spend_params: q must be > 1 for a finite mean spend', 'zh-TW': 'spend_params：q 必須大於 1，平均消費才是有限值', 'zh-CN': 'spend_params：q 必须大于 1，平均消费才是有限值', ms: 'spend_params: q mestilah > 1 supaya purata perbelanjaan terhingga' },
  countModel: {
    en: 'model must be bgnbd or mbgnbd (P(X(t) = n) is not offered for {model}), got "{value}"',
    'zh-TW': 'model 必須是 bgnbd 或 mbgnbd（{model} 不提供 P(X(t) = n)），收到「{value}」',
    'zh-CN': 'model 必须是 bgnbd 或 mbgnbd（{model} 不提供 P(X(t) = n)），收到“{value}”',
    ms: 'model mestilah bgnbd atau mbgnbd (P(X(t) = n) tidak ditawarkan untuk {model}), diberi "{value}"',
  },
  monetaryWithRepeats: {
    en: 'monetary{place} must be > 0 when frequency is {value}',
    'zh-TW': 'frequency 為 {value} 時，monetary{place} 必須大於 0',
    'zh-CN': 'frequency 为 {value} 时，monetary{place} 必须大于 0',
    ms: 'monetary{place} mestilah > 0 apabila frequency ialah {value}',
  },
  noOrderRows: { en: 'no order rows', 'zh-TW': '沒有任何訂單列', 'zh-CN': '没有任何订单行', ms: 'tiada baris pesanan' },
  noOrdersBy: { en: 'no orders on or before {param} ({date})', 'zh-TW': '{param}（{date}）當天或之前沒有任何訂單', 'zh-CN': '{param}（{date}）当天或之前没有任何订单', ms: 'tiada pesanan pada atau sebelum {param} ({date})' },
  calibrationEnd: {
    en: 'calibration_end is required (the last day of the calibration period)',
    'zh-TW': 'calibration_end 為必填（校準期的最後一天）',
    'zh-CN': 'calibration_end 为必填项（校准期的最后一天）',
    ms: 'calibration_end diperlukan (hari terakhir tempoh kalibrasi)',
  },
  observationEnd: {
    en: 'observation_end ({end}) must be after calibration_end ({cal})',
    'zh-TW': 'observation_end（{end}）必須晚於 calibration_end（{cal}）',
    'zh-CN': 'observation_end（{end}）必须晚于 calibration_end（{cal}）',
    ms: 'observation_end ({end}) mestilah selepas calibration_end ({cal})',
  },
  periods: { en: 'periods is required (the number of periods to track)', 'zh-TW': 'periods 為必填（要追蹤的期數）', 'zh-CN': 'periods 为必填项（要跟踪的期数）', ms: 'periods diperlukan (bilangan tempoh untuk dijejaki)' },
  frequencyOverRecency: {
    en: 'frequency{place} ({value}) must not exceed recency ({recency}), the opportunity of the last transaction',
    'zh-TW': 'frequency{place}（{value}）不能大於 recency（{recency}），也就是最後一次交易的機會序號',
    'zh-CN': 'frequency{place}（{value}）不能大于 recency（{recency}），也就是最后一次交易的机会序号',
    ms: 'frequency{place} ({value}) tidak boleh melebihi recency ({recency}), iaitu peluang transaksi terakhir',
  },
  recencyOverPeriods: { en: 'recency{place} ({value}) must not exceed periods ({periods})', 'zh-TW': 'recency{place}（{value}）不能大於 periods（{periods}）', 'zh-CN': 'recency{place}（{value}）不能大于 periods（{periods}）', ms: 'recency{place} ({value}) tidak boleh melebihi periods ({periods})' },
} satisfies Record<string, Localized>;

/** Errors of =CLUSTER. */
export const CLUSTER_ERRORS = {
  range: {
    en: 'range is required: select a block of numbers, one row per customer',
    'zh-TW': 'range 為必填：請選取一個數字區塊，每位顧客一列',
    'zh-CN': 'range 为必填项：请选取一个数字区域，每位客户一行',
    ms: 'range diperlukan: pilih satu blok nombor, satu baris bagi setiap pelanggan',
  },
  emptyCell: {
    en: 'range has an empty cell{place}; fill it or leave the whole row empty',
    'zh-TW': 'range 有空白儲存格{place}；請填入數值，或讓整列留空',
    'zh-CN': 'range 有空白单元格{place}；请填入数值，或让整行留空',
    ms: 'range mempunyai sel kosong{place}; isikannya atau biarkan seluruh baris kosong',
  },
  notNumber: { en: 'range must hold numbers, got "{value}"{place}', 'zh-TW': 'range 必須是數字，收到「{value}」{place}', 'zh-CN': 'range 必须是数字，收到“{value}”{place}', ms: 'range mestilah mengandungi nombor, diberi "{value}"{place}' },
  k: { en: 'k must be a whole number from 2 to {max}, got {value}', 'zh-TW': 'k 必須是 2 到 {max} 的整數，收到 {value}', 'zh-CN': 'k 必须是 2 到 {max} 的整数，收到 {value}', ms: 'k mestilah nombor bulat dari 2 hingga {max}, diberi {value}' },
  fewRows: {
    en: 'range needs at least 3 filled rows to cluster, got {count}',
    'zh-TW': 'range 至少需要 3 列有資料才能分群，只有 {count} 列',
    'zh-CN': 'range 至少需要 3 行有数据才能聚类，只有 {count} 行',
    ms: 'range memerlukan sekurang-kurangnya 3 baris berisi untuk dikelompokkan, diberi {count}',
  },
} satisfies Record<string, Localized>;

/** Errors of =CAC. */
export const CAC_ERRORS = {
  type: {
    en: 'organic_or_paid must be "organic" or "paid", got "{value}"{place}',
    'zh-TW': 'organic_or_paid 必須是「自然」或「付費」，收到「{value}」{place}',
    'zh-CN': 'organic_or_paid 必须是“自然”或“付费”，收到“{value}”{place}',
    ms: 'organic_or_paid mestilah "organik" atau "berbayar", diberi "{value}"{place}',
  },
  ranges: {
    en: 'with channels or organic_or_paid, marketing_and_sales_cost and new_customers must be ranges of the same size',
    'zh-TW': '使用 channels 或 organic_or_paid 時，marketing_and_sales_cost 與 new_customers 必須是大小相同的範圍',
    'zh-CN': '使用 channels 或 organic_or_paid 时，marketing_and_sales_cost 和 new_customers 必须是大小相同的范围',
    ms: 'dengan channels atau organic_or_paid, marketing_and_sales_cost dan new_customers mestilah julat yang sama saiz',
  },
} satisfies Record<string, Localized>;
