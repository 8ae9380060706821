import type { Localized } from '../core/i18n';

/**
 * What the BigQuery export and the "Run in BigQuery" run tell the user, per language. Each sentence
 * says what is wrong and what to do; "nothing was changed" wherever the workbook was left as it was.
 */
export const BIGQUERY_MESSAGES = {
  tableEmpty: {
    en: 'Type the BigQuery table as project.dataset.table, e.g. my-shop.sales.orders.',
    'zh-TW': '請以 project.dataset.table 的格式輸入 BigQuery 資料表，例如 my-shop.sales.orders。',
    'zh-CN': '请以 project.dataset.table 的格式输入 BigQuery 数据表，例如 my-shop.sales.orders。',
    ms: 'Taip jadual BigQuery sebagai project.dataset.table, cth. my-shop.sales.orders.',
  },
  tableParts: {
    en: '"{table}" has {parts} part(s) separated by dots; BigQuery needs three: project.dataset.table, e.g. my-shop.sales.orders.',
    'zh-TW': '「{table}」以點分隔出 {parts} 段；BigQuery 需要三段：project.dataset.table，例如 my-shop.sales.orders。',
    'zh-CN': '“{table}”以点分隔出 {parts} 段；BigQuery 需要三段：project.dataset.table，例如 my-shop.sales.orders。',
    ms: '"{table}" mempunyai {parts} bahagian dipisahkan titik; BigQuery memerlukan tiga: project.dataset.table, cth. my-shop.sales.orders.',
  },
  badProject: {
    en: 'The project id "{project}" is not a Google Cloud project id: 6 to 30 lowercase letters, digits or hyphens, starting with a letter and not ending with a hyphen (see it in the Google Cloud console).',
    'zh-TW': '專案 ID「{project}」不是有效的 Google Cloud 專案 ID：須為 6 到 30 個小寫字母、數字或連字號，以字母開頭，且不能以連字號結尾（可在 Google Cloud 控制台查看）。',
    'zh-CN': '项目 ID“{project}”不是有效的 Google Cloud 项目 ID：须为 6 到 30 个小写字母、数字或连字符，以字母开头，且不能以连字符结尾（可在 Google Cloud 控制台查看）。',
    ms: 'ID projek "{project}" bukan ID projek Google Cloud: 6 hingga 30 huruf kecil, digit atau tanda sempang, bermula dengan huruf dan tidak berakhir dengan tanda sempang (lihat dalam konsol Google Cloud).',
  },
  badDataset: {
    en: 'The dataset "{dataset}" can hold only letters, digits and underscores (at most 1,024).',
    'zh-TW': '資料集「{dataset}」只能包含字母、數字和底線（最多 1,024 個）。',
    'zh-CN': '数据集“{dataset}”只能包含字母、数字和下划线（最多 1,024 个）。',
    ms: 'Set data "{dataset}" hanya boleh mengandungi huruf, digit dan garis bawah (paling banyak 1,024).',
  },
  badTableName: {
    en: 'The table name "{name}" can hold only letters, digits, spaces, underscores and hyphens (at most 1,024 bytes).',
    'zh-TW': '資料表名稱「{name}」只能包含字母、數字、空格、底線和連字號（最多 1,024 位元組）。',
    'zh-CN': '数据表名称“{name}”只能包含字母、数字、空格、下划线和连字符（最多 1,024 字节）。',
    ms: 'Nama jadual "{name}" hanya boleh mengandungi huruf, digit, ruang, garis bawah dan tanda sempang (paling banyak 1,024 bait).',
  },
  needsOrderLines: {
    en: 'The SQL needs one order (line) per row with a customer, an order date and an amount column; this sheet has {found}. Choose those columns on the Segment page first.',
    'zh-TW': 'SQL 需要每列一筆訂單（明細），並有顧客、訂單日期和金額欄位；此工作表目前為：{found}。請先在「分群」頁選好這些欄位。',
    'zh-CN': 'SQL 需要每行一笔订单（明细），并有客户、订单日期和金额列；此工作表目前为：{found}。请先在“细分”页选好这些列。',
    ms: 'SQL memerlukan satu pesanan (baris) setiap baris dengan lajur pelanggan, tarikh pesanan dan amaun; helaian ini mempunyai {found}. Pilih lajur tersebut di halaman Segmen dahulu.',
  },
  noColumns: { en: 'no such columns', 'zh-TW': '沒有這些欄位', 'zh-CN': '没有这些列', ms: 'tiada lajur sedemikian' },
  notEnabled: {
    en: 'Run in BigQuery is off. Turn it on in Settings → BigQuery, with your Google Cloud project id and the table, and save the settings; nothing was changed.',
    'zh-TW': '「在 BigQuery 執行」尚未開啟。請在「設定 → BigQuery」中開啟，填入 Google Cloud 專案 ID 與資料表並儲存設定；未做任何變更。',
    'zh-CN': '“在 BigQuery 运行”尚未开启。请在“设置 → BigQuery”中开启，填入 Google Cloud 项目 ID 与数据表并保存设置；未做任何更改。',
    ms: 'Jalankan dalam BigQuery dimatikan. Hidupkan dalam Tetapan → BigQuery, dengan ID projek Google Cloud dan jadual anda, dan simpan tetapan; tiada apa-apa diubah.',
  },
  noProject: {
    en: 'Type the Google Cloud project id that runs (and pays for) the query in Settings → BigQuery; nothing was changed.',
    'zh-TW': '請在「設定 → BigQuery」中輸入執行（並支付）此查詢的 Google Cloud 專案 ID；未做任何變更。',
    'zh-CN': '请在“设置 → BigQuery”中输入运行（并支付）此查询的 Google Cloud 项目 ID；未做任何更改。',
    ms: 'Taip ID projek Google Cloud yang menjalankan (dan membayar) pertanyaan itu dalam Tetapan → BigQuery; tiada apa-apa diubah.',
  },
  scopeMissing: {
    en: 'This copy of the add-on may not read BigQuery yet. Its owner installs the BigQuery build (npm run build -- --bigquery, then clasp push), and you allow "View your data in Google BigQuery" when Google asks, after pressing Run in BigQuery. See "Run in BigQuery" in the README; nothing was changed.',
    'zh-TW': '此外掛程式尚無讀取 BigQuery 的權限。請其擁有者安裝 BigQuery 版本（npm run build -- --bigquery，再 clasp push），按下「在 BigQuery 執行」後，Google 詢問時請允許「查看您在 Google BigQuery 中的資料」。詳見 README 的「Run in BigQuery」；未做任何變更。',
    'zh-CN': '此插件尚无读取 BigQuery 的权限。请其所有者安装 BigQuery 版本（npm run build -- --bigquery，再 clasp push），按下“在 BigQuery 运行”后，Google 询问时请允许“查看您在 Google BigQuery 中的数据”。详见 README 的“Run in BigQuery”；未做任何更改。',
    ms: 'Salinan add-on ini belum boleh membaca BigQuery. Pemiliknya memasang binaan BigQuery (npm run build -- --bigquery, kemudian clasp push), dan anda membenarkan "Lihat data anda dalam Google BigQuery" apabila Google bertanya, selepas menekan Jalankan dalam BigQuery. Lihat "Run in BigQuery" dalam README; tiada apa-apa diubah.',
  },
  queryFailed: {
    en: 'BigQuery could not run the query: {reason}. Check the table name, the column names and that you have BigQuery Job User on the project and BigQuery Data Viewer on the dataset; nothing was changed.',
    'zh-TW': 'BigQuery 無法執行查詢：{reason}。請檢查資料表名稱、欄位名稱，以及您在專案上有 BigQuery Job User、在資料集上有 BigQuery Data Viewer 角色；未做任何變更。',
    'zh-CN': 'BigQuery 无法运行查询：{reason}。请检查数据表名称、列名，以及您在项目上有 BigQuery Job User、在数据集上有 BigQuery Data Viewer 角色；未做任何更改。',
    ms: 'BigQuery tidak dapat menjalankan pertanyaan: {reason}. Semak nama jadual, nama lajur dan bahawa anda mempunyai BigQuery Job User pada projek dan BigQuery Data Viewer pada set data; tiada apa-apa diubah.',
  },
  timedOut: {
    en: 'BigQuery did not finish the query within {minutes} minutes, so it was stopped; nothing was changed. Try again later, or use Export SQL and run it in the BigQuery console.',
    'zh-TW': 'BigQuery 在 {minutes} 分鐘內未完成查詢，因此已停止；未做任何變更。請稍後再試，或使用「匯出 SQL」在 BigQuery 控制台執行。',
    'zh-CN': 'BigQuery 在 {minutes} 分钟内未完成查询，因此已停止；未做任何更改。请稍后再试，或使用“导出 SQL”在 BigQuery 控制台运行。',
    ms: 'BigQuery tidak menyelesaikan pertanyaan dalam {minutes} minit, jadi ia dihentikan; tiada apa-apa diubah. Cuba lagi nanti, atau gunakan Eksport SQL dan jalankannya dalam konsol BigQuery.',
  },
  tooLarge: {
    en: 'The result is larger than Connected Sheets gives back to the add-on ({max} rows of up to 50,000 characters, about 2 million orders); nothing was changed. Use Export SQL and run it in the BigQuery console.',
    'zh-TW': '結果超過連結試算表能傳回外掛程式的大小（{max} 列、每格最多 50,000 個字元，約 200 萬筆訂單）；未做任何變更。請使用「匯出 SQL」在 BigQuery 控制台執行。',
    'zh-CN': '结果超过关联表格能返回插件的大小（{max} 行、每格最多 50,000 个字符，约 200 万笔订单）；未做任何更改。请使用“导出 SQL”在 BigQuery 控制台运行。',
    ms: 'Hasilnya lebih besar daripada yang Connected Sheets pulangkan kepada add-on ({max} baris sehingga 50,000 aksara, kira-kira 2 juta pesanan); tiada apa-apa diubah. Gunakan Eksport SQL dan jalankannya dalam konsol BigQuery.',
  },
  badResult: {
    en: 'BigQuery returned rows this version of the add-on cannot read ({what}); nothing was changed.',
    'zh-TW': 'BigQuery 傳回的資料此版本無法讀取（{what}）；未做任何變更。',
    'zh-CN': 'BigQuery 返回的数据此版本无法读取（{what}）；未做任何更改。',
    ms: 'BigQuery memulangkan baris yang tidak dapat dibaca oleh versi add-on ini ({what}); tiada apa-apa diubah.',
  },
  readBack: {
    en: 'Ran in BigQuery: each order came back as its day and amount only (order lines merged, as the SQL keeps them), so product, quantity, channel, time-of-day, contact and consent columns are not used: campaign lists carry no contact details, and the predicted value is checked on these orders as usual.',
    'zh-TW': '已在 BigQuery 執行：每筆訂單只傳回日期與金額（明細已合併，與 SQL 的處理相同），因此不使用商品、數量、通路、下單時刻、聯絡方式與同意欄位：行銷名單不含聯絡資料；預測價值照常以這些訂單檢驗。',
    'zh-CN': '已在 BigQuery 运行：每笔订单只返回日期与金额（明细已合并，与 SQL 的处理相同），因此不使用商品、数量、渠道、下单时刻、联系方式与同意列：营销名单不含联系信息；预测价值照常以这些订单检验。',
    ms: 'Dijalankan dalam BigQuery: setiap pesanan kembali sebagai hari dan amaunnya sahaja (baris pesanan digabungkan, seperti SQL menyimpannya), jadi lajur produk, kuantiti, saluran, masa, hubungan dan persetujuan tidak digunakan: senarai kempen tidak membawa butiran hubungan, dan nilai ramalan disemak pada pesanan ini seperti biasa.',
  },
  scoresDiffer: {
    en: 'BigQuery scored {n} customers differently from the add-on; the tabs use the add-on\'s scores.',
    'zh-TW': 'BigQuery 對 {n} 位顧客的評分與外掛程式不同；分頁採用外掛程式的分數。',
    'zh-CN': 'BigQuery 对 {n} 位客户的评分与插件不同；标签页采用插件的分数。',
    ms: 'BigQuery memberi skor berbeza kepada {n} pelanggan berbanding add-on; tab menggunakan skor add-on.',
  },
} satisfies Record<string, Localized>;
