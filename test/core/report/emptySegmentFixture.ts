/**
 * A run in which a preset segment is empty: R `rfm`'s sample orders (../shared/data/rfm-package,
 * analysis date 2006-12-31) under the Shopify preset. Every customer there has ordered, so
 * "Prospects" (no orders yet), the preset's first rule, has no customers.
 */
import { readFileSync } from 'node:fs';
import { parseCsv } from '../../../src/cli/io';
import { readOrders } from '../../../src/core/parse';
import { segmentCustomers, type Segmentation } from '../../../src/core/pipeline/segmentCustomers';
import { shopifySegments } from '../../../src/core/rfm';
import { ANALYSIS_DAY, RFM_PACKAGE_CSV } from '../rfm/rfmPackageFixture';

/** The segmentation of the R `rfm` sample orders with the Shopify preset, in `en`. */
export function segmentationWithEmptyProspects(): Segmentation {
  const read = readOrders(parseCsv(readFileSync(RFM_PACKAGE_CSV, 'utf8')), { mapping: { customerId: 0, orderDate: 1, amount: 2 }, analysisDay: ANALYSIS_DAY });
  return segmentCustomers(read.orders, read.customers, { analysisDay: ANALYSIS_DAY, bins: 5, rules: shopifySegments, lang: 'en', fitClv: false, segmentBy: 'rfm' });
}
