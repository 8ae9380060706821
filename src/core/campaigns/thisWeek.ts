import { format, type Localized } from '../i18n';
import type { Segmentation } from '../pipeline/segmentCustomers';
import { OTHERS_ID, quantile7Sorted, segmentName, type SegmentRule } from '../rfm';
import type { CustomerSummary, Lang } from '../types';
import { byValue, type CampaignContact, type CampaignLists, type SegmentCampaign } from './campaignLists';
import { segmentRanks } from './segmentRank';
import { valueAtStake } from './valueAtStake';

/** How many customers "this week's list" holds unless told otherwise. */
export const WEEK_LIST_SIZE = 20;
/** High value: money at stake in the top quarter of all customers. */
const HIGH_VALUE_QUANTILE = 0.75;
/** Overdue: no order for more than one and a half times the customer's own usual gap (a late order is normal; half a gap more is a sign). */
const OVERDUE_FACTOR = 1.5;

/** Why a customer is worth contacting now. */
export type WeekReason = { kind: 'slipped'; from: string } | { kind: 'overdue'; days: number; usualGap: number };

export interface WeekPick {
  contact: CampaignContact;
  segment: SegmentCampaign;
  reasons: WeekReason[];
}

const TEXT = {
  slipped: {
    en: 'Moved from {from} to {to} since the last run.',
    'zh-TW': '自上次執行以來，從「{from}」移到「{to}」。',
    'zh-CN': '自上次运行以来，从“{from}”移到“{to}”。',
    ms: 'Berpindah dari {from} ke {to} sejak larian lalu.',
  },
  overdue: {
    en: 'Last ordered {days} days ago; usually orders every {gap} days.',
    'zh-TW': '上次購買是 {days} 天前；平常約每 {gap} 天購買一次。',
    'zh-CN': '上次购买是 {days} 天前；平常约每 {gap} 天购买一次。',
    ms: 'Pesanan terakhir {days} hari lalu; biasanya membuat pesanan setiap {gap} hari.',
  },
} satisfies Record<string, Localized>;

/** Days between a customer's orders on average, or null for a customer who bought on one day only. */
function usualGap(c: CustomerSummary): number | null {
  return c.purchaseDays >= 2 ? (c.lastOrderDay - c.firstOrderDay) / (c.purchaseDays - 1) : null;
}

/**
 * The customers most worth contacting now: among those who may be contacted (the campaign lists),
 * the high-value ones who are slipping, because they moved to a worse segment since the last run
 * ({@link segmentRanks}) or have gone longer than usual without ordering; biggest money at stake first.
 * `previous` holds last run's segment name per customer id; `sameSegment` matches a name to a rule id
 * (a renamed or translated segment is the same segment).
 */
export function thisWeeksList(
  seg: Segmentation,
  lists: CampaignLists,
  previous: ReadonlyMap<string, { segment: string }>,
  sameSegment: (previousName: string, segmentId: string) => boolean,
  size = WEEK_LIST_SIZE,
): WeekPick[] {
  const values = seg.customers.map((c) => valueAtStake(c, lists.basis)).sort((a, b) => a - b);
  const highValue = quantile7Sorted(values, HIGH_VALUE_QUANTILE);
  const ranks = segmentRanks(seg.rules);
  const ids = [...seg.rules.map((r) => r.id), OTHERS_ID];
  const idOfName = new Map<string, string | undefined>();
  const previousId = (name: string) => {
    if (!idOfName.has(name)) idOfName.set(name, ids.find((id) => sameSegment(name, id)));
    return idOfName.get(name);
  };
  const picks: WeekPick[] = [];
  for (const segment of lists.segments) {
    for (const contact of segment.contacts) {
      if (contact.value <= 0 || contact.value < highValue) continue;
      const c = contact.customer;
      const reasons: WeekReason[] = [];
      const prev = previous.get(c.summary.customerId);
      const from = prev ? previousId(prev.segment) : undefined;
      const was = from === undefined ? undefined : ranks.get(from);
      const now = ranks.get(c.segment);
      if (from !== undefined && was !== undefined && now !== undefined && now > was) reasons.push({ kind: 'slipped', from });
      const gap = usualGap(c.summary);
      if (gap !== null && c.recencyDays > OVERDUE_FACTOR * gap) reasons.push({ kind: 'overdue', days: c.recencyDays, usualGap: Math.round(gap) });
      if (reasons.length) picks.push({ contact, segment, reasons });
    }
  }
  picks.sort((a, b) => byValue(a.contact, b.contact));
  return picks.slice(0, size);
}

/** The reasons of a pick in the owner's words. */
export function reasonText(pick: WeekPick, rules: readonly SegmentRule[], lang: Lang): string {
  const sentences = pick.reasons.map((r) =>
    r.kind === 'slipped' ? format(TEXT.slipped, lang, { from: segmentName(r.from, rules, lang), to: pick.segment.name }) : format(TEXT.overdue, lang, { days: r.days, gap: r.usualGap }),
  );
  return sentences.join(lang === 'zh-TW' || lang === 'zh-CN' ? '' : ' ');
}
