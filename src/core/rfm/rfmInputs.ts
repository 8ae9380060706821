import type { CustomerSummary, DayNumber } from '../types';
import type { RfmInput } from './types';

/**
 * RFM inputs from the shared customer summaries: recency = analysis day − last order day, frequency =
 * orders, monetary = revenue (total spend), and the first-to-last span for the small-store fallback.
 * The summary is kept on each input (`summary`) so callers can reach attributes after scoring.
 * @example rfmInputsFromCustomers(summaries, dayFromYmd(2006, 12, 31))[0] // { customerId: 'Abbey O'Reilly', recencyDays: 205, frequency: 6, monetary: 472, ... }
 */
export function rfmInputsFromCustomers(customers: readonly CustomerSummary[], analysisDay: DayNumber): (RfmInput & { summary: CustomerSummary })[] {
  return customers.map((c) => ({
    customerId: c.customerId,
    recencyDays: analysisDay - c.lastOrderDay,
    frequency: c.orders,
    monetary: c.revenue,
    tenureDays: c.lastOrderDay - c.firstOrderDay,
    summary: c,
  }));
}
