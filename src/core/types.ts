/**
 * Shared data shapes of the pure core. Everything in `src/core/` speaks these types,
 * so the sheet layer, the CLI and the custom functions can feed any module.
 */

/**
 * A calendar day as whole days since 1970-01-01 (UTC calendar).
 * Why: a sheet's `Date` cells are midnight in the sheet's time zone; converting once to a
 * calendar-day number at the edge avoids off-by-one days when the script runs in another zone.
 */
export type DayNumber = number;

/** One order (or order line merged into an order) after reading and cleaning. */
export interface Order {
  /** 1-based row number in the source sheet, for messages. */
  row: number;
  customerId: string;
  orderId?: string;
  day: DayNumber;
  /** Net amount of the order in the sheet's currency. */
  amount: number;
  quantity?: number;
  channel?: string;
  /** The order's kept lines that name a product, in sheet-row order (same order id's lines merged per row, not per product). */
  lines?: OrderLine[];
  /** Minutes after midnight (0–1439) in the shop's time zone of the order's first dated line, when its date cell carries a time of day. */
  minute?: number;
}

/** One kept order line with a product (only when a product column is mapped). */
export interface OrderLine {
  product: string;
  name?: string;
  quantity: number;
  amount: number;
}

/** Attribute value of a customer (city, age, gender, ...). */
export type AttributeValue = string | number | boolean | null;

/** One row per customer, ready for RFM, CLV models and clustering. */
export interface CustomerSummary {
  customerId: string;
  firstOrderDay: DayNumber;
  lastOrderDay: DayNumber;
  /** Distinct orders (by order id when present, otherwise by row). */
  orders: number;
  /** Distinct days with an order (same-day orders merged, as lifetimes does). */
  purchaseDays: number;
  /** Total spend. */
  revenue: number;
  /** revenue / orders. */
  averageOrderValue: number;
  attributes: Record<string, AttributeValue>;
}

/** Languages the product speaks. */
export type Lang = 'en' | 'zh-TW' | 'zh-CN' | 'ms';
export const LANGS: readonly Lang[] = ['en', 'zh-TW', 'zh-CN', 'ms'];

/** New customers and revenue of one calendar month (KPIs tab). */
export interface MonthlyKpis {
  /** `YYYY-MM`. */
  month: string;
  /** Customers whose first order falls in this month. */
  newCustomers: number;
  /** Revenue of all orders placed in this month. */
  revenue: number;
  /** Part of `revenue` from customers whose first order is in this month. */
  newCustomerRevenue: number;
}

/** Store-level KPI summary shown on the sidebar's KPIs tab. Rates are fractions. */
export interface StoreKpis {
  customers: number;
  orders: number;
  revenue: number;
  averageOrderValue: number;
  /** Customers with purchases on two or more days / customers. */
  repurchaseRate: number;
  /** Mean historic CLTV (revenue × gross margin) per customer. */
  averageHistoricCltv: number;
  /** Customers whose last order is at most `activeWithinDays` days before the analysis day. */
  activeCustomers: number;
  lapsedCustomers: number;
  activeWithinDays: number;
  /** How the window was chosen: given by the caller, twice the median purchase interval, or the 365-day default. */
  activeWindowSource: 'given' | 'purchase-interval' | 'default';
  /** Consecutive months from the first to the last order. */
  newCustomersByMonth: MonthlyKpis[];
  /** Marketing spend / new customers; null without spend. */
  cac: number | null;
  /** averageHistoricCltv / cac; null without spend. */
  ltvToCac: number | null;
}
