import { finite, positive } from './inputError';

/**
 * LTV:CAC ratio: how many times a customer's lifetime value repays what it cost to win them.
 * A ratio of about 3 is the usual rule of thumb for a healthy business (Skok, "SaaS Metrics 2.0",
 * forEntrepreneurs.com, 2013); below 1 every new customer loses money.
 *
 * @example ltvCacRatio(300, 100) // 3
 */
export function ltvCacRatio(cltv: number, cac: number): number {
  finite('cltv', cltv);
  positive('cac', cac);
  return cltv / cac;
}
