import { customersFromOrders, localize, summariesByNumber, type ReadResult } from '../parse';
import { consentColumnsOf } from '../campaigns/consent';
import type { AttributeValue, CustomerSummary, Lang, Order } from '../types';
import { combinedConsent, combinedColumns, type ConsentRecord } from './combinedConsent';
import { combinedDetection } from './combinedDetection';
import { emailKey } from './contactKeys';
import { identityKeys, resolveKeys, setPhoneOf } from './identity';
import { KeyTable } from './keyTable';
import { findCopies } from './mergeOrders';
import { summariesOfOrders } from './summariesOfOrders';
import { sourceKind } from './sourceKind';
import type { CombinedRead, SourceRead, SourcesReport } from './types';

/** A message param naming a column, prefixed with its source ("shop.csv: Email"); the English text redone. */
function named<T extends { key: string; params: Record<string, string | number>; text: string }>(m: T, source: string): T {
  if (typeof m.params.header !== 'string' || m.params.header === '') return m;
  const params = { ...m.params, header: `${source}: ${m.params.header}` };
  return { ...m, params, text: localize({ key: m.key as never, params }, 'en') };
}

/** A customer's summary with other attributes: the fields written out, a literal that is faster than a spread. */
function withAttributes(c: CustomerSummary, attributes: Record<string, AttributeValue>): CustomerSummary {
  const { customerId, firstOrderDay, lastOrderDay, orders, purchaseDays, revenue, averageOrderValue } = c;
  return { customerId, firstOrderDay, lastOrderDay, orders, purchaseDays, revenue, averageOrderValue, attributes };
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
  const count = ordered.reduce((n, s) => n + s.read.customers.length, 0);
  const keys = identityKeys(count);
  const attrsOf: Record<string, AttributeValue>[] = new Array(count);
  /** The first record of each source (records are in source order). */
  const sourceStart: number[] = [];
  let r = 0;
  ordered.forEach((s, si) => {
    sourceStart.push(r);
    for (const c of s.read.customers) {
      keys.source[r] = si;
      keys.id[r] = c.customerId;
      // A list keyed by email (a newsletter export: its email column is the customer column) matches by it too.
      keys.email[r] = emailKey(c.attributes.email) ?? emailKey(c.customerId);
      setPhoneOf(keys, r, c.attributes.phone);
      attrsOf[r++] = c.attributes;
    }
  });
  sourceStart.push(r);
  const identity = resolveKeys(keys);
  const { personOf } = identity;
  const canonical = (node: number) => keys.id[personOf[node]];
  const listStart = orderSources.length;

  // Each person's records as a linked list in record order (sources in the order given), and how
  // many order-source customers each person is: only people who are two of them have orders that can
  // be copies of each other, or summaries that change.
  const nextOf = new Int32Array(count).fill(-1);
  const lastOf = new Int32Array(count).fill(-1);
  const orderRecords = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    const p = personOf[i];
    if (p !== i) nextOf[lastOf[p]] = i;
    lastOf[p] = i;
    if (keys.source[i] < listStart) orderRecords[p]++;
  }
  // Everyone else keeps the summary their source's read made (customersFromOrders of the same
  // orders), when each order source's customers are, as far as can be told, the summaries of its orders.
  const summariesKept = orderSources.every((s) => summariesOfOrders(s.read));
  const merging = (person: number) => orderRecords[person] > 1;

  // ---- orders: the merged people's orders compared, renamed to their person's id ----
  const picked = orderSources.map((s, si) => {
    let mergingHere = 0;
    for (let node = sourceStart[si]; node < sourceStart[si + 1]; node++) if (merging(personOf[node])) mergingHere++;
    const nodeOf = new KeyTable(mergingHere);
    for (let node = sourceStart[si]; node < sourceStart[si + 1] && mergingHere > 0; node++) if (merging(personOf[node])) nodeOf.getOrAdd(keys.id[node], node);
    /** Per picked order: its place in the source's orders, and its person. */
    const at: number[] = [];
    const person: number[] = [];
    const orders: Order[] = [];
    /** Some picked order takes another id (its person's first source calls them otherwise). */
    let renames = false;
    if (nodeOf.size > 0) {
      const all = s.read.orders;
      // A customer's orders often come one after another: the last look-up is kept.
      let lastId: string | null = null;
      let node = -1;
      for (let k = 0; k < all.length; k++) {
        const o = all[k];
        if (o.customerId !== lastId) {
          lastId = o.customerId;
          node = nodeOf.get(lastId);
        }
        if (node === -1) continue;
        const id = canonical(node);
        at.push(k);
        person.push(personOf[node]);
        if (id === o.customerId) orders.push(o);
        else {
          orders.push({ ...o, customerId: id });
          renames = true;
        }
      }
    }
    return { name: s.name, hasOrderIds: s.read.detection.roles.orderId !== undefined, orders, at, person: Int32Array.from(person), renames };
  });
  const { copy, duplicates } = findCopies(picked, picked.map((p) => p.person));
  // Each source's orders, copies left out and the merged people's renamed, in the same order.
  let orders: Order[] = [];
  /** The merged people's orders, copies left out, in the same order, and their people. */
  const mergedOrders: Order[] = [];
  const mergedPeople: number[] = [];
  orderSources.forEach((s, si) => {
    const { at, orders: renamed, renames, person } = picked[si];
    const copies = copy[si];
    let copied = false;
    for (let j = 0; j < at.length; j++) {
      if (copies[j] === 0) {
        mergedOrders.push(renamed[j]);
        mergedPeople.push(person[j]);
      } else copied = true;
    }
    // Most sources (the first always) lose and rename no order: their orders are taken as they are.
    if (!copied && !renames) {
      orders = orders.length ? orders.concat(s.read.orders) : s.read.orders.slice();
      return;
    }
    const all = s.read.orders;
    let j = 0;
    for (let k = 0; k < all.length; k++) {
      if (j === at.length || at[j] !== k) orders.push(all[k]);
      else if (copies[j++] === 0) orders.push(renamed[j - 1]);
    }
  });

  // ---- attributes: lists first, then order sources; consent from all ----
  const columnsOf = ordered.map((s) => consentColumnsOf(s.read.detection));
  const consent = combinedColumns(columnsOf);
  // A person known to one source whose consent columns read as the combined ones keeps its attributes as they are.
  const asCombined = columnsOf.map((c) => c.marketing === consent.marketing && c.sms === consent.sms);
  /** A person's records, in the order their attributes are taken (a person has at most every record). */
  const nodes = new Int32Array(count);
  const recordsOfSize: ConsentRecord[][] = [];
  /** A person's attributes: their one record's own object (handed on as it is: nothing changes a read's attributes), or one built here. */
  const attributesOf = (person: number): Record<string, AttributeValue> => {
    if (nextOf[person] === -1 && asCombined[keys.source[person]]) return attrsOf[person];
    // Lists first (in the order given), then the order sources: record order within each.
    let size = 0;
    for (let n = person; n !== -1; n = nextOf[n]) if (keys.source[n] >= listStart) nodes[size++] = n;
    for (let n = person; n !== -1; n = nextOf[n]) if (keys.source[n] < listStart) nodes[size++] = n;
    const out: Record<string, AttributeValue> = {};
    for (let j = 0; j < size; j++) {
      const attrs = attrsOf[nodes[j]];
      for (const k in attrs) {
        const v = attrs[k];
        if (k === 'marketingOptOut' || k === 'smsOptOut' || out[k] !== undefined || v === null || v === '') continue;
        out[k] = v;
      }
    }
    if (consent.marketing !== null || consent.sms !== null) {
      // Arrays and records reused, one set per number of records: a person's consent costs no objects.
      if (!recordsOfSize[size]) recordsOfSize[size] = Array.from({ length: size }, () => ({ attributes: {}, columns: consent }));
      const consentRecords = recordsOfSize[size];
      for (let j = 0; j < size; j++) {
        consentRecords[j].attributes = attrsOf[nodes[j]];
        consentRecords[j].columns = columnsOf[keys.source[nodes[j]]];
      }
      combinedConsent(consentRecords, consent, out);
    }
    return out;
  };

  // ---- customers, in the order of their first order (as customersFromOrders lists them) ----
  let people = 0;
  for (let person = 0; person < count; person++) if (personOf[person] === person) people++;
  let customers: CustomerSummary[];
  if (summariesKept) {
    const summaryOf = summariesByNumber(mergedOrders, mergedPeople, count);
    // A person's first order is in the first order source that has them, and each read lists its
    // customers by their first order: so each source's own people, source after source.
    customers = [];
    orderSources.forEach((s, si) => {
      s.read.customers.forEach((c, j) => {
        const person = sourceStart[si] + j;
        if (personOf[person] !== person) return;
        if (merging(person)) {
          customers.push(summaryOf(person, attributesOf(person)) as CustomerSummary);
          return;
        }
        const attributes = attributesOf(person);
        // A person known to one source only keeps the read's own summary (nothing in a combined read is changed afterwards).
        customers.push(attributes === c.attributes ? c : withAttributes(c, attributes));
      });
    });
  } else {
    const attributes = new Map<string, Record<string, AttributeValue>>();
    for (let person = 0; person < sourceStart[listStart]; person++) if (personOf[person] === person) attributes.set(keys.id[person], attributesOf(person));
    customers = customersFromOrders(orders, attributes);
  }

  // ---- list customers without orders ----
  const withOrders = summariesKept ? null : new Set(customers.map((c) => c.customerId));
  const hasOrders = (person: number) => (withOrders ? withOrders.has(keys.id[person]) : orderRecords[person] > 0);
  const withoutOrders = lists.map((s) => ({ name: s.name, count: 0, rows: [] as number[] }));
  const counted = new Uint8Array(count);
  for (let i = sourceStart[listStart]; i < count; i++) {
    const p = personOf[i];
    if (counted[p] || hasOrders(p)) continue;
    counted[p] = 1;
    withoutOrders[keys.source[i] - listStart].count++;
  }

  const report: SourcesReport = {
    sources: ordered.map(perSource),
    matched: identity.matched,
    ambiguous: identity.ambiguous,
    duplicates,
    withoutOrders: withoutOrders.filter((w) => w.count > 0),
    currencies: currenciesIfMixed(orderSources),
    consent: consent.marketing,
  };
  if (sources.length === 1) return { ...sources[0].read, sources: report };
  if (!orderSources.length) return { ...sources[0].read, orders: [], customers: [], sources: report };

  const reads: ReadResult[] = ordered.map((s) => s.read);
  return {
    detection: combinedDetection(ordered, consent),
    orders,
    customers,
    quality: {
      rowsRead: reads.reduce((n, r) => n + r.quality.rowsRead, 0),
      customerIdsSeen: people,
      orderIdsSeen: reads.reduce((n, r) => n + r.quality.orderIdsSeen, 0),
      ordersKept: orders.length,
      customers: customers.length,
      issues: ordered.flatMap((s) => s.read.quality.issues.map((q) => ({ ...q, header: q.header === null ? null : `${s.name}: ${q.header}` }))),
    },
    decisions: ordered.flatMap((s) => s.read.decisions.map((d) => named(d, s.name))),
    errors: [],
    sources: report,
  };
}
