import type { SegmentRule } from './types';

const ANY: [number, number] = [1, 5];

/**
 * The default segments: the 11 groups small businesses see in Shopify's customer segmentation
 * (Champions, Loyal, Active, New, Promising, Needs attention, At risk, Previously loyal, Almost lost,
 * Dormant, Prospects), placed on the R × FM grid Shopify describes (FM = (F + M) / 2; Shopify help
 * "RFM customer analysis", and the group meanings in Shopify's GraphQL Admin `CustomerRfmGroup` enum).
 * Shopify does not publish the exact cells, so the grid below is our reading of those descriptions,
 * written out so users can see and edit it; it covers every cell of the 5 × 5 grid exactly once:
 *
 * ```
 * FM \ R    1          2           3           4          5
 * 4.5–5   Prev.loyal Prev.loyal  Loyal       Loyal      Champions
 * 4       At risk    At risk     Loyal       Loyal      Champions
 * 3–3.5   At risk    At risk     Needs att.  Active     Active
 * 2.5     Dormant    Almost lost Needs att.  Active     Active
 * 1–2     Dormant    Almost lost Needs att.  Promising  New
 * ```
 * Prospects (no orders yet, scores 0) come first. Written for 5 scores per dimension;
 * {@link rulesAtScores} rescales it to other score counts. After Prospects the list runs from the best
 * group to the worst: a customer with higher or equal R, F and M never lands in a later group.
 */
export const shopifySegments: SegmentRule[] = [
  {
    id: 'prospects',
    name: { en: 'Prospects', 'zh-TW': '潛在客戶', 'zh-CN': '潜在客户', ms: 'Prospek' },
    r: [0, 0], f: [0, 0], m: [0, 0],
    description: { en: 'Signed up or were added but have not ordered yet.', 'zh-TW': '已註冊或已加入名單，但尚未下單。', 'zh-CN': '已注册或已加入名单，但尚未下单。', ms: 'Telah mendaftar atau ditambah tetapi belum membuat pesanan.' },
    action: { en: 'Welcome series and a first-order incentive.', 'zh-TW': '寄送歡迎系列訊息並提供首購優惠。', 'zh-CN': '发送欢迎系列信息并提供首单优惠。', ms: 'Siri alu-aluan dan insentif pesanan pertama.' },
  },
  {
    id: 'champions',
    name: { en: 'Champions', 'zh-TW': '冠軍客戶', 'zh-CN': '冠军客户', ms: 'Juara' },
    r: [5, 5], f: ANY, m: ANY, fm: [4, 5],
    description: { en: 'Bought very recently, order often and spend the most.', 'zh-TW': '最近剛購買、經常下單且消費最多。', 'zh-CN': '最近刚购买、经常下单且消费最多。', ms: 'Membeli baru-baru ini, kerap membuat pesanan dan berbelanja paling banyak.' },
    action: { en: 'Reward them: VIP perks and early access; ask for reviews and referrals.', 'zh-TW': '給予回饋：VIP 禮遇與搶先購；邀請他們留下評論並推薦親友。', 'zh-CN': '给予回馈：VIP 礼遇与抢先购；邀请他们留下评价并推荐亲友。', ms: 'Beri ganjaran: keistimewaan VIP dan akses awal; minta ulasan dan rujukan.' },
  },
  {
    id: 'loyal',
    name: { en: 'Loyal', 'zh-TW': '忠實客戶', 'zh-CN': '忠实客户', ms: 'Setia' },
    r: [3, 4], f: ANY, m: ANY, fm: [4, 5],
    description: { en: 'Bought recently, order often and spend a lot.', 'zh-TW': '近期有購買、經常下單且消費高。', 'zh-CN': '近期有购买、经常下单且消费高。', ms: 'Membeli baru-baru ini, kerap membuat pesanan dan berbelanja banyak.' },
    action: { en: 'Loyalty programme and upsell higher-value products.', 'zh-TW': '推出會員忠誠計畫，並向上銷售高單價商品。', 'zh-CN': '推出会员忠诚计划，并向上销售高单价商品。', ms: 'Program kesetiaan dan jual naik produk bernilai lebih tinggi.' },
  },
  {
    id: 'active',
    name: { en: 'Active', 'zh-TW': '活躍客戶', 'zh-CN': '活跃客户', ms: 'Aktif' },
    r: [4, 5], f: ANY, m: ANY, fm: [2.5, 3.5],
    description: { en: 'Bought recently, with some orders and moderate spend.', 'zh-TW': '近期有購買，下單次數與消費金額中等。', 'zh-CN': '近期有购买，下单次数与消费金额中等。', ms: 'Membeli baru-baru ini, dengan beberapa pesanan dan perbelanjaan sederhana.' },
    action: { en: 'Cross-sell related products and bundles to raise order value.', 'zh-TW': '交叉銷售相關商品與組合，提高客單價。', 'zh-CN': '交叉销售相关商品与组合，提高客单价。', ms: 'Jual silang produk berkaitan dan pakej untuk menaikkan nilai pesanan.' },
  },
  {
    id: 'new',
    name: { en: 'New', 'zh-TW': '新客戶', 'zh-CN': '新客户', ms: 'Baharu' },
    r: [5, 5], f: ANY, m: ANY, fm: [1, 2],
    description: { en: 'Bought very recently, but few orders and low spend so far.', 'zh-TW': '最近剛購買，但目前下單次數少、消費低。', 'zh-CN': '最近刚购买，但目前下单次数少、消费低。', ms: 'Membeli baru-baru ini, tetapi setakat ini sedikit pesanan dan perbelanjaan rendah.' },
    action: { en: 'Onboard them and give a reason for a second order soon.', 'zh-TW': '做好新客引導，並盡快給他們第二次購買的理由。', 'zh-CN': '做好新客引导，并尽快给他们第二次购买的理由。', ms: 'Bimbing mereka dan beri sebab untuk pesanan kedua tidak lama lagi.' },
  },
  {
    id: 'promising',
    name: { en: 'Promising', 'zh-TW': '潛力客戶', 'zh-CN': '潜力客户', ms: 'Berpotensi' },
    r: [4, 4], f: ANY, m: ANY, fm: [1, 2],
    description: { en: 'Bought fairly recently, with few orders and low spend.', 'zh-TW': '近期有購買，但下單次數少、消費低。', 'zh-CN': '近期有购买，但下单次数少、消费低。', ms: 'Membeli agak baru-baru ini, dengan sedikit pesanan dan perbelanjaan rendah.' },
    action: { en: 'Build the habit: product tips, a small repeat-purchase offer.', 'zh-TW': '培養購買習慣：提供商品使用建議與小額回購優惠。', 'zh-CN': '培养购买习惯：提供商品使用建议与小额复购优惠。', ms: 'Bina tabiat: tip produk dan tawaran kecil untuk belian semula.' },
  },
  {
    id: 'needs_attention',
    name: { en: 'Needs attention', 'zh-TW': '需要關注', 'zh-CN': '需要关注', ms: 'Perlu perhatian' },
    r: [3, 3], f: ANY, m: ANY, fm: [1, 3.5],
    description: { en: 'Bought a while ago, with some orders and moderate spend; starting to slip.', 'zh-TW': '一段時間前購買過，次數與金額中等；開始疏遠。', 'zh-CN': '一段时间前购买过，次数与金额中等；开始疏远。', ms: 'Membeli agak lama dahulu, dengan beberapa pesanan dan perbelanjaan sederhana; mula menjauh.' },
    action: { en: 'Limited-time offer or personal recommendation before they drift away.', 'zh-TW': '在他們流失前提供限時優惠或個人化推薦。', 'zh-CN': '在他们流失前提供限时优惠或个性化推荐。', ms: 'Tawaran masa terhad atau cadangan peribadi sebelum mereka menjauh.' },
  },
  {
    id: 'previously_loyal',
    name: { en: 'Previously loyal', 'zh-TW': '曾經忠實', 'zh-CN': '曾经忠实', ms: 'Pernah setia' },
    r: [1, 2], f: ANY, m: ANY, fm: [4.5, 5],
    description: { en: 'Have not bought for a long time, but ordered very often and spent the most.', 'zh-TW': '很久沒有購買，但過去非常頻繁下單且消費最多。', 'zh-CN': '很久没有购买，但过去非常频繁下单且消费最多。', ms: 'Sudah lama tidak membeli, tetapi dahulu sangat kerap membuat pesanan dan berbelanja paling banyak.' },
    action: { en: 'Personal win-back: reach out one to one and ask what changed.', 'zh-TW': '個別挽回：一對一聯繫，了解他們為何離開。', 'zh-CN': '个别挽回：一对一联系，了解他们为何离开。', ms: 'Tarik semula secara peribadi: hubungi satu per satu dan tanya apa yang berubah.' },
  },
  {
    id: 'at_risk',
    name: { en: 'At risk', 'zh-TW': '流失風險', 'zh-CN': '流失风险', ms: 'Berisiko' },
    r: [1, 2], f: ANY, m: ANY, fm: [3, 4],
    description: { en: 'Have not bought for a while, but have a strong history of orders and spend.', 'zh-TW': '一段時間沒有購買，但過去的下單與消費紀錄良好。', 'zh-CN': '一段时间没有购买，但过去的下单与消费记录良好。', ms: 'Sudah lama tidak membeli, tetapi mempunyai sejarah pesanan dan perbelanjaan yang kukuh.' },
    action: { en: 'Win-back offer and a reminder of what they used to buy.', 'zh-TW': '提供回流優惠，並提醒他們過去喜愛的商品。', 'zh-CN': '提供回流优惠，并提醒他们过去喜爱的商品。', ms: 'Tawaran tarik semula dan peringatan tentang barang yang pernah dibeli.' },
  },
  {
    id: 'almost_lost',
    name: { en: 'Almost lost', 'zh-TW': '即將流失', 'zh-CN': '即将流失', ms: 'Hampir hilang' },
    r: [2, 2], f: ANY, m: ANY, fm: [1, 2.5],
    description: { en: 'Have not bought for a while, with few orders and low spend.', 'zh-TW': '一段時間沒有購買，下單次數少、消費低。', 'zh-CN': '一段时间没有购买，下单次数少、消费低。', ms: 'Sudah lama tidak membeli, dengan sedikit pesanan dan perbelanjaan rendah.' },
    action: { en: 'Low-cost reactivation: a discount reminder by email or message.', 'zh-TW': '低成本喚回：以電子郵件或訊息寄送折扣提醒。', 'zh-CN': '低成本唤回：以电子邮件或消息发送折扣提醒。', ms: 'Pengaktifan semula kos rendah: peringatan diskaun melalui e-mel atau mesej.' },
  },
  {
    id: 'dormant',
    name: { en: 'Dormant', 'zh-TW': '沉睡客戶', 'zh-CN': '沉睡客户', ms: 'Dorman' },
    r: [1, 1], f: ANY, m: ANY, fm: [1, 2.5],
    description: { en: 'Last bought long ago, rarely ordered and spent little.', 'zh-TW': '很久以前購買過，很少下單且消費低。', 'zh-CN': '很久以前购买过，很少下单且消费低。', ms: 'Kali terakhir membeli sudah lama, jarang membuat pesanan dan berbelanja sedikit.' },
    action: { en: 'Include only in cheap broad campaigns; do not spend much to win them back.', 'zh-TW': '只放進低成本的大眾活動；不必花大錢挽回。', 'zh-CN': '只放进低成本的大众活动；不必花大钱挽回。', ms: 'Masukkan hanya dalam kempen umum yang murah; jangan belanja banyak untuk menarik mereka semula.' },
  },
];
