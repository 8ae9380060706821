import type { Localized } from '../i18n';
import type { RfmProfile } from './types';

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
