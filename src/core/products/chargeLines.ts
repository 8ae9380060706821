/**
 * Whether a product line is a charge rather than goods: postage, delivery, fees, bank charges,
 * discounts, manual adjustments. A shop that bills postage as a line has it in a large share of its
 * orders (UCI Online Retail: POSTAGE in 1,099 of 18,536 orders), so among products it ranks high
 * by revenue, pairs with everything and would be the "next product to suggest". Basket analyses
 * drop such lines before counting (in Online Retail: POSTAGE, DOTCOM POSTAGE, Manual, Bank
 * Charges, CARRIAGE, Next Day Carriage, PACKING CHARGE).
 *
 * A line is a charge when its name (its code when it has no name), lower-cased with white space
 * collapsed, is one of the charge phrases below in the four languages, or a charge word after one
 * or two words that say what the charge is for ("DOTCOM POSTAGE", "Next Day Carriage", "AMAZON
 * FEE", 國際運費). Only whole names count, so goods that carry such a word ("FRENCH CARRIAGE
 * LANTERN", "ZINC HEART LATTICE CHARGER") stay products, and the qualifier words are a closed
 * list, so "BABY CARRIAGE" does too.
 * @example isChargeLine('DOTCOM POSTAGE') // true
 * @example isChargeLine('FRENCH CARRIAGE LANTERN') // false
 */
export function isChargeLine(name: string, code = ''): boolean {
  const text = (name.trim() === '' ? code : name).trim().toLowerCase().replace(/\s+/g, ' ');
  if (text === '') return false;
  if (WHOLE.has(text)) return true;
  const words = text.split(' ');
  const last = words[words.length - 1];
  if (words.length >= 2 && words.length <= 3 && CHARGE_WORDS.has(last) && words.slice(0, -1).every((w) => QUALIFIERS.has(w))) return true;
  // Malay puts the charge first: "caj penghantaran ekspres", "kos penghantaran".
  if (words.length >= 2 && words.length <= 3 && MALAY_CHARGES.has(words[0]) && words.slice(1).every((w) => MALAY_QUALIFIERS.has(w))) return true;
  // Chinese has no spaces: a charge word ending a short name ("國際運費", "順豐運費").
  for (const w of CHINESE_CHARGES) if (text.endsWith(w) && text.length <= w.length + 4) return true;
  return false;
}

/** Whole names that are charges. */
const WHOLE = new Set([
  // English
  'postage', 'carriage', 'shipping', 'delivery', 'freight', 'courier', 'handling', 'postage and packing', 'postage & packing', 'p&p', 'shipping and handling', 'shipping & handling', 's&h',
  'manual', 'manual adjustment', 'adjustment', 'adjust bad debt', 'discount', 'discounts', 'bank charges', 'bank charge', 'service charge', 'packing charge', 'surcharge', 'fee', 'fees',
  'commission', 'tip', 'tips', 'gratuity',
  // Chinese (Traditional and Simplified)
  '折扣', '優惠', '优惠', '運費補差', '运费补差',
  // Malay
  'pos', 'penghantaran', 'yuran', 'caj', 'diskaun', 'komisen', 'pelarasan',
]);

/** Words that end an English charge name after a qualifier. */
const CHARGE_WORDS = new Set(['postage', 'carriage', 'shipping', 'delivery', 'freight', 'fee', 'fees', 'charge', 'charges', 'commission', 'surcharge']);

/** Words that say what an English charge is for. */
const QUALIFIERS = new Set([
  'next', 'same', 'day', 'express', 'standard', 'international', 'overseas', 'local', 'priority', 'tracked', 'extra', 'late', 'dotcom', 'amazon', 'ebay', 'etsy', 'paypal', 'stripe',
  'shopee', 'lazada', 'card', 'credit', 'cruk', 'packing', 'delivery', 'shipping', 'postage', 'courier', 'booking', 'service', 'handling', 'transaction', 'payment', 'platform',
  'marketplace', 'bank', 'cod', 'insurance',
]);

/** Malay charge nouns, and the words that may follow them. */
const MALAY_CHARGES = new Set(['caj', 'kos', 'bayaran', 'yuran']);
const MALAY_QUALIFIERS = new Set(['penghantaran', 'pos', 'perkhidmatan', 'bank', 'pembungkusan', 'ekspres', 'pengendalian', 'kad', 'platform', 'transaksi']);

/** Chinese charge words (Traditional and Simplified). */
const CHINESE_CHARGES = ['運費', '运费', '郵資', '邮资', '郵費', '邮费', '快遞費', '快递费', '外送費', '外送费', '配送費', '配送费', '手續費', '手续费', '服務費', '服务费', '包裝費', '包装费', '平台費', '平台费', '小費', '小费', '佣金'];
