import { isoFromDay, ymdFromDay } from '../days';
import type { CustomerSummary, DayNumber, MonthlyKpis, Order, StoreKpis } from '../types';
import { type ActiveWindow, activeWindowDays } from './activeWindow';
import { averageOrderValue } from './averageOrderValue';
import { cac as cacOf } from './cac';
import { historicCltv } from './historicCltv';
import { fraction, KpiInputError, KPI_PROBLEMS, nonNegative } from './inputError';
import { repurchaseRate } from './repurchaseRate';
import { type SatisfactionKpis, satisfactionKpis } from './satisfactionKpis';
import { customersAcquiredIn, defaultSpendPeriod, type SpendPeriod } from './spendPeriod';

/** Options of {@link storeKpis}. */
export interface StoreKpiOptions {
  /** "Today" of the analysis: activity is measured back from it. */
  analysisDay: DayNumber;
  /** Days since the last order that still count as active; derived from the data when left out (see activeWindowDays). */
  activeWithinDays?: number;
  /** Marketing and sales spend of the spend period; enables CAC and LTV:CAC. */
  marketingSpend?: number;
  /** The days that spend paid for, both inclusive; default the data's last 12 months (see defaultSpendPeriod). */
  spendPeriod?: { start: DayNumber; end: DayNumber };
  /** Gross margin as a fraction, applied to the historic CLTV; default 1 (revenue). */
  grossMargin?: number;
}

/** How CAC was computed: the spend, its period and the customers first ordering in it. */
export interface CacBasis {
  spend: number;
  period: SpendPeriod;
  newCustomers: number;
}

/**
 * What the KPIs tab needs, beyond {@link StoreKpis}, to say how its figures were found. Kept
 * apart until the shared `StoreKpis` of src/core/types.ts takes these fields.
 */
export interface StoreKpiDetails {
  /** Null without a marketing spend. */
  cacBasis: CacBasis | null;
  /** How the active window was derived; null when the caller gave it. */
  activeWindow: ActiveWindow | null;
  /** Null when no customer has a satisfaction answer. */
  satisfaction: SatisfactionKpis | null;
  /** False for a customer list (totals per customer, no order rows): the months carry new customers only. */
  revenueByMonth: boolean;
}

const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

function monthOf(day: DayNumber): string {
  return isoFromDay(day).slice(0, 7);
}

/** Consecutive `YYYY-MM` months from `first` to `last`, so a chart shows quiet months as zeros. */
function monthsBetween(first: DayNumber, last: DayNumber): string[] {
  const a = ymdFromDay(first);
  const b = ymdFromDay(last);
  const out: string[] = [];
  const last12 = b.year * 12 + b.month - 1;
  for (let k = a.year * 12 + a.month - 1; k <= last12; k++) {
    out.push(`${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`);
  }
  return out;
}

/**
 * The store-level KPIs of the sidebar's KPIs tab, from cleaned orders and their customer summaries:
 * size (customers, orders, revenue), average order value, repurchase rate, average historic CLTV,
 * active vs lapsed customers, new customers and revenue per month, satisfaction (NPS or CSAT) when
 * a satisfaction column was read, and CAC with LTV:CAC when the marketing spend is known. CAC
 * divides the spend by the customers acquired in the spend period (first order in it), not by
 * every customer in the data. Each figure reuses the function behind the matching sheet formula
 * (AOV, REPURCHASE_RATE, CLTV_HISTORIC, CAC), so the tab and the formulas agree.
 *
 * Orders with an `orderId` are counted once per id (lines of one basket); orders without one count
 * one each. Repurchase means purchases on two or more days, counted from the orders by
 * REPURCHASE_RATE's function; `customers` must be the summaries of these orders (as
 * `customersFromOrders` builds them), or the rate would not match the customer counts.
 *
 * @example storeKpis(orders, customers, { analysisDay: dayFromYmd(1998, 6, 30) }).repurchaseRate
 */
export function storeKpis(orders: readonly Order[], customers: readonly CustomerSummary[], options: StoreKpiOptions): StoreKpis & StoreKpiDetails {
  if (customers.length === 0) throw new KpiInputError('customers', KPI_PROBLEMS.noCustomers);
  // A customer list (one row per customer with totals) has no order rows: its figures are the sums of its totals.
  const fromList = orders.length === 0;
  if (fromList && !customers.some((c) => c.orders > 0)) throw new KpiInputError('orders', KPI_PROBLEMS.noOrders);
  const margin = fraction('gross_margin', options.grossMargin ?? 1);
  if (options.activeWithinDays !== undefined) nonNegative('active_within_days', options.activeWithinDays);
  if (options.marketingSpend !== undefined) nonNegative('marketing_spend', options.marketingSpend);

  const amounts = orders.map((o) => o.amount);
  // Lines without an id are orders of their own: a key that no real id can equal.
  const ids = orders.map((o, i) => (o.orderId ? `id:${o.orderId}` : `line:${i}`));
  const orderCount = fromList ? customers.reduce((s, c) => s + c.orders, 0) : new Set(ids).size;
  const revenue = fromList ? customers.reduce((s, c) => s + c.revenue, 0) : amounts.reduce((s, a) => s + a, 0);

  const averageHistoricCltv = fromList ? (revenue * margin) / customers.length : mean(historicCltv(orders, margin).map((v) => v.value));

  const derived = options.activeWithinDays === undefined ? activeWindowDays(customers) : null;
  const window = derived ?? { days: options.activeWithinDays!, source: 'given' as const };
  let active = 0;
  const firstMonth = new Map<string, string>();
  for (const c of customers) {
    if (options.analysisDay - c.lastOrderDay <= window.days) active++;
    firstMonth.set(c.customerId, monthOf(c.firstOrderDay));
  }

  let firstDay = Infinity;
  let lastDay = -Infinity;
  for (const o of orders) {
    if (o.day < firstDay) firstDay = o.day;
    if (o.day > lastDay) lastDay = o.day;
  }
  for (const c of fromList ? customers : []) {
    if (c.firstOrderDay < firstDay) firstDay = c.firstOrderDay;
    if (c.lastOrderDay > lastDay) lastDay = c.lastOrderDay;
  }
  const months = new Map<string, MonthlyKpis>(monthsBetween(firstDay, lastDay).map((month) => [month, { month, newCustomers: 0, revenue: 0, newCustomerRevenue: 0 }]));
  for (const o of orders) {
    const m = months.get(monthOf(o.day))!;
    m.revenue += o.amount;
    if (firstMonth.get(o.customerId) === m.month) m.newCustomerRevenue += o.amount;
  }
  for (const month of firstMonth.values()) {
    const m = months.get(month);
    if (m) m.newCustomers++;
  }

  let cacBasis: CacBasis | null = null;
  if (options.marketingSpend !== undefined) {
    const period: SpendPeriod = options.spendPeriod ? { ...options.spendPeriod, basis: 'given' } : defaultSpendPeriod(firstDay, lastDay);
    cacBasis = { spend: options.marketingSpend, period, newCustomers: customersAcquiredIn(customers, period) };
  }
  // No customer first ordered in the period: the cost per new customer is undefined, not infinite.
  const cac = cacBasis && cacBasis.newCustomers > 0 ? cacOf(cacBasis.spend, cacBasis.newCustomers) : null;
  return {
    customers: customers.length,
    orders: orderCount,
    revenue,
    averageOrderValue: fromList ? revenue / orderCount : averageOrderValue(amounts, ids),
    // A list's purchase days are its order counts: two or more is a repeat customer.
    repurchaseRate: fromList ? customers.filter((c) => c.purchaseDays >= 2).length / customers.length : repurchaseRate(orders).rate,
    averageHistoricCltv,
    activeCustomers: active,
    lapsedCustomers: customers.length - active,
    activeWithinDays: window.days,
    activeWindowSource: window.source,
    newCustomersByMonth: [...months.values()],
    cac,
    ltvToCac: cac !== null && cac > 0 ? averageHistoricCltv / cac : null,
    cacBasis,
    activeWindow: derived,
    satisfaction: satisfactionKpis(customers),
    revenueByMonth: !fromList,
  };
}
