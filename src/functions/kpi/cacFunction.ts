/** =CAC: per row, or per channel and organic/paid as a table. */
import { cac } from '../../core/kpi/cac';
import { type AcquisitionType, type CacGroup, cacBreakdown, type SpendRow } from '../../core/kpi/cacTable';
import { kpiText } from '../../core/kpi/messages';
import type { Lang } from '../../core/types';
import { type Arg, type Cell, blank, cellNumber, columns, failWith, filledRows, finiteResult, guard, isMissing, placeOf, refuseErrorCell, resultLang, rowFunction, textOf } from '../args';
import { ARG_ERRORS, CAC_ERRORS } from '../errorText';
import type { CustomFunctionSpec } from '../spec';

const FN = 'CAC';

/** Words accepted in the organic/paid column, in the four languages of the product. */
const TYPE_WORDS: Record<string, AcquisitionType> = {
  organic: 'organic', free: 'organic', 自然: 'organic', 免費: 'organic', 免费: 'organic', organik: 'organic', percuma: 'organic',
  paid: 'paid', ads: 'paid', 付費: 'paid', 付费: 'paid', 廣告: 'paid', 广告: 'paid', berbayar: 'paid', iklan: 'paid',
};

function typeOf(c: Cell, place: () => string): AcquisitionType {
  refuseErrorCell(FN, 'organic_or_paid', c, place);
  const t = TYPE_WORDS[textOf(c).toLowerCase()];
  if (!t) failWith(FN, CAC_ERRORS.type, { value: textOf(c), place: place() });
  return t;
}

function groupRow(g: CacGroup, label: string, lang: Lang): (string | number)[] {
  return [label, g.cost, g.newCustomers, g.cac ?? kpiText.noNewCustomers[lang]];
}

function breakdownTable(costArg: Arg, newArg: Arg, channelArg: Arg, typeArg: Arg): (string | number)[][] {
  const names = ['marketing_and_sales_cost', 'new_customers', 'channels', 'organic_or_paid'];
  const args = [costArg, newArg, isMissing(channelArg) ? undefined : channelArg, isMissing(typeArg) ? undefined : typeArg];
  if (!Array.isArray(costArg) || !Array.isArray(newArg)) failWith(FN, CAC_ERRORS.ranges);
  const [costs, news, channels, types] = columns(FN, names, args);
  const rows: SpendRow[] = [];
  const positions: number[] = [];
  for (const i of filledRows([costs, news, channels, types])) {
    const place = () => placeOf(i, args);
    const row: SpendRow = { cost: cellNumber(FN, names[0], costs![i], place), newCustomers: cellNumber(FN, names[1], news![i], place) };
    if (channels) {
      refuseErrorCell(FN, 'channels', channels[i], place);
      if (blank(channels[i])) failWith(FN, ARG_ERRORS.empty, { param: 'channels', place: place() });
      row.channel = textOf(channels[i]);
    }
    if (types) row.type = typeOf(types[i], place);
    rows.push(row);
    positions.push(i);
  }
  if (rows.length === 0) failWith(FN, ARG_ERRORS.noRows, { param: 'marketing_and_sales_cost' });
  const b = guard(FN, '', () => cacBreakdown(rows), (k) => placeOf(positions[k], args));
  for (const g of [...b.channels, b.organic, b.paid, b.total]) if (g) finiteResult(FN, [g.cost, g.newCustomers, g.cac ?? 0], g === b.total ? '' : ` (${g.label})`);
  const lang = resultLang(FN, undefined);
  const out: (string | number)[][] = [[kpiText.channel[lang], kpiText.cost[lang], kpiText.newCustomers[lang], kpiText.cac[lang]]];
  for (const g of b.channels) out.push(groupRow(g, g.label, lang));
  if (b.organic) out.push(groupRow(b.organic, kpiText.organic[lang], lang));
  if (b.paid) out.push(groupRow(b.paid, kpiText.paid[lang], lang));
  out.push(groupRow(b.total, kpiText.total[lang], lang));
  return out;
}

const perRow = rowFunction(FN, ['marketing_and_sales_cost', 'new_customers'], [undefined, undefined], cac);

export const CAC: CustomFunctionSpec = {
  name: 'CAC',
  description: 'Customer acquisition cost: marketing and sales cost / new customers. Add a channel column for CAC per channel, and an organic/paid column for organic and paid CAC.',
  params: [
    { name: 'marketing_and_sales_cost', description: 'Marketing and sales spend (a value or a column, e.g. per month or per campaign).' },
    { name: 'new_customers', description: 'New customers won with that spend (a value or a column).' },
    { name: 'channels', description: 'Channel of each row (a column); gives a table per channel.', optional: true },
    { name: 'organic_or_paid', description: '"organic" or "paid" for each row (a column); adds organic and paid CAC rows.', optional: true },
  ],
  example: '=CAC(B2:B13, C2:C13, A2:A13, D2:D13)',
  returns: 'the CAC (a number or a column); with channels or organic/paid, a table (channel, cost, new customers, CAC) with totals',
  run: (marketingAndSalesCost: Arg, newCustomers: Arg, channels?: Arg, organicOrPaid?: Arg) =>
    isMissing(channels) && isMissing(organicOrPaid) ? perRow(marketingAndSalesCost, newCustomers) : breakdownTable(marketingAndSalesCost, newCustomers, channels, organicOrPaid),
};
