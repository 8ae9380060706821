/**
 * Currency marks seen in small-business sheets (Taiwan, mainland China, Malaysia and exports),
 * mapped to one code so `NT$1,234` and `1,234 元`... are compared per currency, not per spelling.
 * Marks that do not name one currency (`$`, `¥`, `元`) stay as written and are reported as such.
 */
const CURRENCY: Record<string, string> = {
  'NT$': 'TWD', NTD: 'TWD', TWD: 'TWD', '新台幣': 'TWD', '新臺幣': 'TWD', '台幣': 'TWD', '臺幣': 'TWD',
  RM: 'MYR', MYR: 'MYR',
  RMB: 'CNY', CNY: 'CNY', '人民币': 'CNY', '人民幣': 'CNY', 'CN¥': 'CNY',
  'US$': 'USD', USD: 'USD',
  'S$': 'SGD', SGD: 'SGD',
  'HK$': 'HKD', HKD: 'HKD',
  'A$': 'AUD', AUD: 'AUD',
  'C$': 'CAD', CAD: 'CAD',
  '€': 'EUR', EUR: 'EUR',
  '£': 'GBP', GBP: 'GBP',
  '円': 'JPY', JPY: 'JPY', 'JP¥': 'JPY',
  '₩': 'KRW', KRW: 'KRW',
  '₹': 'INR', INR: 'INR',
  RP: 'IDR', IDR: 'IDR',
  '฿': 'THB', THB: 'THB',
  '₱': 'PHP', PHP: 'PHP',
  $: '$', '¥': '¥', '￥': '¥', '元': '元', '圓': '元', '块': '元', '塊': '元',
};

/**
 * The currency code of a mark, or null when the text is not a currency mark.
 * @example currencyCode('nt$') // 'TWD'
 * @example currencyCode('apples') // null
 */
export function currencyCode(mark: string): string | null {
  const m = mark.trim().toUpperCase();
  return CURRENCY[m] ?? null;
}
