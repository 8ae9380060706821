import type { SegmentRule } from './types';

/**
 * The segment rules of R `rfm` 0.3.0's README and vignette (rsquaredacademy/rfm commit
 * 297ed8b34addaa4dcfdd5ab872fc6eba35e5db1c, `vignettes/rfm-introduction.Rmd` chunks "segments" and
 * "criteria"; the same vectors are in `README.md`): names, R/F/M ranges and the vignette's descriptions,
 * in the package's order (first match wins). Actions are ours. Written for 5 scores per dimension;
 * {@link rulesAtScores} rescales them to other score counts. The list ranks the groups in five tiers:
 * Champions; Potential Loyalist; the six middle groups (Loyal Customers to Need Attention, with
 * "Others"), which differ in kind, not rank (255 is At Risk, 245 Can't Lose Them); About To Sleep;
 * Lost. A customer with higher or equal R, F and M never lands in a lower tier.
 * Note these rules leave some score combinations to "Others" (e.g. 215); {@link validateRules} lists them.
 */
export const rfmPackageSegments: SegmentRule[] = [
  {
    id: 'champions',
    name: { en: 'Champions', 'zh-TW': '冠軍客戶', 'zh-CN': '冠军客户', ms: 'Juara' },
    r: [5, 5], f: [5, 5], m: [5, 5],
    description: { en: 'Bought recently, buy often and spend the most', 'zh-TW': '最近購買、經常購買且消費最多', 'zh-CN': '最近购买、经常购买且消费最多', ms: 'Membeli baru-baru ini, kerap membeli dan berbelanja paling banyak' },
    action: { en: 'Reward them; ask for reviews and referrals; early access to new products.', 'zh-TW': '給予回饋；邀請評論與推薦；新品搶先購。', 'zh-CN': '给予回馈；邀请评价与推荐；新品抢先购。', ms: 'Beri ganjaran; minta ulasan dan rujukan; akses awal produk baharu.' },
  },
  {
    id: 'potential_loyalist',
    name: { en: 'Potential Loyalist', 'zh-TW': '潛在忠實客戶', 'zh-CN': '潜在忠实客户', ms: 'Bakal pelanggan setia' },
    r: [3, 5], f: [3, 5], m: [2, 5],
    description: { en: 'Recent customers, spent good amount, bought more than once', 'zh-TW': '近期客戶，消費不少，購買超過一次', 'zh-CN': '近期客户，消费不少，购买超过一次', ms: 'Pelanggan baru-baru ini, berbelanja agak banyak, membeli lebih daripada sekali' },
    action: { en: 'Offer membership or a loyalty programme; recommend related products.', 'zh-TW': '邀請加入會員或忠誠計畫；推薦相關商品。', 'zh-CN': '邀请加入会员或忠诚计划；推荐相关商品。', ms: 'Tawarkan keahlian atau program kesetiaan; cadangkan produk berkaitan.' },
  },
  {
    id: 'loyal_customers',
    name: { en: 'Loyal Customers', 'zh-TW': '忠實客戶', 'zh-CN': '忠实客户', ms: 'Pelanggan setia' },
    r: [2, 4], f: [2, 4], m: [2, 4],
    description: { en: 'Spend good money. Responsive to promotions', 'zh-TW': '消費不錯，對促銷有反應', 'zh-CN': '消费不错，对促销有反应', ms: 'Berbelanja dengan baik. Responsif terhadap promosi' },
    action: { en: 'Upsell higher-value products; keep them in regular promotions.', 'zh-TW': '向上銷售高單價商品；持續納入定期促銷。', 'zh-CN': '向上销售高单价商品；持续纳入定期促销。', ms: 'Jual naik produk bernilai lebih tinggi; kekalkan dalam promosi berkala.' },
  },
  {
    id: 'promising',
    name: { en: 'Promising', 'zh-TW': '潛力客戶', 'zh-CN': '潜力客户', ms: 'Berpotensi' },
    r: [3, 4], f: [1, 3], m: [3, 5],
    description: { en: "Recent shoppers, but haven't spent much", 'zh-TW': '近期購物者，但消費還不多', 'zh-CN': '近期购物者，但消费还不多', ms: 'Pembeli baru-baru ini, tetapi belum berbelanja banyak' },
    action: { en: 'Build brand awareness; free trials or samples.', 'zh-TW': '建立品牌認知；提供試用或樣品。', 'zh-CN': '建立品牌认知；提供试用或样品。', ms: 'Bina kesedaran jenama; percubaan percuma atau sampel.' },
  },
  {
    id: 'new_customers',
    name: { en: 'New Customers', 'zh-TW': '新客戶', 'zh-CN': '新客户', ms: 'Pelanggan baharu' },
    r: [4, 5], f: [1, 3], m: [1, 5],
    description: { en: 'Bought more recently, but not often', 'zh-TW': '最近購買，但不常購買', 'zh-CN': '最近购买，但不常购买', ms: 'Membeli baru-baru ini, tetapi tidak kerap' },
    action: { en: 'Onboarding support and an early second-purchase offer.', 'zh-TW': '新客引導，並及早提供第二次購買優惠。', 'zh-CN': '新客引导，并及早提供第二次购买优惠。', ms: 'Sokongan permulaan dan tawaran belian kedua yang awal.' },
  },
  {
    id: 'cant_lose_them',
    name: { en: "Can't Lose Them", 'zh-TW': '不能失去的客戶', 'zh-CN': '不能失去的客户', ms: 'Tidak boleh hilang' },
    r: [1, 2], f: [3, 4], m: [4, 5],
    description: { en: 'Made big purchases and often, but long time ago', 'zh-TW': '曾經經常大額購買，但已是很久以前', 'zh-CN': '曾经经常大额购买，但已是很久以前', ms: 'Pernah membuat belian besar dan kerap, tetapi sudah lama' },
    action: { en: 'Win them back with renewals or new products; talk to them.', 'zh-TW': '以續購方案或新品挽回；主動與他們聯繫。', 'zh-CN': '以续购方案或新品挽回；主动与他们联系。', ms: 'Tarik semula dengan pembaharuan atau produk baharu; berhubung dengan mereka.' },
  },
  {
    id: 'at_risk',
    name: { en: 'At Risk', 'zh-TW': '流失風險', 'zh-CN': '流失风险', ms: 'Berisiko' },
    r: [1, 2], f: [2, 5], m: [4, 5],
    description: { en: 'Spent big money, purchased often but long time ago', 'zh-TW': '曾經大額且經常購買，但已是很久以前', 'zh-CN': '曾经大额且经常购买，但已是很久以前', ms: 'Pernah berbelanja besar dan kerap membeli tetapi sudah lama' },
    action: { en: 'Personalised win-back emails and offers.', 'zh-TW': '寄送個人化的挽回信件與優惠。', 'zh-CN': '发送个性化的挽回邮件与优惠。', ms: 'E-mel dan tawaran tarik semula yang diperibadikan.' },
  },
  {
    id: 'need_attention',
    name: { en: 'Need Attention', 'zh-TW': '需要關注', 'zh-CN': '需要关注', ms: 'Perlu perhatian' },
    r: [1, 3], f: [3, 5], m: [3, 5],
    description: { en: 'Above average recency, frequency & monetary values', 'zh-TW': '最近一次消費、頻率與金額都高於平均', 'zh-CN': '最近一次消费、频率与金额都高于平均', ms: 'Kebaruan, kekerapan dan nilai belian melebihi purata' },
    action: { en: 'Limited-time offers based on past purchases.', 'zh-TW': '依過去購買紀錄提供限時優惠。', 'zh-CN': '依过去购买记录提供限时优惠。', ms: 'Tawaran masa terhad berdasarkan belian lepas.' },
  },
  {
    id: 'about_to_sleep',
    name: { en: 'About To Sleep', 'zh-TW': '即將沉睡', 'zh-CN': '即将沉睡', ms: 'Hampir tidur' },
    r: [2, 3], f: [1, 3], m: [1, 4],
    description: { en: 'Below average recency, frequency & monetary values', 'zh-TW': '最近一次消費、頻率與金額都低於平均', 'zh-CN': '最近一次消费、频率与金额都低于平均', ms: 'Kebaruan, kekerapan dan nilai belian di bawah purata' },
    action: { en: 'Share popular products and a discount to reconnect.', 'zh-TW': '分享熱門商品並提供折扣，重新建立聯繫。', 'zh-CN': '分享热门商品并提供折扣，重新建立联系。', ms: 'Kongsi produk popular dan diskaun untuk berhubung semula.' },
  },
  {
    id: 'lost',
    name: { en: 'Lost', 'zh-TW': '已流失', 'zh-CN': '已流失', ms: 'Hilang' },
    r: [1, 1], f: [1, 5], m: [1, 5],
    description: { en: 'Bought a long time ago, average amount spent', 'zh-TW': '很久以前購買，消費金額一般', 'zh-CN': '很久以前购买，消费金额一般', ms: 'Membeli sudah lama, jumlah perbelanjaan sederhana' },
    action: { en: 'Try one reactivation campaign; otherwise leave them out.', 'zh-TW': '嘗試一次喚回活動；無效就不再投入。', 'zh-CN': '尝试一次唤回活动；无效就不再投入。', ms: 'Cuba satu kempen pengaktifan semula; jika tidak, abaikan.' },
  },
];
