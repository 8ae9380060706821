import type { Localized } from '../i18n';

/**
 * Sentences of the data-quality report (`check_*`, one per `CheckId`) and of blocking errors,
 * in English, Traditional Chinese (Taiwan), Simplified Chinese and Malay. Part of `PARSE_MESSAGES`.
 * English puts the count after a label ("Empty rows: 3") so one sentence fits 1 and many.
 * A `…NoColumn` sentence is used when the column has no header, or the sheet has no such column.
 */
export const QUALITY_MESSAGES = {
  // ---- data-quality checks ----
  check_errorCell: {
    en: 'Formula errors in “{column}”: {count}, such as {examples} (rows {rows}); those rows were left out',
    'zh-TW': '「{column}」有 {count} 個儲存格是公式錯誤，如 {examples}（第 {rows} 列）；這些列已排除',
    'zh-CN': '“{column}”有 {count} 个单元格是公式错误，如 {examples}（第 {rows} 行）；这些行已排除',
    ms: '{count} sel dalam “{column}” ialah ralat formula seperti {examples} (baris {rows}); baris tersebut diketepikan',
  },
  check_missingCustomerId: {
    en: 'Rows without a customer id in “{column}”: {count} (rows {rows}); left out',
    'zh-TW': '有 {count} 列的「{column}」沒有客戶編號（第 {rows} 列）；已排除',
    'zh-CN': '有 {count} 行的“{column}”没有客户编号（第 {rows} 行）；已排除',
    ms: '{count} baris tiada ID pelanggan dalam “{column}” (baris {rows}); baris tersebut diketepikan',
  },
  check_missingCustomerIdNoColumn: {
    en: 'Rows without a customer id: {count} (rows {rows}); left out',
    'zh-TW': '有 {count} 列沒有客戶編號（第 {rows} 列）；已排除',
    'zh-CN': '有 {count} 行没有客户编号（第 {rows} 行）；已排除',
    ms: '{count} baris tiada ID pelanggan (baris {rows}); baris tersebut diketepikan',
  },
  check_missingDate: {
    en: 'Rows without a date in “{column}”: {count} (rows {rows}); left out',
    'zh-TW': '有 {count} 列的「{column}」沒有日期（第 {rows} 列）；已排除',
    'zh-CN': '有 {count} 行的“{column}”没有日期（第 {rows} 行）；已排除',
    ms: '{count} baris tiada tarikh dalam “{column}” (baris {rows}); baris tersebut diketepikan',
  },
  check_missingDateNoColumn: {
    en: 'Rows without a date: {count} (rows {rows}); left out',
    'zh-TW': '有 {count} 列沒有日期（第 {rows} 列）；已排除',
    'zh-CN': '有 {count} 行没有日期（第 {rows} 行）；已排除',
    ms: '{count} baris tiada tarikh (baris {rows}); baris tersebut diketepikan',
  },
  check_unparseableDate: {
    en: 'Values in “{column}” that are not dates: {count}, such as {examples} (rows {rows}); those rows were left out',
    'zh-TW': '「{column}」有 {count} 個值不是日期，如 {examples}（第 {rows} 列）；這些列已排除',
    'zh-CN': '“{column}”有 {count} 个值不是日期，如 {examples}（第 {rows} 行）；这些行已排除',
    ms: '{count} nilai dalam “{column}” bukan tarikh, seperti {examples} (baris {rows}); baris tersebut diketepikan',
  },
  check_earlyDate: {
    en: 'Dates in “{column}” before 1900: {count}, such as {examples} (rows {rows}); 1899-12-30 is day 0 of Sheets, usually an empty or zero date cell; those rows were left out',
    'zh-TW': '「{column}」有 {count} 個日期早於 1900 年，如 {examples}（第 {rows} 列）；1899-12-30 是試算表的第 0 天，通常是空白或為 0 的日期儲存格；這些列已排除',
    'zh-CN': '“{column}”有 {count} 个日期早于 1900 年，如 {examples}（第 {rows} 行）；1899-12-30 是表格的第 0 天，通常是空白或为 0 的日期单元格；这些行已排除',
    ms: '{count} tarikh dalam “{column}” sebelum 1900, seperti {examples} (baris {rows}); 1899-12-30 ialah hari 0 Sheets, biasanya sel tarikh kosong atau sifar; baris tersebut diketepikan',
  },
  check_futureDate: {
    en: 'Orders in “{column}” dated after the analysis day: {count} (rows {rows}); left out',
    'zh-TW': '「{column}」有 {count} 筆訂單的日期晚於分析日（第 {rows} 列）；已排除',
    'zh-CN': '“{column}”有 {count} 笔订单的日期晚于分析日（第 {rows} 行）；已排除',
    ms: '{count} pesanan dalam “{column}” bertarikh selepas hari analisis (baris {rows}); pesanan tersebut diketepikan',
  },
  check_missingAmount: {
    en: 'Orders without an amount in “{column}”: {count} (rows {rows}); left out',
    'zh-TW': '有 {count} 筆訂單的「{column}」沒有金額（第 {rows} 列）；已排除',
    'zh-CN': '有 {count} 笔订单的“{column}”没有金额（第 {rows} 行）；已排除',
    ms: '{count} pesanan tiada amaun dalam “{column}” (baris {rows}); pesanan tersebut diketepikan',
  },
  check_unparseableAmount: {
    en: 'Values in “{column}” that are not amounts: {count}, such as {examples} (rows {rows}); those rows were left out',
    'zh-TW': '「{column}」有 {count} 個值不是金額，如 {examples}（第 {rows} 列）；這些列已排除',
    'zh-CN': '“{column}”有 {count} 个值不是金额，如 {examples}（第 {rows} 行）；这些行已排除',
    ms: '{count} nilai dalam “{column}” bukan amaun, seperti {examples} (baris {rows}); baris tersebut diketepikan',
  },
  check_beyondPrecision: {
    en: 'Amounts in “{column}” with more digits than can be added up exactly: {count}, such as {examples} (rows {rows}); those rows were left out',
    'zh-TW': '「{column}」有 {count} 個金額的位數多到無法精確加總，如 {examples}（第 {rows} 列）；這些列已排除',
    'zh-CN': '“{column}”有 {count} 个金额的位数多到无法精确加总，如 {examples}（第 {rows} 行）；这些行已排除',
    ms: '{count} amaun dalam “{column}” mempunyai terlalu banyak digit untuk dijumlahkan dengan tepat, seperti {examples} (baris {rows}); baris tersebut diketepikan',
  },
  check_unparseableNumber: {
    en: 'Values in “{column}” that could not be read: {count}, such as {examples} (rows {rows}); left empty',
    'zh-TW': '「{column}」有 {count} 個值無法讀取，如 {examples}（第 {rows} 列）；已視為空白',
    'zh-CN': '“{column}”有 {count} 个值无法读取，如 {examples}（第 {rows} 行）；已视为空白',
    ms: '{count} nilai dalam “{column}” tidak dapat dibaca, seperti {examples} (baris {rows}); dibiarkan kosong',
  },
  check_negativeAmount: {
    en: 'Rows with a negative amount in “{column}” and no refund status: {count} (rows {rows}); left out',
    'zh-TW': '有 {count} 列的「{column}」為負數但未標示退款（第 {rows} 列）；已排除',
    'zh-CN': '有 {count} 行的“{column}”为负数但未标示退款（第 {rows} 行）；已排除',
    ms: '{count} baris mempunyai amaun negatif dalam “{column}” tanpa status bayaran balik (baris {rows}); baris tersebut diketepikan',
  },
  check_zeroAmount: {
    en: 'Rows with an amount of 0 in “{column}”: {count} (rows {rows}); counted as orders with no spending',
    'zh-TW': '有 {count} 列的「{column}」金額為 0（第 {rows} 列）；計為訂單但消費為 0',
    'zh-CN': '有 {count} 行的“{column}”金额为 0（第 {rows} 行）；计为订单但消费为 0',
    ms: '{count} baris mempunyai amaun 0 dalam “{column}” (baris {rows}); dikira sebagai pesanan tanpa perbelanjaan',
  },
  check_refunded: {
    en: 'Refunded or cancelled rows: {count}, such as {examples} in “{column}” (rows {rows}); not counted as orders or spending',
    'zh-TW': '有 {count} 列是退款或取消，如「{column}」的 {examples}（第 {rows} 列）；不計入訂單次數與消費金額',
    'zh-CN': '有 {count} 行是退款或取消，如“{column}”的 {examples}（第 {rows} 行）；不计入订单次数与消费金额',
    ms: '{count} baris ialah bayaran balik atau pembatalan, seperti {examples} dalam “{column}” (baris {rows}); tidak dikira sebagai pesanan atau perbelanjaan',
  },
  check_exactDuplicate: {
    en: 'Rows that exactly copy an earlier row: {count} (rows {rows}); kept: delete them if they were entered twice',
    'zh-TW': '有 {count} 列與前面某列完全相同（第 {rows} 列）；已保留，若為重複輸入請刪除',
    'zh-CN': '有 {count} 行与前面某行完全相同（第 {rows} 行）；已保留，若为重复输入请删除',
    ms: '{count} baris ialah salinan tepat baris sebelumnya (baris {rows}); dikekalkan: padamkan jika dimasukkan dua kali',
  },
  check_repeatedOrderId: {
    en: 'Order ids in “{column}” on several rows: {count} (first rows {rows}); the rows of each were added up as one order',
    'zh-TW': '「{column}」有 {count} 個訂單編號出現在多列（首列為第 {rows} 列）；各自合併為一筆訂單',
    'zh-CN': '“{column}”有 {count} 个订单编号出现在多行（首行为第 {rows} 行）；各自合并为一笔订单',
    ms: '{count} ID pesanan dalam “{column}” muncul pada beberapa baris (baris pertama {rows}); baris tersebut dijumlahkan sebagai satu pesanan',
  },
  check_orderCustomerConflict: {
    en: 'Rows in “{column}” naming a different customer than the first row of the same order: {count} (rows {rows}); the first customer was kept',
    'zh-TW': '「{column}」有 {count} 列的客戶與同一訂單首列不同（第 {rows} 列）；採用首列的客戶',
    'zh-CN': '“{column}”有 {count} 行的客户与同一订单首行不同（第 {rows} 行）；采用首行的客户',
    ms: '{count} baris dalam “{column}” menamakan pelanggan berbeza daripada baris pertama pesanan yang sama (baris {rows}); pelanggan pertama dikekalkan',
  },
  check_customerIdFromOrder: {
    en: 'Rows without a customer id in “{column}” that belong to an order with one: {count} (rows {rows}); that customer was used',
    'zh-TW': '有 {count} 列的「{column}」沒有客戶編號，但所屬訂單有（第 {rows} 列）；採用該客戶',
    'zh-CN': '有 {count} 行的“{column}”没有客户编号，但所属订单有（第 {rows} 行）；采用该客户',
    ms: '{count} baris tiada ID pelanggan dalam “{column}” tetapi tergolong dalam pesanan yang mempunyainya (baris {rows}); pelanggan itu digunakan',
  },
  check_missingOrderId: {
    en: 'Rows without an order id in “{column}”: {count} (rows {rows}); each counted as its own order',
    'zh-TW': '有 {count} 列的「{column}」沒有訂單編號（第 {rows} 列）；各自算作一筆訂單',
    'zh-CN': '有 {count} 行的“{column}”没有订单编号（第 {rows} 行）；各自算作一笔订单',
    ms: '{count} baris tiada ID pesanan dalam “{column}” (baris {rows}); setiap satu dikira sebagai pesanan tersendiri',
  },
  check_mixedTypes: {
    en: '“{column}” mixes kinds of values ({examples}; rows {rows}); all were read, please check they mean the same',
    'zh-TW': '「{column}」混有不同類型的值（{examples}；第 {rows} 列）；均已讀取，請確認意義一致',
    'zh-CN': '“{column}”混有不同类型的值（{examples}；第 {rows} 行）；均已读取，请确认含义一致',
    ms: '“{column}” mencampurkan jenis nilai ({examples}; baris {rows}); semua dibaca, sila semak maksudnya sama',
  },
  check_mixedCurrency: {
    en: '“{column}” mixes currencies ({examples}; rows {rows}); amounts were added without conversion',
    'zh-TW': '「{column}」混有多種幣別（{examples}；第 {rows} 列）；金額未換算直接加總',
    'zh-CN': '“{column}”混有多种币种（{examples}；第 {rows} 行）；金额未换算直接加总',
    ms: '“{column}” bercampur mata wang ({examples}; baris {rows}); amaun dijumlahkan tanpa penukaran',
  },
  check_blankRows: {
    en: 'Empty rows: {count} (rows {rows}); skipped',
    'zh-TW': '有 {count} 列是空白（第 {rows} 列）；已略過',
    'zh-CN': '有 {count} 行是空白（第 {rows} 行）；已跳过',
    ms: '{count} baris kosong (baris {rows}); dilangkau',
  },
  check_duplicateCustomerId: {
    en: 'Rows repeating a customer id of “{column}”: {count} (rows {rows}); only the first row of each customer was used',
    'zh-TW': '有 {count} 列的「{column}」客戶編號重複（第 {rows} 列）；每位客戶只採用第一列',
    'zh-CN': '有 {count} 行的“{column}”客户编号重复（第 {rows} 行）；每位客户只采用第一行',
    ms: '{count} baris mengulangi ID pelanggan “{column}” yang sudah disenaraikan (baris {rows}); hanya baris pertama setiap pelanggan digunakan',
  },
  check_noOrders: {
    en: 'Customers with no purchase yet: {count} (rows {rows}); not in the customer table',
    'zh-TW': '有 {count} 位客戶尚無購買紀錄（第 {rows} 列）；未列入客戶表',
    'zh-CN': '有 {count} 位客户尚无购买记录（第 {rows} 行）；未列入客户表',
    ms: '{count} pelanggan belum membuat pembelian (baris {rows}); tiada dalam jadual pelanggan',
  },
  // ---- blocking errors ----
  emptySheet: {
    en: 'The sheet is empty: there is nothing to read',
    'zh-TW': '工作表是空的：沒有可讀取的資料',
    'zh-CN': '工作表是空的：没有可读取的数据',
    ms: 'Helaian kosong: tiada apa untuk dibaca',
  },
  headerOnly: {
    en: 'The sheet has a header row (row {row}) but no data under it',
    'zh-TW': '工作表只有標題列（第 {row} 列），下方沒有資料',
    'zh-CN': '工作表只有标题行（第 {row} 行），下方没有数据',
    ms: 'Helaian mempunyai baris tajuk (baris {row}) tetapi tiada data di bawahnya',
  },
  noColumns: {
    en: 'No column could be recognised (headers: {headers}); choose the customer, date and amount columns',
    'zh-TW': '無法辨識任何欄位（標題：{headers}）；請選擇客戶、日期與金額欄',
    'zh-CN': '无法识别任何列（标题：{headers}）；请选择客户、日期与金额列',
    ms: 'Tiada lajur dapat dikenal pasti (tajuk: {headers}); pilih lajur pelanggan, tarikh dan amaun',
  },
  noCustomerId: {
    en: 'No customer column found (headers: {headers}); choose the column that identifies the customer',
    'zh-TW': '找不到客戶欄（標題：{headers}）；請選擇識別客戶的欄位',
    'zh-CN': '找不到客户列（标题：{headers}）；请选择识别客户的列',
    ms: 'Lajur pelanggan tidak ditemui (tajuk: {headers}); pilih lajur yang mengenal pasti pelanggan',
  },
  noOrderDate: {
    en: 'No order date column found (headers: {headers}); choose the column with the order dates',
    'zh-TW': '找不到訂單日期欄（標題：{headers}）；請選擇訂單日期所在的欄位',
    'zh-CN': '找不到订单日期列（标题：{headers}）；请选择订单日期所在的列',
    ms: 'Lajur tarikh pesanan tidak ditemui (tajuk: {headers}); pilih lajur tarikh pesanan',
  },
  amountHeaderNotAmounts: {
    en: '“{header}” looks like the order amount by its header, but too few of its values are amounts, so spend would be 0 for everyone; fix the values or choose the amount column',
    'zh-TW': '「{header}」的標題看似訂單金額，但其中是金額的值太少，消費金額會全部變成 0；請修正數值或選擇金額欄',
    'zh-CN': '“{header}”的标题看似订单金额，但其中是金额的值太少，消费金额会全部变成 0；请修正数值或选择金额列',
    ms: '“{header}” kelihatan seperti amaun pesanan daripada tajuknya, tetapi terlalu sedikit nilainya ialah amaun, jadi perbelanjaan menjadi 0 bagi semua; betulkan nilai atau pilih lajur amaun',
  },
  noLastOrderDate: {
    en: 'One row per customer, but no last order date column (headers: {headers}); choose it so recency can be computed',
    'zh-TW': '每列一位客戶，但找不到最後購買日期欄（標題：{headers}）；請選擇以計算最近購買間隔',
    'zh-CN': '每行一位客户，但找不到最后购买日期列（标题：{headers}）；请选择以计算最近购买间隔',
    ms: 'Satu baris bagi setiap pelanggan, tetapi tiada lajur tarikh pesanan terakhir (tajuk: {headers}); pilihnya supaya kebaruan dapat dikira',
  },
  allDatesUnparseable: {
    en: 'No value in “{header}” is a date, such as {examples} (rows {rows}); check the column or choose another',
    'zh-TW': '「{header}」沒有任何值是日期，如 {examples}（第 {rows} 列）；請檢查該欄或改選其他欄',
    'zh-CN': '“{header}”没有任何值是日期，如 {examples}（第 {rows} 行）；请检查该列或改选其他列',
    ms: 'Tiada nilai dalam “{header}” ialah tarikh, seperti {examples} (baris {rows}); semak lajur atau pilih yang lain',
  },
  allAmountsUnparseable: {
    en: 'No value in “{header}” is an amount, such as {examples} (rows {rows}); check the column or choose another',
    'zh-TW': '「{header}」沒有任何值是金額，如 {examples}（第 {rows} 列）；請檢查該欄或改選其他欄',
    'zh-CN': '“{header}”没有任何值是金额，如 {examples}（第 {rows} 行）；请检查该列或改选其他列',
    ms: 'Tiada nilai dalam “{header}” ialah amaun, seperti {examples} (baris {rows}); semak lajur atau pilih yang lain',
  },
  mappingOutOfRange: {
    en: 'The column chosen for {role} (number {column}) is outside the sheet, which has {width} columns',
    'zh-TW': '為 {role} 選擇的欄（第 {column} 欄）超出工作表範圍（共 {width} 欄）',
    'zh-CN': '为 {role} 选择的列（第 {column} 列）超出工作表范围（共 {width} 列）',
    ms: 'Lajur yang dipilih untuk {role} (nombor {column}) berada di luar helaian, yang mempunyai {width} lajur',
  },
  noValidOrders: {
    en: 'No row could be read as an order: see the data-quality report for the reasons',
    'zh-TW': '沒有任何列能讀成訂單：原因請見資料品質報告',
    'zh-CN': '没有任何行能读成订单：原因请见数据质量报告',
    ms: 'Tiada baris dapat dibaca sebagai pesanan: lihat laporan kualiti data untuk sebabnya',
  },
} satisfies Record<string, Localized>;
