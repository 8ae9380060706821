import type { Localized } from '../i18n';
import type { Lang, AttributeValue } from '../types';
import type { Segmentation } from '../pipeline/segmentCustomers';
import { roleLabel } from '../parse/roleLabels';
import type { Role } from '../parse/roles';
import { mayContact, STRICT_COLUMNS, type Channel, type ConsentColumns } from '../campaigns/consent';
import { LABELS, TAB_NAMES } from './labels';
import type { NumberFormat, ReportCell, TabSpec } from './tabSpec';

/** Where a customer was in the previous run, read back from the previous Segments tab. */
export interface PreviousPlacement {
  segment: string;
  /** Day the customer entered that segment. */
  sinceDay: number | null;
}

/**
 * Column positions other code relies on to read a previous run back (language-independent):
 * 1 customer id, 2 segment, 3 previous segment, 4 in segment since.
 */
export const SEGMENTS_COLUMNS = { customer: 0, segment: 1, previous: 2, since: 3 } as const;

const t = (l: Localized, lang: Lang) => l[lang];

/** Attributes shown as columns, in a stable order: the ones present for any customer (their keys are the roles they were read as). */
function attributeColumns(seg: Segmentation): Role[] {
  const keys = new Set<Role>();
  for (const c of seg.customers) for (const [k, v] of Object.entries(c.summary.attributes)) if (v !== null && v !== '') keys.add(k as Role);
  return [...keys];
}

const attrCell = (v: AttributeValue | undefined): ReportCell => (v === undefined ? null : v);

/** The channel each contact column reaches (campaigns/consent.ts decides who may be reached on it). */
const CONTACT_CHANNEL: Partial<Record<Role, Channel>> = { email: 'email', phone: 'message', messagingId: 'message' };

/**
 * The Segments tab: one row per customer with where they stand and why (recency, frequency,
 * monetary, scores), where they were last run, and predicted value when the CLV model ran.
 */
export function segmentsTab(seg: Segmentation, lang: Lang, runDay: number, previous: Map<string, PreviousPlacement>, sameSegment: (prev: string, segmentId: string) => boolean, consent: ConsentColumns = STRICT_COLUMNS): TabSpec {
  const attrs = attributeColumns(seg).filter((k) => k !== 'name' && k !== 'email');
  // Contact details only for customers who may be contacted on that channel: this tab is a list a
  // message could be sent from, so an opted-out customer's email or phone is never on it.
  const contact = (c: Segmentation['customers'][number], role: Role): AttributeValue | undefined => {
    const channel = CONTACT_CHANNEL[role];
    return channel && !mayContact(c.summary, consent, channel) ? undefined : c.summary.attributes[role];
  };
  const hasName = seg.customers.some((c) => c.summary.attributes.name);
  const hasEmail = seg.customers.some((c) => c.summary.attributes.email);
  const hasCluster = seg.customers.some((c) => c.cluster !== undefined);
  const hasValue = seg.customers.some((c) => c.value !== undefined);
  const onPastPace = seg.valueReport?.forecast.basis === 'pastPace';
  // A chance that is (nearly) the same for everyone tells the owner nothing: the column is left out.
  const chances = seg.customers.map((c) => c.value?.chanceOfOrdering).filter((v): v is number => typeof v === 'number');
  const hasChance = chances.length > 0 && Math.max(...chances) - Math.min(...chances) >= 0.01;
  const header: string[] = [t(LABELS.customer, lang), t(LABELS.segment, lang), t(LABELS.previousSegment, lang), t(LABELS.segmentSince, lang)];
  // Ids, names and other text are formatted as text before they are written, so a sheet never turns
  // an id such as 0123456789 or 1.50 into a number (and loses who the customer was on the next run).
  const formats: Partial<Record<number, NumberFormat>> = { 0: 'text', 1: 'text', 2: 'text', 3: 'date' };
  const push = (label: string, f?: NumberFormat) => {
    if (f) formats[header.length] = f;
    header.push(label);
  };
  if (hasName) push(t(LABELS.name, lang), 'text');
  if (hasEmail) push(t(LABELS.email, lang), 'text');
  push(t(LABELS.recencyDays, lang), 'integer');
  push(t(LABELS.frequency, lang), 'integer');
  push(t(LABELS.monetary, lang), 'money');
  push(t(LABELS.firstOrder, lang), 'date');
  push(t(LABELS.lastOrder, lang), 'date');
  push(t(LABELS.r, lang), 'integer');
  push(t(LABELS.f, lang), 'integer');
  push(t(LABELS.m, lang), 'integer');
  push(t(LABELS.score, lang), 'text');
  if (hasCluster) push(t(LABELS.cluster, lang), 'text');
  if (hasValue) {
    push(t(onPastPace ? LABELS.valueAtPastPace : LABELS.predictedValue, lang), 'money');
    push(t(onPastPace ? LABELS.ordersAtPastPace : LABELS.expectedOrders, lang), 'decimal');
    if (hasChance) {
      push(t(LABELS.chanceOfOrdering, lang), 'percent');
      push(t(LABELS.riskOfNotReturning, lang), 'text');
    }
  }
  // An attribute column is text unless every value in it is a number (age, income).
  for (const a of attrs) push(roleLabel(a, lang), seg.customers.every((c) => c.summary.attributes[a] == null || typeof c.summary.attributes[a] === 'number') ? undefined : 'text');

  const rows: ReportCell[][] = [header];
  for (const c of seg.customers) {
    const prev = previous.get(c.summary.customerId);
    const stayed = prev ? sameSegment(prev.segment, c.segment) : false;
    const since = stayed && prev?.sinceDay != null ? prev.sinceDay : runDay;
    const row: ReportCell[] = [c.summary.customerId, c.segmentName, prev ? prev.segment : null, { day: since }];
    if (hasName) row.push(attrCell(c.summary.attributes.name));
    if (hasEmail) row.push(attrCell(contact(c, 'email')));
    row.push(c.recencyDays, c.frequency, c.monetary, { day: c.summary.firstOrderDay }, { day: c.summary.lastOrderDay }, c.r, c.f, c.m, c.score);
    if (hasCluster) row.push(c.cluster ?? null);
    if (hasValue) {
      const v = c.value;
      row.push(v ? v.predictedValue : null, v ? v.expectedOrders : null);
      if (hasChance) row.push(v?.chanceOfOrdering ?? null, v?.risk ? v.risk[lang] : null);
    }
    for (const a of attrs) row.push(attrCell(contact(c, a)));
    rows.push(row);
  }
  return {
    kind: 'segments',
    name: TAB_NAMES.segments[lang],
    blocks: [{ row: 1, col: 1, values: rows, header: true, formats, filter: true }],
    frozenRows: 1,
  };
}
