import { format } from '../core/i18n';
import { customersFromOrders, type Detection, type ReadResult } from '../core/parse';
import type { Lang, Order } from '../core/types';
import { BIGQUERY_MESSAGES } from './bigqueryMessages';
import { UserError } from './messages';

/** One row of {@link packedRunSql}'s result as the data source sheet gives it back (cells may come as numbers or text). */
export interface PackedRow {
  part: unknown;
  parts: unknown;
  customers: unknown;
}

/** What BigQuery scored per customer, to compare with the add-on's own scores. */
export interface SqlScores {
  r: number;
  f: number;
  m: number;
}

const isCount = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0;

/**
 * Detection of the BigQuery "sheet": only the roles the SQL read (customer, date, amount, order).
 * No contact, consent or attribute column is read from BigQuery, so no customer reaches a contact
 * list with contact details that the run never saw.
 */
function sqlDetection(source: Detection): Detection {
  const kept = ['customerId', 'orderDate', 'amount', 'orderId'] as const;
  const roles: Detection['roles'] = {};
  for (const role of kept) if (source.roles[role] !== undefined) roles[role] = source.roles[role];
  return {
    ...source,
    roles,
    columns: source.columns.map((c) => ((kept as readonly string[]).includes(c.role ?? '') ? c : { ...c, role: null })),
    shape: 'transactions',
    amountFrom: 'amount',
    marketingIsConsent: false,
    smsIsConsent: false,
  };
}

/**
 * The run's reading result from the packed rows: every order BigQuery kept (its day and amount; the
 * cents are divided by 100 as rfmSql's monetary is), the customers built from them by the core's
 * `customersFromOrders` as a normal run builds them, and BigQuery's scores per customer. Each
 * customer's summary is checked against its orders, and the parts against their count, so a
 * truncated or changed result is refused, never half used.
 * Throws a {@link UserError} in the user's language.
 */
export function readPackedRows(rows: readonly PackedRow[], source: Detection, lang: Lang): { read: ReadResult; scores: Map<string, SqlScores> } {
  const bad = (what: string) => new UserError(format(BIGQUERY_MESSAGES.badResult, lang, { what }));
  const sorted = rows.map((r) => ({ part: Number(r.part), parts: Number(r.parts), customers: r.customers })).sort((a, b) => a.part - b.part);
  if (sorted.some((r) => !isCount(r.part) || r.parts !== sorted.length)) throw bad(`${sorted.length} parts read, ${sorted[0]?.parts ?? 0} expected`);
  const orders: Order[] = [];
  const scores = new Map<string, SqlScores>();
  const totals = new Map<string, { first: number; last: number; orders: number; days: number; cents: number }>();
  for (const row of sorted) {
    let entries: unknown;
    try {
      entries = JSON.parse(String(row.customers));
    } catch {
      throw bad(`part ${row.part} is not JSON`);
    }
    if (!Array.isArray(entries)) throw bad(`part ${row.part} is not a list`);
    for (const e of entries) {
      if (!Array.isArray(e) || e.length !== 10 || typeof e[0] !== 'string' || !e.slice(1, 9).every(isCount) || !Array.isArray(e[9]) || e[9].length % 2 !== 0) throw bad(`part ${row.part}`);
      const [id, first, last, count, days, cents, r, f, m, history] = e as [string, number, number, number, number, number, number, number, number, unknown[]];
      if (scores.has(id)) throw bad(`customer ${id} twice`);
      scores.set(id, { r, f, m });
      totals.set(id, { first, last, orders: count, days, cents });
      for (let i = 0; i < history.length; i += 2) {
        const day = history[i];
        const c = history[i + 1];
        if (!Number.isInteger(day) || !Number.isInteger(c)) throw bad(`customer ${id}`);
        orders.push({ row: 0, customerId: id, day: day as number, amount: (c as number) / 100 });
      }
    }
  }
  const customers = customersFromOrders(orders);
  if (customers.length !== totals.size) throw bad(`${totals.size - customers.length} customers without orders`);
  for (const c of customers) {
    const t = totals.get(c.customerId);
    if (!t || t.first !== c.firstOrderDay || t.last !== c.lastOrderDay || t.orders !== c.orders || t.days !== c.purchaseDays || Math.round(c.revenue * 100) !== t.cents) throw bad(`customer ${c.customerId}`);
  }
  const read: ReadResult = {
    detection: sqlDetection(source),
    orders,
    customers,
    quality: { rowsRead: orders.length, customerIdsSeen: customers.length, orderIdsSeen: 0, ordersKept: orders.length, customers: customers.length, issues: [] },
    decisions: [],
    errors: [],
  };
  return { read, scores };
}
