import { format, PART_SEPARATOR, type Localized } from '../i18n';
import type { Lang } from '../types';
import type { SourcesReport } from './types';

/** What the Data quality tab and the decisions say about combining sources, in every language. */
export const SOURCE_MESSAGES = {
  combined: {
    en: 'Combined {count} sources into one customer base: {list}',
    'zh-TW': '已將 {count} 個資料來源合併為一個客戶群：{list}',
    'zh-CN': '已将 {count} 个数据来源合并为一个客户群：{list}',
    ms: '{count} sumber digabungkan menjadi satu pangkalan pelanggan: {list}',
  },
  orderSource: { en: '“{name}” (orders: {orders} orders, {customers} customers)', 'zh-TW': '「{name}」（訂單：{orders} 筆訂單，{customers} 位客戶）', 'zh-CN': '“{name}”（订单：{orders} 笔订单，{customers} 位客户）', ms: '“{name}” (pesanan: {orders} pesanan, {customers} pelanggan)' },
  listSource: { en: '“{name}” (customer list: {customers} customers)', 'zh-TW': '「{name}」（客戶名單：{customers} 位客戶）', 'zh-CN': '“{name}”（客户名单：{customers} 位客户）', ms: '“{name}” (senarai pelanggan: {customers} pelanggan)' },
  matched: {
    en: 'Customers recognised in more than one source: {id} by customer id, {email} by email (trimmed, lower case), {phone} by phone (digits only; a local number with a leading 0 matches the one international number ending with it). Each keeps the customer id of the first order source that has them',
    'zh-TW': '在多個來源中辨識出的同一客戶：依客戶編號 {id} 位、依電子郵件 {email} 位（去除空白、不分大小寫）、依電話 {phone} 位（只比對數字；以 0 開頭的本地號碼對應唯一一個以其結尾的國際號碼）。每位客戶沿用第一個含有該客戶的訂單來源的客戶編號',
    'zh-CN': '在多个来源中识别出的同一客户：按客户编号 {id} 位、按电子邮件 {email} 位（去除空格、不区分大小写）、按电话 {phone} 位（只比对数字；以 0 开头的本地号码对应唯一一个以其结尾的国际号码）。每位客户沿用第一个含有该客户的订单来源的客户编号',
    ms: 'Pelanggan yang dikenali dalam lebih daripada satu sumber: {id} melalui ID pelanggan, {email} melalui e-mel (tanpa ruang, huruf kecil), {phone} melalui telefon (digit sahaja; nombor tempatan bermula dengan 0 dipadankan dengan satu-satunya nombor antarabangsa yang berakhir dengannya). Setiap pelanggan mengekalkan ID pelanggan daripada sumber pesanan pertama yang mempunyainya',
  },
  ambiguous: {
    en: 'Emails or phone numbers shared by two customers of the same source: {count}; not used to match',
    'zh-TW': '同一來源中由兩位客戶共用的電子郵件或電話：{count} 個；未用於比對',
    'zh-CN': '同一来源中由两位客户共用的电子邮件或电话：{count} 个；未用于比对',
    ms: 'E-mel atau nombor telefon yang dikongsi oleh dua pelanggan dalam sumber yang sama: {count}; tidak digunakan untuk memadankan',
  },
  attributes: {
    en: 'Customer details come from the customer lists first, then from the order sources in the order given (the first non-blank value); an opt-out in any source means the customer is never contacted',
    'zh-TW': '客戶資料優先採用客戶名單，其次依序採用各訂單來源（第一個非空白值）；任何來源中的拒收行銷都表示永不聯絡該客戶',
    'zh-CN': '客户资料优先采用客户名单，其次依序采用各订单来源（第一个非空白值）；任何来源中的拒收营销都表示永不联系该客户',
    ms: 'Butiran pelanggan diambil daripada senarai pelanggan dahulu, kemudian daripada sumber pesanan mengikut susunan yang diberi (nilai pertama yang tidak kosong); penolakan pemasaran dalam mana-mana sumber bermaksud pelanggan itu tidak akan dihubungi',
  },
  consent: {
    en: 'A source records consent (“yes” = may be contacted): a customer is contacted only when every source that records consent or opt-outs allows it',
    'zh-TW': '有來源記錄的是同意（「是」＝可聯絡）：只有在所有記錄同意或拒收的來源都允許時才會聯絡該客戶',
    'zh-CN': '有来源记录的是同意（“是”＝可联系）：只有在所有记录同意或拒收的来源都允许时才会联系该客户',
    ms: 'Satu sumber merekodkan persetujuan (“ya” = boleh dihubungi): pelanggan dihubungi hanya apabila setiap sumber yang merekodkan persetujuan atau penolakan membenarkannya',
  },
  duplicateName: { en: 'Order in two sources', 'zh-TW': '訂單出現在兩個來源', 'zh-CN': '订单出现在两个来源', ms: 'Pesanan dalam dua sumber' },
  duplicates: {
    en: 'Orders of “{dropped}” already in “{kept}”: {count} ({byId} by the same order id and customer, {byDay} by the same customer, day and amount where a source has no order ids; first: {examples}); counted once, from “{kept}”',
    'zh-TW': '「{dropped}」中已出現在「{kept}」的訂單：{count} 筆（相同訂單編號與客戶 {byId} 筆；來源無訂單編號時，相同客戶、日期與金額 {byDay} 筆；前幾筆：{examples}）；只計算一次，採用「{kept}」的資料',
    'zh-CN': '“{dropped}”中已出现在“{kept}”的订单：{count} 笔（相同订单编号与客户 {byId} 笔；来源无订单编号时，相同客户、日期与金额 {byDay} 笔；前几笔：{examples}）；只计算一次，采用“{kept}”的数据',
    ms: 'Pesanan “{dropped}” yang sudah ada dalam “{kept}”: {count} ({byId} melalui ID pesanan dan pelanggan yang sama, {byDay} melalui pelanggan, hari dan amaun yang sama apabila sumber tiada ID pesanan; yang pertama: {examples}); dikira sekali, daripada “{kept}”',
  },
  withoutOrdersName: { en: 'Listed customer with no order', 'zh-TW': '名單中尚無訂單的客戶', 'zh-CN': '名单中尚无订单的客户', ms: 'Pelanggan tersenarai tanpa pesanan' },
  withoutOrders: {
    en: 'Customers of “{name}” with no order in the order sources: {count}; counted here, not segmented',
    'zh-TW': '「{name}」中在訂單來源裡沒有任何訂單的客戶：{count} 位；僅在此計數，不納入分群',
    'zh-CN': '“{name}”中在订单来源里没有任何订单的客户：{count} 位；仅在此计数，不纳入分群',
    ms: 'Pelanggan “{name}” tanpa pesanan dalam sumber pesanan: {count}; dikira di sini, tidak disegmenkan',
  },
  currenciesName: { en: 'Sources in different currencies', 'zh-TW': '來源幣別不同', 'zh-CN': '来源币种不同', ms: 'Sumber dalam mata wang berbeza' },
  currencies: {
    en: 'The order sources are in different currencies ({list}): amounts were added as written, so totals mix currencies; convert one file to the other currency and run again',
    'zh-TW': '各訂單來源的幣別不同（{list}）：金額依原樣加總，總額混合了不同幣別；請將其中一個檔案換算為同一幣別後再執行',
    'zh-CN': '各订单来源的币种不同（{list}）：金额按原样加总，总额混合了不同币种；请将其中一个文件换算为同一币种后再运行',
    ms: 'Sumber pesanan dalam mata wang berbeza ({list}): amaun dijumlahkan seperti ditulis, jadi jumlah bercampur mata wang; tukar satu fail kepada mata wang yang sama dan jalankan semula',
  },
} satisfies Record<string, Localized>;

/** Thousands grouped as every supported language writes them. */
const n = (x: number) => x.toLocaleString('en-US');

/** The decisions' sentences about combining: sources, matches, where attributes and consent come from. */
export function sourcesDecisions(report: SourcesReport, lang: Lang): string[] {
  if (report.sources.length < 2) return [];
  const M = SOURCE_MESSAGES;
  const list = report.sources
    .map((s) => format(s.kind === 'orders' ? M.orderSource : M.listSource, lang, { name: s.name, orders: n(s.orders), customers: n(s.customers) }))
    .join(PART_SEPARATOR[lang]);
  const out = [
    format(M.combined, lang, { count: report.sources.length, list }),
    format(M.matched, lang, { id: n(report.matched.id), email: n(report.matched.email), phone: n(report.matched.phone) }),
    format(M.attributes, lang),
  ];
  if (report.ambiguous) out.push(format(M.ambiguous, lang, { count: n(report.ambiguous) }));
  if (report.consent === 'consent') out.push(format(M.consent, lang));
  return out;
}

/** A finding about combining, shaped as the Data quality tab's items (`QualityItem` plus its name). */
export interface SourceQualityItem {
  id: 'crossSourceDuplicate' | 'listWithoutOrders' | 'mixedSourceCurrencies';
  name: string;
  severity: 'warning' | 'info';
  count: number;
  rows: number[];
  message: string;
}

/** The Data quality tab's rows about combining: orders in two sources, listed customers with no order. */
export function sourcesQualityItems(report: SourcesReport, lang: Lang): SourceQualityItem[] {
  const M = SOURCE_MESSAGES;
  const out: SourceQualityItem[] = [];
  for (const d of report.duplicates) {
    const count = d.byOrderId + d.byDayAmount;
    const message = format(M.duplicates, lang, { dropped: d.dropped, kept: d.kept, count: n(count), byId: n(d.byOrderId), byDay: n(d.byDayAmount), examples: d.examples.join(', ') });
    out.push({ id: 'crossSourceDuplicate', name: M.duplicateName[lang], severity: 'warning', count, rows: [], message });
  }
  if (report.currencies.length) {
    const list = report.currencies.map((c) => `“${c.name}” ${c.currency}`).join(PART_SEPARATOR[lang]);
    out.push({ id: 'mixedSourceCurrencies', name: M.currenciesName[lang], severity: 'warning', count: report.currencies.length, rows: [], message: format(M.currencies, lang, { list }) });
  }
  for (const w of report.withoutOrders) {
    out.push({ id: 'listWithoutOrders', name: M.withoutOrdersName[lang], severity: 'info', count: w.count, rows: w.rows, message: format(M.withoutOrders, lang, { name: w.name, count: n(w.count) }) });
  }
  return out;
}
