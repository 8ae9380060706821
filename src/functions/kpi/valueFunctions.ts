/** CLTV in its three forms, LTV:CAC and CAC payback as custom functions. */
import { cacPayback } from '../../core/kpi/cacPayback';
import { historicCltv, type Purchase } from '../../core/kpi/historicCltv';
import { ltvCacRatio } from '../../core/kpi/ltvCacRatio';
import { kpiText } from '../../core/kpi/messages';
import { retentionCltv } from '../../core/kpi/retentionCltv';
import { simpleCltv } from '../../core/kpi/simpleCltv';
import { type Arg, type Cell, cellDay, cellId, cellNumber, columns, filledRows, finiteResult, guard, optionalNumberArg, placeOf, resultLang, rowFunction } from '../args';
import type { CustomFunctionSpec } from '../spec';

const CLTV: CustomFunctionSpec = {
  name: 'CLTV',
  description: 'Customer lifetime value, simple form: average purchase value × purchase frequency × lifespan × gross margin − CAC. Takes single values or whole columns.',
  params: [
    { name: 'avg_purchase_value', description: 'Average amount per purchase (a value or a column).' },
    { name: 'purchase_frequency', description: 'Purchases per period, e.g. per year (a value or a column).' },
    { name: 'lifespan', description: 'How many periods a customer stays, same period as the frequency (a value or a column).' },
    { name: 'gross_margin', description: 'Gross margin as a fraction or %, e.g. 30 %; default 100 % (revenue).', optional: true },
    { name: 'cac', description: 'Acquisition cost per customer to subtract; default 0.', optional: true },
  ],
  example: '=CLTV(24.30, 52, 20, 21.3%)',
  returns: 'the lifetime value (a number, or a column for column inputs)',
  run: rowFunction('CLTV', ['avg_purchase_value', 'purchase_frequency', 'lifespan', 'gross_margin', 'cac'], [undefined, undefined, undefined, 1, 0], simpleCltv),
};

const CLTV_RETENTION: CustomFunctionSpec = {
  name: 'CLTV_RETENTION',
  description: 'Customer lifetime value, retention form: (revenue − cost to serve) × retention / (1 + discount − retention) − CAC, all per period.',
  params: [
    { name: 'avg_revenue_per_period', description: 'Average revenue per customer per period (a value or a column).' },
    { name: 'cost_to_serve_per_period', description: 'Cost to serve a customer per period (a value or a column).' },
    { name: 'retention_rate', description: 'Share of customers kept from one period to the next, e.g. 80 %.' },
    { name: 'discount_rate', description: 'Discount rate per period, e.g. 10 %.' },
    { name: 'cac', description: 'Acquisition cost per customer to subtract; default 0.', optional: true },
  ],
  example: '=CLTV_RETENTION(B2, C2, 80%, 10%, E2)',
  returns: 'the lifetime value (a number, or a column for column inputs)',
  run: rowFunction('CLTV_RETENTION', ['avg_revenue_per_period', 'cost_to_serve_per_period', 'retention_rate', 'discount_rate', 'cac'], [undefined, undefined, undefined, undefined, 0], retentionCltv),
};

function runHistoric(customerIds: Arg, dates: Arg, amounts: Arg, margin?: Arg, annualRate?: Arg): (string | number)[][] {
  const fn = 'CLTV_HISTORIC';
  const names = ['customer_ids', 'dates', 'amounts'];
  const args = [customerIds, dates, amounts];
  const [idCells, dateCells, amountCells] = columns(fn, names, args, 3) as Cell[][];
  const m = optionalNumberArg(fn, 'margin', margin, 1);
  const rate = optionalNumberArg(fn, 'annual_rate', annualRate, 0);
  const purchases: Purchase[] = [];
  for (const i of filledRows([idCells, dateCells, amountCells])) {
    const place = () => placeOf(i, args);
    purchases.push({ customerId: cellId(fn, 'customer_ids', idCells[i], place), day: cellDay(fn, 'dates', dateCells[i], place), amount: cellNumber(fn, 'amounts', amountCells[i], place) });
  }
  const values = guard(fn, '', () => historicCltv(purchases, m, rate));
  const lang = resultLang(fn, undefined);
  const out: (string | number)[][] = [[kpiText.customer[lang], kpiText.value[lang]]];
  for (const v of values) out.push([v.customerId, finiteResult(fn, v.value, ` (customer ${v.customerId})`)]);
  return out;
}

const CLTV_HISTORIC: CustomFunctionSpec = {
  name: 'CLTV_HISTORIC',
  description: 'Historic customer lifetime value from order rows: each customer’s total amount × margin, optionally compounded to today at an annual rate; best customers first.',
  params: [
    { name: 'customer_ids', description: 'Customer id of each order (a column).' },
    { name: 'dates', description: 'Order date of each row (a column of dates).' },
    { name: 'amounts', description: 'Order amount of each row (a column).' },
    { name: 'margin', description: 'Gross margin as a fraction or %; default 100 % (revenue).', optional: true },
    { name: 'annual_rate', description: 'Yearly rate to compound past purchases to today (Kumar’s past customer value); default 0.', optional: true },
  ],
  example: '=CLTV_HISTORIC(A2:A, B2:B, C2:C, 40%)',
  returns: 'a two-column table (customer, value) with a header row, most valuable first',
  run: runHistoric,
};

const LTV_CAC_RATIO: CustomFunctionSpec = {
  name: 'LTV_CAC_RATIO',
  description: 'Lifetime value divided by acquisition cost; about 3 or more is healthy, below 1 loses money on each new customer.',
  params: [
    { name: 'cltv', description: 'Customer lifetime value (a value or a column).' },
    { name: 'cac', description: 'Customer acquisition cost, > 0 (a value or a column).' },
  ],
  example: '=LTV_CAC_RATIO(B2, C2)',
  returns: 'the ratio (a number, or a column for column inputs)',
  run: rowFunction('LTV_CAC_RATIO', ['cltv', 'cac'], [undefined, undefined], ltvCacRatio),
};

const CAC_PAYBACK: CustomFunctionSpec = {
  name: 'CAC_PAYBACK',
  description: 'Periods needed to earn back the acquisition cost: CAC / (revenue per customer per period × gross margin).',
  params: [
    { name: 'cac', description: 'Customer acquisition cost (a value or a column).' },
    { name: 'avg_revenue_per_period', description: 'Revenue per customer per period, e.g. per month (a value or a column).' },
    { name: 'gross_margin', description: 'Gross margin as a fraction or %; default 100 %.', optional: true },
  ],
  example: '=CAC_PAYBACK(600, 100, 50%)',
  returns: 'the number of periods (same unit as the revenue’s period)',
  run: rowFunction('CAC_PAYBACK', ['cac', 'avg_revenue_per_period', 'gross_margin'], [undefined, undefined, 1], cacPayback),
};

export const valueFunctions: CustomFunctionSpec[] = [CLTV, CLTV_RETENTION, CLTV_HISTORIC, LTV_CAC_RATIO, CAC_PAYBACK];
