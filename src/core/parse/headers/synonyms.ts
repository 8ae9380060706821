import type { Role } from '../roles';

/**
 * Header words per role, in English, Traditional Chinese, Simplified Chinese and Malay.
 * `exact`: the whole (normalized) header; `contains`: a word sequence inside the header, a weaker hint.
 * Spellings are normalized with `normalizeHeader` (lower case, punctuation as spaces) before matching;
 * CJK entries are matched without spaces.
 * Sources: the project's domain brief (客戶編號 / 客户编号, 訂單日期 / 订单日期, 金額 / 金额, 年齡, 性別,
 * 城市 / 地區, 通路 / 渠道) and common headers of Malay business sheets (Tarikh, Jumlah, Pelanggan).
 */
export interface RoleSynonyms {
  exact: string[];
  contains: string[];
  /** Words that make a `contains` match unlikely (e.g. "shipping amount" is not the order amount). */
  not?: string[];
  /** Whole headers that only weakly suggest the role ("ID" alone): used when nothing better claims it. */
  weak?: string[];
}

export const SYNONYMS: Record<Role, RoleSynonyms> = {
  customerId: {
    exact: [
      'customer id', 'customer', 'customer no', 'customer number', 'customer code', 'cust id', 'custid', 'client id', 'client',
      'member id', 'member no', 'member number', 'user id', 'buyer id', 'buyer', 'account id', 'contact id', 'masterid',
      '客戶編號', '客戶id', '客戶代號', '客戶代碼', '客戶號碼', '客戶', '顧客編號', '顧客id', '顧客', '會員編號', '會員id', '會員', '會員號碼', '買家',
      '客户编号', '客户id', '客户代码', '客户号', '客户', '顾客编号', '顾客id', '顾客', '会员编号', '会员id', '会员', '会员号', '买家', '用户id',
      'id pelanggan', 'no pelanggan', 'nombor pelanggan', 'kod pelanggan', 'pelanggan', 'id ahli', 'no ahli', 'nombor ahli',
    ],
    contains: ['customer id', 'customer no', 'customer number', 'customer code', 'client id', 'member id', 'user id', 'buyer id', '客戶編號', '客户编号', '會員編號', '会员编号', '客戶id', '客户id', 'id pelanggan', 'kod pelanggan'],
    weak: ['id', '編號', '编号', 'kod', 'no'],
  },
  orderId: {
    exact: [
      'order id', 'order no', 'order number', 'order #', 'order', 'invoice', 'invoice no', 'invoice number', 'invoice id', 'receipt no',
      'receipt number', 'receipt', 'transaction id', 'txn id', 'bill no', 'sales order', 'so number',
      '訂單編號', '訂單號碼', '訂單號', '訂單id', '訂單', '單號', '發票號碼', '交易編號', '收據編號', '銷貨單號',
      '订单编号', '订单号码', '订单号', '订单id', '订单', '单号', '发票号码', '发票号', '交易编号', '交易号', '收据编号', '流水号',
      'no pesanan', 'id pesanan', 'nombor pesanan', 'pesanan', 'no invois', 'nombor invois', 'invois', 'no resit', 'id transaksi', 'no transaksi',
    ],
    contains: ['order id', 'order no', 'order number', 'invoice no', 'invoice number', 'transaction id', '訂單編號', '订单编号', '訂單號', '订单号', '單號', '单号', 'no pesanan', 'id pesanan', 'no invois'],
  },
  orderDate: {
    exact: [
      'order date', 'date', 'invoice date', 'purchase date', 'transaction date', 'sale date', 'sales date', 'created at', 'created', 'paid at',
      'date purchased', 'order time', 'datetime', 'timestamp', 'day',
      '訂單日期', '日期', '購買日期', '交易日期', '消費日期', '銷售日期', '下單日期', '下單時間', '訂購日期', '時間',
      '订单日期', '购买日期', '交易日期', '消费日期', '销售日期', '下单日期', '下单时间', '订购日期', '时间',
      'tarikh', 'tarikh pesanan', 'tarikh belian', 'tarikh transaksi', 'tarikh jualan', 'tarikh invois', 'masa',
    ],
    contains: ['order date', 'invoice date', 'purchase date', 'transaction date', 'sale date', 'date', '訂單日期', '订单日期', '日期', 'tarikh'],
    not: ['signup', 'sign up', 'register', 'registration', 'join', 'joined', 'birth', 'last', 'first', 'ship', 'deliver', 'due', 'modified', 'update', 'cancel', 'refund', 'close', 'deposit', 'fulfill', 'activity', 'expiry', 'expiration', '註冊', '注册', '生日', '最後', '最后', '首次', '出生', 'lahir', 'daftar', 'terakhir'],
  },
  amount: {
    exact: [
      'amount', 'total', 'order total', 'total amount', 'grand total', 'sales', 'sales amount', 'net sales', 'revenue', 'sale amount', 'value',
      'dollar value', 'order value', 'order amount', 'payment amount', 'paid amount', 'amount paid', 'spend', 'spent', 'sum', 'subtotal', 'price paid',
      'total collected', 'gross sales',
      '金額', '總額', '總金額', '合計', '總計', '消費金額', '訂單金額', '實付金額', '付款金額', '銷售額', '營業額', '小計', '應付金額', '交易金額',
      '金额', '总额', '总金额', '合计', '总计', '消费金额', '订单金额', '实付金额', '付款金额', '销售额', '营业额', '小计', '应付金额', '交易金额',
      'jumlah', 'amaun', 'jumlah rm', 'jumlah harga', 'jumlah bayaran', 'jumlah jualan', 'nilai', 'jualan', 'bayaran',
    ],
    contains: ['amount', 'total', 'revenue', 'sales', 'value', '金額', '金额', '總額', '总额', 'jumlah', 'amaun'],
    not: ['shipping', 'discount', 'tax', 'refund', 'fee', 'tip', 'cost', 'balance', 'outstanding', 'quantity', 'qty', 'count', 'number of', 'lifetime', 'avg', 'average', 'unit', '運費', '运费', '折扣', '稅', '税', '退款', 'cukai', 'diskaun', 'penghantaran'],
  },
  quantity: {
    exact: [
      'quantity', 'qty', 'units', 'unit sold', 'units sold', 'items', 'items sold', 'number of items', 'pieces', 'pcs', 'count', 'number of cds', 'cds',
      '數量', '件數', '購買數量', '数量', '件数', '购买数量', 'kuantiti', 'bilangan', 'unit',
    ],
    contains: ['quantity', 'qty', 'number of', '數量', '数量', 'kuantiti'],
    not: ['order count', 'orders'],
  },
  unitPrice: {
    exact: ['unit price', 'price', 'unitprice', 'price each', 'item price', 'unit cost', 'item cost', 'list price', '單價', '價格', '售價', '单价', '价格', '售价', 'harga', 'harga seunit', 'harga unit'],
    contains: ['unit price', 'price', '單價', '单价', 'harga'],
    not: ['compare', 'total'],
  },
  // The product key: Online Retail's StockCode, Shopify's "Lineitem sku", WooCommerce's "SKU".
  product: {
    exact: [
      'sku', 'stock code', 'stockcode', 'product id', 'product code', 'product no', 'product number', 'product sku', 'variant sku', 'lineitem sku', 'item sku',
      'item code', 'item id', 'item no', 'item number', 'article number', 'article no', 'part number', 'part no',
      '商品編號', '商品代碼', '商品代號', '商品id', '產品編號', '產品代碼', '產品id', '貨號', '料號', '品號',
      '商品编号', '商品代码', '产品编号', '产品代码', '产品id', '货号', '料号', '品号',
      'kod produk', 'id produk', 'no produk', 'nombor produk', 'kod barang', 'kod item', 'sku produk',
    ],
    contains: ['sku', 'stock code', 'product id', 'product code', 'item code', '商品編號', '商品编号', '產品編號', '产品编号', '貨號', '货号', 'kod produk', 'id produk', 'kod barang'],
  },
  // The product's name or description (Online Retail's Description, Shopify's "Lineitem name").
  productName: {
    exact: [
      'product', 'product name', 'product title', 'product description', 'description', 'item', 'item name', 'item description', 'lineitem name', 'goods',
      '商品', '商品名稱', '商品名', '品名', '產品', '產品名稱', '品項', '商品描述', '產品描述', '商品說明',
      '商品名称', '产品', '产品名称', '品项', '产品描述', '商品说明',
      'produk', 'nama produk', 'nama barang', 'barang', 'butiran produk', 'keterangan produk', 'item produk',
    ],
    contains: ['product name', 'item name', 'lineitem name', 'product description', 'item description', '商品名', '品名', '產品名', '产品名', 'nama produk', 'nama barang'],
    not: ['type', 'category', 'vendor', 'brand', 'tag', 'tags', '類別', '类别', 'jenis', 'kategori'],
  },
  channel: {
    exact: ['channel', 'sales channel', 'source', 'store', 'platform', 'location', 'order source', '通路', '銷售通路', '渠道', '銷售渠道', '门店', '門市', '销售渠道', '平台', 'saluran', 'saluran jualan', 'platform jualan', 'kedai'],
    contains: ['channel', '通路', '渠道', 'saluran'],
    not: ['acquisition', 'first', 'original', 'utm', '來源', '来源'],
  },
  status: {
    exact: ['status', 'order status', 'financial status', 'payment status', 'transaction status', 'event type', '狀態', '訂單狀態', '付款狀態', '状态', '订单状态', '付款状态', 'status pesanan', 'status bayaran'],
    contains: ['status', '狀態', '状态'],
    not: ['fulfillment', 'fulfilment', 'lead status', 'marketing', 'shipping'],
  },
  cancelledAt: {
    exact: ['cancelled at', 'canceled at', 'cancelled date', 'cancel date', 'cancellation date', '取消日期', '取消時間', '取消时间', 'tarikh batal', 'tarikh pembatalan'],
    contains: ['cancelled at', 'canceled at', 'cancellation'],
  },
  name: {
    exact: ['name', 'customer name', 'full name', 'client name', 'buyer name', 'contact name', 'member name', '姓名', '客戶名稱', '客戶姓名', '名稱', '顧客姓名', '會員姓名', '客户名称', '客户姓名', '名称', '顾客姓名', '会员姓名', 'nama', 'nama pelanggan', 'nama penuh'],
    contains: ['name', '姓名', 'nama'],
    not: ['first name', 'last name', 'company', 'product', 'item', 'lineitem', 'produk', 'barang', '商品', '產品', '产品', '品名', 'shipping', 'file', 'user name', 'username', 'discount', 'staff', 'device', 'tax'],
  },
  email: {
    exact: ['email', 'e mail', 'email address', 'customer email', 'mail', '電子郵件', '電郵', '信箱', '電子信箱', '电子邮件', '邮箱', '电子邮箱', 'e mel', 'emel', 'alamat emel'],
    contains: ['email', 'e mail', '郵件', '邮件', '信箱', '邮箱', 'emel', 'e mel'],
  },
  phone: {
    exact: [
      'phone', 'phone number', 'phone no', 'telephone', 'telephone number', 'tel', 'tel no', 'mobile', 'mobile number', 'mobile no', 'mobile phone',
      'cell', 'cell phone', 'cellphone', 'contact number', 'contact no', 'customer phone', 'billing phone',
      '電話', '手機', '手機號碼', '手機號', '電話號碼', '聯絡電話', '連絡電話', '行動電話',
      '电话', '手机', '手机号', '手机号码', '电话号码', '联系电话', '移动电话',
      'telefon', 'no telefon', 'nombor telefon', 'no tel', 'no hp', 'nombor hp', 'hp', 'telefon bimbit', 'no telefon bimbit',
    ],
    contains: ['phone', 'mobile', 'telephone', 'cellphone', '電話', '手機', '电话', '手机', 'telefon', 'no hp'],
    not: ['whatsapp', 'line', 'wechat', 'fax', '傳真', '传真', 'faks'],
  },
  // LINE (Taiwan), WhatsApp (Malaysia) and WeChat (mainland China) are how these shops message customers.
  messagingId: {
    exact: [
      'line id', 'id line', 'line account', 'whatsapp', 'whatsapp number', 'whatsapp no', 'whatsapp id', 'wechat', 'wechat id', 'weixin', 'telegram', 'telegram id', 'messaging id',
      'line帳號', 'line帳戶', '微信', '微信號', '微信帳號', 'line帐号', '微信号', '微信账号',
      'no whatsapp', 'nombor whatsapp', 'akaun line',
    ],
    contains: ['line id', 'whatsapp', 'wechat', 'telegram', '微信', 'line帳號', 'line帐号'],
    not: ['marketing', 'consent', 'opt in', 'opt out', 'pemasaran', '行銷', '营销'],
  },
  age: { exact: ['age', 'age years', '年齡', '年龄', 'umur', 'usia'], contains: ['age', '年齡', '年龄', 'umur'], not: ['page', 'stage', 'percentage', 'usage', 'message', 'image', 'shipping'] },
  gender: { exact: ['gender', 'sex', '性別', '性别', 'jantina'], contains: ['gender', '性別', '性别', 'jantina'] },
  city: { exact: ['city', 'town', '城市', '縣市', '县市', '市', 'bandar', 'bandaraya'], contains: ['city', '城市', 'bandar'] },
  region: { exact: ['region', 'state', 'province', 'state region', 'area', 'district', '地區', '區域', '省份', '省', '地区', '区域', 'negeri', 'wilayah', 'kawasan', 'daerah'], contains: ['region', 'province', '地區', '地区', '省份', 'negeri', 'wilayah'] },
  country: { exact: ['country', 'nation', 'country region', '國家', '國家地區', '国家', '国家地区', 'negara'], contains: ['country', '國家', '国家', 'negara'] },
  signupDate: {
    exact: ['signup date', 'sign up date', 'registration date', 'registered', 'join date', 'joined', 'member since', 'create date', 'customer since', 'first seen', '註冊日期', '加入日期', '入會日期', '注册日期', '加入日期', '入会日期', 'tarikh daftar', 'tarikh pendaftaran', 'tarikh sertai'],
    contains: ['signup', 'sign up', 'registration', 'registered', 'join', 'joined', 'join date', 'member since', 'customer since', '註冊', '注册', '加入', 'daftar', 'sertai'],
  },
  // 生日 and 出生 are kept out of the order date (its `not` words) and read here.
  birthday: {
    exact: ['birthday', 'birth date', 'birthdate', 'date of birth', 'dob', 'bday', 'birth day', '生日', '出生日期', '出生年月日', '生日日期', 'tarikh lahir', 'hari jadi', 'tarikh hari jadi'],
    contains: ['birthday', 'birth date', 'date of birth', 'birthdate', '生日', '出生', 'lahir', 'hari jadi'],
  },
  acquisitionChannel: {
    exact: ['acquisition channel', 'acquisition source', 'original source', 'lead source', 'referral source', 'how did you hear', 'utm source', 'first touch', '來源', '獲客管道', '獲客渠道', '得知管道', '來源管道', '来源', '获客渠道', '获客来源', '来源渠道', 'sumber', 'sumber pelanggan'],
    contains: ['acquisition', 'original source', 'lead source', 'utm source', '來源', '来源', '獲客', '获客', 'sumber'],
  },
  // Money ("RM 3,500", "NT$45,000") or a band kept as text ("30k-50k", "3萬-5萬").
  income: {
    exact: [
      'income', 'annual income', 'monthly income', 'household income', 'income band', 'income range', 'income level', 'income bracket', 'salary', 'salary range',
      '收入', '月收入', '年收入', '個人收入', '家庭收入', '收入範圍', '收入級距', '薪資', '薪水', '月薪', '年薪', '所得',
      '个人收入', '收入范围', '收入区间', '收入水平', '薪资',
      'pendapatan', 'pendapatan bulanan', 'pendapatan tahunan', 'pendapatan isi rumah', 'julat pendapatan', 'gaji', 'gaji bulanan',
    ],
    contains: ['income', 'salary', '收入', '薪資', '薪资', '月薪', '年薪', 'pendapatan', 'gaji'],
    not: ['tax', 'statement', 'cukai', '稅', '税'],
  },
  occupation: {
    exact: ['occupation', 'job', 'job title', 'profession', 'employment', 'work', '職業', '職稱', '工作', '职业', '职称', 'pekerjaan', 'jawatan', 'profesion'],
    contains: ['occupation', 'job title', 'profession', '職業', '职业', 'pekerjaan'],
  },
  education: {
    exact: ['education', 'education level', 'highest education', 'level of education', 'qualification', 'degree', '教育程度', '教育', '學歷', '最高學歷', '学历', '最高学历', 'pendidikan', 'tahap pendidikan', 'kelayakan akademik'],
    contains: ['education', '學歷', '学历', '教育', 'pendidikan'],
  },
  interests: {
    exact: ['interests', 'interest', 'hobbies', 'hobby', 'lifestyle', 'life style', 'interests hobbies', '興趣', '嗜好', '愛好', '生活型態', '喜好', '兴趣', '爱好', '生活方式', 'minat', 'hobi', 'gaya hidup', 'kegemaran'],
    contains: ['interest', 'interests', 'hobby', 'hobbies', 'lifestyle', '興趣', '兴趣', '嗜好', '愛好', '爱好', '生活型態', '生活方式', 'minat', 'hobi', 'gaya hidup'],
    not: ['rate', 'percent', 'kadar', '利率'],
  },
  language: {
    exact: ['language', 'preferred language', 'lang', 'locale', 'spoken language', 'mother tongue', 'customer language', '語言', '偏好語言', '慣用語言', '母語', '语言', '偏好语言', '惯用语言', '母语', 'bahasa', 'bahasa pilihan', 'bahasa ibunda'],
    contains: ['language', '語言', '语言', 'bahasa'],
    not: ['programming'],
  },
  // The customer's device; a point-of-sale "Device ID" / "Device Name" (Shopify, Square) is not it.
  device: {
    exact: ['device', 'device type', 'primary device', 'preferred device', 'device used', 'operating system', 'os', 'mobile os', '裝置', '裝置類型', '使用裝置', '設備', '设备', '设备类型', '使用设备', '手機系統', '手机系统', 'peranti', 'jenis peranti'],
    contains: ['device type', 'operating system', '裝置類型', '设备类型', 'jenis peranti'],
  },
  marketingOptOut: {
    exact: [
      'marketing opt out', 'opt out', 'opted out', 'unsubscribed', 'unsubscribe', 'do not contact', 'do not email', 'accepts marketing', 'marketing consent', 'email consent', 'newsletter', 'subscribed', 'accepts email marketing',
      'marketing opt in', 'opt in', 'opted in', 'email marketing', 'email opt out', 'email opt in', 'unsubscribed from all email',
      '拒收行銷', '取消訂閱', '退訂', '同意行銷', '行銷同意', '接收行銷', '不接收行銷', '不接受行銷', '拒絕行銷', '同意接收行銷',
      '拒收营销', '取消订阅', '退订', '同意营销', '营销同意', '接收营销', '不接收营销', '不接受营销', '拒绝营销', '同意接收营销',
      'tidak mahu pemasaran', 'tidak mahu menerima pemasaran', 'berhenti langganan', 'persetujuan pemasaran', 'setuju pemasaran', 'terima pemasaran', 'langganan',
    ],
    contains: ['opt out', 'unsubscribe', 'accepts marketing', 'marketing consent', 'do not', '退訂', '退订', '訂閱', '订阅', 'langganan', 'pemasaran'],
    // SMS and messaging consent is its own column (`smsOptOut`).
    not: ['sms', 'whatsapp', '簡訊', '短信'],
  },
  smsOptOut: {
    exact: [
      'accepts sms marketing', 'accepts sms', 'sms marketing', 'sms consent', 'sms marketing consent', 'sms opt out', 'sms opt in', 'sms subscribed', 'sms unsubscribed',
      'whatsapp consent', 'whatsapp opt in', 'whatsapp opt out', 'messaging consent',
      '同意簡訊行銷', '簡訊行銷', '簡訊同意', '接收簡訊', '拒收簡訊', '不接收簡訊',
      '同意短信营销', '短信营销', '短信同意', '接收短信', '拒收短信', '不接收短信',
      'persetujuan sms', 'pemasaran sms', 'langganan sms', 'tolak sms',
    ],
    contains: ['sms marketing', 'accepts sms', 'sms consent', 'sms opt', 'whatsapp consent', '簡訊', '短信', 'pemasaran sms'],
  },
  satisfaction: {
    exact: [
      'satisfaction', 'csat', 'nps', 'nps score', 'net promoter score', 'net promoter', 'rating', 'score', 'review score', 'satisfaction score',
      'customer satisfaction', 'csat score', 'star rating', 'stars', 'likelihood to recommend',
      '滿意度', '評分', '評價', '推薦分數', '淨推薦值', '淨推薦分數', '推薦指數', '顧客滿意度', '星級',
      '满意度', '评分', '评价', '推荐分数', '净推荐值', '净推荐分数', '推荐指数', '客户满意度', '星级',
      'kepuasan', 'skor', 'penilaian', 'skor kepuasan', 'tahap kepuasan', 'skor promoter bersih', 'skor nps', 'penarafan',
    ],
    contains: ['satisfaction', 'nps', 'net promoter', 'rating', 'csat', '滿意', '满意', '評分', '评分', '推薦分', '推荐分', '淨推薦', '净推荐', 'kepuasan', 'penilaian', 'penarafan', 'promoter bersih'],
    not: ['hubspot score', 'lead score', 'risk'],
  },
  totalSpent: {
    exact: ['total spent', 'total spend', 'total spending', 'lifetime value', 'total revenue', 'total purchases', 'total sales', 'amount spent', 'monetary', 'monetary value', 'lifetime spend', '累計消費', '累計金額', '消費總額', '總消費', '累積消費', '累计消费', '累计金额', '消费总额', '总消费', '累积消费', 'jumlah perbelanjaan', 'jumlah belian', 'perbelanjaan'],
    contains: ['total spent', 'total spend', 'lifetime value', 'total revenue', '累計消費', '累计消费', '消費總額', '消费总额', 'perbelanjaan'],
  },
  orderCount: {
    exact: ['orders', 'order count', 'number of orders', 'total orders', 'orders count', 'frequency', 'purchases', 'number of purchases', 'purchase count', 'visits', 'number of associated deals', '訂單數', '訂單數量', '購買次數', '消費次數', '订单数', '订单数量', '购买次数', '消费次数', 'bilangan pesanan', 'jumlah pesanan', 'kekerapan'],
    contains: ['order count', 'number of orders', 'total orders', 'purchase count', '訂單數', '订单数', '購買次數', '购买次数', '次數', '次数', 'bilangan pesanan'],
  },
  firstOrderDate: {
    exact: ['first order date', 'first purchase date', 'first order', 'first purchase', '首次購買日期', '首次消費日期', '首購日期', '首次购买日期', '首次消费日期', '首购日期', 'tarikh belian pertama', 'tarikh pesanan pertama'],
    contains: ['first order', 'first purchase', '首次購買', '首次购买', '首購', '首购', 'belian pertama'],
  },
  lastOrderDate: {
    exact: ['last order date', 'last purchase date', 'last order', 'last purchase', 'most recent order', 'recent deal close date', 'last seen', '最後購買日期', '最近購買日期', '最後消費日期', '最近消費日期', '最后购买日期', '最近购买日期', '最后消费日期', '最近消费日期', 'tarikh belian terakhir', 'tarikh pesanan terakhir'],
    contains: ['last order', 'last purchase', 'most recent', '最後購買', '最近購買', '最后购买', '最近购买', '最後消費', '最后消费', 'belian terakhir', 'pesanan terakhir'],
  },
};
