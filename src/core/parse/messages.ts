import type { Localized } from '../i18n';
import { ENGINE_MESSAGES } from './engineMessages';
import { QUALITY_MESSAGES } from './qualityMessages';

/**
 * Every sentence the sheet reader produces, in English, Traditional Chinese (Taiwan),
 * Simplified Chinese and Malay. `{name}` placeholders are filled by `format`.
 * Reasons explain a detected column, notes and decisions explain parsing choices,
 * `check_*` describe data-quality findings and the rest are blocking errors.
 */
export const PARSE_MESSAGES = {
  // ---- why a column got its role ----
  reasonExport: {
    en: 'Column “{header}” of a {format} export',
    'zh-TW': '{format} 匯出檔的「{header}」欄',
    'zh-CN': '{format} 导出文件的“{header}”列',
    ms: 'Lajur “{header}” daripada eksport {format}',
  },
  reasonHeaderExact: {
    en: 'Header “{header}”',
    'zh-TW': '標題為「{header}」',
    'zh-CN': '标题为“{header}”',
    ms: 'Tajuk “{header}”',
  },
  reasonHeaderContains: {
    en: 'Header “{header}” contains “{word}”',
    'zh-TW': '標題「{header}」含有「{word}」',
    'zh-CN': '标题“{header}”含有“{word}”',
    ms: 'Tajuk “{header}” mengandungi “{word}”',
  },
  reasonValuesDates: {
    en: 'Header “{header}” and {percent}% of its values are dates',
    'zh-TW': '標題「{header}」，且 {percent}% 的值是日期',
    'zh-CN': '标题“{header}”，且 {percent}% 的值是日期',
    ms: 'Tajuk “{header}” dan {percent}% nilainya ialah tarikh',
  },
  reasonValuesNumbers: {
    en: 'Header “{header}” and {percent}% of its values are numbers',
    'zh-TW': '標題「{header}」，且 {percent}% 的值是數字',
    'zh-CN': '标题“{header}”，且 {percent}% 的值是数字',
    ms: 'Tajuk “{header}” dan {percent}% nilainya ialah nombor',
  },
  reasonValuesEmails: {
    en: 'Header “{header}” and {percent}% of its values are email addresses',
    'zh-TW': '標題「{header}」，且 {percent}% 的值是電子郵件地址',
    'zh-CN': '标题“{header}”，且 {percent}% 的值是电子邮件地址',
    ms: 'Tajuk “{header}” dan {percent}% nilainya ialah alamat e-mel',
  },
  reasonHeaderNotDates: {
    en: 'Header “{header}” suggests dates, but only {percent}% of its values are dates',
    'zh-TW': '標題「{header}」看似日期，但只有 {percent}% 的值是日期',
    'zh-CN': '标题“{header}”看似日期，但只有 {percent}% 的值是日期',
    ms: 'Tajuk “{header}” menunjukkan tarikh, tetapi hanya {percent}% nilainya ialah tarikh',
  },
  reasonHeaderNotNumbers: {
    en: 'Header “{header}” suggests numbers, but only {percent}% of its values are numbers',
    'zh-TW': '標題「{header}」看似數字，但只有 {percent}% 的值是數字',
    'zh-CN': '标题“{header}”看似数字，但只有 {percent}% 的值是数字',
    ms: 'Tajuk “{header}” menunjukkan nombor, tetapi hanya {percent}% nilainya ialah nombor',
  },
  reasonHeaderNotEmails: {
    en: 'Header “{header}” suggests email, but only {percent}% of its values are email addresses',
    'zh-TW': '標題「{header}」看似電子郵件，但只有 {percent}% 的值是電子郵件地址',
    'zh-CN': '标题“{header}”看似电子邮件，但只有 {percent}% 的值是电子邮件地址',
    ms: 'Tajuk “{header}” menunjukkan e-mel, tetapi hanya {percent}% nilainya ialah alamat e-mel',
  },
  reasonContentEmails: {
    en: '{percent}% of the values in “{header}” are email addresses',
    'zh-TW': '「{header}」中 {percent}% 的值是電子郵件地址',
    'zh-CN': '“{header}”中 {percent}% 的值是电子邮件地址',
    ms: '{percent}% nilai dalam “{header}” ialah alamat e-mel',
  },
  reasonContentDates: {
    en: '{percent}% of the values in “{header}” are dates',
    'zh-TW': '「{header}」中 {percent}% 的值是日期',
    'zh-CN': '“{header}”中 {percent}% 的值是日期',
    ms: '{percent}% nilai dalam “{header}” ialah tarikh',
  },
  reasonContentIds: {
    en: '“{header}” repeats like a customer id (no header row: please confirm)',
    'zh-TW': '「{header}」的值重複出現，像客戶編號（沒有標題列，請確認）',
    'zh-CN': '“{header}”的值重复出现，像客户编号（没有标题行，请确认）',
    ms: '“{header}” berulang seperti ID pelanggan (tiada baris tajuk: sila sahkan)',
  },
  reasonContentAmounts: {
    en: '“{header}” holds amounts with decimals (no header row: please confirm)',
    'zh-TW': '「{header}」是帶小數的金額（沒有標題列，請確認）',
    'zh-CN': '“{header}”是带小数的金额（没有标题行，请确认）',
    ms: '“{header}” mengandungi amaun berperpuluhan (tiada baris tajuk: sila sahkan)',
  },
  reasonNoRole: {
    en: '“{header}” is not used',
    'zh-TW': '「{header}」未使用',
    'zh-CN': '“{header}”未使用',
    ms: '“{header}” tidak digunakan',
  },
  reasonUserMapping: {
    en: 'You chose “{header}”',
    'zh-TW': '您選擇了「{header}」',
    'zh-CN': '您选择了“{header}”',
    ms: 'Anda memilih “{header}”',
  },
  // ---- notes on detection ----
  noteCustomerIdFromEmail: {
    en: 'No customer id column: customers are told apart by their email in “{header}”',
    'zh-TW': '沒有客戶編號欄：以「{header}」的電子郵件區分客戶',
    'zh-CN': '没有客户编号列：以“{header}”的电子邮件区分客户',
    ms: 'Tiada lajur ID pelanggan: pelanggan dibezakan melalui e-mel dalam “{header}”',
  },
  noteCustomerIdFromName: {
    en: 'No customer id column: customers are told apart by their name in “{header}” (two people with the same name count as one)',
    'zh-TW': '沒有客戶編號欄：以「{header}」的姓名區分客戶（同名者會被視為同一人）',
    'zh-CN': '没有客户编号列：以“{header}”的姓名区分客户（同名者会被视为同一人）',
    ms: 'Tiada lajur ID pelanggan: pelanggan dibezakan melalui nama dalam “{header}” (dua orang dengan nama sama dikira sebagai seorang)',
  },
  notePriceIsAmount: {
    en: 'No amount or quantity column: “{header}” is read as the amount paid per order',
    'zh-TW': '沒有金額或數量欄：「{header}」視為每筆訂單的付款金額',
    'zh-CN': '没有金额或数量列：“{header}”视为每笔订单的付款金额',
    ms: 'Tiada lajur amaun atau kuantiti: “{header}” dibaca sebagai amaun dibayar bagi setiap pesanan',
  },
  noteAmountFromQuantityPrice: {
    en: 'No amount column: amount = “{quantity}” × “{price}”',
    'zh-TW': '沒有金額欄：金額 =「{quantity}」×「{price}」',
    'zh-CN': '没有金额列：金额 =“{quantity}”×“{price}”',
    ms: 'Tiada lajur amaun: amaun = “{quantity}” × “{price}”',
  },
  noteNoAmount: {
    en: 'No amount column: order counts and dates are read, spending is not available',
    'zh-TW': '沒有金額欄：只讀取訂單次數與日期，無法計算消費金額',
    'zh-CN': '没有金额列：只读取订单次数与日期，无法计算消费金额',
    ms: 'Tiada lajur amaun: bilangan dan tarikh pesanan dibaca, perbelanjaan tidak tersedia',
  },
  noteMarketingConsent: {
    en: '“{header}” records consent: “no” is read as opted out of marketing',
    'zh-TW': '「{header}」記錄的是同意接收：「否」視為拒收行銷',
    'zh-CN': '“{header}”记录的是同意接收：“否”视为拒收营销',
    ms: '“{header}” merekod persetujuan: “tidak” dibaca sebagai menolak pemasaran',
  },
  noteLinesSummed: {
    en: 'Rows with the same order id in “{header}” are added up into one order',
    'zh-TW': '「{header}」相同訂單編號的多列合併為一筆訂單',
    'zh-CN': '“{header}”相同订单编号的多行合并为一笔订单',
    ms: 'Baris dengan ID pesanan yang sama dalam “{header}” dijumlahkan sebagai satu pesanan',
  },
  noteCustomersFromTotals: {
    en: 'One row per customer: customers are built from the totals in {columns}; there are no individual orders',
    'zh-TW': '每列一位客戶：客戶資料取自 {columns} 的彙總值，沒有逐筆訂單',
    'zh-CN': '每行一位客户：客户数据取自 {columns} 的汇总值，没有逐笔订单',
    ms: 'Satu baris bagi setiap pelanggan: pelanggan dibina daripada jumlah dalam {columns}; tiada pesanan individu',
  },
  noteCustomersNoCount: {
    en: 'No order count column: each customer with a purchase counts as 1 order',
    'zh-TW': '沒有訂單數欄：每位有購買的客戶算作 1 筆訂單',
    'zh-CN': '没有订单数列：每位有购买的客户算作 1 笔订单',
    ms: 'Tiada lajur bilangan pesanan: setiap pelanggan yang membeli dikira 1 pesanan',
  },
  noteCustomersNoFirst: {
    en: 'No first order date column: the first order day is taken as {source}',
    'zh-TW': '沒有首次購買日期欄：首次購買日以{source}代替',
    'zh-CN': '没有首次购买日期列：首次购买日以{source}代替',
    ms: 'Tiada lajur tarikh pesanan pertama: hari pesanan pertama diambil daripada {source}',
  },
  shapeTransactions: {
    en: 'One row per order or order line',
    'zh-TW': '每列為一筆訂單或訂單明細',
    'zh-CN': '每行为一笔订单或订单明细',
    ms: 'Satu baris bagi setiap pesanan atau baris pesanan',
  },
  shapeCustomers: {
    en: 'One row per customer (totals in {columns})',
    'zh-TW': '每列為一位客戶（彙總欄：{columns}）',
    'zh-CN': '每行为一位客户（汇总列：{columns}）',
    ms: 'Satu baris bagi setiap pelanggan (jumlah dalam {columns})',
  },
  // ---- decisions ----
  dateOrderData: {
    en: 'Dates in “{header}” are {order}: values that can only be read that way: {count} (first in row {row})',
    'zh-TW': '「{header}」的日期為{order}：有 {count} 個值（如第 {row} 列）只能這樣解讀',
    'zh-CN': '“{header}”的日期为{order}：有 {count} 个值（如第 {row} 行）只能这样解读',
    ms: 'Tarikh dalam “{header}” ialah {order}: {count} nilai seperti baris {row} hanya boleh dibaca begitu',
  },
  dateOrderMajority: {
    en: 'Dates in “{header}” mix both orders ({dmy} day-first, {mdy} month-first); read as {order}, the other values are reported',
    'zh-TW': '「{header}」的日期兩種順序都有（日在前 {dmy} 個，月在前 {mdy} 個）；以{order}解讀，其餘值列入報告',
    'zh-CN': '“{header}”的日期两种顺序都有（日在前 {dmy} 个，月在前 {mdy} 个）；以{order}解读，其余值列入报告',
    ms: 'Tarikh dalam “{header}” bercampur ({dmy} hari dahulu, {mdy} bulan dahulu); dibaca sebagai {order}, nilai lain dilaporkan',
  },
  dateOrderOption: {
    en: 'Dates in “{header}” are read as {order}, as you chose',
    'zh-TW': '依您的選擇，「{header}」的日期以{order}解讀',
    'zh-CN': '按您的选择，“{header}”的日期以{order}解读',
    ms: 'Tarikh dalam “{header}” dibaca sebagai {order}, seperti pilihan anda',
  },
  dateOrderOtherColumn: {
    en: 'Dates in “{header}” cannot tell the order themselves; read as {order} like “{other}”',
    'zh-TW': '「{header}」的日期本身無法判斷順序；比照「{other}」以{order}解讀',
    'zh-CN': '“{header}”的日期本身无法判断顺序；比照“{other}”以{order}解读',
    ms: 'Tarikh dalam “{header}” tidak dapat menentukan susunan; dibaca sebagai {order} seperti “{other}”',
  },
  dateOrderOverruled: {
    en: 'You chose {option} for “{header}”, but some values are only valid as {order} ({count}, first in row {row}); read as {order}',
    'zh-TW': '您為「{header}」選擇了{option}，但有 {count} 個值（如第 {row} 列）只能是{order}；改以{order}解讀',
    'zh-CN': '您为“{header}”选择了{option}，但有 {count} 个值（如第 {row} 行）只能是{order}；改以{order}解读',
    ms: 'Anda memilih {option} untuk “{header}”, tetapi {count} nilai seperti baris {row} hanya sah sebagai {order}; dibaca sebagai {order}',
  },
  dateOrderNotNeeded: {
    en: 'Dates in “{header}” are unambiguous',
    'zh-TW': '「{header}」的日期沒有歧義',
    'zh-CN': '“{header}”的日期没有歧义',
    ms: 'Tarikh dalam “{header}” tidak taksa',
  },
  dateOrderUndecided: {
    en: 'Dates in “{header}” such as {examples} can be read day-first or month-first, and no value decides: choose the date order',
    'zh-TW': '「{header}」的日期（如 {examples}）可解讀為日/月或月/日，且沒有任何值能判定：請選擇日期順序',
    'zh-CN': '“{header}”的日期（如 {examples}）可解读为日/月或月/日，且没有任何值能判定：请选择日期顺序',
    ms: 'Tarikh dalam “{header}” seperti {examples} boleh dibaca hari dahulu atau bulan dahulu, dan tiada nilai yang menentukan: pilih susunan tarikh',
  },
  orderDmy: { en: 'day/month/year', 'zh-TW': '日/月/年', 'zh-CN': '日/月/年', ms: 'hari/bulan/tahun' },
  orderMdy: { en: 'month/day/year', 'zh-TW': '月/日/年', 'zh-CN': '月/日/年', ms: 'bulan/hari/tahun' },
  twoDigitYears: {
    en: 'Dates in “{header}” with two-digit years: {count}; 00–69 are read as 2000–2069, 70–99 as 1970–1999',
    'zh-TW': '「{header}」有 {count} 個日期的年份只有兩位數：00–69 視為 2000–2069，70–99 視為 1970–1999',
    'zh-CN': '“{header}”有 {count} 个日期的年份只有两位数：00–69 视为 2000–2069，70–99 视为 1970–1999',
    ms: '{count} tarikh dalam “{header}” mempunyai tahun dua digit: 00–69 dibaca sebagai 2000–2069, 70–99 sebagai 1970–1999',
  },
  decimalData: {
    en: 'In “{header}”, “{decimal}” is the decimal separator (values showing it: {count}, first in row {row})',
    'zh-TW': '「{header}」以「{decimal}」為小數點（有 {count} 個值，如第 {row} 列）',
    'zh-CN': '“{header}”以“{decimal}”为小数点（有 {count} 个值，如第 {row} 行）',
    ms: 'Dalam “{header}”, “{decimal}” ialah pemisah perpuluhan ({count} nilai seperti baris {row} menunjukkannya)',
  },
  decimalMajority: {
    en: 'In “{header}”, {dot} values use “.” and {comma} use “,” as decimal separator; “{decimal}” is used',
    'zh-TW': '「{header}」中有 {dot} 個值以「.」、{comma} 個值以「,」為小數點；採用「{decimal}」',
    'zh-CN': '“{header}”中有 {dot} 个值以“.”、{comma} 个值以“,”为小数点；采用“{decimal}”',
    ms: 'Dalam “{header}”, {dot} nilai menggunakan “.” dan {comma} menggunakan “,” sebagai pemisah perpuluhan; “{decimal}” digunakan',
  },
  decimalOption: {
    en: 'In “{header}”, “{decimal}” is the decimal separator, as you chose',
    'zh-TW': '依您的選擇，「{header}」以「{decimal}」為小數點',
    'zh-CN': '按您的选择，“{header}”以“{decimal}”为小数点',
    ms: 'Dalam “{header}”, “{decimal}” ialah pemisah perpuluhan, seperti pilihan anda',
  },
  decimalDefault: {
    en: 'In “{header}”, values such as row {row} ({count}) could use “.” or “,” as thousands separator and none decides: read with “.” as decimal and “,” as thousands separator (1,234 = one thousand two hundred thirty-four)',
    'zh-TW': '「{header}」有 {count} 個值（如第 {row} 列）的「.」或「,」可能是千分位，且沒有值能判定：以「.」為小數點、「,」為千分位解讀（1,234 = 一千二百三十四）',
    'zh-CN': '“{header}”有 {count} 个值（如第 {row} 行）的“.”或“,”可能是千分位，且没有值能判定：以“.”为小数点、“,”为千分位解读（1,234 = 一千二百三十四）',
    ms: 'Dalam “{header}”, {count} nilai seperti baris {row} mungkin menggunakan “.” atau “,” sebagai pemisah ribu dan tiada yang menentukan: dibaca dengan “.” sebagai perpuluhan dan “,” sebagai pemisah ribu (1,234 = seribu dua ratus tiga puluh empat)',
  },
  currencyOne: {
    en: 'Amounts in “{header}” are in {currency}',
    'zh-TW': '「{header}」的金額幣別為 {currency}',
    'zh-CN': '“{header}”的金额币种为 {currency}',
    ms: 'Amaun dalam “{header}” dalam {currency}',
  },
  currencyMixed: {
    en: 'Amounts in “{header}” mix currencies ({currencies}); they are added as written, without conversion',
    'zh-TW': '「{header}」的金額混有多種幣別（{currencies}）；依原數字加總，未換算',
    'zh-CN': '“{header}”的金额混有多种币种（{currencies}）；按原数字加总，未换算',
    ms: 'Amaun dalam “{header}” bercampur mata wang ({currencies}); dijumlahkan seperti ditulis, tanpa penukaran',
  },
  ...QUALITY_MESSAGES,
  ...ENGINE_MESSAGES,
} satisfies Record<string, Localized>;

export type MessageKey = keyof typeof PARSE_MESSAGES;
