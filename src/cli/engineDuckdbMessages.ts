import type { Localized } from '../core/i18n';

/**
 * What `segment --engine duckdb` says when a file needs the add-on's reader instead, in the four
 * languages. Each names the file and ends by saying how to run it without the engine.
 */
export const ENGINE_LINES = {
  useDefault: {
    en: 'leave out --engine duckdb to read it with the add-on reader',
    'zh-TW': '請去掉 --engine duckdb，改用外掛的讀取器',
    'zh-CN': '请去掉 --engine duckdb，改用插件的读取器',
    ms: 'buang --engine duckdb untuk membacanya dengan pembaca add-on',
  },
  workbookInput: {
    en: '--engine duckdb reads CSV files only, and {file} is a workbook; save it as CSV, or {useDefault}',
    'zh-TW': '--engine duckdb 只讀取 CSV 檔，而 {file} 是活頁簿；請另存為 CSV，或{useDefault}',
    'zh-CN': '--engine duckdb 只读取 CSV 文件，而 {file} 是工作簿；请另存为 CSV，或{useDefault}',
    ms: '--engine duckdb hanya membaca fail CSV, dan {file} ialah buku kerja; simpan sebagai CSV, atau {useDefault}',
  },
  flagsRefused: {
    en: '{flags} cannot be used with --engine duckdb',
    'zh-TW': '{flags} 不能與 --engine duckdb 一起使用',
    'zh-CN': '{flags} 不能与 --engine duckdb 一起使用',
    ms: '{flags} tidak boleh digunakan bersama --engine duckdb',
  },
  csvOnlyFlags: {
    en: '{flags} need the workbook: use --out FILE.xlsx with --engine duckdb',
    'zh-TW': '{flags} 需要活頁簿輸出：請搭配 --engine duckdb 使用 --out 檔名.xlsx',
    'zh-CN': '{flags} 需要工作簿输出：请搭配 --engine duckdb 使用 --out 文件名.xlsx',
    ms: '{flags} memerlukan buku kerja: gunakan --out FAIL.xlsx dengan --engine duckdb',
  },
  headerNotFirst: {
    en: '{file}: --engine duckdb needs the header on the first line; {useDefault}',
    'zh-TW': '{file}：--engine duckdb 需要標題在第一行；{useDefault}',
    'zh-CN': '{file}：--engine duckdb 需要标题在第一行；{useDefault}',
    ms: '{file}: --engine duckdb memerlukan tajuk pada baris pertama; {useDefault}',
  },
  notOrderLines: {
    en: '{file}: --engine duckdb needs one order line per row with a customer and an order date column (found: {found}); {useDefault}',
    'zh-TW': '{file}：--engine duckdb 需要每列一筆訂單明細，並有客戶與訂單日期欄（找到：{found}）；{useDefault}',
    'zh-CN': '{file}：--engine duckdb 需要每行一笔订单明细，并有客户与订单日期列（找到：{found}）；{useDefault}',
    ms: '{file}: --engine duckdb memerlukan satu baris pesanan setiap baris dengan lajur pelanggan dan tarikh pesanan (dijumpai: {found}); {useDefault}',
  },
  widthDiffers: {
    en: '{file}: DuckDB reads {duck} columns where the add-on reader finds {ours}; {useDefault}',
    'zh-TW': '{file}：DuckDB 讀到 {duck} 欄，外掛的讀取器找到 {ours} 欄；{useDefault}',
    'zh-CN': '{file}：DuckDB 读到 {duck} 列，插件的读取器找到 {ours} 列；{useDefault}',
    ms: '{file}: DuckDB membaca {duck} lajur sedangkan pembaca add-on menemui {ours}; {useDefault}',
  },
  cannotRead: {
    en: '{file}: DuckDB could not read it: {reason}; {useDefault}',
    'zh-TW': '{file}：DuckDB 無法讀取：{reason}；{useDefault}',
    'zh-CN': '{file}：DuckDB 无法读取：{reason}；{useDefault}',
    ms: '{file}: DuckDB tidak dapat membacanya: {reason}; {useDefault}',
  },
  datesNotIso: {
    en: '{file}: dates in “{column}” such as {examples} are not written year first (YYYY-MM-DD); the SQL reads only those, the add-on reader decides day/month order and reads the rest; {useDefault}',
    'zh-TW': '{file}：「{column}」的日期（如 {examples}）不是年份在前（YYYY-MM-DD）；SQL 只讀取這種寫法，外掛的讀取器會判斷日/月順序並讀取其他寫法；{useDefault}',
    'zh-CN': '{file}：“{column}”的日期（如 {examples}）不是年份在前（YYYY-MM-DD）；SQL 只读取这种写法，插件的读取器会判断日/月顺序并读取其他写法；{useDefault}',
    ms: '{file}: tarikh dalam “{column}” seperti {examples} tidak ditulis dengan tahun dahulu (YYYY-MM-DD); SQL hanya membaca bentuk itu, pembaca add-on menentukan susunan hari/bulan dan membaca yang lain; {useDefault}',
  },
  amountsFormatted: {
    en: '{file}: amounts in “{column}” such as {examples} carry currency marks or separators; the SQL reads plain numbers only (2.55, -6), the add-on reader reads these; {useDefault}',
    'zh-TW': '{file}：「{column}」的金額（如 {examples}）帶有貨幣符號或分隔符號；SQL 只讀取純數字（2.55、-6），外掛的讀取器可讀取這些值；{useDefault}',
    'zh-CN': '{file}：“{column}”的金额（如 {examples}）带有货币符号或分隔符；SQL 只读取纯数字（2.55、-6），插件的读取器可读取这些值；{useDefault}',
    ms: '{file}: amaun dalam “{column}” seperti {examples} mempunyai tanda mata wang atau pemisah; SQL hanya membaca nombor biasa (2.55, -6), pembaca add-on membacanya; {useDefault}',
  },
  wroteCsv: {
    en: 'Wrote the segments and the segment summary to {file}',
    'zh-TW': '已將分群與分群摘要寫入 {file}',
    'zh-CN': '已将分群与分群摘要写入 {file}',
    ms: 'Segmen dan ringkasan segmen ditulis ke {file}',
  },
  noOrdersCopy: {
    en: 'The workbook has no tab with a copy of the source rows: the file stays where it is ({rows} rows)',
    'zh-TW': '活頁簿沒有附上原始資料的分頁：原檔保持原樣（{rows} 列）',
    'zh-CN': '工作簿没有附上原始数据的分页：原文件保持原样（{rows} 行）',
    ms: 'Buku kerja tiada tab dengan salinan baris sumber: fail asal kekal di tempatnya ({rows} baris)',
  },
} satisfies Record<string, Localized>;
