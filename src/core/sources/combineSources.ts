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
  /** The first record of each source (records are in source order). */
  const sourceStart: number[] = [];
  ordered.forEach((s, si) => {
    sourceStart.push(records.length);
    for (const c of s.read.customers) {
      // A list keyed by email (a newsletter export: its email column is the customer column) matches by it too.
      records.push({ source: si, id: c.customerId, email: emailKey(c.attributes.email) ?? emailKey(c.customerId), phones: phoneKeys(c.attributes.phone) });
      attrsOf.push(c.attributes);
    }
  });
  sourceStart.push(records.length);
  const identity = resolveIdentity(records);
  const { personOf } = identity;
  const canonical = (node: number) => records[personOf[node]].id;
  const listStart = orderSources.length;

  // Each person's records as a linked list in record order (sources in the order given), and the
  // people with records in two order sources: only their orders can be copies of each other.
  const nextOf = new Int32Array(records.length).fill(-1);
  const lastOf = new Int32Array(records.length).fill(-1);
  const orderSourceOf = new Int32Array(records.length).fill(-1);
  const inTwo = new Set<string>();
  for (let i = 0; i < records.length; i++) {
    const p = personOf[i];
    if (p !== i) nextOf[lastOf[p]] = i;
    lastOf[p] = i;
    const s = records[i].source;
    if (s >= listStart) continue;
    if (orderSourceOf[p] === -1) orderSourceOf[p] = s;
    else if (orderSourceOf[p] !== s) inTwo.add(records[p].id);
  }

  // ---- orders ----
  const merged = mergeOrders(
    orderSources.map((s, si) => {
      // Only the customers whose person takes another source's id are renamed.
      const renamed = new Map<string, string>();
      for (let node = sourceStart[si]; node < sourceStart[si + 1]; node++) if (personOf[node] !== node) renamed.set(records[node].id, canonical(node));
      return {
        name: s.name,
        hasOrderIds: s.read.detection.roles.orderId !== undefined,
        orders: renamed.size === 0 ? s.read.orders : s.read.orders.map((o): Order => {
          const id = renamed.get(o.customerId);
          return id === undefined || id === o.customerId ? o : { ...o, customerId: id };
        }),
      };
    }),
    inTwo,
  );

  // ---- attributes: lists first, then order sources; consent from all ----
  const columnsOf = ordered.map((s) => consentColumnsOf(s.read.detection));
  const consent = combinedColumns(columnsOf);
  const attributes = new Map<string, Record<string, AttributeValue>>();
  // A person known to one source whose consent columns read as the combined ones keeps its attributes as they are.
  const asCombined = columnsOf.map((c) => c.marketing === consent.marketing && c.sms === consent.sms);
  let people = 0;
  const nodes: number[] = [];
  for (let person = 0; person < records.length; person++) {
    if (personOf[person] !== person) continue;
    people++;
    if (nextOf[person] === -1 && asCombined[records[person].source]) {
      attributes.set(records[person].id, attrsOf[person]);
      continue;
    }
    // Lists first (in the order given), then the order sources: record order within each.
    nodes.length = 0;
    for (let n = person; n !== -1; n = nextOf[n]) if (records[n].source >= listStart) nodes.push(n);
    for (let n = person; n !== -1; n = nextOf[n]) if (records[n].source < listStart) nodes.push(n);
    const out: Record<string, AttributeValue> = {};
    for (const n of nodes) {
      const attrs = attrsOf[n];
      for (const k in attrs) {
        const v = attrs[k];
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
    const p = personOf[i];
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
      customerIdsSeen: people,
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
