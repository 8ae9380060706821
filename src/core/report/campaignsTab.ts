import { format, type Localized } from '../i18n';
import type { Lang } from '../types';
import { isoFromDay } from '../days';
import type { Segmentation } from '../pipeline/segmentCustomers';
import { roleLabel } from '../parse';
import { campaignLists, type CampaignContact } from '../campaigns/campaignLists';
import type { ConsentColumns } from '../campaigns/consent';
import { suggestedMessage, type CampaignTemplates } from '../campaigns/suggestedMessage';
import { reasonText, thisWeeksList, WEEK_LIST_SIZE } from '../campaigns/thisWeek';
import { birthdayOf, oneMonthLater, upcomingBirthdays } from '../campaigns/birthdays';
import type { ValueBasis } from '../campaigns/valueAtStake';
import { LABELS, TAB_NAMES } from './labels';
import type { PreviousPlacement } from './segmentsTab';
import type { Block, NumberFormat, ReportCell, TabSpec } from './tabSpec';

/** The Campaign lists tab's own words. */
const TEXT = {
  rule: {
    en: 'Only customers you may contact are listed: customers who opted out of marketing are left out.',
    'zh-TW': '只列出可以聯繫的顧客：已拒收行銷的顧客不列入。',
    'zh-CN': '只列出可以联系的客户：已拒收营销的客户不列入。',
    ms: 'Hanya pelanggan yang boleh dihubungi disenaraikan: pelanggan yang menolak pemasaran tidak dimasukkan.',
  },
  ruleConsent: {
    en: 'Only customers you may contact are listed: your sheet records consent, so customers who did not give it are left out, as are those who opted out.',
    'zh-TW': '只列出可以聯繫的顧客：您的工作表記錄了行銷同意，因此未同意的顧客與已拒收的顧客都不列入。',
    'zh-CN': '只列出可以联系的客户：您的工作表记录了营销同意，因此未同意的客户与已拒收的客户都不列入。',
    ms: 'Hanya pelanggan yang boleh dihubungi disenaraikan: helaian anda merekod persetujuan, jadi pelanggan yang tidak memberinya tidak dimasukkan, begitu juga yang menolak.',
  },
  weekTitle: {
    en: "This week's list: up to {n} high-value customers who are slipping, most money at stake first",
    'zh-TW': '本週名單：最多 {n} 位正在流失的高價值顧客，依潛在金額排序',
    'zh-CN': '本周名单：最多 {n} 位正在流失的高价值客户，按潜在金额排序',
    ms: 'Senarai minggu ini: sehingga {n} pelanggan bernilai tinggi yang semakin menjauh, nilai tertinggi dahulu',
  },
  weekNone: {
    en: 'No high-value customer you may contact is slipping right now.',
    'zh-TW': '目前沒有可聯繫的高價值顧客正在流失。',
    'zh-CN': '目前没有可联系的高价值客户正在流失。',
    ms: 'Tiada pelanggan bernilai tinggi yang boleh dihubungi sedang menjauh buat masa ini.',
  },
  why: { en: 'Why now', 'zh-TW': '為什麼是現在', 'zh-CN': '为什么是现在', ms: 'Mengapa sekarang' },
  message: { en: 'Suggested message', 'zh-TW': '建議訊息', 'zh-CN': '建议信息', ms: 'Mesej dicadangkan' },
  segmentsTitle: { en: 'Per segment', 'zh-TW': '各分群', 'zh-CN': '各细分', ms: 'Mengikut segmen' },
  mayContact: { en: 'May be contacted', 'zh-TW': '可聯繫', 'zh-CN': '可联系', ms: 'Boleh dihubungi' },
  optedOut: { en: 'Left out: opted out', 'zh-TW': '未列入：已拒收', 'zh-CN': '未列入：已拒收', ms: 'Dikecualikan: menolak' },
  noConsent: { en: 'Left out: no consent', 'zh-TW': '未列入：未同意', 'zh-CN': '未列入：未同意', ms: 'Dikecualikan: tiada persetujuan' },
  listTitle: {
    en: 'Everyone you may contact, by segment (filter a segment to copy its contacts)',
    'zh-TW': '所有可聯繫的顧客，依分群排列（篩選分群即可複製名單）',
    'zh-CN': '所有可联系的客户，按细分排列（筛选细分即可复制名单）',
    ms: 'Semua yang boleh dihubungi, mengikut segmen (tapis satu segmen untuk menyalin kenalannya)',
  },
  valuePredicted: { en: 'Value at stake: predicted, next 12 months', 'zh-TW': '潛在金額：預測未來 12 個月', 'zh-CN': '潜在金额：预测未来 12 个月', ms: 'Nilai dipertaruhkan: ramalan, 12 bulan akan datang' },
  valueSpend: { en: 'Value at stake: total spend so far', 'zh-TW': '潛在金額：目前累計消費', 'zh-CN': '潜在金额：目前累计消费', ms: 'Nilai dipertaruhkan: jumlah perbelanjaan setakat ini' },
  birthdaysTitle: {
    en: 'Birthdays from {from} to {to}: customers you may contact, for a greeting or a birthday offer (a Feb 29 birthday is kept on Feb 28 in other years)',
    'zh-TW': '{from} 至 {to} 生日的顧客：可聯繫的顧客，可送上祝福或生日優惠（2 月 29 日生日在非閏年以 2 月 28 日計）',
    'zh-CN': '{from} 至 {to} 生日的客户：可联系的客户，可送上祝福或生日优惠（2 月 29 日生日在非闰年按 2 月 28 日计）',
    ms: 'Hari jadi dari {from} hingga {to}: pelanggan yang boleh dihubungi, untuk ucapan atau tawaran hari jadi (hari jadi 29 Feb dikira 28 Feb pada tahun lain)',
  },
  birthdaysNone: {
    en: 'No customer you may contact has a birthday in the month ahead.',
    'zh-TW': '未來一個月內沒有可聯繫的顧客過生日。',
    'zh-CN': '未来一个月内没有可联系的客户过生日。',
    ms: 'Tiada pelanggan yang boleh dihubungi berhari jadi dalam sebulan akan datang.',
  },
} satisfies Record<string, Localized>;

/** What the tab needs besides the segmentation. */
export interface CampaignsContext {
  consent: ConsentColumns;
  templates: CampaignTemplates;
  previous: Map<string, PreviousPlacement>;
  sameSegment: (previousName: string, segmentId: string) => boolean;
  /** The run day: with it, customers with a birthday column get the month-ahead birthday list. */
  runDay?: number;
}

type Detail = keyof CampaignContact['details'];
const DETAIL_LABEL: Record<Detail, (lang: Lang) => string> = {
  name: (lang) => LABELS.name[lang],
  email: (lang) => LABELS.email[lang],
  phone: (lang) => roleLabel('phone', lang),
  messagingId: (lang) => roleLabel('messagingId', lang),
};

/** Contact columns some listed customer has: a sheet without phones gets no phone column. */
function detailColumns(contacts: readonly CampaignContact[]): Detail[] {
  return (['name', 'email', 'phone', 'messagingId'] as const).filter((d) => contacts.some((c) => c.details[d] !== null));
}

const valueLabel = (basis: ValueBasis, lang: Lang) => (basis === 'predicted' ? TEXT.valuePredicted : TEXT.valueSpend)[lang];

/** Header and formats of a contacts table: identity and contact columns as text, so a phone such as 0123 keeps its zero. */
function contactTable(lang: Lang, details: Detail[], basis: ValueBasis, extra: string[]): { header: string[]; formats: Partial<Record<number, NumberFormat>> } {
  const header = [LABELS.segment[lang], LABELS.customer[lang], ...details.map((d) => DETAIL_LABEL[d](lang)), valueLabel(basis, lang), LABELS.lastOrder[lang], ...extra];
  const formats: Partial<Record<number, NumberFormat>> = {};
  for (let i = 0; i < 2 + details.length; i++) formats[i] = 'text';
  formats[2 + details.length] = 'money';
  formats[3 + details.length] = 'date';
  return { header, formats };
}

const contactRow = (segmentName: string, c: CampaignContact, details: Detail[]): ReportCell[] => [
  segmentName,
  c.customer.summary.customerId,
  ...details.map((d) => c.details[d]),
  c.value,
  { day: c.customer.summary.lastOrderDay },
];

/** The month-ahead birthdays (campaigns/birthdays.ts): only customers on the campaign lists, so only those who may be contacted. */
function birthdaysBlock(lists: ReturnType<typeof campaignLists>, runDay: number, lang: Lang, row: number): Block {
  const coming = upcomingBirthdays(lists, runDay);
  const title = format(TEXT.birthdaysTitle, lang, { from: isoFromDay(runDay), to: isoFromDay(oneMonthLater(runDay) - 1) });
  if (!coming.length) return { row, col: 1, values: [[TEXT.birthdaysNone[lang]]], title };
  const details = detailColumns(coming.map((b) => b.contact));
  const header = [LABELS.segment[lang], LABELS.customer[lang], ...details.map((d) => DETAIL_LABEL[d](lang)), roleLabel('birthday', lang)];
  const formats: Partial<Record<number, NumberFormat>> = { [header.length - 1]: 'date' };
  for (let i = 0; i < 2 + details.length; i++) formats[i] = 'text';
  const values: ReportCell[][] = [header, ...coming.map((b) => [b.segment, b.contact.customer.summary.customerId, ...details.map((d) => b.contact.details[d]), { day: b.day }])];
  return { row, col: 1, values, header: true, title, formats };
}

/**
 * The Campaign lists tab: whom to contact and what to say. First this week's list (high-value
 * customers who are slipping, with the reason), then per segment how many may be contacted, how many
 * were left out and why, the money at stake and the suggested message, then every customer who may
 * be contacted with their contact details. Only customers who may be contacted appear (campaigns/consent.ts).
 */
export function campaignsTab(seg: Segmentation, lang: Lang, ctx: CampaignsContext): TabSpec {
  const lists = campaignLists(seg, ctx.consent, lang);
  const messages = new Map(lists.segments.map((s) => [s.segment, suggestedMessage(s.segment, seg.rules, ctx.templates, lang)]));
  const everyone = lists.segments.flatMap((s) => s.contacts);
  const details = detailColumns(everyone);
  const consentColumn = ctx.consent.marketing === 'consent' || ctx.consent.sms === 'consent';
  const blocks: Block[] = [{ row: 1, col: 1, values: [[(consentColumn ? TEXT.ruleConsent : TEXT.rule)[lang]]] }];

  const week = thisWeeksList(seg, lists, ctx.previous, ctx.sameSegment);
  const weekTable = contactTable(lang, details, lists.basis, [TEXT.why[lang], TEXT.message[lang]]);
  const weekRows: ReportCell[][] = [weekTable.header, ...week.map((p) => [...contactRow(p.segment.name, p.contact, details), reasonText(p, seg.rules, lang), messages.get(p.segment.segment)!])];
  const weekTitle = format(TEXT.weekTitle, lang, { n: WEEK_LIST_SIZE });
  // "Why now" wraps in a wide column; the message, last in its row, runs on into the empty cells to its right.
  const why = weekTable.header.length - 2;
  blocks.push(week.length ? { row: 4, col: 1, values: weekRows, header: true, title: weekTitle, formats: { ...weekTable.formats, [why]: 'text', [why + 1]: 'text' }, wrapColumns: [why] } : { row: 4, col: 1, values: [[TEXT.weekNone[lang]]], title: weekTitle });

  const segmentsRow = 4 + (week.length ? weekRows.length : 1) + 3;
  const perSegment: ReportCell[][] = [[LABELS.segment[lang], TEXT.mayContact[lang], TEXT.optedOut[lang], TEXT.noConsent[lang], valueLabel(lists.basis, lang), TEXT.message[lang]]];
  for (const s of lists.segments) perSegment.push([s.name, s.contacts.length, s.optedOut, s.noConsent, s.contacts.reduce((sum, c) => sum + c.value, 0), messages.get(s.segment)!]);
  blocks.push({ row: segmentsRow, col: 1, values: perSegment, header: true, title: TEXT.segmentsTitle[lang], formats: { 0: 'text', 1: 'integer', 2: 'integer', 3: 'integer', 4: 'money', 5: 'text' } });

  const listRow = segmentsRow + perSegment.length + 3;
  const listTable = contactTable(lang, details, lists.basis, []);
  const list: ReportCell[][] = [listTable.header];
  for (const s of lists.segments) for (const c of s.contacts) list.push(contactRow(s.name, c, details));
  blocks.push({ row: listRow, col: 1, values: list, header: true, title: TEXT.listTitle[lang], formats: listTable.formats, filter: true });
  if (ctx.runDay !== undefined && seg.customers.some((c) => birthdayOf(c.summary.attributes.birthday))) blocks.push(birthdaysBlock(lists, ctx.runDay, lang, listRow + list.length + 3));

  return {
    kind: 'campaigns',
    name: TAB_NAMES.campaigns[lang],
    blocks,
    columnWidths: { [why + 1]: 280 },
  };
}
