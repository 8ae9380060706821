import type { Lang } from '../types';
import type { Localized } from '../i18n';
import { qualityMessage, type CheckId, type QualityIssue } from '../parse';
import { LABELS, TAB_NAMES } from './labels';
import type { ReportCell, TabSpec } from './tabSpec';

const SEVERITY = {
  error: { en: 'Blocking', 'zh-TW': '無法處理', 'zh-CN': '无法处理', ms: 'Menghalang' },
  warning: { en: 'Check', 'zh-TW': '請檢查', 'zh-CN': '请检查', ms: 'Semak' },
  info: { en: 'For information', 'zh-TW': '供參考', 'zh-CN': '供参考', ms: 'Untuk makluman' },
} as const;

/** What each check looks for, in a few words: the Data quality tab's first column. */
const CHECK_NAMES: Record<CheckId, Localized> = {
  exactDuplicate: { en: 'Duplicate rows', 'zh-TW': '重複的列', 'zh-CN': '重复的行', ms: 'Baris pendua' },
  repeatedOrderId: { en: 'Order on several rows', 'zh-TW': '一筆訂單占多列', 'zh-CN': '一笔订单占多行', ms: 'Pesanan pada beberapa baris' },
  orderCustomerConflict: { en: 'Order with two customers', 'zh-TW': '同一訂單的顧客不一致', 'zh-CN': '同一订单的客户不一致', ms: 'Pesanan dengan dua pelanggan' },
  missingCustomerId: { en: 'No customer ID', 'zh-TW': '缺少顧客編號', 'zh-CN': '缺少客户编号', ms: 'Tiada ID pelanggan' },
  customerIdFromOrder: { en: 'Customer ID taken from the order', 'zh-TW': '由訂單補上顧客編號', 'zh-CN': '由订单补上客户编号', ms: 'ID pelanggan diambil daripada pesanan' },
  missingOrderId: { en: 'No order ID', 'zh-TW': '缺少訂單編號', 'zh-CN': '缺少订单编号', ms: 'Tiada ID pesanan' },
  missingDate: { en: 'No date', 'zh-TW': '缺少日期', 'zh-CN': '缺少日期', ms: 'Tiada tarikh' },
  unparseableDate: { en: 'Not a date', 'zh-TW': '無法辨識的日期', 'zh-CN': '无法识别的日期', ms: 'Bukan tarikh' },
  earlyDate: { en: 'Date before 1900', 'zh-TW': '早於 1900 年的日期', 'zh-CN': '早于 1900 年的日期', ms: 'Tarikh sebelum 1900' },
  futureDate: { en: 'Date after the analysis date', 'zh-TW': '晚於分析基準日', 'zh-CN': '晚于分析基准日', ms: 'Tarikh selepas tarikh analisis' },
  missingAmount: { en: 'No amount', 'zh-TW': '缺少金額', 'zh-CN': '缺少金额', ms: 'Tiada amaun' },
  unparseableAmount: { en: 'Not an amount', 'zh-TW': '無法辨識的金額', 'zh-CN': '无法识别的金额', ms: 'Bukan amaun' },
  beyondPrecision: { en: 'Too many digits to add up', 'zh-TW': '位數過多無法加總', 'zh-CN': '位数过多无法加总', ms: 'Terlalu banyak digit untuk dijumlahkan' },
  unparseableNumber: { en: 'Unreadable number', 'zh-TW': '無法讀取的數字', 'zh-CN': '无法读取的数字', ms: 'Nombor tidak dapat dibaca' },
  zeroAmount: { en: 'Amount of 0', 'zh-TW': '金額為 0', 'zh-CN': '金额为 0', ms: 'Amaun 0' },
  negativeAmount: { en: 'Negative amount', 'zh-TW': '負數金額', 'zh-CN': '负数金额', ms: 'Amaun negatif' },
  refunded: { en: 'Refund or cancellation', 'zh-TW': '退款或取消', 'zh-CN': '退款或取消', ms: 'Bayaran balik atau pembatalan' },
  errorCell: { en: 'Formula errors', 'zh-TW': '公式錯誤', 'zh-CN': '公式错误', ms: 'Ralat formula' },
  mixedTypes: { en: 'Mixed kinds of values', 'zh-TW': '混有不同類型的值', 'zh-CN': '混有不同类型的值', ms: 'Jenis nilai bercampur' },
  mixedCurrency: { en: 'Mixed currencies', 'zh-TW': '混有多種幣別', 'zh-CN': '混有多种币种', ms: 'Mata wang bercampur' },
  blankRows: { en: 'Empty rows', 'zh-TW': '空白列', 'zh-CN': '空白行', ms: 'Baris kosong' },
  duplicateCustomerId: { en: 'Customer listed twice', 'zh-TW': '顧客重複列出', 'zh-CN': '客户重复列出', ms: 'Pelanggan disenaraikan dua kali' },
  noOrders: { en: 'Customer with no purchase', 'zh-TW': '尚無購買的顧客', 'zh-CN': '尚无购买的客户', ms: 'Pelanggan tanpa pembelian' },
};

/** One data-quality finding as the sidebar and the Data quality tab show it. */
export interface QualityItem {
  /** The check (a reading error's key when the sidebar lists what blocks a run). */
  id: string;
  severity: 'info' | 'warning' | 'error';
  count: number;
  rows: number[];
  message: string;
  /** The first column's words for a finding that is not a reader check (combining sources, `core/sources`). */
  name?: string;
}

/** The reader's findings worded in the user's language. */
export function qualityItems(issues: readonly QualityIssue[], lang: Lang): QualityItem[] {
  return issues.map((q) => ({ id: q.check, severity: q.severity, count: q.count, rows: q.rows, message: qualityMessage(q, lang) }));
}

/** The Data quality tab: every check with its count and the first sheet rows, then how the data was read. */
export function qualityTab(items: QualityItem[], decisions: string[], lang: Lang): TabSpec {
  const rows: ReportCell[][] = [[LABELS.check[lang], LABELS.severity[lang], LABELS.count[lang], LABELS.exampleRows[lang], LABELS.message[lang]]];
  // The tab's items are the reader's findings (qualityItems), so each id is a check.
  for (const q of items) rows.push([q.name ?? CHECK_NAMES[q.id as CheckId][lang], SEVERITY[q.severity][lang], q.count, q.rows.join(', '), q.message]);
  const how: ReportCell[][] = [[LABELS.decisions[lang]], ...decisions.map((d) => [d])];
  return {
    kind: 'quality',
    name: TAB_NAMES.quality[lang],
    blocks: [
      { row: 1, col: 1, values: rows, header: true, formats: { 2: 'integer', 3: 'text' }, wrapColumns: [4] },
      { row: rows.length + 3, col: 1, values: how, header: true, wrapColumns: [0] },
    ],
    frozenRows: 1,
    columnWidths: { 4: 180, 5: 420 },
  };
}
