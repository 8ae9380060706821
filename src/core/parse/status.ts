import { normalizeHeader } from './headers/normalize';

/**
 * Order statuses meaning "no sale": refunded, cancelled, voided, failed, returned, in the four
 * languages and as Shopify ("refunded", "voided"), WooCommerce ("Cancelled", "Refunded", "Failed")
 * and Square ("Refund" event type) write them. Partially refunded orders remain sales.
 */
const NOT_A_SALE = new Set([
  'refunded', 'refund', 'refunds', 'cancelled', 'canceled', 'cancel', 'voided', 'void', 'failed', 'returned', 'return', 'chargeback', 'declined', 'reversed',
  '已退款', '退款', '已取消', '取消', '退貨', '已退貨', '作廢', '失敗', '訂單取消',
  '已退货', '退货', '作废', '失败', '订单取消',
  'dibatalkan', 'batal', 'dipulangkan', 'bayaran balik', 'gagal', 'pulangan', 'dikembalikan',
]);

/**
 * True when a status cell says the order did not happen or was paid back.
 * @example isRefundStatus('Refunded') // true
 * @example isRefundStatus('partially_refunded') // false
 */
export function isRefundStatus(v: unknown): boolean {
  if (typeof v !== 'string' || v === '') return false;
  const s = normalizeHeader(v);
  return NOT_A_SALE.has(s) || NOT_A_SALE.has(s.replace(/ /g, ''));
}

const YES = new Set(['yes', 'y', 'true', '1', 'x', 'opted out', 'opt out', 'unsubscribed', '是', '對', '对', '有', 'ya', 'ye', 'benar', 'subscribed', 'accepted', 'consent', 'agree', '同意', '已退訂', '已退订', 'setuju']);
const NO = new Set(['no', 'n', 'false', '0', '否', '不', '沒有', '没有', '無', '无', 'tidak', 'tak', 'bukan', 'not subscribed', 'declined', '不同意', 'tidak setuju']);

/**
 * A yes/no cell as a boolean, or null when it is neither.
 * @example yesNo('Yes') // true
 * @example yesNo(false) // false
 */
export function yesNo(v: unknown): boolean | null {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v === 1 ? true : v === 0 ? false : null;
  if (typeof v !== 'string') return null;
  const s = normalizeHeader(v);
  if (YES.has(s)) return true;
  if (NO.has(s)) return false;
  return null;
}
