/**
 * Issue 18: the Products tab on all 541,909 UCI Online Retail rows (as `getValues()` hands them,
 * see parse.ts): top products per segment, pairs bought together with support, confidence and lift
 * (overall and per segment) and the next product per segment, then the tab itself. The read and the
 * RFM segmentation are done once before timing; what is timed is `productsReport` (src/core/products)
 * on the run's orders and segments plus `productsTab`. Target: ≤ 1 s.
 */
import { readOrders } from '../../src/core/parse';
import { segmentCustomers } from '../../src/core/pipeline/segmentCustomers';
import { productsReport } from '../../src/core/products';
import { productsTab } from '../../src/core/report/productsTab';
import { OTHERS_ID } from '../../src/core/rfm';
import { runRules } from '../../src/app/rules';
import { defaultSettings } from '../../src/app/settings';
import { onlineRetailValues } from './parse';
import { report, timeMs } from './_util';

export default async function bench(): Promise<void> {
  const read = readOrders(onlineRetailValues());
  const settings = { ...defaultSettings(), fitClv: false };
  const rules = runRules(settings);
  const seg = segmentCustomers(read.orders, read.customers, { bins: settings.bins, rules, lang: 'en', fitClv: false, segmentBy: 'rfm' });
  const segmentOf = new Map(seg.customers.map((c) => [c.summary.customerId, c.segment]));
  const order = [...rules.map((r) => r.id), OTHERS_ID];
  const lines = read.orders.reduce((n, o) => n + (o.lines?.length ?? 0), 0);
  let products = 0;
  let pairs = 0;
  const ms = timeMs(() => {
    const r = productsReport(read.orders, segmentOf, order);
    productsTab({ ...seg, products: r }, 'en');
    products = r?.products ?? 0;
    pairs = r?.overall.pairs.length ?? 0;
  }, 5, 1);
  report(
    `Products tab: ${read.orders.length.toLocaleString('en-US')} orders, ${lines.toLocaleString('en-US')} lines, ${seg.products?.segments.length ?? 0} segments`,
    ms,
    `(${products.toLocaleString('en-US')} products, ${pairs} pairs listed)`,
    1000,
  );
}
