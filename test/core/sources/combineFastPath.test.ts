/**
 * combineSources keeps the summary each read made for everyone found in one order source, and sums
 * the orders again only for people in two (issue 18, speed). These randomized shops check that fast
 * path against the full recompute it replaces, on reads made by the reader itself:
 * - the same sources with one read's summaries spoiled (so combining cannot trust them and sums
 *   every customer's merged orders again, `summariesOfOrders.ts`) give the same result;
 * - the merged orders and the copies found are what `mergeOrders` gives on every order of every
 *   source, renamed to the person's id as who-is-who (`resolveIdentity`) says;
 * - the customers are `customersFromOrders` of the merged orders (same figures, same order).
 * The shops mix people in one, two and three order sources, copies by order id and by day and
 * amount, emails in other cases, local and international phone spellings, shared family emails, and
 * two ids of one shop found to be one person through the customer list.
 */
import { describe, expect, it } from 'vitest';
import { finishSources } from '../../../src/app/sources';
import { customersFromOrders, startRead } from '../../../src/core/parse';
import { combineSources } from '../../../src/core/sources';
import { emailKey, phoneKeys } from '../../../src/core/sources/contactKeys';
import { resolveIdentity } from '../../../src/core/sources/identity';
import { mergeOrders } from '../../../src/core/sources/mergeOrders';
import { sourceKind } from '../../../src/core/sources/sourceKind';
import { summariesOfOrders } from '../../../src/core/sources/summariesOfOrders';
import type { SourceRead } from '../../../src/core/sources/types';
import { seededRandom as random } from '../../../src/core/cluster/random';


const iso = (day: number) => new Date(Date.UTC(2024, 0, 1 + day)).toISOString().slice(0, 10);

/** Two or three order sheets and a customer list for `people` people, as sheet values. */
function shop(seed: number): SourceRead[] {
  const r = random(seed);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const people = 3 + Math.floor(r() * 25);
  const email = (p: number) => pick([`p${p}@x.my`, `P${p}@X.my`, ` p${p}@x.my `, '']);
  const digits = (p: number) => String(1000000 + p * 7919).slice(-7);
  const phone = (p: number) => pick([`+60 12-${digits(p)}`, `012 ${digits(p)}`, `6012${digits(p)}`, '']);
  const unsub = () => pick(['yes', 'no', '']);
  const shopRows: unknown[][] = [['Order ID', 'Customer ID', 'Order Date', 'Amount', 'Email', 'Phone', 'Unsubscribed']];
  const counterHasIds = r() < 0.3;
  const counterRows: unknown[][] = [counterHasIds ? ['Order ID', 'Customer', 'Date', 'Amount', 'Email', 'Phone'] : ['Customer', 'Date', 'Amount', 'Email', 'Phone']];
  const marketRows: unknown[][] = [['Order ID', 'Buyer ID', 'Order Date', 'Amount', 'Email']];
  const listRows: unknown[][] = [['Customer ID', 'Email', 'Phone', 'City', 'Unsubscribed']];
  const withMarket = r() < 0.5;
  let orderNo = 1;
  for (let p = 0; p < people; p++) {
    const shopOrders: [string, number, number][] = [];
    if (r() < 0.8) {
      const n = 1 + Math.floor(r() * 4);
      for (let k = 0; k < n; k++) {
        const o: [string, number, number] = [`#${orderNo++}`, Math.floor(r() * 6), pick([10, 20, 20, 35.5])];
        shopOrders.push(o);
        shopRows.push([o[0], `C${p}`, iso(o[1]), o[2], email(p), phone(p), unsub()]);
      }
    }
    if (r() < 0.5) {
      // At the counter: some of the shop's orders again, and some of its own.
      const id = r() < 0.3 ? `C${p}` : `K${p}`;
      for (const o of shopOrders) if (r() < 0.5) counterRows.push([...(counterHasIds ? [r() < 0.5 ? o[0] : `K-${orderNo++}`] : []), id, iso(o[1]), o[2], email(p), phone(p)]);
      const n = Math.floor(r() * 3);
      for (let k = 0; k < n; k++) counterRows.push([...(counterHasIds ? [`K-${orderNo++}`] : []), id, iso(Math.floor(r() * 6)), pick([10, 20, 35.5]), email(p), phone(p)]);
    }
    if (withMarket && r() < 0.4) {
      for (const o of shopOrders) if (r() < 0.6) marketRows.push([o[0], `M${p}`, iso(o[1]), o[2], email(p)]);
      marketRows.push([`#${orderNo++}`, `M${p}`, iso(Math.floor(r() * 6)), 20, email(p)]);
    }
    if (r() < 0.7) listRows.push([r() < 0.4 ? `C${p}` : `L${p}`, email(p), phone(p), pick(['Ipoh', 'Penang', '']), unsub()]);
  }
  // A family email in the shop, and one list row naming two shop customers (one by email, one by phone).
  if (people > 4) shopRows.push([`#${orderNo++}`, 'C1', iso(2), 20, 'family@x.my', '', 'no'], [`#${orderNo++}`, 'C2', iso(3), 20, 'family@x.my', '', 'no']);
  if (people > 4) listRows.push(['L-both', `p3@x.my`, `+60 12-${digits(4)}`, 'Ipoh', 'no']);
  const sheets: [string, unknown[][]][] = [
    ['shop.csv', shopRows],
    ['counter.csv', counterRows],
    ...(withMarket && marketRows.length > 1 ? ([['market.csv', marketRows]] as [string, unknown[][]][]) : []),
    ['crm.csv', listRows],
  ];
  // Read as a run reads several sheets: each order sheet finished, each customer list as a list.
  return finishSources(sheets.filter(([, rows]) => rows.length > 1).map(([name, rows]) => ({ name, state: startRead(rows, { dateOrder: 'ymd' as never }) })), 'en');
}

/** The same reads with one order source's summaries spoiled: combining must then sum every customer's orders. */
function spoiled(sources: readonly SourceRead[]): SourceRead[] {
  const i = sources.findIndex((s) => sourceKind(s.read.detection) === 'orders');
  return sources.map((s, k) => (k === i ? { ...s, read: { ...s.read, customers: s.read.customers.map((c, j) => (j === 0 ? { ...c, orders: 0 } : c)) } } : s));
}

/** What `mergeOrders` makes of every order of every order source, renamed as `resolveIdentity` says. */
function fullMerge(sources: readonly SourceRead[]): ReturnType<typeof mergeOrders> {
  const kinds = sources.map((s) => sourceKind(s.read.detection));
  const orderSources = sources.filter((_, i) => kinds[i] === 'orders');
  const ordered = [...orderSources, ...sources.filter((_, i) => kinds[i] === 'customers')];
  const records = ordered.flatMap((s, si) => s.read.customers.map((c) => ({ source: si, id: c.customerId, email: emailKey(c.attributes.email) ?? emailKey(c.customerId), phones: phoneKeys(c.attributes.phone) })));
  const { personOf } = resolveIdentity(records);
  let start = 0;
  const renamed = orderSources.map((s) => {
    const idOf = new Map(s.read.customers.map((c, j) => [c.customerId, records[personOf[start + j]].id]));
    start += s.read.customers.length;
    return { name: s.name, hasOrderIds: s.read.detection.roles.orderId !== undefined, orders: s.read.orders.map((o) => ({ ...o, customerId: idOf.get(o.customerId) as string })) };
  });
  return mergeOrders(renamed);
}

describe('combineSources: the kept summaries against the full recompute, on 300 random shops', () => {
  const cases = Array.from({ length: 300 }, (_, seed) => ({ seed, sources: shop(seed) })).filter((c) => c.sources.length > 1);
  const seen = { duplicates: 0, byOrderId: 0, inTwo: 0, twoIdsOfOneShop: 0 };

  it.each(cases.map((c) => [c.seed, c] as const))('seed %i', (_, { sources }) => {
    const combined = combineSources(sources);
    const bad = spoiled(sources);
    expect(bad.some((s) => !summariesOfOrders(s.read))).toBe(true);
    const full = combineSources(bad);
    expect(combined.customers).toEqual(full.customers);
    expect(combined.orders).toEqual(full.orders);
    expect(combined.sources).toEqual(full.sources);

    const merged = fullMerge(sources);
    expect(combined.orders).toEqual(merged.orders);
    expect(combined.sources.duplicates).toEqual(merged.duplicates);
    const attributes = new Map(combined.customers.map((c) => [c.customerId, c.attributes]));
    expect(combined.customers).toEqual(customersFromOrders(combined.orders, attributes));

    seen.duplicates += combined.sources.duplicates.reduce((n, d) => n + d.byOrderId + d.byDayAmount, 0);
    seen.byOrderId += combined.sources.duplicates.reduce((n, d) => n + d.byOrderId, 0);
    const shopIds = new Set(sources[0].read.customers.map((c) => c.customerId));
    const shopOrders = new Map(sources[0].read.customers.map((c) => [c.customerId, c.orders]));
    seen.inTwo += combined.customers.filter((c) => shopIds.has(c.customerId) && c.orders > (shopOrders.get(c.customerId) ?? 0)).length;
    seen.twoIdsOfOneShop += combined.sources.sources[0].customers - combined.customers.filter((c) => shopIds.has(c.customerId)).length;
  });

  it('covered what it is for: people in two order sources, copies by id and by day, two ids of one shop joined', () => {
    expect(cases.length).toBeGreaterThan(250);
    expect(seen.inTwo).toBeGreaterThan(500);
    expect(seen.duplicates).toBeGreaterThan(1000);
    expect(seen.byOrderId).toBeGreaterThan(300);
    expect(seen.twoIdsOfOneShop).toBeGreaterThan(20);
  });
});
