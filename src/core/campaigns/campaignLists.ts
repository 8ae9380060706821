import type { CustomerResult, Segmentation } from '../pipeline/segmentCustomers';
import { OTHERS_ID, segmentName } from '../rfm';
import type { Lang } from '../types';
import { contactPermission, mayContact, type ConsentColumns } from './consent';
import { contactDetails, type ContactDetails } from './contactDetails';
import { valueAtStake, valueBasis, type ValueBasis } from './valueAtStake';

/** One customer on a campaign list. */
export interface CampaignContact {
  customer: CustomerResult;
  details: ContactDetails;
  /** Money at stake (see {@link CampaignLists.basis}). */
  value: number;
}

/** One segment's list: who may be contacted, biggest money at stake first, and how many were left out and why. */
export interface SegmentCampaign {
  segment: string;
  name: string;
  customers: number;
  contacts: CampaignContact[];
  optedOut: number;
  noConsent: number;
}

export interface CampaignLists {
  basis: ValueBasis;
  /** Segments with customers, in rule order, "Others" last. */
  segments: SegmentCampaign[];
}

/** Biggest money at stake first; ties by customer id, so the order never depends on the sheet's row order. */
export const byValue = (a: CampaignContact, b: CampaignContact) => b.value - a.value || (a.customer.summary.customerId < b.customer.summary.customerId ? -1 : 1);

/**
 * Per segment, the customers who may be contacted ({@link mayContact}) with the details allowed on
 * each channel and their money at stake, and the count of those left out (opted out / no consent).
 */
export function campaignLists(seg: Segmentation, columns: ConsentColumns, lang: Lang): CampaignLists {
  const basis = valueBasis(seg);
  const ids = [...seg.rules.map((r) => r.id), OTHERS_ID];
  const bySegment = new Map<string, SegmentCampaign>(ids.map((id) => [id, { segment: id, name: segmentName(id, seg.rules, lang), customers: 0, contacts: [], optedOut: 0, noConsent: 0 }]));
  for (const c of seg.customers) {
    const list = bySegment.get(c.segment)!;
    list.customers++;
    if (mayContact(c.summary, columns)) list.contacts.push({ customer: c, details: contactDetails(c.summary, columns), value: valueAtStake(c, basis) });
    else if (contactPermission(c.summary, columns) === 'optedOut') list.optedOut++;
    else list.noConsent++;
  }
  const segments = [...bySegment.values()].filter((s) => s.customers > 0);
  for (const s of segments) s.contacts.sort(byValue);
  return { basis, segments };
}
