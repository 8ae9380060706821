import { customersFromOrders, localize, type ReadResult } from '../parse';
import { consentColumnsOf } from '../campaigns/consent';
import type { AttributeValue, Lang, Order } from '../types';
import { combinedConsent, combinedColumns, type ConsentRecord } from './combinedConsent';
import { combinedDetection } from './combinedDetection';
import { emailKey, phoneKeys } from './contactKeys';
import { resolveIdentity, type PersonRecord } from './identity';
import { mergeOrders } from './mergeOrders';
import { sourceKind } from './sourceKind';
import type { CombinedRead, SourceRead, SourcesReport } from './types';

const CONSENT_KEYS = new Set(['marketingOptOut', 'smsOptOut']);

/** A message param naming a column, prefixed with its source ("shop.csv: Email"); the English text redone. */
function named<T extends { key: string; params: Record<string, string | number>; text: string }>(m: T, source: string): T {
  if (typeof m.params.header !== 'string' || m.params.header === '') return m;
  const params = { ...m.params, header: `${source}: ${m.params.header}` };
  return { ...m, params, text: localize({ key: m.key as never, params }, 'en') };
}

/** Each order source's one currency (the reader's decision), listed only when two sources differ. */
function currenciesIfMixed(orderSources: readonly SourceRead[]): { name: string; currency: string }[] {
  const out = orderSources.flatMap((s) => {
    const shown = [...new Set(s.read.decisions.filter((d) => d.topic === 'currency' && d.value).map((d) => d.value as string))];
    return shown.length === 1 ? [{ name: s.name, currency: shown[0] }] : [];
  });
  return new Set(out.map((c) => c.currency)).size > 1 ? out : [];
}

/**
 * Several order sheets/files and customer lists as one customer base (issue 18).
 * - Order sources (one row per order with an order date or another order column, `sourceKind.ts`) are merged
 *   into one set of orders; the same person is recognised across sources by customer id, then
 *   normalised email, then phone (`identity.ts`, `contactKeys.ts`) and takes the customer id of the
 *   first order source (in the order given) that has them. Orders in two sources are counted once
 *   and reported (`mergeOrders.ts` says what counts as a copy).
 * - Customer lists are joined to the orders the same way. Their attributes win over the order
 *   sources' (a CRM or loyalty list is the record customers keep up to date; order rows repeat what
 *   was typed at checkout), then the order sources' in the order given: per attribute, the first
 *   non-blank value. Consent is the exception: an opt-out in any source wins (`combinedConsent.ts`).
 *   List customers with no order are counted in the report, not segmented.
 * Pure; the reads given must have no errors. One source is returned as it is, with its report.
 */
export function combineSources(sources: readonly SourceRead[], _options: { lang?: Lang } = {}): CombinedRead {
  const kinds = sources.map((s) => sourceKind(s.read.detection));
  const orderSources = sources.filter((_, i) => kinds[i] === 'orders');
  const lists = sources.filter((_, i) => kinds[i] === 'customers');
  const ordered = [...orderSources, ...lists];
  const perSource = (s: SourceRead, i: number) => ({ name: s.name, kind: kinds[sources.indexOf(s)], customers: s.read.customers.length, orders: i < orderSources.length ? s.read.orders.length : 0 });

  // ---- who is who ----
  const records: PersonRecord[] = [];
  const attrsOf: Record<string, AttributeValue>[] = [];
  const nodeOf: Map<string, number>[] = [];
  ordered.forEach((s, si) => {
    const ids = new Map<string, number>();
    for (const c of s.read.customers) {
      ids.set(c.customerId, records.length);
      // A list keyed by email (a newsletter export: its email column is the customer column) matches by it too.
      records.push({ source: si, id: c.customerId, email: emailKey(c.attributes.email) ?? emailKey(c.customerId), phones: phoneKeys(c.attributes.phone) });
      attrsOf.push(c.attributes);
    }
    nodeOf.push(ids);
  });
  const identity = resolveIdentity(records);
  const canonical = (node: number) => records[identity.personOf[node]].id;

  // ---- orders ----
  const merged = mergeOrders(
    orderSources.map((s, si) => ({
      name: s.name,
      hasOrderIds: s.read.detection.roles.orderId !== undefined,
      orders: s.read.orders.map((o): Order => {
        const node = nodeOf[si].get(o.customerId);
        const id = node === undefined ? o.customerId : canonical(node);
        return id === o.customerId ? o : { ...o, customerId: id };
      }),
    })),
  );

  // ---- attributes: lists first, then order sources; consent from all ----
  const columnsOf = ordered.map((s) => consentColumnsOf(s.read.detection));
  const consent = combinedColumns(columnsOf);
  const nodesOf = new Map<number, number[]>();
  for (let i = 0; i < records.length; i++) {
    const p = identity.personOf[i];
    const list = nodesOf.get(p);
    if (list) list.push(i);
    else nodesOf.set(p, [i]);
  }
  const listStart = orderSources.length;
  const priority = (node: number) => (records[node].source >= listStart ? records[node].source - listStart : records[node].source + lists.length);
  const attributes = new Map<string, Record<string, AttributeValue>>();
  // A person known to one source whose consent columns read as the combined ones keeps its attributes as they are.
  const asCombined = columnsOf.map((c) => c.marketing === consent.marketing && c.sms === consent.sms);
  for (const [person, nodes] of nodesOf) {
    if (nodes.length === 1 && asCombined[records[nodes[0]].source]) {
      attributes.set(records[person].id, attrsOf[nodes[0]]);
      continue;
    }
    const out: Record<string, AttributeValue> = {};
    for (const n of nodes.length > 1 ? [...nodes].sort((a, b) => priority(a) - priority(b) || a - b) : nodes) {
      for (const [k, v] of Object.entries(attrsOf[n])) {
        if (CONSENT_KEYS.has(k) || out[k] !== undefined || v === null || v === '') continue;
        out[k] = v;
      }
    }
    const consentRecords: ConsentRecord[] = nodes.map((n) => ({ attributes: attrsOf[n], columns: columnsOf[records[n].source] }));
    Object.assign(out, combinedConsent(consentRecords, consent));
    attributes.set(records[person].id, out);
  }
  const customers = customersFromOrders(merged.orders, attributes);

  // ---- list customers without orders ----
  const withOrders = new Set(customers.map((c) => c.customerId));
  const withoutOrders = lists.map((s) => ({ name: s.name, count: 0, rows: [] as number[] }));
  const counted = new Set<number>();
  for (let i = 0; i < records.length; i++) {
    const p = identity.personOf[i];
    if (records[i].source < listStart || withOrders.has(records[p].id) || counted.has(p)) continue;
    counted.add(p);
    withoutOrders[records[i].source - listStart].count++;
  }

  const report: SourcesReport = {
    sources: ordered.map(perSource),
    matched: identity.matched,
    ambiguous: identity.ambiguous,
    duplicates: merged.duplicates,
    withoutOrders: withoutOrders.filter((w) => w.count > 0),
    currencies: currenciesIfMixed(orderSources),
    consent: consent.marketing,
  };
  if (sources.length === 1) return { ...sources[0].read, sources: report };
  if (!orderSources.length) return { ...sources[0].read, orders: [], customers: [], sources: report };

  const reads: ReadResult[] = ordered.map((s) => s.read);
  return {
    detection: combinedDetection(ordered, consent),
    orders: merged.orders,
    customers,
    quality: {
      rowsRead: reads.reduce((n, r) => n + r.quality.rowsRead, 0),
      customerIdsSeen: nodesOf.size,
      orderIdsSeen: reads.reduce((n, r) => n + r.quality.orderIdsSeen, 0),
      ordersKept: merged.orders.length,
      customers: customers.length,
      issues: ordered.flatMap((s) => s.read.quality.issues.map((q) => ({ ...q, header: q.header === null ? null : `${s.name}: ${q.header}` }))),
    },
    decisions: ordered.flatMap((s) => s.read.decisions.map((d) => named(d, s.name))),
    errors: [],
    sources: report,
  };
}
