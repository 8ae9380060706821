/**
 * `segment --campaigns DIR`: one CSV per segment of the customers who may be contacted, in the
 * column layout Mailchimp's and Klaviyo's contact imports map on their own:
 * - Klaviyo (help.klaviyo.com, "Create and add contacts to a new list"): the first column is headed
 *   "Email Address" or "Phone Number"; other columns named as Klaviyo properties ("First Name",
 *   "Last Name") are mapped to them; phone numbers in E.164 (+60123456789); no duplicate emails.
 * - Mailchimp ("Format guidelines for your import file"): only the email column is required, columns
 *   in any order, matched to audience fields by label; text fields up to 255 bytes; UTF-8.
 * "Tags" holds the segment name; we assumed both importers take it as a text column to map (Mailchimp
 * can also tag the whole import in its last step).
 * The folder is guarded like `--out` (outputFile.ts): a folder holding files this tool did not write
 * is refused unless --force, inputs are never overwritten, and every file is written atomically.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, type Localized } from '../core/i18n';
import type { CampaignLists } from '../core/campaigns/campaignLists';
import { splitName } from '../core/campaigns/splitName';
import type { Lang } from '../core/types';
import { csvCell } from './csvCell';
import { UsageError } from './flags';
import { sameFile, writeAtomically } from './outputFile';

/** The list of files this tool wrote into the folder, so a re-run may replace them and nothing else. */
const MANIFEST = '.customer-segments-campaigns.json';
const COLUMNS = ['Email Address', 'First Name', 'Last Name', 'Phone Number', 'Tags'];

const TEXT = {
  wrote: {
    en: 'Wrote {files} campaign lists ({contacts} contacts) to {dir}.',
    'zh-TW': '已將 {files} 份行銷名單（{contacts} 位聯絡人）寫入 {dir}。',
    'zh-CN': '已将 {files} 份营销名单（{contacts} 位联系人）写入 {dir}。',
    ms: '{files} senarai kempen ({contacts} kenalan) ditulis ke {dir}.',
  },
  noAddress: {
    en: 'Customers who may be contacted but have neither an email nor a phone number: {count}. They are not in the files (the Campaign lists tab has them).',
    'zh-TW': '可聯繫但沒有電子郵件也沒有電話的顧客：{count} 位。他們不在檔案中（仍列於「行銷名單」分頁）。',
    'zh-CN': '可联系但没有电子邮件也没有电话的客户：{count} 位。他们不在文件中（仍列于“营销名单”标签页）。',
    ms: 'Pelanggan yang boleh dihubungi tetapi tiada e-mel atau nombor telefon: {count}. Mereka tiada dalam fail (tab Senarai kempen menyenaraikan mereka).',
  },
  removed: {
    en: 'Removed {files}: written by an earlier run for segments no one in this run may be contacted in.',
    'zh-TW': '已刪除 {files}：這些是先前執行寫入的檔案，本次這些分群沒有可聯繫的顧客。',
    'zh-CN': '已删除 {files}：这些是先前运行写入的文件，本次这些细分没有可联系的客户。',
    ms: '{files} dibuang: ditulis oleh larian terdahulu untuk segmen yang tiada sesiapa boleh dihubungi pada larian ini.',
  },
  isFile: {
    en: '{flag} is a file; give a folder for the campaign lists',
    'zh-TW': '{flag} 是檔案；請指定存放行銷名單的資料夾',
    'zh-CN': '{flag} 是文件；请指定存放营销名单的文件夹',
    ms: '{flag} ialah fail; beri folder untuk senarai kempen',
  },
  foreignFiles: {
    en: '{flag} holds files this tool did not write ({list}); choose a new or empty folder, or add --force to write beside them (they are never deleted)',
    'zh-TW': '{flag} 中有不是本工具寫入的檔案（{list}）；請選擇新的或空的資料夾，或加上 --force 寫在它們旁邊（它們不會被刪除）',
    'zh-CN': '{flag} 中有不是本工具写入的文件（{list}）；请选择新的或空的文件夹，或加上 --force 写在它们旁边（它们不会被删除）',
    ms: '{flag} mengandungi fail yang tidak ditulis oleh alat ini ({list}); pilih folder baharu atau kosong, atau tambah --force untuk menulis di sebelahnya (fail itu tidak akan dipadam)',
  },
  wouldOverwriteInput: {
    en: '--campaigns would write {path}, which is the input file {input}; choose another folder (an input is never overwritten, even with --force)',
    'zh-TW': '--campaigns 會寫入 {path}，但它是輸入檔案 {input}；請選擇其他資料夾（輸入檔案絕不會被覆寫，即使加上 --force）',
    'zh-CN': '--campaigns 会写入 {path}，但它是输入文件 {input}；请选择其他文件夹（输入文件绝不会被覆盖，即使加上 --force）',
    ms: '--campaigns akan menulis {path}, iaitu fail input {input}; pilih folder lain (fail input tidak pernah ditimpa, walaupun dengan --force)',
  },
} satisfies Record<string, Localized>;

/** A name {@link campaignFileName} gives: a manifest edited to list "../x" must not make a file elsewhere ours. */
const OUR_NAME = /^[a-z0-9_-]+\.csv$/;

/** The files an earlier run listed in the folder's manifest (none when it is missing or unreadable). */
function ourFiles(dir: string): Set<string> {
  try {
    const files = (JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8')) as { files?: unknown }).files;
    return new Set(Array.isArray(files) ? files.filter((f): f is string => typeof f === 'string' && OUR_NAME.test(f)) : []);
  } catch {
    return new Set();
  }
}

/** Refuses a folder that would cost the user a file; call it before the run so a mistake costs no time. */
export function checkCampaignsFolder(dir: string, check: { out: string; force: boolean; lang: Lang }): void {
  const flag = `--campaigns "${dir.slice(0, 60)}"`;
  if (!existsSync(dir)) return;
  if (!statSync(dir).isDirectory()) throw new UsageError(format(TEXT.isFile, check.lang, { flag }));
  const ours = ourFiles(dir);
  const foreign = readdirSync(dir).filter((f) => f !== MANIFEST && !ours.has(f) && !sameFile(join(dir, f), check.out));
  if (foreign.length && !check.force) {
    const list = foreign.slice(0, 3).join(', ') + (foreign.length > 3 ? ', …' : '');
    throw new UsageError(format(TEXT.foreignFiles, check.lang, { flag, list }));
  }
}

const RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/;

/**
 * A file name from a segment id that every OS accepts: lower case (Windows and macOS ignore case),
 * ASCII letters, digits, "_" and "-" only, no Windows device name (CON, NUL, COM1...), at most 60
 * characters, unique in `taken`.
 * @example campaignFileName('needs_attention', new Set()) // 'needs_attention.csv'
 */
export function campaignFileName(segmentId: string, taken: Set<string>): string {
  let stem = segmentId.toLowerCase().replace(/[^a-z0-9_-]+/g, '-').replace(/^[-_]+|[-_]+$/g, '').slice(0, 60) || 'segment';
  if (RESERVED.test(stem)) stem = `${stem}-segment`;
  let name = `${stem}.csv`;
  for (let i = 2; taken.has(name); i++) name = `${stem}-${i}.csv`;
  taken.add(name);
  return name;
}

/**
 * A phone number as the importers want it: E.164 (+ and 7 to 15 digits, spaces and dashes dropped)
 * when it was written with its country code; otherwise as written, through the OWASP escaping. An
 * E.164 number is written without the escaping's leading quote, which importers would keep: "+"
 * followed by digits only can be evaluated to a number by a spreadsheet, never to a formula call.
 */
function phoneCell(phone: string | null): string {
  if (phone === null) return '';
  const e164 = phone.replace(/[\s\-().]/g, '');
  return /^\+\d{7,15}$/.test(e164) ? e164 : csvCell(phone);
}

/** One segment's CSV text, and how many contacts it holds: one row per email (or phone), best first. */
function segmentCsv(segment: CampaignLists['segments'][number]): { text: string; rows: number; noAddress: number } {
  const lines = [COLUMNS.map((c) => csvCell(c)).join(',')];
  const seen = new Set<string>();
  let noAddress = 0;
  for (const c of segment.contacts) {
    const { name, email, phone } = c.details;
    if (email === null && phone === null) {
      noAddress++;
      continue;
    }
    // Klaviyo refuses a file with a repeated email or phone; the contact with more at stake (listed first) is kept.
    const keys = [email === null ? '' : `e:${email.toLowerCase()}`, phone === null ? '' : `p:${phone.replace(/\D/g, '')}`].filter(Boolean);
    if (keys.some((k) => seen.has(k))) continue;
    for (const k of keys) seen.add(k);
    const { first, last } = name ? splitName(name) : { first: '', last: '' };
    lines.push([csvCell(email), csvCell(first), csvCell(last), phoneCell(phone), csvCell(segment.name)].join(','));
  }
  return { text: `${lines.join('\n')}\n`, rows: lines.length - 1, noAddress };
}

/** Writes every file to a temporary name first and renames them into place only once all are written. */
async function writeAllAtomically(files: readonly { path: string; text: string }[]): Promise<void> {
  const [first, ...rest] = files;
  if (!first) return;
  await writeAtomically(first.path, async (tmp) => {
    writeFileSync(tmp, first.text, 'utf8');
    await writeAllAtomically(rest);
  });
}

/**
 * Writes one CSV per segment with someone to contact (checked with {@link checkCampaignsFolder}
 * first) and the manifest, removes lists an earlier run wrote for segments that now have nobody (an
 * old list could name someone who has since opted out), and returns notes for the user.
 */
export async function writeCampaigns(dir: string, lists: CampaignLists, options: { inputs: readonly string[]; lang: Lang }): Promise<string[]> {
  const taken = new Set([MANIFEST]);
  const files: { name: string; path: string; text: string }[] = [];
  let contacts = 0;
  let noAddress = 0;
  for (const segment of lists.segments) {
    const csv = segmentCsv(segment);
    noAddress += csv.noAddress;
    if (csv.rows === 0) continue;
    const name = campaignFileName(segment.segment, taken);
    const path = join(dir, name);
    const input = options.inputs.find((i) => sameFile(path, i));
    if (input) throw new UsageError(format(TEXT.wouldOverwriteInput, options.lang, { path: path.slice(0, 80), input: input.slice(0, 60) }));
    files.push({ name, path, text: csv.text });
    contacts += csv.rows;
  }
  const names = files.map((f) => f.name);
  const stale = [...ourFiles(dir)].filter((f) => !names.includes(f) && existsSync(join(dir, f)));
  await writeAllAtomically([...files, { path: join(dir, MANIFEST), text: `${JSON.stringify({ writtenBy: 'customer-segments', files: names }, null, 2)}\n` }]);
  for (const f of stale) rmSync(join(dir, f), { force: true });
  const notes = [format(TEXT.wrote, options.lang, { files: files.length, contacts, dir })];
  if (noAddress) notes.push(format(TEXT.noAddress, options.lang, { count: noAddress }));
  if (stale.length) notes.push(format(TEXT.removed, options.lang, { files: stale.join(', ') }));
  return notes;
}
