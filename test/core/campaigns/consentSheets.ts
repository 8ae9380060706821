/**
 * Small order sheets whose marketing column is worded as shops write it, in the four languages:
 * consent columns ("Accepts Marketing", 同意行銷, 同意营销, Persetujuan pemasaran) and opt-out
 * columns ("Marketing Opt-out", "Unsubscribed from all email", 不接收行銷, 拒收营销, Tidak mahu
 * pemasaran). Twelve customers: the marketing cell of customer i is "yes" (i % 3 = 0), "no" (1) or
 * blank (2), so each sheet has customers in all three states.
 */
import { readOrders, type ReadResult } from '../../../src/core/parse';
import { segmentCustomers, type Segmentation } from '../../../src/core/pipeline/segmentCustomers';
import { consentColumnsOf, type ConsentColumns } from '../../../src/core/campaigns/consent';
import { dayFromIso, isoFromDay } from '../../../src/core/days';
import { segmentName, shopifySegments } from '../../../src/core/rfm';
import type { Lang } from '../../../src/core/types';

export interface Wording {
  lang: Lang;
  header: string;
  yes: string;
  no: string;
  kind: 'consent' | 'optOut';
}

export const WORDINGS: Wording[] = [
  { lang: 'en', header: 'Accepts Marketing', yes: 'yes', no: 'no', kind: 'consent' },
  { lang: 'en', header: 'Marketing Opt-out', yes: 'Yes', no: 'No', kind: 'optOut' },
  { lang: 'en', header: 'Unsubscribed from all email', yes: 'true', no: 'false', kind: 'optOut' },
  { lang: 'zh-TW', header: '同意行銷', yes: '是', no: '否', kind: 'consent' },
  { lang: 'zh-TW', header: '不接收行銷', yes: '是', no: '否', kind: 'optOut' },
  { lang: 'zh-CN', header: '同意营销', yes: '是', no: '否', kind: 'consent' },
  { lang: 'zh-CN', header: '拒收营销', yes: '是', no: '否', kind: 'optOut' },
  { lang: 'ms', header: 'Persetujuan pemasaran', yes: 'Ya', no: 'Tidak', kind: 'consent' },
  { lang: 'ms', header: 'Tidak mahu pemasaran', yes: 'Ya', no: 'Tidak', kind: 'optOut' },
];

/** The other headers of a sheet, in its language: customer, name, email, phone, messaging id, date, amount. */
const HEADERS: Record<Lang, string[]> = {
  en: ['Customer ID', 'Name', 'Email', 'Phone', 'WhatsApp', 'Order Date', 'Amount'],
  'zh-TW': ['客戶編號', '姓名', '電子郵件', '手機', 'LINE ID', '訂單日期', '金額'],
  'zh-CN': ['客户编号', '姓名', '电子邮件', '手机', '微信', '订单日期', '金额'],
  ms: ['ID Pelanggan', 'Nama', 'E-mel', 'No. telefon', 'No. WhatsApp', 'Tarikh Pesanan', 'Jumlah'],
};

export const CUSTOMERS = 12;
export const ANALYSIS = dayFromIso('2024-12-31')!;

/** What customer i's marketing cell says. */
export const cellOf = (i: number): 'yes' | 'no' | 'blank' => (['yes', 'no', 'blank'] as const)[i % 3];

/** Whether customer i may be contacted under a wording: a consent column needs a yes, an opt-out column anything but yes. */
export const allowedUnder = (w: Wording, i: number) => (w.kind === 'consent' ? cellOf(i) === 'yes' : cellOf(i) !== 'yes');

export const idOf = (i: number) => `C${String(i).padStart(2, '0')}`;
export const emailOf = (i: number) => `buyer${i}@shop.test`;
export const phoneOf = (i: number) => `+60 12-300 ${String(1000 + i)}`;
export const messagingOf = (i: number) => `chat-${i}-id`;
export const nameOf = (i: number) => `Buyer${i} Tan`;

/**
 * The sheet: customer i orders three times, every 10 + i days, the last order 20 + 15 i days before
 * the analysis day, for 60 + 25 i each: the top spenders C09 to C11 are overdue and hold each state.
 */
export function consentSheet(w: Wording): unknown[][] {
  const h = HEADERS[w.lang];
  const rows: unknown[][] = [[h[0], h[1], h[2], h[3], h[4], w.header, h[5], h[6]]];
  for (let i = 0; i < CUSTOMERS; i++) {
    const said = cellOf(i) === 'yes' ? w.yes : cellOf(i) === 'no' ? w.no : '';
    const last = ANALYSIS - (20 + 15 * i);
    for (let k = 2; k >= 0; k--) rows.push([idOf(i), nameOf(i), emailOf(i), phoneOf(i), messagingOf(i), said, isoFromDay(last - k * (10 + i)), 60 + 25 * i]);
  }
  return rows;
}

export interface ConsentRun {
  read: ReadResult;
  seg: Segmentation;
  consent: ConsentColumns;
  /** Last run: everyone was a Champion, so anyone in a worse segment now has slipped. */
  previous: Map<string, { segment: string; sinceDay: number | null }>;
  sameSegment: (name: string, id: string) => boolean;
}

/** The sheet read and segmented with the Shopify-style preset, in the wording's language. */
export function consentRun(w: Wording): ConsentRun {
  const read = readOrders(consentSheet(w), { analysisDay: ANALYSIS });
  const seg = segmentCustomers(read.orders, read.customers, { analysisDay: ANALYSIS, bins: 5, rules: shopifySegments, lang: w.lang, fitClv: false, segmentBy: 'rfm' });
  const champions = segmentName('champions', shopifySegments, w.lang);
  const previous = new Map(seg.customers.map((c) => [c.summary.customerId, { segment: champions, sinceDay: null }]));
  const sameSegment = (name: string, id: string) => segmentName(id, shopifySegments, w.lang) === name;
  return { read, seg, consent: consentColumnsOf(read.detection), previous, sameSegment };
}
