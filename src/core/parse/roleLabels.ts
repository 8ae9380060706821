import type { Lang } from '../types';
import type { Localized } from '../i18n';
import type { Role } from './roles';

/** What each role is called in the sidebar's column picker, in the four languages. */
export const ROLE_LABELS: Record<Role, Localized> = {
  customerId: { en: 'Customer ID', 'zh-TW': '客戶編號', 'zh-CN': '客户编号', ms: 'ID pelanggan' },
  orderId: { en: 'Order ID', 'zh-TW': '訂單編號', 'zh-CN': '订单编号', ms: 'ID pesanan' },
  orderDate: { en: 'Order date', 'zh-TW': '訂單日期', 'zh-CN': '订单日期', ms: 'Tarikh pesanan' },
  amount: { en: 'Amount', 'zh-TW': '金額', 'zh-CN': '金额', ms: 'Amaun' },
  quantity: { en: 'Quantity', 'zh-TW': '數量', 'zh-CN': '数量', ms: 'Kuantiti' },
  unitPrice: { en: 'Unit price', 'zh-TW': '單價', 'zh-CN': '单价', ms: 'Harga seunit' },
  product: { en: 'Product (SKU / ID)', 'zh-TW': '商品編號', 'zh-CN': '商品编号', ms: 'Kod produk' },
  productName: { en: 'Product name', 'zh-TW': '商品名稱', 'zh-CN': '商品名称', ms: 'Nama produk' },
  channel: { en: 'Sales channel', 'zh-TW': '銷售通路', 'zh-CN': '销售渠道', ms: 'Saluran jualan' },
  status: { en: 'Order status', 'zh-TW': '訂單狀態', 'zh-CN': '订单状态', ms: 'Status pesanan' },
  cancelledAt: { en: 'Cancelled at', 'zh-TW': '取消日期', 'zh-CN': '取消日期', ms: 'Tarikh batal' },
  name: { en: 'Name', 'zh-TW': '姓名', 'zh-CN': '姓名', ms: 'Nama' },
  email: { en: 'Email', 'zh-TW': '電子郵件', 'zh-CN': '电子邮件', ms: 'E-mel' },
  phone: { en: 'Phone', 'zh-TW': '電話', 'zh-CN': '电话', ms: 'No. telefon' },
  messagingId: { en: 'LINE / WhatsApp ID', 'zh-TW': 'LINE / WhatsApp ID', 'zh-CN': 'LINE / WhatsApp / 微信 ID', ms: 'ID LINE / WhatsApp' },
  age: { en: 'Age', 'zh-TW': '年齡', 'zh-CN': '年龄', ms: 'Umur' },
  gender: { en: 'Gender', 'zh-TW': '性別', 'zh-CN': '性别', ms: 'Jantina' },
  city: { en: 'City', 'zh-TW': '城市', 'zh-CN': '城市', ms: 'Bandar' },
  region: { en: 'Region', 'zh-TW': '地區', 'zh-CN': '地区', ms: 'Wilayah' },
  country: { en: 'Country', 'zh-TW': '國家', 'zh-CN': '国家', ms: 'Negara' },
  signupDate: { en: 'Sign-up date', 'zh-TW': '註冊日期', 'zh-CN': '注册日期', ms: 'Tarikh daftar' },
  birthday: { en: 'Birthday', 'zh-TW': '生日', 'zh-CN': '生日', ms: 'Tarikh lahir' },
  acquisitionChannel: { en: 'Acquisition channel', 'zh-TW': '獲客管道', 'zh-CN': '获客渠道', ms: 'Saluran pemerolehan' },
  income: { en: 'Income', 'zh-TW': '收入', 'zh-CN': '收入', ms: 'Pendapatan' },
  occupation: { en: 'Occupation', 'zh-TW': '職業', 'zh-CN': '职业', ms: 'Pekerjaan' },
  education: { en: 'Education', 'zh-TW': '教育程度', 'zh-CN': '教育程度', ms: 'Pendidikan' },
  interests: { en: 'Interests / lifestyle', 'zh-TW': '興趣 / 生活型態', 'zh-CN': '兴趣 / 生活方式', ms: 'Minat / gaya hidup' },
  language: { en: 'Language', 'zh-TW': '語言', 'zh-CN': '语言', ms: 'Bahasa' },
  device: { en: 'Device', 'zh-TW': '裝置', 'zh-CN': '设备', ms: 'Peranti' },
  marketingOptOut: { en: 'Marketing opt-out', 'zh-TW': '拒收行銷', 'zh-CN': '拒收营销', ms: 'Tolak pemasaran' },
  smsOptOut: { en: 'SMS / messaging opt-out', 'zh-TW': '拒收簡訊 / 訊息', 'zh-CN': '拒收短信 / 消息', ms: 'Tolak SMS / mesej' },
  satisfaction: { en: 'Satisfaction / NPS', 'zh-TW': '滿意度 / NPS', 'zh-CN': '满意度 / NPS', ms: 'Kepuasan / NPS' },
  totalSpent: { en: 'Total spent', 'zh-TW': '累計消費', 'zh-CN': '累计消费', ms: 'Jumlah perbelanjaan' },
  orderCount: { en: 'Number of orders', 'zh-TW': '訂單數', 'zh-CN': '订单数', ms: 'Bilangan pesanan' },
  firstOrderDate: { en: 'First order date', 'zh-TW': '首次購買日期', 'zh-CN': '首次购买日期', ms: 'Tarikh pesanan pertama' },
  lastOrderDate: { en: 'Last order date', 'zh-TW': '最後購買日期', 'zh-CN': '最后购买日期', ms: 'Tarikh pesanan terakhir' },
};

/** A role's name in a language. @example roleLabel('orderDate', 'zh-TW') // '訂單日期' */
export function roleLabel(role: Role, lang: Lang): string {
  return ROLE_LABELS[role][lang];
}
