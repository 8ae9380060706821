import type { Localized } from '../i18n';
import type { RfmProfile, TraitAttribute } from './types';

/** The noun of a persona name for each RFM profile. */
export const PROFILE_NOUNS: Record<RfmProfile, Localized> = {
  champions: { en: 'top customers', 'zh-TW': '頂級顧客', 'zh-CN': '顶级顾客', ms: 'pelanggan terbaik' },
  loyal: { en: 'repeat buyers', 'zh-TW': '忠實回購顧客', 'zh-CN': '忠实回购顾客', ms: 'pembeli tetap' },
  atRisk: { en: 'slipping regulars', 'zh-TW': '漸漸流失的常客', 'zh-CN': '渐渐流失的常客', ms: 'pelanggan tetap yang semakin jauh' },
  newcomers: { en: 'new customers', 'zh-TW': '新顧客', 'zh-CN': '新顾客', ms: 'pelanggan baharu' },
  bigSpenders: { en: 'big spenders', 'zh-TW': '高消費顧客', 'zh-CN': '高消费顾客', ms: 'pembelanja besar' },
  lapsed: { en: 'lapsed buyers', 'zh-TW': '沉睡顧客', 'zh-CN': '沉睡顾客', ms: 'pembeli yang sudah lama senyap' },
  occasional: { en: 'occasional buyers', 'zh-TW': '偶爾購買的顧客', 'zh-CN': '偶尔购买的顾客', ms: 'pembeli sekali-sekala' },
};

/** What each profile needs from the shop. */
export const PROFILE_NEEDS: Record<RfmProfile, Localized> = {
  champions: {
    en: 'To feel recognised and get first access; they already buy often and spend the most.',
    'zh-TW': '希望被重視、搶先享有新品；他們已經常買且花費最多。',
    'zh-CN': '希望被重视、抢先享有新品；他们已经常买且花费最多。',
    ms: 'Mahu dihargai dan mendapat akses awal; mereka sudah kerap membeli dan berbelanja paling banyak.',
  },
  loyal: {
    en: 'Reliable service and reasons to keep coming back; they buy regularly.',
    'zh-TW': '穩定的服務與持續回來的理由；他們固定回購。',
    'zh-CN': '稳定的服务与持续回来的理由；他们固定复购。',
    ms: 'Perkhidmatan yang boleh diharap dan sebab untuk terus kembali; mereka membeli secara tetap.',
  },
  atRisk: {
    en: 'A reason to return: they used to buy often or spend well but have not bought for a while.',
    'zh-TW': '一個回來的理由：他們以前常買或花費不少，但已經一段時間沒有購買。',
    'zh-CN': '一个回来的理由：他们以前常买或花费不少，但已经一段时间没有购买。',
    ms: 'Sebab untuk kembali: dahulu mereka kerap membeli atau berbelanja besar tetapi sudah lama tidak membeli.',
  },
  newcomers: {
    en: 'A good first experience and a nudge to the second purchase; they bought recently, only once or twice.',
    'zh-TW': '良好的初次體驗，以及促成第二次購買的推力；他們最近才買過一兩次。',
    'zh-CN': '良好的初次体验，以及促成第二次购买的推力；他们最近才买过一两次。',
    ms: 'Pengalaman pertama yang baik dan dorongan untuk belian kedua; mereka baru membeli sekali dua.',
  },
  bigSpenders: {
    en: 'Premium choices and personal attention; they spend a lot per visit but come rarely.',
    'zh-TW': '高階選擇與個人化服務；他們每次花費高但不常來。',
    'zh-CN': '高端选择与个性化服务；他们每次花费高但不常来。',
    ms: 'Pilihan premium dan layanan peribadi; mereka berbelanja besar setiap kali tetapi jarang datang.',
  },
  lapsed: {
    en: 'A strong reason to come back, or nothing at all; they bought little and long ago.',
    'zh-TW': '強烈的回流誘因，否則不必投入；他們很久以前買過少量商品。',
    'zh-CN': '强烈的回流诱因，否则不必投入；他们很久以前买过少量商品。',
    ms: 'Sebab yang kuat untuk kembali, atau tiada langsung; mereka membeli sedikit dan sudah lama.',
  },
  occasional: {
    en: 'Reminders at the right moment; they buy now and then without a strong habit.',
    'zh-TW': '在適當時機提醒；他們偶爾購買，尚未養成習慣。',
    'zh-CN': '在适当时机提醒；他们偶尔购买，尚未养成习惯。',
    ms: 'Peringatan pada masa yang sesuai; mereka membeli sekali-sekala tanpa tabiat yang kuat.',
  },
};

/** The suggested action for each profile (the RFM playbook: reward, retain, win back, convert, let go). */
export const PROFILE_ACTIONS: Record<RfmProfile, Localized> = {
  champions: {
    en: 'Reward them: VIP perks, early access to new products, and ask for reviews and referrals. Avoid discounts they do not need.',
    'zh-TW': '回饋他們：VIP 禮遇、新品搶先購，並邀請評價與推薦親友。不必給他們不需要的折扣。',
    'zh-CN': '回馈他们：VIP 礼遇、新品抢先购，并邀请评价与推荐亲友。不必给他们不需要的折扣。',
    ms: 'Hargai mereka: keistimewaan VIP, akses awal produk baharu, dan minta ulasan serta rujukan. Elakkan diskaun yang tidak perlu.',
  },
  loyal: {
    en: 'Keep them: a loyalty programme or points, and upsell or cross-sell related products.',
    'zh-TW': '留住他們：會員集點或忠誠計畫，並推薦加購或相關商品。',
    'zh-CN': '留住他们：会员积分或忠诚计划，并推荐加购或相关商品。',
    ms: 'Kekalkan mereka: program kesetiaan atau mata ganjaran, dan jual naik atau jual silang produk berkaitan.',
  },
  atRisk: {
    en: 'Win them back now: a personal "we miss you" message with a time-limited offer on what they used to buy.',
    'zh-TW': '立即挽回：寄送個人化的「好久不見」訊息，附上他們常買商品的限時優惠。',
    'zh-CN': '立即挽回：发送个性化的“好久不见”消息，附上他们常买商品的限时优惠。',
    ms: 'Menangi semula sekarang: mesej peribadi "kami rindu anda" dengan tawaran terhad masa untuk barangan yang biasa dibeli.',
  },
  newcomers: {
    en: 'Welcome them: a thank-you and onboarding series, and a second-purchase incentive within the first weeks.',
    'zh-TW': '歡迎他們：感謝與新客引導訊息，並在頭幾週提供第二次購買的誘因。',
    'zh-CN': '欢迎他们：感谢与新客引导消息，并在头几周提供第二次购买的诱因。',
    ms: 'Alu-alukan mereka: ucapan terima kasih dan siri pengenalan, serta insentif belian kedua dalam minggu pertama.',
  },
  bigSpenders: {
    en: 'Bring them back more often: personal recommendations of premium products and reminders timed to their last purchase.',
    'zh-TW': '讓他們更常回來：個人化推薦高價商品，並依上次購買時間安排提醒。',
    'zh-CN': '让他们更常回来：个性化推荐高价商品，并按上次购买时间安排提醒。',
    ms: 'Bawa mereka kembali lebih kerap: cadangan peribadi produk premium dan peringatan mengikut masa belian terakhir.',
  },
  lapsed: {
    en: 'Try one low-cost reactivation offer; if they do not respond, stop spending on them.',
    'zh-TW': '嘗試一次低成本的喚回優惠；若沒有回應，就停止在他們身上投入。',
    'zh-CN': '尝试一次低成本的唤回优惠；若没有回应，就停止在他们身上投入。',
    ms: 'Cuba satu tawaran aktifkan semula yang murah; jika tiada respons, hentikan perbelanjaan untuk mereka.',
  },
  occasional: {
    en: 'Stay in touch: seasonal reminders and bundles that give a reason to buy more often.',
    'zh-TW': '保持聯繫：季節性提醒與組合優惠，給他們更常購買的理由。',
    'zh-CN': '保持联系：季节性提醒与组合优惠，给他们更常购买的理由。',
    ms: 'Kekal berhubung: peringatan bermusim dan pakej yang memberi sebab untuk membeli lebih kerap.',
  },
};

export const AGE_WORDS: Record<'young' | 'middle' | 'senior', Localized> = {
  young: { en: 'young', 'zh-TW': '年輕', 'zh-CN': '年轻', ms: 'muda' },
  middle: { en: 'middle-aged', 'zh-TW': '中年', 'zh-CN': '中年', ms: 'separuh umur' },
  senior: { en: 'senior', 'zh-TW': '熟齡', 'zh-CN': '熟龄', ms: 'warga emas' },
};

export const GENDER_WORDS: Record<'female' | 'male', Localized> = {
  female: { en: 'female', 'zh-TW': '女性', 'zh-CN': '女性', ms: 'wanita' },
  male: { en: 'male', 'zh-TW': '男性', 'zh-CN': '男性', ms: 'lelaki' },
};

/**
 * How a name is put together: {age} {gender} {noun} {place}. Chinese puts the place first and needs no
 * spaces; Malay puts adjectives after the noun.
 */
export const NAME_TEMPLATES: Localized = {
  en: '{age} {gender} {noun} {place}',
  'zh-TW': '{place}{age}{gender}{noun}',
  'zh-CN': '{place}{age}{gender}{noun}',
  ms: '{noun} {gender} {age} {place}',
};

/** The place part of a name ("in Taipei"). */
export const PLACE_TEMPLATES: Localized = { en: 'in {city}', 'zh-TW': '{city}', 'zh-CN': '{city}', ms: 'di {city}' };

/** An age band as a sentence names it ("aged 25-34"). */
export const AGE_BAND_TEXT: Localized = { en: 'aged {band}', 'zh-TW': '{band} 歲', 'zh-CN': '{band} 岁', ms: 'berumur {band} tahun' };

/**
 * What a persona's distinguishing trait adds to its needs: why the trait matters to it. Appended to the
 * profile's needs, so two personas of one profile read differently when a different trait sets each apart.
 */
export const TRAIT_NEEDS: Record<TraitAttribute, Localized> = {
  city: {
    en: 'More of them are in {value} than among all customers, so local delivery, language and dates count.',
    'zh-TW': '他們在{value}的比例高於全體顧客，在地的配送、語言與節日更重要。',
    'zh-CN': '他们在{value}的比例高于全体客户，本地的配送、语言与节日更重要。',
    ms: 'Lebih ramai daripada mereka berada di {value} berbanding semua pelanggan, jadi penghantaran, bahasa dan tarikh tempatan penting.',
  },
  channel: {
    en: 'More of them came through {value} than other customers did.',
    'zh-TW': '他們經由{value}而來的比例高於其他顧客。',
    'zh-CN': '他们经由{value}而来的比例高于其他客户。',
    ms: 'Lebih ramai daripada mereka datang melalui {value} berbanding pelanggan lain.',
  },
  gender: {
    en: 'More of them are {value} than among all customers.',
    'zh-TW': '他們當中{value}的比例高於全體顧客。',
    'zh-CN': '他们当中{value}的比例高于全体客户。',
    ms: 'Lebih ramai daripada mereka {value} berbanding semua pelanggan.',
  },
  ageBand: {
    en: 'More of them are {value} than among all customers.',
    'zh-TW': '他們當中{value}的比例高於全體顧客。',
    'zh-CN': '他们当中{value}的比例高于全体客户。',
    ms: 'Lebih ramai daripada mereka {value} berbanding semua pelanggan.',
  },
};

/** What to do about the distinguishing trait, appended to the profile's action. */
export const TRAIT_ACTIONS: Record<TraitAttribute, Localized> = {
  city: {
    en: 'Start with those in {value}: write in their language and send at their local time.',
    'zh-TW': '先從{value}的顧客開始：用他們的語言撰寫，並在當地時間發送。',
    'zh-CN': '先从{value}的客户开始：用他们的语言撰写，并在当地时间发送。',
    ms: 'Mulakan dengan mereka di {value}: tulis dalam bahasa mereka dan hantar pada waktu tempatan.',
  },
  channel: { en: 'Reach them through {value} first.', 'zh-TW': '優先透過{value}接觸他們。', 'zh-CN': '优先通过{value}触达他们。', ms: 'Hubungi mereka melalui {value} dahulu.' },
  gender: {
    en: 'Check that the products and pictures you show suit {value} customers.',
    'zh-TW': '確認展示的商品與圖片適合{value}顧客。',
    'zh-CN': '确认展示的商品与图片适合{value}客户。',
    ms: 'Pastikan produk dan gambar yang ditunjukkan sesuai untuk pelanggan {value}.',
  },
  ageBand: {
    en: 'Pick products and a tone for people {value}.',
    'zh-TW': '挑選適合{value}族群的商品與語氣。',
    'zh-CN': '挑选适合{value}人群的商品与语气。',
    ms: 'Pilih produk dan nada untuk mereka yang {value}.',
  },
};

/** Each compared attribute as a noun: profile labels, "nothing stands out" lists and what is left to fill in. */
export const ATTRIBUTE_WORDS: Record<TraitAttribute, Localized> = {
  city: { en: 'place', 'zh-TW': '地區', 'zh-CN': '地区', ms: 'lokasi' },
  channel: { en: 'channel', 'zh-TW': '通路', 'zh-CN': '渠道', ms: 'saluran' },
  gender: { en: 'gender', 'zh-TW': '性別', 'zh-CN': '性别', ms: 'jantina' },
  ageBand: { en: 'age band', 'zh-TW': '年齡層', 'zh-CN': '年龄段', ms: 'lingkungan umur' },
};

/** The marker of what the data cannot tell and the owner should complete. */
export const TO_FILL_IN: Localized = { en: '[To fill in: {items}]', 'zh-TW': '【待填寫：{items}】', 'zh-CN': '【待填写：{items}】', ms: '[Untuk diisi: {items}]' };

/** Template items no sheet column gives. */
export const FILL_IN_ITEMS: Record<'occupation' | 'income' | 'family' | 'values' | 'interests' | 'lifestyle' | 'products' | 'when' | 'occasion' | 'reach', Localized> = {
  occupation: { en: 'occupation', 'zh-TW': '職業', 'zh-CN': '职业', ms: 'pekerjaan' },
  income: { en: 'income band', 'zh-TW': '收入區間', 'zh-CN': '收入区间', ms: 'julat pendapatan' },
  family: { en: 'family situation', 'zh-TW': '家庭狀況', 'zh-CN': '家庭状况', ms: 'keadaan keluarga' },
  values: { en: 'values', 'zh-TW': '價值觀', 'zh-CN': '价值观', ms: 'nilai' },
  interests: { en: 'interests', 'zh-TW': '興趣', 'zh-CN': '兴趣', ms: 'minat' },
  lifestyle: { en: 'lifestyle', 'zh-TW': '生活方式', 'zh-CN': '生活方式', ms: 'gaya hidup' },
  products: { en: 'which products they buy', 'zh-TW': '常買哪些商品', 'zh-CN': '常买哪些商品', ms: 'produk yang mereka beli' },
  when: { en: 'which days and hours they buy', 'zh-TW': '在星期幾、什麼時段購買', 'zh-CN': '在星期几、什么时段购买', ms: 'hari dan waktu mereka membeli' },
  occasion: {
    en: 'the occasion they buy for (gift, restock, treat…)',
    'zh-TW': '購買的情境（送禮、補貨、犒賞自己…）',
    'zh-CN': '购买的情境（送礼、补货、犒赏自己…）',
    ms: 'situasi mereka membeli (hadiah, tambah stok, ganjaran diri…)',
  },
  reach: {
    en: 'where to reach them (email, SMS, LINE, WhatsApp…)',
    'zh-TW': '在哪裡接觸他們（電子郵件、簡訊、LINE、WhatsApp…）',
    'zh-CN': '在哪里触达他们（电子邮件、短信、微信、WhatsApp…）',
    ms: 'di mana boleh menghubungi mereka (e-mel, SMS, WhatsApp…)',
  },
};

/** How lists and sentences are joined: "a, b and c" / "a、b與c"; parts of a line; sentences of a cell. */
export const LIST_SEPARATOR: Localized = { en: ', ', 'zh-TW': '、', 'zh-CN': '、', ms: ', ' };
export const LIST_AND: Localized = { en: ' and ', 'zh-TW': '與', 'zh-CN': '与', ms: ' dan ' };
export const SENTENCE_SPACE: Localized = { en: ' ', 'zh-TW': '', 'zh-CN': '', ms: ' ' };

/** One attribute of the basic profile: its most common value and that value's share of the persona. */
export const PROFILE_PART: Localized = { en: '{label}: {value} ({share})', 'zh-TW': '{label}：{value}（{share}）', 'zh-CN': '{label}：{value}（{share}）', ms: '{label}: {value} ({share})' };

/** How often the persona buys, relative to all customers. */
export const HOW_OFTEN: Record<'once' | 'often' | 'typical' | 'rarely', Localized> = {
  once: { en: 'Most bought only once', 'zh-TW': '多數只買過一次', 'zh-CN': '多数只买过一次', ms: 'Kebanyakan hanya membeli sekali' },
  often: { en: 'Buy more often than most customers', 'zh-TW': '比多數顧客更常購買', 'zh-CN': '比多数客户更常购买', ms: 'Membeli lebih kerap daripada kebanyakan pelanggan' },
  typical: { en: 'Buy about as often as the typical customer', 'zh-TW': '購買頻率與一般顧客相近', 'zh-CN': '购买频率与一般客户相近', ms: 'Membeli sekerap pelanggan biasa' },
  rarely: { en: 'Buy less often than most customers', 'zh-TW': '比多數顧客少買', 'zh-CN': '比多数客户少买', ms: 'Membeli kurang kerap daripada kebanyakan pelanggan' },
};

/** The shopping-habits sentence: how often and how much per order. */
export const HABITS: Localized = {
  en: '{howOften}, about {orderValue} per order.',
  'zh-TW': '{howOften}，每筆約 {orderValue}。',
  'zh-CN': '{howOften}，每笔约 {orderValue}。',
  ms: '{howOften}, kira-kira {orderValue} setiap pesanan.',
};

/** The persona's situation from its recency. */
export const SITUATIONS: Record<'recent' | 'typical' | 'quiet' | 'overAYear', Localized> = {
  recent: { en: 'Among your most recent buyers: they are buying now.', 'zh-TW': '是最近購買的一群：他們正在購買。', 'zh-CN': '是最近购买的一群：他们正在购买。', ms: 'Antara pembeli paling baru: mereka sedang membeli.' },
  typical: { en: 'Last bought about as recently as the typical customer.', 'zh-TW': '上次購買的時間與一般顧客相近。', 'zh-CN': '上次购买的时间与一般客户相近。', ms: 'Kali terakhir membeli lebih kurang sama seperti pelanggan biasa.' },
  quiet: { en: 'Quieter than most customers: they have not bought for a while.', 'zh-TW': '比多數顧客沉寂：已有一段時間沒有購買。', 'zh-CN': '比多数客户沉寂：已有一段时间没有购买。', ms: 'Lebih senyap daripada kebanyakan pelanggan: sudah lama tidak membeli.' },
  overAYear: { en: 'Most have not bought for over a year.', 'zh-TW': '多數已超過一年沒有購買。', 'zh-CN': '多数已超过一年没有购买。', ms: 'Kebanyakan tidak membeli lebih daripada setahun.' },
};

/** The preferred channel from the data: the most common one and its share. */
export const CHANNEL_SHARE: Localized = { en: '{value} ({share} of them)', 'zh-TW': '{value}（占 {share}）', 'zh-CN': '{value}（占 {share}）', ms: '{value} ({share} daripada mereka)' };

/** One over-represented value: its share in the persona and among all customers. */
export const LIFT_ITEM: Localized = {
  en: '{value}: {share} of them, {overall} of all customers',
  'zh-TW': '{value}：占他們的 {share}，全體顧客為 {overall}',
  'zh-CN': '{value}：占他们的 {share}，全体客户为 {overall}',
  ms: '{value}: {share} daripada mereka, {overall} daripada semua pelanggan',
};

/** "More common than…" when no value is over-represented, and when the data has nothing to compare. */
export const NOTHING_STANDS_OUT: Localized = {
  en: 'Nothing stands out: by {attributes} they are like all customers.',
  'zh-TW': '沒有特別突出的特徵：他們在{attributes}上與全體顧客相近。',
  'zh-CN': '没有特别突出的特征：他们在{attributes}上与全体客户相近。',
  ms: 'Tiada yang menonjol: dari segi {attributes}, mereka sama seperti semua pelanggan.',
};
export const NOTHING_TO_COMPARE: Localized = {
  en: 'Nothing to compare: the data has no city, region, country, channel, gender or age column.',
  'zh-TW': '無從比較：資料中沒有城市、地區、國家、通路、性別或年齡欄位。',
  'zh-CN': '无从比较：数据中没有城市、地区、国家、渠道、性别或年龄列。',
  ms: 'Tiada perbandingan: data tidak mempunyai lajur bandar, wilayah, negara, saluran, jantina atau umur.',
};
