/** Funnel, retention and order KPIs as custom functions. */
import { averageOrderValue } from '../../core/kpi/averageOrderValue';
import { adFunnel, clickThroughRate, conversionRate } from '../../core/kpi/funnelRates';
import { kpiText } from '../../core/kpi/messages';
import { type PurchaseDay, repurchaseRate } from '../../core/kpi/repurchaseRate';
import { churnRate, retentionRate } from '../../core/kpi/retentionRate';
import { type Arg, type Cell, blank, cellDay, cellId, cellNumber, cells, columns, filledRows, finiteResult, guard, isMissing, optionalDay, placeOf, resultLang, rowFunction, sameSize } from '../args';
import type { CustomFunctionSpec } from '../spec';

const CONVERSION_RATE: CustomFunctionSpec = {
  name: 'CONVERSION_RATE',
  description: 'Conversion rate: conversions / visitors, as a fraction (format the cell as %). For ads, pass clicks as visitors to get the CVR.',
  params: [
    { name: 'conversions', description: 'Completed goals: orders, sign-ups... (a value or a column).' },
    { name: 'visitors', description: 'Visitors or sessions, or ad clicks (a value or a column).' },
  ],
  example: '=CONVERSION_RATE(B2:B, C2:C)',
  returns: 'a fraction from 0 to 1 (a number, or a column for column inputs)',
  run: rowFunction('CONVERSION_RATE', ['conversions', 'visitors'], [undefined, undefined], conversionRate),
};

const CTR: CustomFunctionSpec = {
  name: 'CTR',
  description: 'Click-through rate of an ad: clicks / impressions, as a fraction (format the cell as %).',
  params: [
    { name: 'clicks', description: 'Clicks (a value or a column).' },
    { name: 'impressions', description: 'Impressions (a value or a column).' },
  ],
  example: '=CTR(C2, B2)',
  returns: 'a fraction from 0 to 1 (a number, or a column for column inputs)',
  run: rowFunction('CTR', ['clicks', 'impressions'], [undefined, undefined], clickThroughRate),
};

function runAdFunnel(impressions: Arg, clicks: Arg, conversions: Arg, cost?: Arg): (string | number)[][] {
  const fn = 'AD_FUNNEL';
  const names = ['impressions', 'clicks', 'conversions', 'cost'];
  const withCost = !isMissing(cost);
  const args = [impressions, clicks, conversions, withCost ? cost : undefined];
  const lists = args.map((a) => (a === undefined ? undefined : cells(a)));
  const n = sameSize(fn, names, lists, true);
  const at = (i: number, r: number): Cell => (lists[i]!.length === 1 ? lists[i]![0] : lists[i]![r]);
  const lang = resultLang(fn, undefined);
  const header = [kpiText.ctr[lang], kpiText.cvr[lang], kpiText.conversionsPerImpression[lang]];
  if (withCost) header.push(kpiText.costPerClick[lang], kpiText.costPerConversion[lang]);
  const out: (string | number)[][] = [header];
  for (let r = 0; r < n; r++) {
    if (lists.every((l) => !l || l.length === 1 || blank(l[r]))) {
      if (n > 1) {
        out.push(header.map(() => ''));
        continue;
      }
    }
    const place = n > 1 ? () => placeOf(r, args) : '';
    const [imp, cl, conv] = [0, 1, 2].map((i) => cellNumber(fn, names[i], at(i, r), place));
    const c = withCost ? cellNumber(fn, 'cost', at(3, r), place) : undefined;
    const f = guard(fn, place, () => adFunnel(imp, cl, conv, c));
    const row: (string | number)[] = [f.ctr, f.cvr ?? '', f.conversionsPerImpression];
    if (withCost) row.push(f.costPerClick ?? '', f.costPerConversion ?? '');
    out.push(finiteResult(fn, row, place));
  }
  return out;
}

const AD_FUNNEL: CustomFunctionSpec = {
  name: 'AD_FUNNEL',
  description: 'Ad funnel from impressions, clicks and conversions: CTR, CVR (conversions / clicks), conversions per impression, and with a cost, cost per click and per conversion.',
  params: [
    { name: 'impressions', description: 'Impressions (a value or a column, one row per campaign).' },
    { name: 'clicks', description: 'Clicks (a value or a column).' },
    { name: 'conversions', description: 'Conversions after the click (a value or a column).' },
    { name: 'cost', description: 'Ad spend (a value or a column); adds cost per click and per conversion.', optional: true },
  ],
  example: '=AD_FUNNEL(B2:B5, C2:C5, D2:D5, E2:E5)',
  returns: 'a table with a header row: CTR, CVR, conversions per impression [, cost per click, cost per conversion], one row per input row',
  run: runAdFunnel,
};

function runRepurchase(customerIds: Arg, dates: Arg, periodStart?: Arg, periodEnd?: Arg): number {
  const fn = 'REPURCHASE_RATE';
  const args = [customerIds, dates];
  const [idCells, dateCells] = columns(fn, ['customer_ids', 'dates'], args, 2) as Cell[][];
  const purchases: PurchaseDay[] = [];
  for (const i of filledRows([idCells, dateCells])) {
    const place = () => placeOf(i, args);
    purchases.push({ customerId: cellId(fn, 'customer_ids', idCells[i], place), day: cellDay(fn, 'dates', dateCells[i], place) });
  }
  const from = optionalDay(fn, 'period_start', periodStart);
  const to = optionalDay(fn, 'period_end', periodEnd);
  return finiteResult(fn, guard(fn, '', () => repurchaseRate(purchases, from, to).rate), '');
}

const REPURCHASE_RATE: CustomFunctionSpec = {
  name: 'REPURCHASE_RATE',
  description: 'Repurchase rate: customers who bought on two or more different days in the period / all customers who bought in it.',
  params: [
    { name: 'customer_ids', description: 'Customer id of each order row (a column).' },
    { name: 'dates', description: 'Order date of each row (a column of dates).' },
    { name: 'period_start', description: 'First day of the period (inclusive); default the earliest date.', optional: true },
    { name: 'period_end', description: 'Last day of the period (inclusive); default the latest date.', optional: true },
  ],
  example: '=REPURCHASE_RATE(A2:A, B2:B, DATE(2024,1,1), DATE(2024,12,31))',
  returns: 'a fraction from 0 to 1',
  run: runRepurchase,
};

const counts = ['customers_at_start', 'customers_at_end', 'new_customers'];
const countParams = [
  { name: 'customers_at_start', description: 'Customers at the start of the period (a value or a column).' },
  { name: 'customers_at_end', description: 'Customers at the end of the period (a value or a column).' },
  { name: 'new_customers', description: 'New customers won during the period (a value or a column).' },
];

const RETENTION_RATE: CustomFunctionSpec = {
  name: 'RETENTION_RATE',
  description: 'Customer retention rate: (customers at end − new customers) / customers at start, as a fraction.',
  params: countParams,
  example: '=RETENTION_RATE(200, 180, 20)',
  returns: 'a fraction from 0 to 1 (a number, or a column for column inputs)',
  run: rowFunction('RETENTION_RATE', counts, [undefined, undefined, undefined], retentionRate),
};

const CHURN_RATE: CustomFunctionSpec = {
  name: 'CHURN_RATE',
  description: 'Customer churn rate: share of the starting customers lost in the period, 1 − retention rate.',
  params: countParams,
  example: '=CHURN_RATE(200, 180, 20)',
  returns: 'a fraction from 0 to 1 (a number, or a column for column inputs)',
  run: rowFunction('CHURN_RATE', counts, [undefined, undefined, undefined], churnRate),
};

function runAov(amounts: Arg, orderIds?: Arg): number {
  const fn = 'AOV';
  const withIds = !isMissing(orderIds);
  const args = withIds ? [amounts, orderIds] : [amounts];
  const [amountCells, idCells] = columns(fn, ['amounts', 'order_ids'], args);
  const values: number[] = [];
  const ids: string[] = [];
  for (const i of filledRows([amountCells, idCells])) {
    const place = () => placeOf(i, args);
    values.push(cellNumber(fn, 'amounts', amountCells![i], place));
    if (idCells) ids.push(cellId(fn, 'order_ids', idCells[i], place));
  }
  return finiteResult(fn, guard(fn, '', () => averageOrderValue(values, withIds ? ids : undefined)), '');
}

const AOV: CustomFunctionSpec = {
  name: 'AOV',
  description: 'Average order value: total amount / number of orders. With order ids, rows sharing an id are one order.',
  params: [
    { name: 'amounts', description: 'Amount of each order or order line (a column).' },
    { name: 'order_ids', description: 'Order id of each row (a column); lines with the same id count as one order.', optional: true },
  ],
  example: '=AOV(D2:D, A2:A)',
  returns: 'a number',
  run: runAov,
};

export const rateFunctions: CustomFunctionSpec[] = [CONVERSION_RATE, CTR, AD_FUNNEL, REPURCHASE_RATE, RETENTION_RATE, CHURN_RATE, AOV];
