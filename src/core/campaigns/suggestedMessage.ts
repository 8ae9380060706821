import type { Localized } from '../i18n';
import { OTHERS_ID, type SegmentRule } from '../rfm';
import type { Lang } from '../types';

/** The owner's own campaign messages, by segment id (kept with the workbook's settings); missing = built-in text. */
export type CampaignTemplates = Readonly<Record<string, string>>;

/**
 * Messages to the customers of each preset segment, written from the segment's "What to do" advice
 * (the `action` of shopifySegments.ts and rfmPackageSegments.ts): the VIP perks, early access and
 * review requests for Champions, a personal word for the once-loyal, a discount reminder for those
 * slipping away. Segments that call for the same thing share a message.
 */
const MESSAGES = {
  welcome: {
    en: 'Welcome! Thank you for joining us: enjoy a special offer on your first order.',
    'zh-TW': '歡迎加入！感謝您的支持，首次下單即可享專屬優惠。',
    'zh-CN': '欢迎加入！感谢您的支持，首次下单即可享专属优惠。',
    ms: 'Selamat datang! Terima kasih kerana menyertai kami: nikmati tawaran istimewa untuk pesanan pertama anda.',
  },
  vip: {
    en: 'Thank you for being one of our best customers! As a VIP you get early access to our new arrivals. We would love your review, and to welcome your friends too.',
    'zh-TW': '感謝您一直是我們最重要的顧客！身為貴賓，您可搶先選購新品。歡迎留下評論，也歡迎推薦親友。',
    'zh-CN': '感谢您一直是我们最重要的客户！作为贵宾，您可抢先选购新品。欢迎留下评价，也欢迎推荐亲友。',
    ms: 'Terima kasih kerana menjadi antara pelanggan terbaik kami! Sebagai VIP, anda mendapat akses awal kepada produk baharu. Kami menghargai ulasan anda, dan rakan anda juga dialu-alukan.',
  },
  loyalty: {
    en: 'Thank you for shopping with us so often! Join our loyalty programme for member rewards, and see the picks we chose for you.',
    'zh-TW': '感謝您經常光顧！加入會員即可累積回饋，也來看看我們為您挑選的推薦商品。',
    'zh-CN': '感谢您经常光顾！加入会员即可累积回馈，也来看看我们为您挑选的推荐商品。',
    ms: 'Terima kasih kerana kerap membeli-belah dengan kami! Sertai program kesetiaan kami untuk ganjaran ahli, dan lihat pilihan yang kami pilih untuk anda.',
  },
  bundle: {
    en: 'Thanks for your recent order! Items that go well with it are in a bundle offer this week.',
    'zh-TW': '感謝您最近的訂購！與它搭配的商品本週有組合優惠。',
    'zh-CN': '感谢您最近的订购！与它搭配的商品本周有组合优惠。',
    ms: 'Terima kasih atas pesanan terbaru anda! Barangan yang sesuai dengannya ada tawaran pakej minggu ini.',
  },
  secondOrder: {
    en: 'Thanks for your first order! Here are a few tips to get the most from it, and a thank-you offer for your next visit.',
    'zh-TW': '感謝您的首次訂購！這裡有幾個使用小技巧，下次光臨還有感謝優惠。',
    'zh-CN': '感谢您的首次订购！这里有几个使用小技巧，下次光临还有感谢优惠。',
    ms: 'Terima kasih atas pesanan pertama anda! Berikut beberapa tip untuk manfaat sepenuhnya, dan tawaran terima kasih untuk kunjungan seterusnya.',
  },
  habit: {
    en: 'Glad to see you again! Here are some tips on the products you bought, and a small offer on your next order.',
    'zh-TW': '很高興再見到您！分享您購買商品的使用建議，下次訂購還有小小優惠。',
    'zh-CN': '很高兴再见到您！分享您购买商品的使用建议，下次订购还有小小优惠。',
    ms: 'Gembira bertemu anda lagi! Berikut tip tentang produk yang anda beli, dan tawaran kecil untuk pesanan seterusnya.',
  },
  limitedOffer: {
    en: 'We picked a few things for you from what you liked before, on offer for a limited time.',
    'zh-TW': '我們依您過去喜愛的商品為您挑選了幾樣好物，限時優惠中。',
    'zh-CN': '我们根据您过去喜爱的商品为您挑选了几样好物，限时优惠中。',
    ms: 'Kami pilih beberapa barangan untuk anda berdasarkan apa yang anda suka sebelum ini, dengan tawaran untuk masa terhad.',
  },
  personal: {
    en: 'We miss you! You have been one of our most valued customers. Is there anything we could do better? Just reply: we would love to hear from you.',
    'zh-TW': '好久不見，我們很想念您！您一直是我們最珍惜的顧客。有什麼我們可以做得更好的嗎？歡迎直接回覆告訴我們。',
    'zh-CN': '好久不见，我们很想念您！您一直是我们最珍惜的客户。有什么我们可以做得更好的吗？欢迎直接回复告诉我们。',
    ms: 'Kami rindukan anda! Anda antara pelanggan yang paling kami hargai. Adakah apa-apa yang boleh kami perbaiki? Balas sahaja: kami ingin mendengar daripada anda.',
  },
  winBack: {
    en: 'It has been a while! Here is a welcome-back offer on the things you used to love.',
    'zh-TW': '好久不見！您過去喜愛的商品現在有回流優惠，歡迎回來看看。',
    'zh-CN': '好久不见！您过去喜爱的商品现在有回流优惠，欢迎回来看看。',
    ms: 'Sudah lama tidak berjumpa! Ini tawaran selamat kembali untuk barangan yang anda gemari dahulu.',
  },
  reminder: {
    en: 'We have not seen you in a while: here are our most popular picks right now, with a discount just for you.',
    'zh-TW': '有一陣子沒見到您了：為您送上目前最受歡迎的商品，還有專屬折扣。',
    'zh-CN': '有一阵子没见到您了：为您送上目前最受欢迎的商品，还有专属折扣。',
    ms: 'Sudah agak lama kami tidak melihat anda: ini pilihan paling popular kami sekarang, dengan diskaun khas untuk anda.',
  },
  newsOnly: {
    en: 'Still interested? See what is new at our shop: we would be glad to have you back.',
    'zh-TW': '還在關注我們嗎？來看看店裡的新品吧，期待再次為您服務。',
    'zh-CN': '还在关注我们吗？来看看店里的新品吧，期待再次为您服务。',
    ms: 'Masih berminat? Lihat apa yang baharu di kedai kami: kami gembira jika anda kembali.',
  },
  news: {
    en: 'Thank you for shopping with us! Here is what is new this month.',
    'zh-TW': '感謝您的支持！來看看本月的新品。',
    'zh-CN': '感谢您的支持！来看看本月的新品。',
    ms: 'Terima kasih kerana membeli-belah dengan kami! Ini yang baharu bulan ini.',
  },
} satisfies Record<string, Localized>;

/** The built-in message of each preset segment id (Shopify-style and R `rfm` presets) and of "Others". */
const BY_SEGMENT = new Map<string, keyof typeof MESSAGES>(Object.entries({
  prospects: 'welcome',
  champions: 'vip',
  loyal: 'loyalty',
  loyal_customers: 'loyalty',
  potential_loyalist: 'loyalty',
  active: 'bundle',
  new: 'secondOrder',
  new_customers: 'secondOrder',
  promising: 'habit',
  needs_attention: 'limitedOffer',
  need_attention: 'limitedOffer',
  previously_loyal: 'personal',
  cant_lose_them: 'personal',
  at_risk: 'winBack',
  almost_lost: 'reminder',
  about_to_sleep: 'reminder',
  dormant: 'newsOnly',
  lost: 'newsOnly',
  [OTHERS_ID]: 'news',
} as const));

/**
 * The message suggested for a segment, in this order: the owner's template for its id, the built-in
 * message of a preset segment, the rule's own "What to do" text, else the general one.
 * @example suggestedMessage('champions', shopifySegments, {}, 'en') // 'Thank you for being one of our best customers! ...'
 */
export function suggestedMessage(segmentId: string, rules: readonly SegmentRule[], templates: CampaignTemplates, lang: Lang): string {
  // Own keys only: a segment id such as "constructor" must not find an inherited property.
  const own = new Map(Object.entries(templates)).get(segmentId);
  if (typeof own === 'string' && own.trim()) return own.trim();
  const preset = BY_SEGMENT.get(segmentId);
  if (preset) return MESSAGES[preset][lang];
  return rules.find((r) => r.id === segmentId)?.action?.[lang] ?? MESSAGES.news[lang];
}
