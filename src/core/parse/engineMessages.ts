import type { Localized } from '../i18n';

/**
 * Decision lines of a file read by a database engine instead of the add-on's reader
 * (`segment FILE --engine duckdb`, src/cli/engineDuckdbRead.ts). Part of `PARSE_MESSAGES`.
 */
export const ENGINE_MESSAGES = {
  noteReadByDuckdb: {
    en: 'The file was read by {engine} in SQL (order lines grouped into orders, amounts added up in whole 1/10,000 units); the counts below come from that query',
    'zh-TW': '此檔案由 {engine} 以 SQL 讀取（訂單明細合併為訂單，金額以 1/10,000 整數單位加總）；以下數字來自該查詢',
    'zh-CN': '此文件由 {engine} 以 SQL 读取（订单明细合并为订单，金额以 1/10,000 整数单位加总）；以下数字来自该查询',
    ms: 'Fail ini dibaca oleh {engine} dalam SQL (baris pesanan digabungkan menjadi pesanan, amaun dijumlahkan dalam unit bulat 1/10,000); kiraan di bawah datang daripada pertanyaan itu',
  },
} satisfies Record<string, Localized>;
