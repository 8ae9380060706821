import type { Localized } from '../core/i18n';

/** Sentences the server sends to the sidebar, per language. */
export const SERVER_MESSAGES = {
  noSheet: { en: 'There is no sheet named "{name}" in this workbook.', 'zh-TW': '此活頁簿中沒有名為「{name}」的工作表。', 'zh-CN': '此工作簿中没有名为“{name}”的工作表。', ms: 'Tiada helaian bernama "{name}" dalam buku kerja ini.' },
  ownedSource: { en: '"{name}" is a tab this add-on wrote. Choose the sheet with your orders or customers.', 'zh-TW': '「{name}」是本外掛程式產生的分頁，請選擇存放訂單或顧客資料的工作表。', 'zh-CN': '“{name}”是本插件生成的标签页，请选择存放订单或客户数据的工作表。', ms: '"{name}" ialah tab yang ditulis oleh add-on ini. Pilih helaian yang mengandungi pesanan atau pelanggan anda.' },
  emptySheet: { en: 'The sheet "{name}" is empty: put a header row and your orders on it first.', 'zh-TW': '工作表「{name}」是空的：請先放入標題列與訂單資料。', 'zh-CN': '工作表“{name}”是空的：请先放入标题行和订单数据。', ms: 'Helaian "{name}" kosong: letakkan baris tajuk dan pesanan anda dahulu.' },
  busy: { en: 'Someone else is segmenting customers in this workbook right now. Try again in a minute.', 'zh-TW': '其他人正在此活頁簿中執行顧客分群，請稍候一分鐘再試。', 'zh-CN': '其他人正在此工作簿中进行客户细分，请一分钟后再试。', ms: 'Orang lain sedang membuat segmen pelanggan dalam buku kerja ini. Cuba lagi sebentar lagi.' },
  otherRun: {
    en: 'Another run in this workbook took its last step {seconds} seconds ago. If its sidebar was closed, the workbook frees itself {wait} seconds after that step: try again then.',
    'zh-TW': '此活頁簿中另一個執行在 {seconds} 秒前完成最後一步。若該側邊欄已關閉，活頁簿會在那一步之後 {wait} 秒自動釋放，屆時請再試一次。',
    'zh-CN': '此工作簿中另一个运行在 {seconds} 秒前完成最后一步。若该侧边栏已关闭，工作簿会在那一步之后 {wait} 秒自动释放，届时请再试一次。',
    ms: 'Satu larian lain dalam buku kerja ini mengambil langkah terakhirnya {seconds} saat yang lalu. Jika bar sisinya telah ditutup, buku kerja ini bebas semula {wait} saat selepas langkah itu: cuba lagi ketika itu.',
  },
  badPayload: {
    en: 'The sidebar sent data this version of the add-on cannot read ({what}). Close the sidebar, open it again from the Extensions menu and start the run again; nothing was changed.',
    'zh-TW': '側邊欄送出的資料此版本無法讀取（{what}）。請關閉側邊欄，從「擴充功能」選單重新開啟後再執行一次；未做任何變更。',
    'zh-CN': '侧边栏发送的数据此版本无法读取（{what}）。请关闭侧边栏，从“扩展程序”菜单重新打开后再运行一次；未做任何更改。',
    ms: 'Bar sisi menghantar data yang tidak dapat dibaca oleh versi add-on ini ({what}). Tutup bar sisi, buka semula dari menu Sambungan dan mulakan larian sekali lagi; tiada apa-apa diubah.',
  },
  cancelled: { en: 'The run was cancelled. Your previous tabs are unchanged.', 'zh-TW': '已取消執行，先前的分頁維持不變。', 'zh-CN': '已取消运行，之前的标签页保持不变。', ms: 'Larian dibatalkan. Tab anda yang sebelumnya tidak berubah.' },
  tooManyCells: { en: 'This workbook would pass Google Sheets\' limit of 10,000,000 cells ({cells} cells needed). Remove unused sheets or segment a smaller range.', 'zh-TW': '此活頁簿將超過 Google 試算表 10,000,000 個儲存格的上限（需要 {cells} 個）。請刪除不用的工作表或縮小範圍。', 'zh-CN': '此工作簿将超过 Google 表格 10,000,000 个单元格的上限（需要 {cells} 个）。请删除不用的工作表或缩小范围。', ms: 'Buku kerja ini akan melebihi had 10,000,000 sel Google Sheets ({cells} sel diperlukan). Buang helaian yang tidak digunakan atau segmenkan julat yang lebih kecil.' },
  failed: { en: 'Nothing was changed: {reason}', 'zh-TW': '未做任何變更：{reason}', 'zh-CN': '未做任何更改：{reason}', ms: 'Tiada apa-apa diubah: {reason}' },
  badRulesJson: { en: 'The rules file is not valid JSON: {reason}', 'zh-TW': '規則檔不是有效的 JSON：{reason}', 'zh-CN': '规则文件不是有效的 JSON：{reason}', ms: 'Fail peraturan bukan JSON yang sah: {reason}' },
  badRule: { en: 'Rule {n} is not valid: it needs an id, a name and r, f, m ranges like [4, 5].', 'zh-TW': '第 {n} 條規則無效：需要 id、名稱，以及像 [4, 5] 的 r、f、m 範圍。', 'zh-CN': '第 {n} 条规则无效：需要 id、名称，以及像 [4, 5] 的 r、f、m 范围。', ms: 'Peraturan {n} tidak sah: ia memerlukan id, nama dan julat r, f, m seperti [4, 5].' },
  mappingMissing: { en: 'The column "{header}" chosen for {role} is no longer in the sheet; the detected column is used instead.', 'zh-TW': '先前為「{role}」選擇的欄位「{header}」已不在工作表中，改用自動偵測的欄位。', 'zh-CN': '先前为“{role}”选择的列“{header}”已不在工作表中，改用自动检测的列。', ms: 'Lajur "{header}" yang dipilih untuk {role} tiada lagi dalam helaian; lajur yang dikesan digunakan.' },
  summary: { en: '{customers} customers in {segments} segments; {top} are {customerShare} of customers and {revenueShare} of revenue.', 'zh-TW': '共 {customers} 位顧客，分為 {segments} 群；「{top}」占顧客的 {customerShare}、營收的 {revenueShare}。', 'zh-CN': '共 {customers} 位客户，分为 {segments} 个细分；“{top}”占客户的 {customerShare}、收入的 {revenueShare}。', ms: '{customers} pelanggan dalam {segments} segmen; {top} ialah {customerShare} pelanggan dan {revenueShare} hasil.' },
} satisfies Record<string, Localized>;

/** An error whose message is a plain sentence for the user (shown as is by the sidebar). */
export class UserError extends Error {}
