/**
 * The preview's own words (its top bar, grid and console lines) in the four languages the add-on
 * speaks; the sidebar and the tabs bring their own.
 *
 * @example
 * say('portBusy', 'ms', { port: 8080, next: 8081 })
 */
import type { Lang } from '../../src/core/types';
import { format, type Localized } from '../../src/core/i18n';

export const PREVIEW_TEXT = {
  subtitle: { en: 'local preview (fake Sheets, real dist/Code.js)', 'zh-TW': '本機預覽（模擬試算表，實際的 dist/Code.js）', 'zh-CN': '本地预览（模拟表格，真实的 dist/Code.js）', ms: 'pratonton setempat (Sheets tiruan, dist/Code.js sebenar)' },
  locale: { en: 'Locale', 'zh-TW': '地區設定', 'zh-CN': '区域设置', ms: 'Lokaliti' },
  menu: { en: 'Menu', 'zh-TW': '選單', 'zh-CN': '菜单', ms: 'Menu' },
  openFile: { en: 'Open your file', 'zh-TW': '開啟您的檔案', 'zh-CN': '打开您的文件', ms: 'Buka fail anda' },
  openHint: {
    en: 'CSV, TSV, TXT or XLSX: read by this computer’s preview server only, nothing leaves the machine.',
    'zh-TW': 'CSV、TSV、TXT 或 XLSX：只由這台電腦上的預覽伺服器讀取，資料不會離開這台電腦。',
    'zh-CN': 'CSV、TSV、TXT 或 XLSX：只由这台电脑上的预览服务器读取，数据不会离开这台电脑。',
    ms: 'CSV, TSV, TXT atau XLSX: dibaca oleh pelayan pratonton di komputer ini sahaja, tiada apa-apa keluar dari mesin ini.',
  },
  opening: { en: 'Reading {file}…', 'zh-TW': '正在讀取 {file}…', 'zh-CN': '正在读取 {file}…', ms: 'Membaca {file}…' },
  opened: { en: 'Opened {file}.', 'zh-TW': '已開啟 {file}。', 'zh-CN': '已打开 {file}。', ms: '{file} dibuka.' },
  reset: { en: 'Reset workbook', 'zh-TW': '重設活頁簿', 'zh-CN': '重置工作簿', ms: 'Tetapkan semula buku kerja' },
  sheets: { en: 'Sheets', 'zh-TW': '工作表', 'zh-CN': '工作表', ms: 'Helaian' },
  sidebar: { en: 'Sidebar', 'zh-TW': '側邊欄', 'zh-CN': '侧边栏', ms: 'Bar sisi' },
  hidden: { en: '(hidden)', 'zh-TW': '（已隱藏）', 'zh-CN': '（已隐藏）', ms: '(tersembunyi)' },
  size: { en: '{sheet}: {rows} rows × {cols} columns', 'zh-TW': '{sheet}：{rows} 列 × {cols} 欄', 'zh-CN': '{sheet}：{rows} 行 × {cols} 列', ms: '{sheet}: {rows} baris × {cols} lajur' },
  firstShown: { en: '(first {n} shown)', 'zh-TW': '（顯示前 {n} 列）', 'zh-CN': '（显示前 {n} 行）', ms: '({n} baris pertama ditunjukkan)' },
  tooLarge: { en: 'The file is larger than {mb} MB, more than the preview reads.', 'zh-TW': '檔案大於 {mb} MB，超過預覽能讀取的大小。', 'zh-CN': '文件大于 {mb} MB，超过预览能读取的大小。', ms: 'Fail lebih besar daripada {mb} MB, melebihi had bacaan pratonton.' },
  listening: {
    en: 'Preview of the add-on (dist/Code.js in the Apps Script harness) with {file}: {url}\nPress Ctrl+C to stop.',
    'zh-TW': '外掛預覽（dist/Code.js 在 Apps Script 模擬環境中執行），資料為 {file}：{url}\n按 Ctrl+C 停止。',
    'zh-CN': '插件预览（dist/Code.js 在 Apps Script 模拟环境中运行），数据为 {file}：{url}\n按 Ctrl+C 停止。',
    ms: 'Pratonton add-on (dist/Code.js dalam abah-abah Apps Script) dengan {file}: {url}\nTekan Ctrl+C untuk berhenti.',
  },
  portBusy: {
    en: 'Port {port} is already in use (another preview or program). Pick another: npm start -- --port {next}   or   PORT={next} npm start',
    'zh-TW': '連接埠 {port} 已被使用（另一個預覽或程式）。請改用其他連接埠：npm start -- --port {next}   或   PORT={next} npm start',
    'zh-CN': '端口 {port} 已被占用（另一个预览或程序）。请换一个端口：npm start -- --port {next}   或   PORT={next} npm start',
    ms: 'Port {port} sudah digunakan (pratonton atau program lain). Pilih port lain: npm start -- --port {next}   atau   PORT={next} npm start',
  },
  portMoved: {
    en: 'Port {port} is in use, so the preview uses port {used} (choose one with --port N or PORT=N).',
    'zh-TW': '連接埠 {port} 已被使用，因此預覽改用連接埠 {used}（可用 --port N 或 PORT=N 指定）。',
    'zh-CN': '端口 {port} 已被占用，因此预览改用端口 {used}（可用 --port N 或 PORT=N 指定）。',
    ms: 'Port {port} sedang digunakan, jadi pratonton menggunakan port {used} (pilih dengan --port N atau PORT=N).',
  },
  usage: {
    en: 'Usage: npm start -- [orders.csv | orders.xlsx] [--port N] [--locale zh_TW] [--sheet NAME] [--encoding big5]\nWithout a file the bundled sample shop is shown.',
    'zh-TW': '用法：npm start -- [orders.csv | orders.xlsx] [--port N] [--locale zh_TW] [--sheet 工作表名稱] [--encoding big5]\n未指定檔案時顯示內附的範例商店。',
    'zh-CN': '用法：npm start -- [orders.csv | orders.xlsx] [--port N] [--locale zh_CN] [--sheet 工作表名称] [--encoding gb18030]\n未指定文件时显示自带的示例商店。',
    ms: 'Penggunaan: npm start -- [orders.csv | orders.xlsx] [--port N] [--locale ms_MY] [--sheet NAMA] [--encoding big5]\nTanpa fail, kedai contoh yang disertakan ditunjukkan.',
  },
  badOption: { en: 'Unknown option or missing value: {option}', 'zh-TW': '不明的選項或缺少值：{option}', 'zh-CN': '未知选项或缺少值：{option}', ms: 'Pilihan tidak dikenali atau nilai tiada: {option}' },
} satisfies Record<string, Localized>;

export type PreviewTextKey = keyof typeof PREVIEW_TEXT;

/** One preview text in `lang`, placeholders filled. */
export function say(key: PreviewTextKey, lang: Lang, params: Record<string, string | number> = {}): string {
  return format(PREVIEW_TEXT[key], lang, params);
}

/** Every text in one language, for the page's script. */
export function textsFor(lang: Lang): Record<PreviewTextKey, string> {
  const out = {} as Record<PreviewTextKey, string>;
  for (const key of Object.keys(PREVIEW_TEXT) as PreviewTextKey[]) out[key] = PREVIEW_TEXT[key][lang];
  return out;
}
