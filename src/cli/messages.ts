import { format, type Localized } from '../core/i18n';
import type { Lang } from '../core/types';

/**
 * What reading an input file can say, per language (`--lang` chooses). Errors refuse the file;
 * notes go to stderr and the file is still read. `{file}` is the file's name as given.
 */
export const READ_MESSAGES = {
  // Errors
  cannotOpen: { en: '{file} could not be read: {reason}', 'zh-TW': '無法讀取 {file}：{reason}', 'zh-CN': '无法读取 {file}：{reason}', ms: '{file} tidak dapat dibaca: {reason}' },
  empty: { en: '{file} is empty.', 'zh-TW': '{file} 是空的。', 'zh-CN': '{file} 是空的。', ms: '{file} kosong.' },
  noRows: { en: '{file} is empty: it has no header row and no data rows', 'zh-TW': '{file} 是空的：沒有標題列，也沒有資料列', 'zh-CN': '{file} 是空的：没有标题行，也没有数据行', ms: '{file} kosong: tiada baris tajuk dan tiada baris data' },
  noTable: { en: '{file} has no table: it has only blank or comment lines.', 'zh-TW': '{file} 中沒有表格：只有空白行或註解行。', 'zh-CN': '{file} 中没有表格：只有空行或注释行。', ms: '{file} tiada jadual: ia hanya mengandungi baris kosong atau ulasan.' },
  notText: { en: '{file} does not look like a text table: it has binary data near byte {offset}. Export it again as CSV or .xlsx.', 'zh-TW': '{file} 看起來不是文字表格：在第 {offset} 個位元組附近有二進位資料。請重新匯出為 CSV 或 .xlsx。', 'zh-CN': '{file} 看起来不是文本表格：在第 {offset} 个字节附近有二进制数据。请重新导出为 CSV 或 .xlsx。', ms: '{file} tidak kelihatan seperti jadual teks: terdapat data binari berhampiran bait {offset}. Eksport semula sebagai CSV atau .xlsx.' },
  textIsZip: { en: '{file} is an Excel workbook, not CSV text: rename it to .xlsx.', 'zh-TW': '{file} 是 Excel 活頁簿，不是 CSV 文字檔：請將副檔名改為 .xlsx。', 'zh-CN': '{file} 是 Excel 工作簿，不是 CSV 文本：请将扩展名改为 .xlsx。', ms: '{file} ialah buku kerja Excel, bukan teks CSV: namakan semula kepada .xlsx.' },
  isXls: { en: '{file} is an old Excel 97–2003 workbook (.xls) or a password-protected one: open it in Excel or Google Sheets and save it as .xlsx or CSV.', 'zh-TW': '{file} 是舊版 Excel 97–2003 活頁簿（.xls）或受密碼保護的活頁簿：請用 Excel 或 Google 試算表開啟，另存為 .xlsx 或 CSV。', 'zh-CN': '{file} 是旧版 Excel 97–2003 工作簿（.xls）或受密码保护的工作簿：请用 Excel 或 Google 表格打开，另存为 .xlsx 或 CSV。', ms: '{file} ialah buku kerja Excel 97–2003 lama (.xls) atau yang dilindungi kata laluan: buka dalam Excel atau Google Sheets dan simpan sebagai .xlsx atau CSV.' },
  notWorkbookText: { en: '{file} is not an Excel workbook (it looks like CSV text): rename it to .csv or export it again.', 'zh-TW': '{file} 不是 Excel 活頁簿（看起來是 CSV 文字）：請將副檔名改為 .csv，或重新匯出。', 'zh-CN': '{file} 不是 Excel 工作簿（看起来是 CSV 文本）：请将扩展名改为 .csv，或重新导出。', ms: '{file} bukan buku kerja Excel (ia kelihatan seperti teks CSV): namakan semula kepada .csv atau eksport semula.' },
  notWorkbook: { en: '{file} is not an Excel workbook (it is not a zip file): export it again as .xlsx or CSV.', 'zh-TW': '{file} 不是 Excel 活頁簿（不是 zip 檔）：請重新匯出為 .xlsx 或 CSV。', 'zh-CN': '{file} 不是 Excel 工作簿（不是 zip 文件）：请重新导出为 .xlsx 或 CSV。', ms: '{file} bukan buku kerja Excel (ia bukan fail zip): eksport semula sebagai .xlsx atau CSV.' },
  badWorkbook: { en: '{file} could not be read as an Excel workbook ({reason}): export it again as .xlsx or CSV.', 'zh-TW': '無法將 {file} 讀取為 Excel 活頁簿（{reason}）：請重新匯出為 .xlsx 或 CSV。', 'zh-CN': '无法将 {file} 读取为 Excel 工作簿（{reason}）：请重新导出为 .xlsx 或 CSV。', ms: '{file} tidak dapat dibaca sebagai buku kerja Excel ({reason}): eksport semula sebagai .xlsx atau CSV.' },
  noSuchSheet: { en: '{file} has no sheet named "{sheet}"; its sheets are: {sheets}.', 'zh-TW': '{file} 中沒有名為「{sheet}」的工作表；現有工作表：{sheets}。', 'zh-CN': '{file} 中没有名为“{sheet}”的工作表；现有工作表：{sheets}。', ms: '{file} tiada helaian bernama "{sheet}"; helaiannya ialah: {sheets}.' },
  noSheetData: { en: '{file} has no data on any sheet (sheets: {sheets}).', 'zh-TW': '{file} 的所有工作表都沒有資料（工作表：{sheets}）。', 'zh-CN': '{file} 的所有工作表都没有数据（工作表：{sheets}）。', ms: '{file} tiada data pada mana-mana helaian (helaian: {sheets}).' },
  sheetEmpty: { en: '{file}: the sheet "{sheet}" has no data.', 'zh-TW': '{file} 的工作表「{sheet}」沒有資料。', 'zh-CN': '{file} 的工作表“{sheet}”没有数据。', ms: 'Helaian "{sheet}" dalam {file} tiada data.' },
  firstSheetEmptyChoose: { en: '{file}: the first sheet "{first}" has no data; choose a sheet with --sheet: {sheets}.', 'zh-TW': '{file} 的第一個工作表「{first}」沒有資料；請用 --sheet 選擇工作表：{sheets}。', 'zh-CN': '{file} 的第一个工作表“{first}”没有数据；请用 --sheet 选择工作表：{sheets}。', ms: 'Helaian pertama "{first}" dalam {file} tiada data; pilih helaian dengan --sheet: {sheets}.' },
  unknownEncoding: { en: '{file}: "{encoding}" is not an encoding this tool knows; try utf-8, utf-16le, big5, gb18030, shift_jis or windows-1252.', 'zh-TW': '{file}：不認得編碼「{encoding}」；可用 utf-8、utf-16le、big5、gb18030、shift_jis 或 windows-1252。', 'zh-CN': '{file}：不认识编码“{encoding}”；可用 utf-8、utf-16le、big5、gb18030、shift_jis 或 windows-1252。', ms: '{file}: "{encoding}" bukan pengekodan yang dikenali; cuba utf-8, utf-16le, big5, gb18030, shift_jis atau windows-1252.' },
  unsureEncoding: { en: '{file}: cannot tell which text encoding it uses (best guess: {encoding}). Save it as UTF-8, or name the encoding, e.g. --encoding {example}.', 'zh-TW': '{file}：無法判斷文字編碼（最可能是 {encoding}）。請另存為 UTF-8，或指定編碼，例如 --encoding {example}。', 'zh-CN': '{file}：无法判断文本编码（最可能是 {encoding}）。请另存为 UTF-8，或指定编码，例如 --encoding {example}。', ms: '{file}: tidak dapat menentukan pengekodan teksnya (tekaan terbaik: {encoding}). Simpan sebagai UTF-8, atau namakan pengekodan, cth. --encoding {example}.' },
  ambiguousEncoding: { en: '{file}: its text could be {a} or {b}. Save it as UTF-8, or name the encoding with --encoding {aId} or --encoding {bId}.', 'zh-TW': '{file}：文字可能是 {a} 或 {b}。請另存為 UTF-8，或用 --encoding {aId} 或 --encoding {bId} 指定編碼。', 'zh-CN': '{file}：文本可能是 {a} 或 {b}。请另存为 UTF-8，或用 --encoding {aId} 或 --encoding {bId} 指定编码。', ms: '{file}: teksnya mungkin {a} atau {b}. Simpan sebagai UTF-8, atau namakan pengekodan dengan --encoding {aId} atau --encoding {bId}.' },
  mixedUtf8: { en: '{file} is mostly UTF-8 but {count} bytes are not valid UTF-8 (first on line {line}): it may have been joined from files saved in different encodings. Fix those lines, or pass --encoding utf-8 to read them as �.', 'zh-TW': '{file} 大部分是 UTF-8，但有 {count} 個位元組不是有效的 UTF-8（第一個在第 {line} 行）：可能是由不同編碼的檔案合併而成。請修正這些行，或加上 --encoding utf-8 以 � 讀入。', 'zh-CN': '{file} 大部分是 UTF-8，但有 {count} 个字节不是有效的 UTF-8（第一个在第 {line} 行）：可能是由不同编码的文件合并而成。请修正这些行，或加上 --encoding utf-8 以 � 读入。', ms: '{file} kebanyakannya UTF-8 tetapi {count} bait bukan UTF-8 yang sah (pertama pada baris {line}): ia mungkin digabung daripada fail dengan pengekodan berbeza. Betulkan baris itu, atau beri --encoding utf-8 untuk membacanya sebagai �.' },
  laterNotUtf8: {
    en: '{file} starts as UTF-8, but line {line} is not: {count} bytes from there on are not valid UTF-8, so names would be misread. Save the file as UTF-8, or name its encoding with --encoding.',
    'zh-TW': '{file} 開頭是 UTF-8，但第 {line} 行不是：從該行起有 {count} 個位元組不是有效的 UTF-8，名稱會被讀錯。請另存為 UTF-8，或用 --encoding 指定編碼。',
    'zh-CN': '{file} 开头是 UTF-8，但第 {line} 行不是：从该行起有 {count} 个字节不是有效的 UTF-8，名称会被读错。请另存为 UTF-8，或用 --encoding 指定编码。',
    ms: '{file} bermula sebagai UTF-8, tetapi baris {line} bukan: {count} bait dari situ bukan UTF-8 yang sah, jadi nama akan tersalah baca. Simpan fail sebagai UTF-8, atau namakan pengekodannya dengan --encoding.',
  },
  laterEncodingHint: { en: 'Those lines look like {encoding}: --encoding {codec}.', 'zh-TW': '這些行看起來是 {encoding}：--encoding {codec}。', 'zh-CN': '这些行看起来是 {encoding}：--encoding {codec}。', ms: 'Baris itu kelihatan seperti {encoding}: --encoding {codec}.' },
  unclosedQuote: { en: '{file}: the quoted field that starts on line {line} is never closed, so the rest of the file would be read as one cell ({excerpt}). Close or remove that quote.', 'zh-TW': '{file}：第 {line} 行開始的引號欄位沒有結束，檔案其餘部分會被讀成一個儲存格（{excerpt}）。請補上或刪除該引號。', 'zh-CN': '{file}：第 {line} 行开始的引号字段没有结束，文件其余部分会被读成一个单元格（{excerpt}）。请补上或删除该引号。', ms: '{file}: medan berpetikan yang bermula pada baris {line} tidak ditutup, jadi baki fail akan dibaca sebagai satu sel ({excerpt}). Tutup atau buang petikan itu.' },
  notAHeader: { en: '{file}: line {line} does not look like a header row: a cell is {length} characters long ({excerpt}).', 'zh-TW': '{file}：第 {line} 行看起來不是標題列：有一個儲存格長達 {length} 個字元（{excerpt}）。', 'zh-CN': '{file}：第 {line} 行看起来不是标题行：有一个单元格长达 {length} 个字符（{excerpt}）。', ms: '{file}: baris {line} tidak kelihatan seperti baris tajuk: satu sel sepanjang {length} aksara ({excerpt}).' },
  tooManyColumns: { en: '{file}: line {line} does not look like a header row: it has {count} fields, more than a sheet can hold ({excerpt}). Check the delimiter and the line ends.', 'zh-TW': '{file}：第 {line} 行看起來不是標題列：它有 {count} 個欄位，超過工作表的上限（{excerpt}）。請檢查分隔符號與換行。', 'zh-CN': '{file}：第 {line} 行看起来不是标题行：它有 {count} 个字段，超过工作表的上限（{excerpt}）。请检查分隔符和换行。', ms: '{file}: baris {line} tidak kelihatan seperti baris tajuk: ia mempunyai {count} medan, melebihi had helaian ({excerpt}). Semak pembatas dan penghujung baris.' },
  // Notes
  readAsDetected: { en: '{file}: read as {encoding} (detected).', 'zh-TW': '{file}：以 {encoding} 讀取（自動偵測）。', 'zh-CN': '{file}：以 {encoding} 读取（自动检测）。', ms: '{file}: dibaca sebagai {encoding} (dikesan).' },
  readAsBom: { en: '{file}: read as {encoding} (byte order mark).', 'zh-TW': '{file}：以 {encoding} 讀取（位元組順序標記）。', 'zh-CN': '{file}：以 {encoding} 读取（字节顺序标记）。', ms: '{file}: dibaca sebagai {encoding} (tanda tertib bait).' },
  readAsOption: { en: '{file}: read as {encoding} (--encoding).', 'zh-TW': '{file}：以 {encoding} 讀取（--encoding）。', 'zh-CN': '{file}：以 {encoding} 读取（--encoding）。', ms: '{file}: dibaca sebagai {encoding} (--encoding).' },
  badBytes: { en: '{file}: {count} bytes are not valid {encoding} and were read as � (first on line {line}).', 'zh-TW': '{file}：有 {count} 個位元組不是有效的 {encoding}，已以 � 讀入（第一個在第 {line} 行）。', 'zh-CN': '{file}：有 {count} 个字节不是有效的 {encoding}，已以 � 读入（第一个在第 {line} 行）。', ms: '{file}: {count} bait bukan {encoding} yang sah dan dibaca sebagai � (pertama pada baris {line}).' },
  skippedLines: { en: '{file}: skipped {count} lines above the header (line {line}).', 'zh-TW': '{file}：略過標題列（第 {line} 行）上方的 {count} 行。', 'zh-CN': '{file}：跳过标题行（第 {line} 行）上方的 {count} 行。', ms: '{file}: melangkau {count} baris di atas baris tajuk (baris {line}).' },
  skippedLine: { en: '{file}: skipped 1 line above the header (line {line}).', 'zh-TW': '{file}：略過標題列（第 {line} 行）上方的 1 行。', 'zh-CN': '{file}：跳过标题行（第 {line} 行）上方的 1 行。', ms: '{file}: melangkau 1 baris di atas baris tajuk (baris {line}).' },
  shortRows: { en: '{file}: {count} rows have fewer fields than the header ({width}); their missing cells are read as blank: {lines}.', 'zh-TW': '{file}：有 {count} 列的欄位少於標題列（{width} 欄），缺少的儲存格視為空白：{lines}。', 'zh-CN': '{file}：有 {count} 行的字段少于标题行（{width} 列），缺少的单元格视为空白：{lines}。', ms: '{file}: {count} baris mempunyai medan kurang daripada baris tajuk ({width}); sel yang tiada dibaca sebagai kosong: {lines}.' },
  longRows: { en: '{file}: {count} rows have more fields than the header ({width}), perhaps an unquoted {delimiter} inside a value; they were left out: {lines}.', 'zh-TW': '{file}：有 {count} 列的欄位多於標題列（{width} 欄），可能是值中有未加引號的 {delimiter}；這些列已略過：{lines}。', 'zh-CN': '{file}：有 {count} 行的字段多于标题行（{width} 列），可能是值中有未加引号的 {delimiter}；这些行已跳过：{lines}。', ms: '{file}: {count} baris mempunyai medan lebih daripada baris tajuk ({width}), mungkin {delimiter} tanpa petikan dalam nilai; baris itu ditinggalkan: {lines}.' },
  headerOnly: { en: '{file}: there is a header row but no data rows.', 'zh-TW': '{file}：只有標題列，沒有資料列。', 'zh-CN': '{file}：只有标题行，没有数据行。', ms: '{file}: ada baris tajuk tetapi tiada baris data.' },
  readOtherSheet: { en: '{file}: the first sheet "{first}" has no data, so the sheet "{used}" was read (sheets: {sheets}).', 'zh-TW': '{file}：第一個工作表「{first}」沒有資料，因此讀取工作表「{used}」（工作表：{sheets}）。', 'zh-CN': '{file}：第一个工作表“{first}”没有数据，因此读取工作表“{used}”（工作表：{sheets}）。', ms: '{file}: helaian pertama "{first}" tiada data, jadi helaian "{used}" dibaca (helaian: {sheets}).' },
  // The data-quality report under an error
  qualityReport: { en: 'Data-quality report:', 'zh-TW': '資料品質報告：', 'zh-CN': '数据质量报告：', ms: 'Laporan kualiti data:' },
  qualityRows: { en: ' (rows {rows})', 'zh-TW': '（第 {rows} 列）', 'zh-CN': '（第 {rows} 行）', ms: ' (baris {rows})' },
  // Pieces
  lineList: { en: 'lines {list}', 'zh-TW': '第 {list} 行', 'zh-CN': '第 {list} 行', ms: 'baris {list}' },
  lineListMore: { en: 'lines {list} and {more} more', 'zh-TW': '第 {list} 行及其他 {more} 行', 'zh-CN': '第 {list} 行及其他 {more} 行', ms: 'baris {list} dan {more} lagi' },
  tab: { en: 'tab', 'zh-TW': 'Tab 字元', 'zh-CN': 'Tab 字符', ms: 'aksara tab' },
} satisfies Record<string, Localized>;

export type ReadMessageKey = keyof typeof READ_MESSAGES;

/** The lines `segment` prints after the run's sentence (one per segment, the notes, the file written), per language. */
export const SEGMENT_LINES = {
  segment: { en: '{customers} customers  {share} % of revenue', 'zh-TW': '{customers} 位顧客  營收占比 {share} %', 'zh-CN': '{customers} 位客户  收入占比 {share} %', ms: '{customers} pelanggan  {share} % hasil' },
  note: { en: 'Note: {note}', 'zh-TW': '注意：{note}', 'zh-CN': '注意：{note}', ms: 'Catatan: {note}' },
  wrote: { en: 'Wrote {tabs} to {file}', 'zh-TW': '已將 {tabs} 寫入 {file}', 'zh-CN': '已将 {tabs} 写入 {file}', ms: '{tabs} ditulis ke {file}' },
  listSeparator: { en: ', ', 'zh-TW': '、', 'zh-CN': '、', ms: ', ' },
  /** The .xlsx tab holding a copy of the source rows (a Google Sheet keeps the owner's own tab). */
  sourceSheet: { en: 'Orders', 'zh-TW': '訂單資料', 'zh-CN': '订单数据', ms: 'Data pesanan' },
} satisfies Record<string, Localized>;

/** One read message in `lang` with its placeholders filled. */
export function readMessage(key: ReadMessageKey, lang: Lang, params: Record<string, string | number> = {}): string {
  return format(READ_MESSAGES[key], lang, params);
}

/** What the operating system said about a file, per language, as the reason a file cannot be used. */
const FILE_REASONS = new Map<string, Localized>([
  ['ENOENT', { en: 'no such file', 'zh-TW': '找不到這個檔案', 'zh-CN': '找不到这个文件', ms: 'tiada fail sedemikian' }],
  ['EACCES', { en: 'permission denied', 'zh-TW': '沒有權限', 'zh-CN': '没有权限', ms: 'kebenaran ditolak' }],
  ['EISDIR', { en: 'it is a folder', 'zh-TW': '這是資料夾', 'zh-CN': '这是文件夹', ms: 'ia ialah folder' }],
  ['ENOSPC', { en: 'the disk is full', 'zh-TW': '磁碟已滿', 'zh-CN': '磁盘已满', ms: 'cakera penuh' }],
  ['EROFS', { en: 'read-only file system', 'zh-TW': '唯讀的檔案系統', 'zh-CN': '只读文件系统', ms: 'sistem fail baca sahaja' }],
  ['EPERM', { en: 'not permitted', 'zh-TW': '不允許', 'zh-CN': '不允许', ms: 'tidak dibenarkan' }],
]);

/** The reason of a file system error in `lang` ("no such file"), or null for an error the table does not name. */
export function fileErrorReason(err: unknown, lang: Lang): string | null {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  const reason = typeof code === 'string' ? FILE_REASONS.get(code) : undefined;
  return reason ? format(reason, lang) : null;
}
