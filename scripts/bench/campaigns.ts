/**
 * Campaign lists speed (issue 15): per-segment lists, this week's list and the Campaign lists tab
 * for 25,000 customers with email, phone and a consent column (segmentation built outside the
 * timing), and the same lists with a previous run to compare against. Target: ≤ 200 ms.
 */
import { campaignLists } from '../../src/core/campaigns/campaignLists';
import type { ConsentColumns } from '../../src/core/campaigns/consent';
import { thisWeeksList } from '../../src/core/campaigns/thisWeek';
import { customersFromOrders } from '../../src/core/parse';
import { segmentCustomers } from '../../src/core/pipeline/segmentCustomers';
import { campaignsTab } from '../../src/core/report/campaignsTab';
import { segmentName, shopifySegments } from '../../src/core/rfm';
import type { AttributeValue, Order } from '../../src/core/types';
import { report, timeMs } from './_util';

const CUSTOMERS = 25_000;
const END = 20_000;

/** A made-up shop: 1 to 6 orders per customer over two years; a third consented, a third declined, a third left blank. */
function shop() {
  let seed = 42;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const orders: Order[] = [];
  const attributes = new Map<string, Record<string, AttributeValue>>();
  for (let i = 0; i < CUSTOMERS; i++) {
    const id = `C${i}`;
    const n = 1 + Math.floor(random() * 6);
    for (let k = 0; k < n; k++) orders.push({ row: orders.length + 2, customerId: id, orderId: `${id}-${k}`, day: END - Math.floor(random() * 730), amount: 10 + Math.round(random() * 300) });
    const consent = i % 3 === 0 ? false : i % 3 === 1 ? true : null;
    attributes.set(id, { name: `Buyer ${i}`, email: `buyer${i}@shop.test`, phone: `+6012${String(i).padStart(7, '0')}`, ...(consent === null ? {} : { marketingOptOut: consent }) });
  }
  return { orders, customers: customersFromOrders(orders, attributes) };
}

export default function bench(): void {
  const { orders, customers } = shop();
  const seg = segmentCustomers(orders, customers, { analysisDay: END + 1, bins: 5, rules: shopifySegments, lang: 'en', fitClv: false, segmentBy: 'rfm' });
  const consent: ConsentColumns = { marketing: 'consent', sms: null };
  const champions = segmentName('champions', shopifySegments, 'en');
  const previous = new Map(seg.customers.map((c) => [c.summary.customerId, { segment: champions, sinceDay: null }]));
  const sameSegment = (name: string, id: string) => segmentName(id, shopifySegments, 'en') === name;

  const lists = campaignLists(seg, consent, 'en');
  const listed = lists.segments.reduce((n, s) => n + s.contacts.length, 0);
  report(`campaign lists, ${CUSTOMERS.toLocaleString('en-US')} customers (${listed.toLocaleString('en-US')} may be contacted)`, timeMs(() => campaignLists(seg, consent, 'en')));
  report("this week's list (everyone was a Champion last run)", timeMs(() => thisWeeksList(seg, lists, previous, sameSegment)));
  report('Campaign lists tab, all its blocks', timeMs(() => campaignsTab(seg, 'en', { consent, templates: {}, previous, sameSegment })), '', 200);
}
